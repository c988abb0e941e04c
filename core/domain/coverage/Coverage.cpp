#include "core/domain/coverage/Coverage.h"

#include "core/domain/catalogue/Delegation.h"
#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

#include <algorithm>

namespace ow {

namespace {
constexpr std::array<OrgLevel, 4> kLevels{OrgLevel::City, OrgLevel::County, OrgLevel::Township, OrgLevel::Community};

OrgLevel levelOf(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key)) {
        r.problem(key, QStringLiteral("required"));
        return OrgLevel::City;
    }
    return r.enumValue(key, &orgLevelFromString).value_or(OrgLevel::City);
}

bool accepts(OrgLevel hall, OrgLevel lowest)
{
    return depthOf(hall) <= depthOf(lowest);
}
} // namespace

QJsonObject HallReach::toJson() const
{
    return {{QLatin1String("code"), code},
            {QLatin1String("name_zh"), name.zh},
            {QLatin1String("name_en"), name.en},
            {QLatin1String("level"), toString(level)},
            {QLatin1String("address"), address},
            {QLatin1String("latitude"), at.lat},
            {QLatin1String("longitude"), at.lon},
            {QLatin1String("distance_km"), distanceKm},
            {QLatin1String("minutes"), minutes},
            {QLatin1String("walk"), walk}};
}

Result<HallReach> HallReach::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    HallReach h;
    h.code = r.requiredText(QLatin1String("code"));
    h.name = {r.text(QLatin1String("name_zh")), r.text(QLatin1String("name_en"))};
    h.level = levelOf(r, QLatin1String("level"));
    h.address = r.text(QLatin1String("address"));
    h.at = {r.number(QLatin1String("latitude")), r.number(QLatin1String("longitude"))};
    h.distanceKm = r.number(QLatin1String("distance_km"));
    h.minutes = r.number(QLatin1String("minutes"));
    h.walk = r.boolean(QLatin1String("walk"));
    return r.finish(h);
}

QJsonObject LevelCoverage::toJson() const
{
    return {{QLatin1String("lowest_level"), toString(lowestLevel)},
            {QLatin1String("covered_population"), coveredPopulation},
            {QLatin1String("share"), share}};
}

Result<LevelCoverage> LevelCoverage::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    LevelCoverage c;
    c.lowestLevel = levelOf(r, QLatin1String("lowest_level"));
    c.coveredPopulation = r.integer(QLatin1String("covered_population"));
    c.share = r.number(QLatin1String("share"));
    return r.finish(c);
}

QJsonObject MatterCoverage::toJson() const
{
    return {{QLatin1String("service"), service},
            {QLatin1String("name_zh"), name.zh},
            {QLatin1String("name_en"), name.en},
            {QLatin1String("lowest_level"), toString(lowestLevel)},
            {QLatin1String("covered_population"), coveredPopulation},
            {QLatin1String("share"), share},
            {QLatin1String("if_delegated"), arrayOf(ifDelegated)}};
}

Result<MatterCoverage> MatterCoverage::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    MatterCoverage m;
    m.service = r.requiredText(QLatin1String("service"));
    m.name = {r.text(QLatin1String("name_zh")), r.text(QLatin1String("name_en"))};
    m.lowestLevel = levelOf(r, QLatin1String("lowest_level"));
    m.coveredPopulation = r.integer(QLatin1String("covered_population"));
    m.share = r.number(QLatin1String("share"));
    m.ifDelegated = r.list<LevelCoverage>(QLatin1String("if_delegated"));
    return r.finish(m);
}

QJsonObject DelegationGain::toJson() const
{
    return {{QLatin1String("service"), service},
            {QLatin1String("name_zh"), name.zh},
            {QLatin1String("name_en"), name.en},
            {QLatin1String("from_level"), toString(from)},
            {QLatin1String("to_level"), toString(to)},
            {QLatin1String("share_before"), shareBefore},
            {QLatin1String("share_after"), shareAfter},
            {QLatin1String("gained_population"), gainedPopulation}};
}

Result<DelegationGain> DelegationGain::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    DelegationGain g;
    g.service = r.requiredText(QLatin1String("service"));
    g.name = {r.text(QLatin1String("name_zh")), r.text(QLatin1String("name_en"))};
    g.from = levelOf(r, QLatin1String("from_level"));
    g.to = levelOf(r, QLatin1String("to_level"));
    g.shareBefore = r.number(QLatin1String("share_before"));
    g.shareAfter = r.number(QLatin1String("share_after"));
    g.gainedPopulation = r.integer(QLatin1String("gained_population"));
    return r.finish(g);
}

Coverage::Coverage(const QList<Hall> &halls, QList<CommunityPoint> points) : m_points(std::move(points))
{
    for (const Hall &h : halls) {
        if (h.archived || h.training || !h.latitude || !h.longitude)
            continue;
        m_halls.append(HallReach{h.code, h.name, h.level, h.address, {*h.latitude, *h.longitude}});
    }
    for (const CommunityPoint &p : m_points)
        m_total += p.population;
    for (OrgLevel level : kLevels) {
        LevelCoverage c{level};
        const auto minutes = pointMinutes(level);
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            if (minutes.at(i) && *minutes.at(i) <= TravelModel::kPromiseMinutes)
                c.coveredPopulation += m_points.at(i).population;
        }
        c.share = m_total > 0 ? double(c.coveredPopulation) / double(m_total) : 0;
        m_byLevel[std::size_t(depthOf(level))] = c;
    }
}

QList<HallReach> Coverage::nearest(GeoPoint from, OrgLevel lowestLevel, int limit) const
{
    QList<HallReach> out;
    for (HallReach h : m_halls) {
        if (!accepts(h.level, lowestLevel))
            continue;
        h.distanceKm = TravelModel::distanceKm(from, h.at);
        h.minutes = TravelModel::minutes(h.distanceKm);
        h.walk = TravelModel::walks(h.distanceKm);
        out.append(h);
    }
    std::stable_sort(out.begin(), out.end(), [](const HallReach &a, const HallReach &b) {
        if (a.minutes != b.minutes)
            return a.minutes < b.minutes;
        return a.code < b.code;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

QList<std::optional<double>> Coverage::pointMinutes(OrgLevel lowestLevel) const
{
    QList<std::optional<double>> out;
    out.reserve(m_points.size());
    for (const CommunityPoint &p : m_points) {
        std::optional<double> best;
        for (const HallReach &h : m_halls) {
            if (!accepts(h.level, lowestLevel))
                continue;
            const double m = TravelModel::minutes(p.at, h.at);
            if (!best || m < *best)
                best = m;
        }
        out.append(best);
    }
    return out;
}

LevelCoverage Coverage::coverage(OrgLevel lowestLevel) const
{
    return m_byLevel[std::size_t(depthOf(lowestLevel))];
}

MatterCoverage Coverage::matter(const ServiceItem &service) const
{
    const LevelCoverage now = coverage(Delegation::lowestLevel(service));
    MatterCoverage m{service.code, service.name, now.lowestLevel, now.coveredPopulation, now.share, {}};
    // Each level down that covers more than the one above it: a level that adds no hall within
    // reach (a township level with no township halls near anyone) is not worth naming.
    qint64 above = now.coveredPopulation;
    for (OrgLevel level : kLevels) {
        if (depthOf(level) <= depthOf(now.lowestLevel))
            continue;
        const LevelCoverage c = coverage(level);
        if (c.coveredPopulation > above)
            m.ifDelegated.append(c);
        above = std::max(above, c.coveredPopulation);
    }
    return m;
}

QList<DelegationGain> Coverage::bestDelegations(const QList<MatterCoverage> &matters, int limit)
{
    QList<DelegationGain> gains;
    for (const MatterCoverage &m : matters) {
        std::optional<LevelCoverage> best;
        for (const LevelCoverage &c : m.ifDelegated) {
            if (!best || c.coveredPopulation > best->coveredPopulation)
                best = c; // ifDelegated runs downwards: a tie keeps the higher level
        }
        if (best)
            gains.append(DelegationGain{m.service, m.name, m.lowestLevel, best->lowestLevel, m.share, best->share,
                                        best->coveredPopulation - m.coveredPopulation});
    }
    std::stable_sort(gains.begin(), gains.end(), [](const DelegationGain &a, const DelegationGain &b) {
        if (a.gainedPopulation != b.gainedPopulation)
            return a.gainedPopulation > b.gainedPopulation;
        return a.service < b.service;
    });
    if (limit > 0 && gains.size() > limit)
        gains.resize(limit);
    return gains;
}

} // namespace ow
