#include "core/service/org/OrgImportPlan.h"

#include "core/domain/api/AdminMapping.h"
#include "core/domain/org/AdminRules.h"
#include "core/domain/org/OrgInvariants.h"
#include "core/domain/security/PasswordPolicy.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/HallWork.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/OrgRepository.h"

#include <algorithm>

namespace ow {

namespace {

using Row = OrgDocument::Row;

// The plan made in steps, each with the org as the steps before it leave it.
class Planner
{
public:
    Planner(Database &db, const OrgDocument &document, const OrgImportContext &context, OrgImportPlan &plan)
        : m_db(db), m_doc(document), m_context(context), m_plan(plan)
    {}

    Status halls();
    Status windows();
    Status accounts();
    Status devices();

private:
    const AdminHall *treeHall(const QString &code) const
    {
        const auto it = m_at.constFind(code);
        return it == m_at.constEnd() ? nullptr : &m_tree.at(*it);
    }
    Status checkHall(const OrgImportPlan::HallChange &change) const;
    // The account as the document leaves it: its change if it has one, else as it is stored.
    Result<std::optional<Account>> accountAfter(const QString &username) const;

    Database &m_db;
    const OrgDocument &m_doc;
    const OrgImportContext &m_context;
    OrgImportPlan &m_plan;
    QHash<QString, Hall> m_stored;   // by code, with their windows
    QList<AdminHall> m_tree;         // every hall as it would be
    QHash<QString, qsizetype> m_at;  // code → index in m_tree
};

Status Planner::halls()
{
    auto stored = OrgRepository(m_db).halls();
    if (!stored)
        return stored.error();
    for (const Hall &h : stored.value()) {
        m_stored.insert(h.code, h);
        m_at.insert(h.code, m_tree.size());
        m_tree.append(adminView(h));
    }
    for (const Hall &h : m_doc.halls) {
        Hall after = h;
        const auto it = m_stored.constFind(h.code);
        if (it != m_stored.constEnd()) {
            after.id = it->id;
            after.windows = it->windows;
            if (after == *it) {
                ++m_plan.unchanged;
                continue;
            }
            m_plan.halls.append({after, *it});
            m_tree[m_at.value(h.code)] = adminView(after);
        } else {
            m_plan.halls.append({after, std::nullopt});
            m_at.insert(h.code, m_tree.size());
            m_tree.append(adminView(after));
        }
    }
    // Each against the whole tree as the document leaves it: a parent may come later in the
    // document, and a hall below may change with it.
    for (const OrgImportPlan::HallChange &c : m_plan.halls) {
        if (auto st = checkHall(c); !st)
            return OrgDocument::atRow(st.error(), Row::Hall, c.after.code);
    }
    return okStatus();
}

Status Planner::checkHall(const OrgImportPlan::HallChange &c) const
{
    const AdminHall &view = *treeHall(c.after.code);
    QList<AdminHall> others = m_tree;
    if (!c.before)
        others.removeAt(m_at.value(c.after.code)); // a new code is checked against the others
    FieldProblems problems = AdminRules::checkHall(view, !c.before, c.before ? m_tree : others);
    problems += AdminRules::checkPlace(view, m_tree);
    if (!problems.isEmpty())
        return AdminRules::problemsError(problems);
    if (c.before && !c.before->archived && c.after.archived) {
        if (auto st = OrgInvariants::mayArchive(c.after.code, m_tree); !st)
            return st;
        const QString today = serviceDay(*c.before, m_context.clock.now()).toString(Qt::ISODate);
        return HallWork(m_db).noOpenWork(c.before->id, c.after.code, today);
    }
    return okStatus();
}

Status Planner::windows()
{
    for (const auto &[hallCode, w] : m_doc.windows) {
        const AdminHall *hall = treeHall(hallCode);
        if (!hall)
            return OrgDocument::atRow(invalidFieldError(QStringLiteral("hall"), QStringLiteral("unknown hall %1").arg(hallCode)),
                                      Row::Window, hallCode, w.number);
        const auto stored = m_stored.constFind(hallCode);
        std::optional<Window> before;
        if (stored != m_stored.constEnd()) {
            for (const Window &x : stored->windows) {
                if (x.number == w.number)
                    before = x;
            }
        }
        Window after = w;
        if (before) {
            after.autoAssign = before->autoAssign;
            if (after == *before) {
                ++m_plan.unchanged;
                continue;
            }
        }
        const AdminWindow view = adminView(after);
        FieldProblems problems = AdminRules::checkWindow(view, !before, *hall);
        if (m_context.catalogue)
            problems += AdminRules::checkCatalogueCodes(*m_context.catalogue, view.categories, view.weights.keys(), {});
        Status st = problems.isEmpty() ? okStatus() : Status(AdminRules::problemsError(problems));
        // A hall archived already gets no new window; one the document brings along archived
        // comes with the windows it had.
        if (st && !before && stored != m_stored.constEnd())
            st = OrgInvariants::mayAddWindow(*hall);
        if (st && before && !before->retired && after.retired)
            st = HallWork(m_db).windowFree(stored->id, w.number);
        if (!st)
            return OrgDocument::atRow(st.error(), Row::Window, hallCode, w.number);
        m_plan.windows.append({hallCode, after, before});
    }
    return okStatus();
}

Status Planner::accounts()
{
    AccountRepository repository(m_db);
    auto people = repository.people(std::nullopt);
    if (!people)
        return people.error();
    const QDateTime now = m_context.clock.now();
    QList<AdminAccount> everyone; // every person as the document leaves them
    QHash<QString, qsizetype> personAt;
    for (const Account &a : people.value()) {
        personAt.insert(a.username, everyone.size());
        everyone.append(adminView(a, now));
    }
    for (const OrgDocument::AccountEntry &in : m_doc.accounts) {
        const Account &a = in.account;
        auto found = repository.findByUsername(a.username);
        if (!found)
            return found.error();
        const std::optional<Account> &before = found.value();
        if (before && OrgDocument::accountRow(*before) == OrgDocument::accountRow(a)) {
            ++m_plan.unchanged;
            continue;
        }
        const AdminAccount view = adminView(a, now);
        const bool person = isPersonRole(a.role);
        FieldProblems problems;
        if (before && isPersonRole(before->role) != person)
            problems.append({QStringLiteral("role"), OrgImportPlan::tr("A device's account cannot become a person's, nor a person's a device's.")});
        else if (person)
            problems += AdminRules::checkAccount(view, !before);
        else if (!before && !AdminRules::usernameProblem(a.username).isEmpty())
            problems.append({QStringLiteral("username"), AdminRules::usernameProblem(a.username)});
        if (person && m_context.catalogue)
            problems += AdminRules::checkCatalogueCodes(*m_context.catalogue, a.categories, {}, a.matters);
        if (!before && !in.password.isEmpty() && m_context.passwordPolicy) {
            if (const QString why = PasswordPolicy::standard().problem(a.username, in.password); !why.isEmpty())
                problems.append({QStringLiteral("password"), why});
        }
        Status st = problems.isEmpty() ? okStatus() : Status(AdminRules::problemsError(problems));
        // An account that comes to work at a hall (new, moved or enabled) finds it open; a
        // disabled one may stay filed with its archived hall (but not with one that is not there).
        const bool comesToWork = a.active && (!before || before->hallCode != a.hallCode || !before->active);
        if (st && (comesToWork || !treeHall(a.hallCode)))
            st = OrgInvariants::mayWorkAt(a.hallCode, m_tree);
        if (!st)
            return OrgDocument::atRow(st.error(), Row::Account, a.username);
        m_plan.accounts.append({a, in.password, before});
        if (person) {
            if (personAt.contains(a.username)) {
                everyone[personAt.value(a.username)] = view;
            } else {
                personAt.insert(a.username, everyone.size());
                everyone.append(view);
            }
        }
    }
    // Administrators leaving, once every change of the document is known: one whose place
    // another takes in the same document may go.
    for (const OrgImportPlan::AccountChange &c : m_plan.accounts) {
        if (!c.before)
            continue;
        if (auto st = OrgInvariants::keepsAnAdministrator(adminView(*c.before, now), everyone, m_tree); !st)
            return OrgDocument::atRow(st.error(), Row::Account, c.after.username);
    }
    return okStatus();
}

Result<std::optional<Account>> Planner::accountAfter(const QString &username) const
{
    for (const OrgImportPlan::AccountChange &c : m_plan.accounts) {
        if (c.after.username == username)
            return std::optional<Account>(c.after);
    }
    return AccountRepository(m_db).findByUsername(username);
}

Status Planner::devices()
{
    auto stored = AccountRepository(m_db).devices();
    if (!stored)
        return stored.error();
    QList<Device> known;
    for (const DeviceRow &d : stored.value())
        known.append(Device{d.code, d.kind == Role::Display ? DeviceKind::Display : DeviceKind::Kiosk, d.account.hallCode,
                            d.account.username, d.account.active});
    for (const OrgDocument::DeviceEntry &d : m_doc.devices) {
        if (std::any_of(known.begin(), known.end(), [&d](const Device &k) { return k.code == d.code; })) {
            ++m_plan.unchanged;
            continue;
        }
        const NewDeviceRequest request{d.code, d.kind == Role::Display ? DeviceKind::Display : DeviceKind::Kiosk, d.hall, d.account};
        FieldProblems problems;
        for (FieldProblem p : AdminRules::checkDevice(request, known)) {
            if (p.field == QLatin1String("username"))
                p.field = QStringLiteral("account"); // the document's name for it
            problems.append(p);
        }
        auto account = accountAfter(d.account);
        if (!account)
            return account.error();
        if (!account.value())
            problems.append({QStringLiteral("account"), OrgImportPlan::tr("There is no account %1.").arg(d.account)});
        else if (account.value()->role != d.kind)
            problems.append({QStringLiteral("account"), d.kind == Role::Kiosk ? OrgImportPlan::tr("The account %1 is not a kiosk's.").arg(d.account)
                                                                              : OrgImportPlan::tr("The account %1 is not a hall display's.").arg(d.account)});
        else if (account.value()->hallCode != d.hall)
            problems.append({QStringLiteral("hall"), OrgImportPlan::tr("A device stands at the hall of its account, %1.").arg(account.value()->hallCode)});
        Status st = problems.isEmpty() ? okStatus() : Status(AdminRules::problemsError(problems));
        if (st)
            st = OrgInvariants::mayWorkAt(d.hall, m_tree);
        if (!st)
            return OrgDocument::atRow(st.error(), Row::Device, d.code);
        m_plan.devices.append(d);
        known.append(Device{request.code, request.kind, request.hall, request.username, true});
    }
    return okStatus();
}

} // namespace

Result<OrgImportPlan> OrgImportPlan::make(Database &db, const OrgDocument &document, const OrgImportContext &context)
{
    OrgImportPlan plan;
    Planner planner(db, document, context, plan);
    for (Status (Planner::*step)() : {&Planner::halls, &Planner::windows, &Planner::accounts, &Planner::devices}) {
        if (auto st = (planner.*step)(); !st)
            return st.error();
    }
    return plan;
}

} // namespace ow
