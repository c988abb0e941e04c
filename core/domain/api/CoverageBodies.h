#pragma once

#include "core/domain/coverage/Coverage.h"

namespace ow {

// The bodies of the 15-minute circle: GET /api/v1/org/halls/nearest and GET
// /api/v1/reports/coverage.

// The halls that may accept a matter, nearest by travel time first.
struct NearestHallsAnswer
{
    QString service;
    OrgLevel lowestLevel = OrgLevel::Community;
    GeoPoint from;
    double promiseMinutes = TravelModel::kPromiseMinutes;
    QList<HallReach> halls;

    QJsonObject toJson() const;
    static Result<NearestHallsAnswer> fromJson(const QJsonObject &o);
    bool operator==(const NearestHallsAnswer &) const = default;
};

// A community point in the report; `minutes` to the nearest hall that may accept the chosen
// matter (none: no matter chosen, or no such hall).
struct CoveragePoint
{
    CommunityPoint point;
    std::optional<double> minutes;

    QJsonObject toJson() const;
    static Result<CoveragePoint> fromJson(const QJsonObject &o);
    bool operator==(const CoveragePoint &) const = default;
};

// The coverage report: every matter (or the one asked for), the delegations that would raise
// coverage most, and the halls and community points it was worked out on (for the map).
struct CoverageAnswer
{
    double promiseMinutes = TravelModel::kPromiseMinutes;
    qint64 totalPopulation = 0;
    QList<MatterCoverage> matters;
    QList<DelegationGain> bestDelegations;
    QList<HallReach> halls;
    QList<CoveragePoint> points;

    QJsonObject toJson() const;
    static Result<CoverageAnswer> fromJson(const QJsonObject &o);
    bool operator==(const CoverageAnswer &) const = default;
};

} // namespace ow
