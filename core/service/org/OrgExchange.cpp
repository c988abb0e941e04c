#include "core/service/org/OrgExchange.h"

#include "core/domain/security/Account.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AccountAdmin.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/security/AuthService.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/SessionRepository.h"
#include "core/sql/Database.h"

#include <QJsonArray>

namespace ow {

namespace {
const QLatin1String kHalls("halls"), kWindows("windows"), kAccounts("accounts"), kDevices("devices");
const QString kImport = QStringLiteral("import");

QString windowKey(const QString &hall, int number)
{
    return hall + QLatin1Char('/') + QString::number(number);
}
} // namespace

bool OrgImportReport::changedAnything() const
{
    for (int n : created)
        if (n)
            return true;
    for (int n : updated)
        if (n)
            return true;
    return false;
}

QJsonObject OrgImportReport::toJson() const
{
    QJsonObject made, changed;
    for (const QLatin1String key : {kHalls, kWindows, kAccounts, kDevices}) {
        made.insert(key, created.value(key));
        changed.insert(key, updated.value(key));
    }
    QJsonArray passwords;
    for (const auto &[user, password] : oneTimePasswords)
        passwords.append(QJsonObject{{QLatin1String("username"), user}, {QLatin1String("one_time_password"), password}});
    return {{QLatin1String("created"), made},
            {QLatin1String("updated"), changed},
            {QLatin1String("unchanged"), unchanged},
            {QLatin1String("one_time_passwords"), passwords}};
}

Result<QJsonObject> OrgExchange::exportOrg(const std::optional<QStringList> &hallCodes) const
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    const auto wanted = [&hallCodes](const QString &code) { return !hallCodes || hallCodes->contains(code); };
    QJsonArray hallRows, windowRows, accountRows, deviceRows;
    for (const Hall &h : halls.value()) {
        if (!wanted(h.code))
            continue;
        hallRows.append(OrgDocument::hallRow(h));
        for (const Window &w : h.windows)
            windowRows.append(OrgDocument::windowRow(h.code, w));
    }
    AccountRepository accounts(m_db);
    auto people = accounts.people(hallCodes);
    if (!people)
        return people.error();
    for (const Account &a : people.value())
        accountRows.append(OrgDocument::accountRow(a));
    auto devices = accounts.devices();
    if (!devices)
        return devices.error();
    for (const DeviceRow &d : devices.value()) {
        if (!wanted(d.account.hallCode))
            continue;
        accountRows.append(OrgDocument::accountRow(d.account));
        deviceRows.append(OrgDocument::deviceRow(d.code, d.kind, d.account.hallCode, d.account.username));
    }
    return QJsonObject{{QLatin1String("format"), QStringLiteral("onewindow-org/1")},
                       {kHalls, hallRows},
                       {kWindows, windowRows},
                       {kAccounts, accountRows},
                       {kDevices, deviceRows}};
}

Result<OrgImportReport> OrgExchange::importOrg(const QByteArray &json, const PasswordHasher &hasher, const Account *actor,
                                               const OrgImportContext &context)
{
    auto document = OrgDocument::fromJson(json);
    if (!document)
        return document.error();
    // Checked before anything is hashed (Argon2id is deliberately slow), and once more inside the
    // transaction against the org as it is then.
    auto plan = OrgImportPlan::make(m_db, document.value(), context);
    if (!plan)
        return plan.error();
    QHash<QString, QString> passwords; // user name → the password given, or a one-time one
    QHash<QString, QString> hashes;    // password → hash: equal passwords share one
    const auto prepare = [&](const OrgImportPlan &p) {
        for (const OrgImportPlan::AccountChange &c : p.accounts) {
            if (c.before || passwords.contains(c.after.username))
                continue;
            const QString password = c.password.isEmpty() ? AccountAdmin::oneTimePassword() : c.password;
            passwords.insert(c.after.username, password);
            if (!hashes.contains(password))
                hashes.insert(password, hasher.hash(password));
        }
    };
    prepare(plan.value());

    OrgImportReport report;
    const Status st = m_db.transaction([&]() -> Status {
        auto now = OrgImportPlan::make(m_db, document.value(), context);
        if (!now)
            return now.error();
        prepare(now.value()); // an account gone meanwhile comes back new
        report = OrgImportReport{};
        return apply(now.value(), actor, context, passwords, hashes, report);
    });
    if (!st)
        return st.error();
    return report;
}

Status OrgExchange::apply(const OrgImportPlan &plan, const Account *actor, const OrgImportContext &context,
                          const QHash<QString, QString> &passwords, const QHash<QString, QString> &hashes, OrgImportReport &report)
{
    const auto record = [&](const QString &hall, const QString &entity, const QString &key, const QJsonObject &before,
                            const QJsonObject &after) -> Status {
        return context.log ? context.log->record(actor, hall, entity, key, kImport, before, after) : okStatus();
    };
    report.unchanged = plan.unchanged;
    OrgRepository org(m_db);
    for (const OrgImportPlan::HallChange &c : plan.halls) {
        if (c.before) {
            if (auto s = org.updateHall(c.after); !s)
                return s;
        } else if (auto id = org.insertHall(c.after); !id) {
            return id.error();
        }
        report.created[kHalls] += c.before ? 0 : 1;
        report.updated[kHalls] += c.before ? 1 : 0;
        if (auto s = record(c.after.code, QStringLiteral("hall"), c.after.code, c.before ? OrgDocument::hallRow(*c.before) : QJsonObject(),
                            OrgDocument::hallRow(c.after));
            !s)
            return s;
    }
    auto halls = org.halls();
    if (!halls)
        return halls.error();
    QHash<QString, qint64> hallIds;
    for (const Hall &h : halls.value())
        hallIds.insert(h.code, h.id);

    for (const OrgImportPlan::WindowChange &c : plan.windows) {
        const qint64 hallId = hallIds.value(c.hall);
        if (auto s = c.before ? org.updateWindow(hallId, c.after) : org.insertWindow(hallId, c.after); !s)
            return s;
        report.created[kWindows] += c.before ? 0 : 1;
        report.updated[kWindows] += c.before ? 1 : 0;
        if (auto s = record(c.hall, QStringLiteral("window"), windowKey(c.hall, c.after.number),
                            c.before ? OrgDocument::windowRow(c.hall, *c.before) : QJsonObject(), OrgDocument::windowRow(c.hall, c.after));
            !s)
            return s;
    }

    AccountRepository accounts(m_db);
    for (const OrgImportPlan::AccountChange &c : plan.accounts) {
        Account a = c.after;
        a.hallId = hallIds.value(a.hallCode);
        if (!c.before) {
            const QString password = passwords.value(a.username);
            a.passwordHash = hashes.value(password);
            a.mustChangePassword = c.password.isEmpty();
            if (auto id = accounts.insert(a); !id)
                return id.error();
            report.created[kAccounts] += 1;
            if (a.mustChangePassword)
                report.oneTimePasswords.append({a.username, password});
            if (auto s = record(a.hallCode, QStringLiteral("account"), a.username, {}, OrgDocument::accountRow(a)); !s)
                return s;
            continue;
        }
        const Account &before = *c.before;
        a.id = before.id;
        if (auto s = accounts.update(a); !s)
            return s;
        if (a.active != before.active) {
            if (auto s = accounts.setActive(a.id, a.active); !s)
                return s;
        }
        // As the administration services do: disabled (or enabled), or given a new role or
        // hall, its sessions end at once; any other change is read again by them.
        if (a.active != before.active || a.role != before.role || a.hallCode != before.hallCode) {
            if (auto s = SessionRepository(m_db).revokeAll(a.id, context.clock.now()); !s)
                return s;
        }
        if (context.auth)
            context.auth->accountChanged(a.id);
        report.updated[kAccounts] += 1;
        if (auto s = record(a.hallCode, QStringLiteral("account"), a.username, OrgDocument::accountRow(before), OrgDocument::accountRow(a)); !s)
            return s;
    }

    for (const OrgDocument::DeviceEntry &d : plan.devices) {
        auto account = accounts.findByUsername(d.account);
        if (!account)
            return account.error();
        if (!account.value())
            return Error{ErrorCode::Internal, QStringLiteral("device %1: account %2 not stored").arg(d.code, d.account), {}};
        if (auto s = accounts.insertDevice(d.code, d.kind, hallIds.value(d.hall), account.value()->id); !s)
            return s;
        report.created[kDevices] += 1;
        if (auto s = record(d.hall, QStringLiteral("device"), d.code, {}, d.row); !s)
            return s;
    }
    return okStatus();
}

} // namespace ow
