#include "core/service/admin/AccountAdmin.h"

#include "core/domain/util/ResidentId.h"

#include "core/domain/api/AdminMapping.h"
#include "core/domain/org/AdminRules.h"
#include "core/domain/org/AdminScope.h"
#include "core/domain/org/OrgInvariants.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/security/PasswordPolicy.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/security/AuthService.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/SessionRepository.h"
#include "core/sql/Database.h"

#include <sodium.h>

namespace ow {

namespace {
const QString kEntity = QStringLiteral("account");

qint64 idOf(const QList<Hall> &halls, const QString &code)
{
    for (const Hall &h : halls) {
        if (h.code == code)
            return h.id;
    }
    return 0;
}

bool matches(const Account &a, const QString &q)
{
    return q.isEmpty() || a.username.contains(q, Qt::CaseInsensitive) || a.name.zh.contains(q, Qt::CaseInsensitive)
           || a.name.en.contains(q, Qt::CaseInsensitive) || a.staffNo.contains(q, Qt::CaseInsensitive);
}
} // namespace

AccountAdmin::AccountAdmin(Database &db, const Clock &clock, AuthService &auth, AdminLog &log, const CatalogueService &catalogue)
    : m_db(db), m_clock(clock), m_auth(auth), m_log(log), m_catalogue(catalogue), m_accounts(db)
{}

QString AccountAdmin::oneTimePassword()
{
    ensureSodium();
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 12; ++i)
        out += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
    return out;
}

Result<QList<Hall>> AccountAdmin::halls()
{
    return OrgRepository(m_db).halls();
}

Result<Account> AccountAdmin::existing(qint64 id)
{
    auto found = m_accounts.findById(id);
    if (!found)
        return found.error();
    if (!found.value() || !isPersonRole(found.value()->role))
        return notFoundError(QStringLiteral("no account %1").arg(id));
    return *found.value();
}

Status AccountAdmin::checkCatalogue(const QStringList &categories, const QStringList &matters)
{
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    if (const FieldProblems problems = AdminRules::checkCatalogueCodes(*catalogue, categories, {}, matters); !problems.isEmpty())
        return AdminRules::problemsError(problems);
    return okStatus();
}

Status AccountAdmin::keepAnAdministrator(const Account &before, const AdminAccount &after, const QList<Hall> &tree)
{
    if (before.role != Role::Admin || !before.active)
        return okStatus(); // nothing to count
    auto people = m_accounts.people(std::nullopt);
    if (!people)
        return people.error();
    const QDateTime now = m_clock.now();
    QList<AdminAccount> everyone;
    for (const Account &a : people.value())
        everyone.append(a.id == before.id ? after : adminView(a, now));
    return OrgInvariants::keepsAnAdministrator(adminView(before, now), everyone, adminViews(tree));
}

void AccountAdmin::endSessions(qint64 accountId)
{
    (void)SessionRepository(m_db).revokeAll(accountId, m_clock.now());
    m_auth.accountChanged(accountId);
}

Result<AdminAccountList> AccountAdmin::list(const Account &admin, const AdminAccountFilter &filter)
{
    auto tree = halls();
    if (!tree)
        return tree.error();
    const AdminScope scope(admin, tree.value());
    if (!filter.hall.isEmpty()) {
        if (auto st = scope.require(filter.hall); !st)
            return st.error();
    }
    auto people = m_accounts.people(filter.hall.isEmpty() ? std::optional<QStringList>(scope.hallCodes())
                                                          : std::optional<QStringList>(QStringList{filter.hall}));
    if (!people)
        return people.error();
    AdminAccountList out;
    const QDateTime now = m_clock.now();
    for (const Account &a : people.value()) {
        if ((filter.role && a.role != *filter.role) || (!filter.includeDisabled && !a.active) || !matches(a, filter.q))
            continue;
        out.accounts.append(adminView(a, now));
    }
    return out;
}

Status AccountAdmin::checkIdNumber(const QString &idNumber) const
{
    if (idNumber.isEmpty() || ResidentId::check(idNumber, m_clock.now().date()) == ResidentId::Problem::None)
        return okStatus();
    return invalidFieldError(QStringLiteral("id_number"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Not a valid resident ID number.")));
}

Result<AccountWithPassword> AccountAdmin::create(const Account &admin, const NewAccountRequest &req)
{
    AdminAccount wanted;
    wanted.username = req.username.trimmed();
    wanted.role = req.role;
    wanted.hall = req.hall;
    wanted.nameZh = req.nameZh;
    wanted.nameEn = req.nameEn;
    wanted.staffNo = req.staffNo;
    wanted.categories = req.categories;
    wanted.matters = req.matters;
    if (const FieldProblems problems = AdminRules::checkAccount(wanted, true); !problems.isEmpty())
        return AdminRules::problemsError(problems);
    if (auto st = checkIdNumber(req.idNumber); !st)
        return st.error();
    if (auto st = checkCatalogue(wanted.categories, wanted.matters); !st)
        return st.error();
    auto tree = halls();
    if (!tree)
        return tree.error();
    if (auto st = OrgInvariants::mayWorkAt(wanted.hall, adminViews(tree.value())); !st)
        return st.error();
    if (auto st = AdminScope(admin, tree.value()).require(wanted.hall); !st)
        return st.error();
    auto taken = m_accounts.findByUsername(wanted.username);
    if (!taken)
        return taken.error();
    if (taken.value()) {
        Error e = conflictError(QStringLiteral("user name %1 is taken").arg(wanted.username));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "The user name %1 is already taken."), {wanted.username}};
        return e;
    }

    const QString password = oneTimePassword();
    Account a;
    a.username = wanted.username;
    a.passwordHash = PasswordHasher().hash(password);
    a.role = wanted.role;
    a.hallId = idOf(tree.value(), wanted.hall);
    a.name = wanted.name();
    a.staffNo = wanted.staffNo;
    a.categories = wanted.categories;
    a.matters = wanted.matters;
    a.idNumber = req.idNumber;
    a.mustChangePassword = true;
    auto id = m_accounts.insert(a);
    if (!id)
        return id.error();
    auto created = existing(id.value());
    if (!created)
        return created.error();
    const AdminAccount view = adminView(created.value(), m_clock.now());
    if (auto st = m_log.record(&admin, view.hall, kEntity, view.username, QStringLiteral("create"), {}, view.toJson()); !st)
        return st.error();
    return AccountWithPassword{view, password};
}

Result<AdminAccount> AccountAdmin::update(const Account &admin, qint64 id, const AccountPatch &patch)
{
    auto before = existing(id);
    if (!before)
        return before.error();
    auto tree = halls();
    if (!tree)
        return tree.error();
    const AdminScope scope(admin, tree.value());
    if (auto st = scope.require(before.value().hallCode); !st)
        return st.error();
    const QDateTime now = m_clock.now();
    const AdminAccount old = adminView(before.value(), now);
    AdminAccount wanted = old;
    apply(patch, wanted);
    if (const FieldProblems problems = AdminRules::checkAccount(wanted, false); !problems.isEmpty())
        return AdminRules::problemsError(problems);
    if (patch.idNumber) {
        if (auto st = checkIdNumber(*patch.idNumber); !st)
            return st.error();
    }
    if (auto st = checkCatalogue(wanted.categories, wanted.matters); !st)
        return st.error();
    Account a = before.value();
    if (wanted.hall != old.hall) {
        // An active account only: a disabled one may be filed with its archived hall.
        if (const Status st = wanted.active ? OrgInvariants::mayWorkAt(wanted.hall, adminViews(tree.value())) : okStatus(); !st)
            return st.error();
        a.hallId = idOf(tree.value(), wanted.hall);
        if (!a.hallId)
            return invalidFieldError(QStringLiteral("hall"), QStringLiteral("unknown hall %1").arg(wanted.hall));
        if (auto st = scope.require(wanted.hall); !st)
            return st.error();
    }
    if (auto st = keepAnAdministrator(before.value(), wanted, tree.value()); !st)
        return st.error();
    a.role = wanted.role;
    a.name = wanted.name();
    a.staffNo = wanted.staffNo;
    a.categories = wanted.categories;
    a.matters = wanted.matters;
    if (patch.idNumber)
        a.idNumber = *patch.idNumber;
    if (auto st = m_accounts.update(a); !st)
        return st.error();
    auto after = existing(id);
    if (!after)
        return after.error();
    const AdminAccount view = adminView(after.value(), now);
    if (auto st = m_log.record(&admin, view.hall, kEntity, view.username, QStringLiteral("update"), old.toJson(), view.toJson()); !st)
        return st.error();
    // A new role or hall changes what the account may do: its sessions read it again.
    if (wanted.role != old.role || wanted.hall != old.hall)
        endSessions(id);
    else
        m_auth.accountChanged(id);
    return view;
}

Result<AdminAccount> AccountAdmin::setActive(const Account &admin, qint64 id, bool active)
{
    auto before = existing(id);
    if (!before)
        return before.error();
    auto tree = halls();
    if (!tree)
        return tree.error();
    if (auto st = AdminScope(admin, tree.value()).require(before.value().hallCode); !st)
        return st.error();
    const QDateTime now = m_clock.now();
    const AdminAccount old = adminView(before.value(), now);
    AdminAccount wanted = old;
    wanted.active = active;
    if (!active) {
        if (auto st = keepAnAdministrator(before.value(), wanted, tree.value()); !st)
            return st.error();
    } else if (!old.active) {
        // Back at work: not at a hall closed for good.
        if (auto st = OrgInvariants::mayWorkAt(old.hall, adminViews(tree.value())); !st)
            return st.error();
    }
    if (auto st = m_accounts.setActive(id, active); !st)
        return st.error();
    if (old.active != active) {
        if (auto st = m_log.record(&admin, wanted.hall, kEntity, wanted.username,
                                   active ? QStringLiteral("enable") : QStringLiteral("disable"), old.toJson(), wanted.toJson());
            !st)
            return st.error();
    }
    endSessions(id);
    return wanted;
}

Result<AccountWithPassword> AccountAdmin::resetPassword(const Account &admin, qint64 id)
{
    auto before = existing(id);
    if (!before)
        return before.error();
    auto tree = halls();
    if (!tree)
        return tree.error();
    if (auto st = AdminScope(admin, tree.value()).require(before.value().hallCode); !st)
        return st.error();
    const QString password = oneTimePassword();
    if (auto st = m_accounts.setPassword(id, PasswordHasher().hash(password), true); !st)
        return st.error();
    auto after = existing(id);
    if (!after)
        return after.error();
    const QDateTime now = m_clock.now();
    const AdminAccount view = adminView(after.value(), now);
    // The record says that it was reset, never the password.
    if (auto st = m_log.record(&admin, view.hall, kEntity, view.username, QStringLiteral("reset_password"),
                               adminView(before.value(), now).toJson(), view.toJson());
        !st)
        return st.error();
    endSessions(id);
    return AccountWithPassword{view, password};
}

Status AccountAdmin::changeOwnPassword(const Account &who, const ChangePasswordRequest &req)
{
    auto me = m_accounts.findById(who.id);
    if (!me)
        return me.error();
    if (!me.value())
        return Error{ErrorCode::Unauthorized, {}, {}};
    if (!PasswordHasher::verify(me.value()->passwordHash, req.oldPassword)) {
        Error e = invalidFieldError(QStringLiteral("old_password"), QStringLiteral("not the current password"));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "The current password is not correct."), {}};
        return e;
    }
    QString problem = PasswordPolicy::standard().problem(who.username, req.newPassword);
    if (problem.isEmpty() && req.newPassword == req.oldPassword)
        problem = QStringLiteral("the new password is the old one");
    if (!problem.isEmpty()) {
        Error e = invalidFieldError(QStringLiteral("new_password"), problem);
        e.detail = QStringLiteral("new password refused");
        return e;
    }
    if (auto st = m_accounts.setPassword(who.id, PasswordHasher().hash(req.newPassword), false); !st)
        return st;
    // Its sessions read the account again: the one-time flag is gone.
    m_auth.accountChanged(who.id);
    return m_log.record(&who, who.hallCode, kEntity, who.username, QStringLiteral("change_password"), {}, {});
}

Result<bool> AccountAdmin::hasAdministrator()
{
    auto n = m_accounts.activeAdministrators();
    if (!n)
        return n.error();
    return n.value() > 0;
}

Status AccountAdmin::initAdministrator(const QString &username, const QString &password, const Hall &cityHall)
{
    auto any = hasAdministrator();
    if (!any)
        return any.error();
    if (any.value())
        return conflictError(QStringLiteral("an administrator already exists"));
    if (const QString bad = AdminRules::usernameProblem(username); !bad.isEmpty())
        return invalidFieldError(QStringLiteral("username"), bad);
    if (const QString bad = PasswordPolicy::standard().problem(username, password); !bad.isEmpty())
        return invalidFieldError(QStringLiteral("password"), bad);
    const QString hash = PasswordHasher().hash(password);
    return m_db.transaction([&]() -> Status {
        auto tree = halls();
        if (!tree)
            return tree.error();
        QString cityCode;
        for (const Hall &h : tree.value()) {
            if (h.level == OrgLevel::City && h.parentCode.isEmpty())
                cityCode = h.code;
        }
        OrgRepository org(m_db);
        if (cityCode.isEmpty()) {
            if (auto id = org.insertHall(cityHall); !id)
                return id.error();
            cityCode = cityHall.code;
            if (auto st = m_log.record(nullptr, cityCode, QStringLiteral("hall"), cityCode, QStringLiteral("create"), {},
                                       adminView(cityHall).toJson());
                !st)
                return st;
        }
        auto hallId = org.hallId(cityCode);
        if (!hallId)
            return hallId.error();
        auto taken = m_accounts.findByUsername(username);
        if (!taken)
            return taken.error();
        if (taken.value()) {
            // A disabled administrator of that name: enabled again with the new password.
            if (auto st = m_accounts.setPassword(taken.value()->id, hash, false); !st)
                return st;
            if (auto st = m_accounts.setActive(taken.value()->id, true); !st)
                return st;
            Account a = *taken.value();
            a.role = Role::Admin;
            a.hallId = *hallId.value();
            if (auto st = m_accounts.update(a); !st)
                return st;
        } else {
            Account a;
            a.username = username;
            a.passwordHash = hash;
            a.role = Role::Admin;
            a.hallId = *hallId.value();
            a.name = {username, username};
            if (auto id = m_accounts.insert(a); !id)
                return id.error();
        }
        auto made = m_accounts.findByUsername(username);
        if (!made)
            return made.error();
        return m_log.record(nullptr, cityCode, kEntity, username, QStringLiteral("init_admin"), {},
                            adminView(made.value().value(), m_clock.now()).toJson());
    });
}

} // namespace ow
