#include "core/domain/security/Account.h"

#include <QJsonArray>

namespace ow {

QJsonObject Account::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("username"), username},
            {QLatin1String("role"), toString(role)},
            {QLatin1String("name_zh"), name.zh},
            {QLatin1String("name_en"), name.en},
            {QLatin1String("staff_no"), staffNo},
            {QLatin1String("hall"),
             QJsonObject{{QLatin1String("code"), hallCode},
                         {QLatin1String("name_zh"), hallName.zh},
                         {QLatin1String("name_en"), hallName.en},
                         {QLatin1String("level"), toString(hallLevel)}}},
            {QLatin1String("permissions"), QJsonArray::fromStringList(Permissions::namesFor(role))},
            {QLatin1String("categories"), QJsonArray::fromStringList(categories)}};
}

Account Account::fromJson(const QJsonObject &o)
{
    Account a;
    a.id = o.value(QLatin1String("id")).toInteger();
    a.username = o.value(QLatin1String("username")).toString();
    a.role = roleFromString(o.value(QLatin1String("role")).toString()).value_or(Role::Teller);
    a.name = {o.value(QLatin1String("name_zh")).toString(), o.value(QLatin1String("name_en")).toString()};
    a.staffNo = o.value(QLatin1String("staff_no")).toString();
    const QJsonObject hall = o.value(QLatin1String("hall")).toObject();
    a.hallCode = hall.value(QLatin1String("code")).toString();
    a.hallName = {hall.value(QLatin1String("name_zh")).toString(), hall.value(QLatin1String("name_en")).toString()};
    a.hallLevel = orgLevelFromString(hall.value(QLatin1String("level")).toString()).value_or(OrgLevel::City);
    for (const QJsonValue &v : o.value(QLatin1String("categories")).toArray())
        a.categories << v.toString();
    return a;
}

Status requireHall(const Account &who, const QString &hallCode, HallScope scope)
{
    if (Permissions::atHall(who.hallCode, who.role, hallCode))
        return okStatus();
    if (scope == HallScope::OwnOrSupervisor && Permissions::allows(who.role, Permission::QueueSupervise))
        return okStatus();
    return Error{ErrorCode::Forbidden, QStringLiteral("not at hall %1").arg(hallCode), {}};
}

} // namespace ow
