// The 15-minute circle on a fixture worked out by hand: three halls and five community points on
// one meridian (so a distance is the latitude difference × 111.1951 km), the travel model's
// minutes, the nearest halls of a matter, the population-weighted shares and the delegations
// that would raise them; and the community points' CSV file, the bundled one included.
#include "core/domain/catalogue/Delegation.h"
#include "core/domain/coverage/Coverage.h"

#include <QTest>

using namespace ow;

namespace {

constexpr double kKmPerDegree = 111.1951; // 2π × 6371.0088 / 360

Hall hall(const QString &code, OrgLevel level, double lat)
{
    Hall h;
    h.code = code;
    h.level = level;
    h.name = {code, code};
    h.latitude = lat;
    h.longitude = 104.0;
    return h;
}

CommunityPoint point(const QString &name, double lat, qint64 population)
{
    return {name, QStringLiteral("测试区"), {lat, 104.0}, population};
}

// CITY at 0.00, COUNTY at 0.10, STATION (community) at 0.20; the points:
//   P1 0.001 (0.111 km from CITY, a 1.93-minute walk)        100
//   P2 0.020 (2.224 km from CITY, 5 + 6.94 = 11.94 min ride)  200
//   P3 0.050 (5.56 km from CITY and COUNTY: 22.3 min)         300 — never covered
//   P4 0.120 (2.224 km from COUNTY: 11.94 min)                400
//   P5 0.190 (1.112 km from STATION: 5 + 3.47 = 8.47 min)     500
// Total 1500: city 300 (0.2), county and township 700 (7/15), community 1200 (0.8).
Coverage fixture()
{
    Hall archived = hall(QStringLiteral("GONE"), OrgLevel::Community, 0.05); // would cover P3
    archived.archived = true;
    Hall nowhere = hall(QStringLiteral("NOWHERE"), OrgLevel::Community, 0.05);
    nowhere.latitude.reset();
    nowhere.longitude.reset();
    return Coverage({hall(QStringLiteral("CITY"), OrgLevel::City, 0.0), hall(QStringLiteral("COUNTY"), OrgLevel::County, 0.10),
                     hall(QStringLiteral("STATION"), OrgLevel::Community, 0.20), archived, nowhere},
                    {point(QStringLiteral("P1"), 0.001, 100), point(QStringLiteral("P2"), 0.02, 200),
                     point(QStringLiteral("P3"), 0.05, 300), point(QStringLiteral("P4"), 0.12, 400),
                     point(QStringLiteral("P5"), 0.19, 500)});
}

ServiceItem matter(const QString &code, OrgLevel competent, bool delegable)
{
    ServiceItem s;
    s.code = code;
    s.name = {code, code};
    s.competentLevel = competent;
    s.delegable = delegable;
    return s;
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void travelModel_data()
    {
        QTest::addColumn<double>("km");
        QTest::addColumn<double>("minutes");
        QTest::addColumn<bool>("walk");
        QTest::newRow("next door") << 0.0 << 0.0 << true;
        QTest::newRow("a short walk") << 0.2 << 0.2 * 1.3 / 4.5 * 60 << true;        // 3.47
        QTest::newRow("a ride") << 1.0 << 5 + 1.3 / 25 * 60 << false;                 // 8.12
        QTest::newRow("the edge of the circle") << 10.0 / 3.12 << 15.0 << false;      // 3.205 km
        QTest::newRow("across the county") << 20.0 << 5 + 20 * 1.3 / 25 * 60 << false; // 67.4
    }
    void travelModel()
    {
        QFETCH(double, km);
        QFETCH(double, minutes);
        QFETCH(bool, walk);
        QVERIFY2(qAbs(TravelModel::minutes(km) - minutes) < 1e-9, qPrintable(QString::number(TravelModel::minutes(km))));
        QCOMPARE(TravelModel::walks(km), walk);
    }

    void haversine()
    {
        QVERIFY(qAbs(TravelModel::distanceKm({0.0, 104.0}, {1.0, 104.0}) - kKmPerDegree) < 1e-3);
        // 绵阳 city centre to 江油: about 35 km as the crow flies.
        const double km = TravelModel::distanceKm({31.4679, 104.6796}, {31.778, 104.745});
        QVERIFY2(km > 34 && km < 36, qPrintable(QString::number(km)));
        QCOMPARE(TravelModel::distanceKm({31.4679, 104.6796}, {31.4679, 104.6796}), 0.0);
    }

    void nearestHallsOfAMatter()
    {
        const Coverage c = fixture();
        // From 0.11 for a county matter: COUNTY at 1.112 km (8.47 min), then CITY at 12.23 km;
        // the community station may not accept it, the archived and unplaced halls are not there.
        const QList<HallReach> halls = c.nearest({0.11, 104.0}, OrgLevel::County);
        QCOMPARE(halls.size(), 2);
        QCOMPARE(halls.at(0).code, QStringLiteral("COUNTY"));
        QVERIFY(qAbs(halls.at(0).distanceKm - 0.01 * kKmPerDegree) < 1e-3);
        QVERIFY(qAbs(halls.at(0).minutes - (5 + 0.01 * kKmPerDegree * 3.12)) < 1e-3);
        QVERIFY(!halls.at(0).walk);
        QCOMPARE(halls.at(1).code, QStringLiteral("CITY"));
        QVERIFY(qAbs(halls.at(1).distanceKm - 0.11 * kKmPerDegree) < 1e-3);
        // Any hall for a community matter: the station is nearer than the city; a limit cuts.
        const QList<HallReach> any = c.nearest({0.17, 104.0}, OrgLevel::Community, 2);
        QCOMPARE(any.size(), 2);
        QCOMPARE(any.at(0).code, QStringLiteral("STATION"));
        QCOMPARE(any.at(1).code, QStringLiteral("COUNTY"));
        QCOMPARE(c.nearest({0.17, 104.0}, OrgLevel::City).size(), 1);
    }

    void sharesByLevel()
    {
        const Coverage c = fixture();
        QCOMPARE(c.totalPopulation(), 1500);
        QCOMPARE(c.coverage(OrgLevel::City).coveredPopulation, 300);
        QCOMPARE(c.coverage(OrgLevel::City).share, 0.2);
        QCOMPARE(c.coverage(OrgLevel::County).coveredPopulation, 700);
        QCOMPARE(c.coverage(OrgLevel::Township).coveredPopulation, 700);
        QCOMPARE(c.coverage(OrgLevel::Community).coveredPopulation, 1200);
        QCOMPARE(c.coverage(OrgLevel::Community).share, 0.8);
        const auto minutes = c.pointMinutes(OrgLevel::City);
        QCOMPARE(minutes.size(), 5);
        QVERIFY(qAbs(*minutes.at(0) - 0.001 * kKmPerDegree * 1.3 / 4.5 * 60) < 1e-6); // a walk
        QVERIFY(*minutes.at(2) > 15);
        QVERIFY(qAbs(*minutes.at(4) - (5 + 0.19 * kKmPerDegree * 3.12)) < 1e-3);
        QVERIFY(!Coverage({}, {point(QStringLiteral("P"), 0, 10)}).pointMinutes(OrgLevel::Community).first());
    }

    void mattersAndTheDelegationsThatRaiseThem()
    {
        const Coverage c = fixture();
        // City only (competent city, not delegable): 20%; to the county 7/15, to the community
        // 80% — the township level adds nobody over the county and is not named.
        const MatterCoverage cityOnly = c.matter(matter(QStringLiteral("M-CITY"), OrgLevel::City, false));
        QCOMPARE(toString(cityOnly.lowestLevel), QStringLiteral("city"));
        QCOMPARE(cityOnly.share, 0.2);
        QCOMPARE(cityOnly.ifDelegated.size(), 2);
        QCOMPARE(toString(cityOnly.ifDelegated.at(0).lowestLevel), QStringLiteral("county"));
        QCOMPARE(cityOnly.ifDelegated.at(0).coveredPopulation, 700);
        QCOMPARE(toString(cityOnly.ifDelegated.at(1).lowestLevel), QStringLiteral("community"));
        QCOMPARE(cityOnly.ifDelegated.at(1).share, 0.8);

        const MatterCoverage county = c.matter(matter(QStringLiteral("M-COUNTY"), OrgLevel::County, false));
        QCOMPARE(county.coveredPopulation, 700);
        QCOMPARE(county.ifDelegated.size(), 1);
        // The administrator's choice counts: delegated to the community already, nothing to raise.
        ServiceItem chosen = matter(QStringLiteral("M-CHOSEN"), OrgLevel::City, false);
        chosen.lowestLevel = OrgLevel::Community;
        const MatterCoverage delegated = c.matter(chosen);
        QCOMPARE(delegated.share, 0.8);
        QVERIFY(delegated.ifDelegated.isEmpty());

        const QList<DelegationGain> best = Coverage::bestDelegations({county, delegated, cityOnly}, 5);
        QCOMPARE(best.size(), 2);
        QCOMPARE(best.at(0).service, QStringLiteral("M-CITY")); // 900 gained
        QCOMPARE(toString(best.at(0).to), QStringLiteral("community"));
        QCOMPARE(best.at(0).gainedPopulation, 900);
        QCOMPARE(best.at(0).shareBefore, 0.2);
        QCOMPARE(best.at(0).shareAfter, 0.8);
        QCOMPARE(best.at(1).service, QStringLiteral("M-COUNTY")); // 500 gained
        QCOMPARE(Coverage::bestDelegations({county, cityOnly}, 1).size(), 1);
    }

    void jsonRoundTrip()
    {
        const Coverage c = fixture();
        const MatterCoverage m = c.matter(matter(QStringLiteral("M-CITY"), OrgLevel::City, false));
        QCOMPARE(MatterCoverage::fromJson(m.toJson()).value(), m);
        const HallReach h = c.nearest({0.11, 104.0}, OrgLevel::County).first();
        QCOMPARE(HallReach::fromJson(h.toJson()).value(), h);
        const DelegationGain g = Coverage::bestDelegations({m}, 1).first();
        QCOMPARE(DelegationGain::fromJson(g.toJson()).value(), g);
    }

    void communityPointsCsv()
    {
        const QByteArray csv = "# illustrative\nname,district,lat,lon,population\n南河社区,涪城区,31.4541,104.7791,17400\n"
                               "# a comment between rows\n\"Q, Town\",游仙区,31.5,104.8,0\n";
        const auto points = CommunityPoints::parseCsv(csv);
        QVERIFY2(points, qPrintable(points ? QString() : points.error().detail));
        QCOMPARE(points.value().size(), 2);
        QCOMPARE(points.value().at(0).name, QStringLiteral("南河社区"));
        QCOMPARE(points.value().at(0).population, 17400);
        QCOMPARE(points.value().at(1).name, QStringLiteral("Q, Town"));

        const auto bad = CommunityPoints::parseCsv("name,district,lat,lon,population\nA,B,95,104,10\nC,D,31,104,-1\nE,F,31,104,7\n");
        QVERIFY(!bad);
        const QJsonObject fields = bad.error().extra.value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.keys(), (QStringList{QStringLiteral("line 2"), QStringLiteral("line 3")}));
        QVERIFY(!CommunityPoints::parseCsv("name,lat\nA,1\n"));
    }

    void bundledPointsArePlausibleForMianyang()
    {
        const auto points = CommunityPoints::parseCsv(CommunityPoints::bundledCsv());
        QVERIFY(points);
        QVERIFY2(points.value().size() >= 60 && points.value().size() <= 120, qPrintable(QString::number(points.value().size())));
        QSet<QString> districts;
        for (const CommunityPoint &p : points.value()) {
            QVERIFY2(p.at.lat > 30.7 && p.at.lat < 32.6 && p.at.lon > 104.2 && p.at.lon < 105.6, qPrintable(p.name));
            QVERIFY(p.population > 0);
            districts.insert(p.district);
        }
        QCOMPARE(districts.size(), 9); // 涪城 游仙 安州 江油 三台 盐亭 梓潼 北川 平武
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
