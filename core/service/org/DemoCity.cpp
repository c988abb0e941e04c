#include "core/service/org/DemoCity.h"

#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow {

QByteArray DemoCity::bundledJson()
{
    QFile f(QStringLiteral(":/onewindow/demo/demo-city.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<bool> DemoCity::seed(Database &db, const QByteArray &json, const PasswordHasher &hasher)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidJson, QStringLiteral("demo city seed is not a JSON object"), {}};
    const QJsonObject root = doc.object();
    OrgRepository org(db);
    AccountRepository accounts(db);

    const QJsonArray halls = root.value(QLatin1String("halls")).toArray();
    if (halls.isEmpty())
        return Error{ErrorCode::ValidationFailed, QStringLiteral("demo city has no halls"), {}};
    auto existing = org.hallId(halls.first().toObject().value(QLatin1String("code")).toString());
    if (!existing)
        return existing.error();
    if (existing.value())
        return false;

    // Hash outside the transaction: Argon2id is deliberately slow, and equal passwords share work.
    QHash<QString, QString> hashes;
    const QJsonArray accountRows = root.value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &v : accountRows) {
        const QString pw = v.toObject().value(QLatin1String("password")).toString();
        if (!hashes.contains(pw))
            hashes.insert(pw, hasher.hash(pw));
    }

    Status st = db.transaction([&]() -> Status {
        QHash<QString, qint64> hallIds;
        for (const QJsonValue &v : halls) {
            auto parsed = Hall::fromJson(v.toObject());
            if (!parsed)
                return parsed.error();
            const Hall &h = parsed.value();
            auto id = org.insertHall(h);
            if (!id)
                return id.error();
            hallIds.insert(h.code, id.value());
        }
        const QJsonArray windows = root.value(QLatin1String("windows")).toArray();
        for (const QJsonValue &v : windows) {
            const QJsonObject o = v.toObject();
            auto one = Hall::fromJson(QJsonObject{{QLatin1String("windows"), QJsonArray{o}}});
            if (!one)
                return one.error();
            if (auto s = org.insertWindow(hallIds.value(o.value(QLatin1String("hall")).toString()), one.value().windows.first()); !s)
                return s;
        }
        QHash<QString, qint64> accountIds;
        for (const QJsonValue &v : accountRows) {
            const QJsonObject o = v.toObject();
            Account a;
            a.username = o.value(QLatin1String("username")).toString();
            a.passwordHash = hashes.value(o.value(QLatin1String("password")).toString());
            const auto role = roleFromString(o.value(QLatin1String("role")).toString());
            if (!role)
                return Error{ErrorCode::ValidationFailed, QStringLiteral("account %1 has an unknown role").arg(a.username), {}};
            a.role = *role;
            a.hallId = hallIds.value(o.value(QLatin1String("hall")).toString());
            a.name = {o.value(QLatin1String("name_zh")).toString(), o.value(QLatin1String("name_en")).toString()};
            a.staffNo = o.value(QLatin1String("staff_no")).toString();
            for (const QJsonValue &c : o.value(QLatin1String("categories")).toArray())
                a.categories << c.toString();
            auto id = accounts.insert(a);
            if (!id)
                return id.error();
            accountIds.insert(a.username, id.value());
        }
        const QJsonArray devices = root.value(QLatin1String("devices")).toArray();
        for (const QJsonValue &v : devices) {
            const QJsonObject o = v.toObject();
            const auto kind = roleFromString(o.value(QLatin1String("kind")).toString()).value_or(Role::Kiosk);
            if (auto s = accounts.insertDevice(o.value(QLatin1String("code")).toString(), kind,
                                               hallIds.value(o.value(QLatin1String("hall")).toString()),
                                               accountIds.value(o.value(QLatin1String("account")).toString()));
                !s)
                return s;
        }
        return okStatus();
    });
    if (!st)
        return st.error();
    return true;
}

} // namespace ow
