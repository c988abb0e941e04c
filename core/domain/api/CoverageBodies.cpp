#include "core/domain/api/CoverageBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

namespace ow {

QJsonObject NearestHallsAnswer::toJson() const
{
    return {{QLatin1String("service"), service},
            {QLatin1String("lowest_level"), toString(lowestLevel)},
            {QLatin1String("from"), QJsonObject{{QLatin1String("latitude"), from.lat}, {QLatin1String("longitude"), from.lon}}},
            {QLatin1String("promise_minutes"), promiseMinutes},
            {QLatin1String("halls"), arrayOf(halls)}};
}

Result<NearestHallsAnswer> NearestHallsAnswer::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    NearestHallsAnswer a;
    a.service = r.requiredText(QLatin1String("service"));
    a.lowestLevel = r.enumValue(QLatin1String("lowest_level"), &orgLevelFromString).value_or(OrgLevel::Community);
    const QJsonObject from = r.nestedObject(QLatin1String("from"));
    a.from = {from.value(QLatin1String("latitude")).toDouble(), from.value(QLatin1String("longitude")).toDouble()};
    a.promiseMinutes = r.number(QLatin1String("promise_minutes"), TravelModel::kPromiseMinutes);
    a.halls = r.list<HallReach>(QLatin1String("halls"));
    return r.finish(a);
}

QJsonObject CoveragePoint::toJson() const
{
    return {{QLatin1String("name"), point.name},
            {QLatin1String("district"), point.district},
            {QLatin1String("latitude"), point.at.lat},
            {QLatin1String("longitude"), point.at.lon},
            {QLatin1String("population"), point.population},
            {QLatin1String("minutes"), minutes ? QJsonValue(*minutes) : QJsonValue(QJsonValue::Null)}};
}

Result<CoveragePoint> CoveragePoint::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CoveragePoint p;
    p.point.name = r.requiredText(QLatin1String("name"));
    p.point.district = r.text(QLatin1String("district"));
    p.point.at = {r.number(QLatin1String("latitude")), r.number(QLatin1String("longitude"))};
    p.point.population = r.integer(QLatin1String("population"));
    if (r.has(QLatin1String("minutes")))
        p.minutes = r.number(QLatin1String("minutes"));
    return r.finish(p);
}

QJsonObject CoverageAnswer::toJson() const
{
    return {{QLatin1String("promise_minutes"), promiseMinutes},
            {QLatin1String("total_population"), totalPopulation},
            {QLatin1String("matters"), arrayOf(matters)},
            {QLatin1String("best_delegations"), arrayOf(bestDelegations)},
            {QLatin1String("halls"), arrayOf(halls)},
            {QLatin1String("points"), arrayOf(points)}};
}

Result<CoverageAnswer> CoverageAnswer::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CoverageAnswer a;
    a.promiseMinutes = r.number(QLatin1String("promise_minutes"), TravelModel::kPromiseMinutes);
    a.totalPopulation = r.integer(QLatin1String("total_population"));
    a.matters = r.list<MatterCoverage>(QLatin1String("matters"));
    a.bestDelegations = r.list<DelegationGain>(QLatin1String("best_delegations"));
    a.halls = r.list<HallReach>(QLatin1String("halls"));
    a.points = r.list<CoveragePoint>(QLatin1String("points"));
    return r.finish(a);
}

} // namespace ow
