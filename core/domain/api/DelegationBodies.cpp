#include "core/domain/api/DelegationBodies.h"

#include "core/domain/util/JsonReader.h"

namespace ow {

namespace {
OrgLevel requiredLevel(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key)) {
        r.problem(key, QStringLiteral("required"));
        return OrgLevel::City;
    }
    return r.enumValue(key, &orgLevelFromString).value_or(OrgLevel::City);
}
} // namespace

QJsonObject DelegationEntry::toJson() const
{
    return {{QLatin1String("service"), service},
            {QLatin1String("competent_level"), toString(competentLevel)},
            {QLatin1String("delegable"), delegable},
            {QLatin1String("lowest_level"), toString(lowestLevel)},
            {QLatin1String("overridden"), overridden}};
}

Result<DelegationEntry> DelegationEntry::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    DelegationEntry e;
    e.service = r.requiredText(QLatin1String("service"));
    e.competentLevel = requiredLevel(r, QLatin1String("competent_level"));
    e.delegable = r.boolean(QLatin1String("delegable"), true);
    e.lowestLevel = requiredLevel(r, QLatin1String("lowest_level"));
    e.overridden = r.boolean(QLatin1String("overridden"));
    return r.finish(e);
}

QJsonObject DelegationAnswer::toJson() const
{
    return {{QLatin1String("matters"), arrayOf(matters)}};
}

Result<DelegationAnswer> DelegationAnswer::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    DelegationAnswer a;
    a.matters = r.list<DelegationEntry>(QLatin1String("matters"));
    return r.finish(a);
}

QJsonObject DelegationChange::toJson() const
{
    return {{QLatin1String("lowest_level"), lowestLevel ? QJsonValue(toString(*lowestLevel)) : QJsonValue(QJsonValue::Null)}};
}

Result<DelegationChange> DelegationChange::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    DelegationChange c;
    if (!o.contains(QLatin1String("lowest_level")))
        r.problem(QStringLiteral("lowest_level"), QStringLiteral("required: city, county, township, community, or null for the default"));
    else
        c.lowestLevel = r.enumValue(QLatin1String("lowest_level"), &orgLevelFromString);
    return r.finish(c);
}

} // namespace ow
