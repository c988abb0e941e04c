#include "core/service/org/OrgExchange.h"

#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/service/admin/AccountAdmin.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace ow {

namespace {
const QLatin1String kHalls("halls"), kWindows("windows"), kAccounts("accounts"), kDevices("devices");

QJsonObject hallRow(const Hall &h)
{
    QJsonObject o = h.toJson();
    o.remove(QLatin1String("windows"));
    return o;
}

QJsonObject windowRow(const QString &hall, const Window &w)
{
    Hall one;
    one.windows = {w};
    QJsonObject o = one.toJson().value(QLatin1String("windows")).toArray().first().toObject();
    o.remove(QLatin1String("auto_assign")); // the window's state of the day, not its set-up
    o.insert(QLatin1String("hall"), hall);
    return o;
}

QJsonObject accountRow(const Account &a)
{
    return {{QLatin1String("username"), a.username},
            {QLatin1String("role"), toString(a.role)},
            {QLatin1String("hall"), a.hallCode},
            {QLatin1String("name_zh"), a.name.zh},
            {QLatin1String("name_en"), a.name.en},
            {QLatin1String("staff_no"), a.staffNo},
            {QLatin1String("categories"), QJsonArray::fromStringList(a.categories)},
            {QLatin1String("matters"), QJsonArray::fromStringList(a.matters)},
            {QLatin1String("active"), a.active}};
}

Error invalid(const QString &why)
{
    return Error{ErrorCode::ValidationFailed, why, {}};
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
        hallRows.append(hallRow(h));
        for (const Window &w : h.windows)
            windowRows.append(windowRow(h.code, w));
    }
    AccountRepository accounts(m_db);
    auto people = accounts.people(hallCodes);
    if (!people)
        return people.error();
    for (const Account &a : people.value())
        accountRows.append(accountRow(a));
    auto devices = accounts.devices();
    if (!devices)
        return devices.error();
    for (const DeviceRow &d : devices.value()) {
        if (!wanted(d.account.hallCode))
            continue;
        accountRows.append(accountRow(d.account));
        deviceRows.append(QJsonObject{{QLatin1String("code"), d.code},
                                      {QLatin1String("kind"), toString(d.kind)},
                                      {QLatin1String("hall"), d.account.hallCode},
                                      {QLatin1String("account"), d.account.username}});
    }
    return QJsonObject{{QLatin1String("format"), QStringLiteral("onewindow-org/1")},
                       {kHalls, hallRows},
                       {kWindows, windowRows},
                       {kAccounts, accountRows},
                       {kDevices, deviceRows}};
}

Result<OrgImportReport> OrgExchange::importOrg(const QByteArray &json, const PasswordHasher &hasher, const Account *actor)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidJson, QStringLiteral("the org document is not a JSON object"), {}};
    const QJsonObject root = doc.object();

    // Parse everything first: a bad row refuses the whole document before anything is written.
    QList<Hall> halls;
    for (const QJsonValue &v : root.value(kHalls).toArray()) {
        auto h = Hall::fromJson(v.toObject());
        if (!h)
            return h.error();
        if (h.value().code.isEmpty())
            return invalid(QStringLiteral("a hall without a code"));
        halls.append(h.value());
    }
    if (halls.isEmpty())
        return invalid(QStringLiteral("the org document has no halls"));
    // Parents before children, whatever order the document lists them in.
    std::stable_sort(halls.begin(), halls.end(), [](const Hall &a, const Hall &b) { return depthOf(a.level) < depthOf(b.level); });
    QList<std::pair<QString, Window>> windows;
    QSet<QString> windowKeys;
    for (const QJsonValue &v : root.value(kWindows).toArray()) {
        const QJsonObject o = v.toObject();
        auto one = Hall::fromJson(QJsonObject{{QLatin1String("windows"), QJsonArray{o}}});
        if (!one)
            return one.error();
        const QString hall = o.value(QLatin1String("hall")).toString();
        const Window w = one.value().windows.first();
        if (w.number < 1)
            return invalid(QStringLiteral("a window of %1 without a number").arg(hall));
        const QString key = hall + QLatin1Char('/') + QString::number(w.number);
        if (windowKeys.contains(key))
            return invalid(QStringLiteral("window %1 is listed twice").arg(key));
        windowKeys.insert(key);
        windows.append({hall, w});
    }
    struct AccountIn
    {
        Account account;
        QString password;
    };
    QList<AccountIn> accountsIn;
    QHash<QString, QString> hashes; // password → hash: Argon2id is slow, equal passwords share it
    for (const QJsonValue &v : root.value(kAccounts).toArray()) {
        const QJsonObject o = v.toObject();
        AccountIn in;
        in.account.username = o.value(QLatin1String("username")).toString();
        if (in.account.username.isEmpty())
            return invalid(QStringLiteral("an account without a user name"));
        const auto role = roleFromString(o.value(QLatin1String("role")).toString());
        if (!role)
            return invalid(QStringLiteral("account %1 has an unknown role").arg(in.account.username));
        in.account.role = *role;
        in.account.hallCode = o.value(QLatin1String("hall")).toString();
        in.account.name = {o.value(QLatin1String("name_zh")).toString(), o.value(QLatin1String("name_en")).toString()};
        in.account.staffNo = o.value(QLatin1String("staff_no")).toString();
        for (const QJsonValue &c : o.value(QLatin1String("categories")).toArray())
            in.account.categories << c.toString();
        for (const QJsonValue &m : o.value(QLatin1String("matters")).toArray())
            in.account.matters << m.toString();
        in.account.active = o.value(QLatin1String("active")).toBool(true);
        in.password = o.value(QLatin1String("password")).toString();
        accountsIn.append(in);
    }
    AccountRepository accounts(m_db);
    OrgRepository org(m_db);
    // Passwords are hashed only for accounts that do not exist yet.
    for (AccountIn &in : accountsIn) {
        auto known = accounts.findByUsername(in.account.username);
        if (!known)
            return known.error();
        if (known.value())
            continue;
        in.account.mustChangePassword = in.password.isEmpty();
        if (in.password.isEmpty())
            in.password = AccountAdmin::oneTimePassword();
        if (!hashes.contains(in.password))
            hashes.insert(in.password, hasher.hash(in.password));
    }

    OrgImportReport report;
    const auto record = [&](const QString &hall, const QString &entity, const QString &key, const QString &action,
                            const QJsonObject &before, const QJsonObject &after) -> Status {
        return m_log ? m_log->record(actor, hall, entity, key, action, before, after) : okStatus();
    };
    Status st = m_db.transaction([&]() -> Status {
        auto existing = org.halls();
        if (!existing)
            return existing.error();
        QHash<QString, Hall> known;
        for (const Hall &h : existing.value())
            known.insert(h.code, h);
        for (Hall h : halls) {
            const auto it = known.constFind(h.code);
            if (it == known.constEnd()) {
                if (auto id = org.insertHall(h); !id)
                    return id.error();
                report.created[kHalls] += 1;
                if (auto s = record(h.code, QStringLiteral("hall"), h.code, QStringLiteral("import"), {}, hallRow(h)); !s)
                    return s;
                continue;
            }
            h.id = it->id;
            h.windows = it->windows;
            if (h == *it) {
                ++report.unchanged;
                continue;
            }
            if (auto s = org.updateHall(h); !s)
                return s;
            report.updated[kHalls] += 1;
            if (auto s = record(h.code, QStringLiteral("hall"), h.code, QStringLiteral("import"), hallRow(*it), hallRow(h)); !s)
                return s;
        }
        auto now = org.halls();
        if (!now)
            return now.error();
        QHash<QString, Hall> byCode;
        for (const Hall &h : now.value())
            byCode.insert(h.code, h);
        for (const auto &[hallCode, w] : windows) {
            const auto hall = byCode.constFind(hallCode);
            if (hall == byCode.constEnd())
                return invalid(QStringLiteral("window %1 of unknown hall %2").arg(w.number).arg(hallCode));
            const auto same = std::find_if(hall->windows.begin(), hall->windows.end(), [&w](const Window &x) { return x.number == w.number; });
            Window wanted = w;
            if (same == hall->windows.end()) {
                if (auto s = org.insertWindow(hall->id, wanted); !s)
                    return s;
                report.created[kWindows] += 1;
                if (auto s = record(hallCode, QStringLiteral("window"), hallCode + QLatin1Char('/') + QString::number(w.number),
                                    QStringLiteral("import"), {}, windowRow(hallCode, wanted));
                    !s)
                    return s;
                continue;
            }
            wanted.autoAssign = same->autoAssign;
            if (wanted == *same) {
                ++report.unchanged;
                continue;
            }
            if (auto s = org.updateWindow(hall->id, wanted); !s)
                return s;
            report.updated[kWindows] += 1;
            if (auto s = record(hallCode, QStringLiteral("window"), hallCode + QLatin1Char('/') + QString::number(w.number),
                                QStringLiteral("import"), windowRow(hallCode, *same), windowRow(hallCode, wanted));
                !s)
                return s;
        }
        for (const AccountIn &in : accountsIn) {
            Account a = in.account;
            const auto hall = byCode.constFind(a.hallCode);
            if (hall == byCode.constEnd())
                return invalid(QStringLiteral("account %1 of unknown hall %2").arg(a.username, a.hallCode));
            a.hallId = hall->id;
            auto stored = accounts.findByUsername(a.username);
            if (!stored)
                return stored.error();
            if (!stored.value()) {
                a.passwordHash = hashes.value(in.password);
                if (auto id = accounts.insert(a); !id)
                    return id.error();
                report.created[kAccounts] += 1;
                if (a.mustChangePassword)
                    report.oneTimePasswords.append({a.username, in.password});
                if (auto s = record(a.hallCode, QStringLiteral("account"), a.username, QStringLiteral("import"), {}, accountRow(a)); !s)
                    return s;
                continue;
            }
            const Account &before = *stored.value();
            if (accountRow(before) == accountRow(a)) {
                ++report.unchanged;
                continue;
            }
            a.id = before.id;
            if (auto s = accounts.update(a); !s)
                return s;
            if (a.active != before.active) {
                if (auto s = accounts.setActive(a.id, a.active); !s)
                    return s;
            }
            report.updated[kAccounts] += 1;
            if (auto s = record(a.hallCode, QStringLiteral("account"), a.username, QStringLiteral("import"), accountRow(before), accountRow(a)); !s)
                return s;
        }
        auto devices = accounts.devices();
        if (!devices)
            return devices.error();
        QSet<QString> deviceCodes;
        for (const DeviceRow &d : devices.value())
            deviceCodes.insert(d.code);
        for (const QJsonValue &v : root.value(kDevices).toArray()) {
            const QJsonObject o = v.toObject();
            const QString code = o.value(QLatin1String("code")).toString();
            if (deviceCodes.contains(code)) {
                ++report.unchanged;
                continue;
            }
            const auto kind = roleFromString(o.value(QLatin1String("kind")).toString()).value_or(Role::Kiosk);
            const auto hall = byCode.constFind(o.value(QLatin1String("hall")).toString());
            auto account = accounts.findByUsername(o.value(QLatin1String("account")).toString());
            if (!account)
                return account.error();
            if (hall == byCode.constEnd() || !account.value())
                return invalid(QStringLiteral("device %1: unknown hall or account").arg(code));
            if (auto s = accounts.insertDevice(code, kind, hall->id, account.value()->id); !s)
                return s;
            deviceCodes.insert(code);
            report.created[kDevices] += 1;
            if (auto s = record(hall->code, QStringLiteral("device"), code, QStringLiteral("import"), {}, o); !s)
                return s;
        }
        return okStatus();
    });
    if (!st)
        return st.error();
    return report;
}

} // namespace ow
