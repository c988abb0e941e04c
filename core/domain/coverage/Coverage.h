#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/coverage/CommunityPoint.h"
#include "core/domain/org/Org.h"

#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace ow {

// A hall as the 15-minute circle sees it: where it is and, from a given place, how far and how
// long (TravelModel).
struct HallReach
{
    QString code;
    LocalizedName name;
    OrgLevel level = OrgLevel::City;
    QString address;
    GeoPoint at;
    double distanceKm = 0;
    double minutes = 0;
    bool walk = false; // the model says walk rather than ride

    QJsonObject toJson() const;
    static Result<HallReach> fromJson(const QJsonObject &o);
    bool operator==(const HallReach &) const = default;
};

// The share of the population within the promise of a hall of `lowestLevel` or above.
struct LevelCoverage
{
    OrgLevel lowestLevel = OrgLevel::Community;
    qint64 coveredPopulation = 0;
    double share = 0; // 0…1

    QJsonObject toJson() const;
    static Result<LevelCoverage> fromJson(const QJsonObject &o);
    bool operator==(const LevelCoverage &) const = default;
};

// One matter's coverage now (its delegation) and with each lower level that would raise it.
struct MatterCoverage
{
    QString service;
    LocalizedName name;
    OrgLevel lowestLevel = OrgLevel::Community;
    qint64 coveredPopulation = 0;
    double share = 0;
    QList<LevelCoverage> ifDelegated; // the levels below that raise the share over the level above, downwards

    QJsonObject toJson() const;
    static Result<MatterCoverage> fromJson(const QJsonObject &o);
    bool operator==(const MatterCoverage &) const = default;
};

// A delegation that would raise a matter's coverage: from its lowest level now to `to`.
struct DelegationGain
{
    QString service;
    LocalizedName name;
    OrgLevel from = OrgLevel::City;
    OrgLevel to = OrgLevel::Community;
    double shareBefore = 0;
    double shareAfter = 0;
    qint64 gainedPopulation = 0;

    QJsonObject toJson() const;
    static Result<DelegationGain> fromJson(const QJsonObject &o);
    bool operator==(const DelegationGain &) const = default;
};

// The 15-minute circle (15分钟服务圈) of a city: which halls a resident can reach for a matter,
// and how much of the population lives within the promise of a hall that may accept it. Pure:
// given the halls (those archived or without coordinates are left out) and the community points,
// it reads nothing else. A matter's halls are those of its lowest level or above (Delegation).
class Coverage
{
public:
    Coverage(const QList<Hall> &halls, QList<CommunityPoint> points);

    // The halls of `lowestLevel` or above, nearest (by travel time) first; limit ≤ 0: all.
    QList<HallReach> nearest(GeoPoint from, OrgLevel lowestLevel, int limit = 0) const;
    // For each community point (in order), the minutes to its nearest such hall; none without one.
    QList<std::optional<double>> pointMinutes(OrgLevel lowestLevel) const;
    LevelCoverage coverage(OrgLevel lowestLevel) const;
    MatterCoverage matter(const ServiceItem &service) const; // its effective lowest level
    // The delegations that would raise coverage most, by population gained (then by matter code);
    // one per matter — the level that gains most, the highest such level on a tie.
    static QList<DelegationGain> bestDelegations(const QList<MatterCoverage> &matters, int limit);

    qint64 totalPopulation() const { return m_total; }
    const QList<CommunityPoint> &points() const { return m_points; }
    const QList<HallReach> &halls() const { return m_halls; } // distance and minutes 0

private:
    QList<HallReach> m_halls;
    QList<CommunityPoint> m_points;
    qint64 m_total = 0;
    std::array<LevelCoverage, 4> m_byLevel; // the coverage of each lowest level, worked out once
};

} // namespace ow
