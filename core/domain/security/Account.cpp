#include "core/domain/security/Account.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

namespace ow {

QJsonObject Account::toJson() const
{
    QJsonObject o{{QLatin1String("id"), id},
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
            {QLatin1String("categories"), QJsonArray::fromStringList(categories)},
            {QLatin1String("must_change_password"), mustChangePassword}};
    return o;
}

Result<Account> Account::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    Account a;
    a.id = r.integer(QLatin1String("id"));
    a.username = r.requiredText(QLatin1String("username"));
    a.role = r.enumValue(QLatin1String("role"), &roleFromString).value_or(Role::Teller);
    a.name = {r.text(QLatin1String("name_zh")), r.text(QLatin1String("name_en"))};
    a.staffNo = r.text(QLatin1String("staff_no"));
    JsonReader hall(r.nestedObject(QLatin1String("hall")));
    a.hallCode = hall.text(QLatin1String("code"));
    a.hallName = {hall.text(QLatin1String("name_zh")), hall.text(QLatin1String("name_en"))};
    a.hallLevel = hall.enumValue(QLatin1String("level"), &orgLevelFromString).value_or(OrgLevel::City);
    for (auto it = hall.problems().begin(); it != hall.problems().end(); ++it)
        r.problem(QStringLiteral("hall.") + it.key(), it.value().toString());
    a.categories = r.texts(QLatin1String("categories"));
    a.mustChangePassword = r.boolean(QLatin1String("must_change_password"));
    return r.finish(a);
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
