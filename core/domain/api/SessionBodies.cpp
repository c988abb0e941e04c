#include "core/domain/api/SessionBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

namespace ow {

QJsonObject HealthAnswer::toJson() const
{
    return {{QLatin1String("status"), status},
            {QLatin1String("version"), version},
            {QLatin1String("schema"), schema},
            {QLatin1String("instance"), instance},
            {QLatin1String("administrator"), administrator}};
}

Result<HealthAnswer> HealthAnswer::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    HealthAnswer h;
    h.status = r.requiredText(QLatin1String("status"));
    h.version = r.text(QLatin1String("version"));
    h.schema = static_cast<int>(r.integer(QLatin1String("schema")));
    h.instance = r.text(QLatin1String("instance"));
    h.administrator = r.boolean(QLatin1String("administrator"));
    return r.finish(h);
}

QJsonObject LoginRequest::toJson() const
{
    return {{QLatin1String("username"), username}, {QLatin1String("password"), password}};
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject &o)
{
    const QJsonValue user = o.value(QLatin1String("username"));
    const QJsonValue pass = o.value(QLatin1String("password"));
    QJsonObject fields;
    if (!user.isString() || user.toString().trimmed().isEmpty())
        fields.insert(QLatin1String("username"), QStringLiteral("required"));
    if (!pass.isString() || pass.toString().isEmpty())
        fields.insert(QLatin1String("password"), QStringLiteral("required"));
    if (!fields.isEmpty())
        return invalidFieldsError(fields);
    return LoginRequest{user.toString(), pass.toString()};
}

QJsonObject LoginAnswer::toJson() const
{
    return {{QLatin1String("token"), token},
            {QLatin1String("expires_at"), expiresAt.toString(Qt::ISODate)},
            {QLatin1String("account"), account.toJson()}};
}

Result<LoginAnswer> LoginAnswer::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    LoginAnswer a;
    a.token = r.requiredText(QLatin1String("token"));
    a.expiresAt = r.instant(QLatin1String("expires_at"));
    if (auto account = r.nested<Account>(QLatin1String("account")))
        a.account = *account;
    else if (r.ok())
        r.problem(QStringLiteral("account"), QStringLiteral("required"));
    return r.finish(a);
}

QJsonObject HallsAnswer::toJson() const
{
    QJsonArray list;
    for (const Hall &h : halls)
        list.append(h.toJson());
    return {{QLatin1String("halls"), list}};
}

Result<HallsAnswer> HallsAnswer::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    HallsAnswer a;
    a.halls = r.list<Hall>(QLatin1String("halls"));
    return r.finish(a);
}

} // namespace ow
