// The 15-minute circle against the real server on the demo city (绵阳): the halls nearest a place
// that may accept a matter — a city-only matter has the city hall alone, a matter delegated to
// district halls has the nearest district hall first — with plausible distances and times; bad
// coordinates and an unknown matter are refused in the request's language; the coverage report
// has every matter with shares in [0, 1], the delegations that would raise them, and follows a
// delegation the administrator changes.
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
// LR-004 劳务派遣经营许可: competent at the city, not delegable — the city hall alone.
const QString kCityMatter = QStringLiteral("LR-004");
// WI-001 工伤认定申请: competent at the county, not delegable — district and county halls.
const QString kCountyMatter = QStringLiteral("WI-001");
// CD-005 社会保障卡密码修改与重置: delegable — any hall, the community stations too.
const QString kAnyHallMatter = QStringLiteral("CD-005");
// 江油市's hall is at 31.7781 N, 104.7449 E; the city hall at 31.4679 N, 104.6796 E.
const QString kJiangyou = QStringLiteral("lat=31.7790&lon=104.7460");

QJsonObject errorOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("error")).toObject();
}
QStringList codesOf(const QJsonArray &halls)
{
    QStringList out;
    for (const QJsonValue &v : halls)
        out << v.toObject().value(QLatin1String("code")).toString();
    return out;
}
} // namespace

class TestServerCoverage : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;

    HttpReply get(const QString &user, const QString &path, const QByteArray &language = "zh-CN")
    {
        return m_http->send("GET", path, {}, {{"Authorization", "Bearer " + m_token.value(user).toLatin1()}, {"Accept-Language", language}});
    }
    HttpReply nearest(const QString &query, const QByteArray &language = "zh-CN")
    {
        return get(QStringLiteral("teller1"), QStringLiteral("/api/v1/org/halls/nearest?") + query, language);
    }
    QJsonObject matterOf(const HttpReply &report, const QString &code)
    {
        for (const QJsonValue &v : report.json().value(QLatin1String("matters")).toArray()) {
            if (v.toObject().value(QLatin1String("service")).toString() == code)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"teller1", "supervisor1", "admin"}) {
            const QString name = QString::fromLatin1(user);
            m_token.insert(name, m_http->login(name, QStringLiteral("demo1234")));
        }
        m_token.insert(QStringLiteral("kiosk-city"), m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234")));
        QVERIFY(!m_token.value(QStringLiteral("kiosk-city")).isEmpty());
        QVERIFY(!m_token.value(QStringLiteral("teller1")).isEmpty());
        QVERIFY(!m_token.value(QStringLiteral("supervisor1")).isEmpty());
    }

    void aCityOnlyMatterHasTheCityHallAlone()
    {
        const HttpReply r = nearest(kJiangyou + QStringLiteral("&service=") + kCityMatter);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("lowest_level")).toString(), QStringLiteral("city"));
        const QJsonArray halls = r.json().value(QLatin1String("halls")).toArray();
        QCOMPARE(codesOf(halls), QStringList{QStringLiteral("MY-CITY")});
        const QJsonObject city = halls.first().toObject();
        // About 35 km as the crow flies: 5 + 35 × 1.3 / 25 × 60 ≈ 114 minutes by the model.
        const double km = city.value(QLatin1String("distance_km")).toDouble();
        QVERIFY2(km > 33 && km < 37, qPrintable(QString::number(km)));
        const double minutes = city.value(QLatin1String("minutes")).toDouble();
        QVERIFY2(qAbs(minutes - (5 + km * 1.3 / 25 * 60)) < 0.01, qPrintable(QString::number(minutes)));
        QCOMPARE(city.value(QLatin1String("walk")).toBool(), false);
        QCOMPARE(city.value(QLatin1String("name_zh")).toString(), QStringLiteral("绵阳市人力资源和社会保障局政务服务大厅"));
    }

    void aDistrictMatterHasTheNearestDistrictHallFirst()
    {
        const HttpReply r = nearest(kJiangyou + QStringLiteral("&service=") + kCountyMatter);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("lowest_level")).toString(), QStringLiteral("county"));
        const QJsonArray halls = r.json().value(QLatin1String("halls")).toArray();
        QCOMPARE(halls.size(), 5); // the default limit
        QCOMPARE(halls.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("MY-JY"));
        QVERIFY(halls.first().toObject().value(QLatin1String("distance_km")).toDouble() < 0.5);
        QVERIFY(halls.first().toObject().value(QLatin1String("minutes")).toDouble() < 15);
        double last = -1;
        for (const QJsonValue &v : halls) {
            const QJsonObject h = v.toObject();
            const QString level = h.value(QLatin1String("level")).toString();
            QVERIFY2(level == QLatin1String("city") || level == QLatin1String("county"), qPrintable(h.value(QLatin1String("code")).toString()));
            QVERIFY(h.value(QLatin1String("minutes")).toDouble() >= last);
            last = h.value(QLatin1String("minutes")).toDouble();
        }
        // All of them when asked: the city hall and the nine district and county halls.
        QCOMPARE(nearest(kJiangyou + QStringLiteral("&service=") + kCountyMatter + QStringLiteral("&limit=50"))
                     .json().value(QLatin1String("halls")).toArray().size(), 10);
    }

    void aDelegableMatterReachesTheCommunityStation()
    {
        // Beside 南河社区服务站: the station itself, a walk away.
        const HttpReply r = nearest(QStringLiteral("lat=31.4550&lon=104.7780&limit=3&service=") + kAnyHallMatter);
        QCOMPARE(r.status, 200);
        const QJsonObject first = r.json().value(QLatin1String("halls")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("code")).toString(), QStringLiteral("MY-FC-NH"));
        QCOMPARE(first.value(QLatin1String("level")).toString(), QStringLiteral("community"));
        QCOMPARE(first.value(QLatin1String("walk")).toBool(), true);
        // The kiosk may ask too (it reads the catalogue).
        QCOMPARE(get(QStringLiteral("kiosk-city"), QStringLiteral("/api/v1/org/halls/nearest?lat=31.46&lon=104.68&service=") + kAnyHallMatter).status,
                 200);
    }

    // From a hall's own place, as its kiosk asks: the Jiangyou hall itself first, at no distance.
    void fromAHallsOwnPlace()
    {
        const HttpReply r = get(QStringLiteral("kiosk-city"), QStringLiteral("/api/v1/org/halls/nearest?hall=MY-JY&limit=2&service=") + kCountyMatter);
        QCOMPARE(r.status, 200);
        const QJsonObject first = r.json().value(QLatin1String("halls")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("code")).toString(), QStringLiteral("MY-JY"));
        QVERIFY(first.value(QLatin1String("distance_km")).toDouble() < 0.001);
        // The same answer as from its coordinates.
        const HttpReply city = get(QStringLiteral("kiosk-city"), QStringLiteral("/api/v1/org/halls/nearest?hall=MY-JY&service=") + kCityMatter);
        QCOMPARE(codesOf(city.json().value(QLatin1String("halls")).toArray()), QStringList{QStringLiteral("MY-CITY")});
        const HttpReply none = get(QStringLiteral("kiosk-city"), QStringLiteral("/api/v1/org/halls/nearest?hall=NOPE&service=") + kCityMatter);
        QCOMPARE(none.status, 404);
        QCOMPARE(errorOf(none).value(QLatin1String("message")).toString(), QStringLiteral("不存在编码为 NOPE 的大厅。"));
    }

    void badQueriesAreRefusedInTheRequestsLanguage()
    {
        const HttpReply unknown = nearest(kJiangyou + QStringLiteral("&service=NO-SUCH"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorOf(unknown).value(QLatin1String("message")).toString(), QStringLiteral("事项清单中没有事项“NO-SUCH”。"));
        QCOMPARE(errorOf(nearest(kJiangyou + QStringLiteral("&service=NO-SUCH"), "en")).value(QLatin1String("message")).toString(),
                 QStringLiteral("There is no matter “NO-SUCH” in the catalogue."));

        const HttpReply badLat = nearest(QStringLiteral("lat=95&lon=104.7&service=") + kCountyMatter);
        QCOMPARE(badLat.status, 400);
        QCOMPARE(errorOf(badLat).value(QLatin1String("fields")).toObject().keys(), QStringList{QStringLiteral("lat")});
        QCOMPARE(errorOf(badLat).value(QLatin1String("message")).toString(), QStringLiteral("“95”不是有效的纬度，请填写 -90 至 90 之间的度数。"));
        QCOMPARE(nearest(QStringLiteral("lat=north&lon=104.7&service=") + kCountyMatter).status, 400);
        const HttpReply badLon = nearest(QStringLiteral("lat=31.4&lon=181&service=") + kCountyMatter, "en");
        QCOMPARE(badLon.status, 400);
        QCOMPARE(errorOf(badLon).value(QLatin1String("message")).toString(),
                 QStringLiteral("“181” is not a longitude: give degrees between -180 and 180."));
        QCOMPARE(nearest(kJiangyou).status, 400); // no matter named
        QCOMPARE(nearest(kJiangyou + QStringLiteral("&limit=0&service=") + kCountyMatter).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/org/halls/nearest?") + kJiangyou + QStringLiteral("&service=") + kCountyMatter).status,
                 401);
    }

    void theCoverageReportOnTheDemoCity()
    {
        const HttpReply r = get(QStringLiteral("supervisor1"), QStringLiteral("/api/v1/reports/coverage"));
        QCOMPARE(r.status, 200);
        const QJsonObject report = r.json();
        QCOMPARE(report.value(QLatin1String("promise_minutes")).toDouble(), 15.0);
        QVERIFY(report.value(QLatin1String("total_population")).toDouble() > 1000000);
        const QJsonArray matters = report.value(QLatin1String("matters")).toArray();
        QCOMPARE(matters.size(), 85); // the bundled catalogue
        for (const QJsonValue &v : matters) {
            const double share = v.toObject().value(QLatin1String("share")).toDouble(-1);
            QVERIFY2(share >= 0 && share <= 1, qPrintable(v.toObject().value(QLatin1String("service")).toString()));
        }
        const double city = matterOf(r, kCityMatter).value(QLatin1String("share")).toDouble();
        const double county = matterOf(r, kCountyMatter).value(QLatin1String("share")).toDouble();
        const double any = matterOf(r, kAnyHallMatter).value(QLatin1String("share")).toDouble();
        QVERIFY2(city > 0 && city < county && county < any, qPrintable(QStringLiteral("%1 %2 %3").arg(city).arg(county).arg(any)));
        // The city-only matter would gain from the district halls and more from the stations.
        const QJsonArray raise = matterOf(r, kCityMatter).value(QLatin1String("if_delegated")).toArray();
        QVERIFY(raise.size() >= 2);
        QCOMPARE(raise.first().toObject().value(QLatin1String("lowest_level")).toString(), QStringLiteral("county"));
        QCOMPARE(raise.first().toObject().value(QLatin1String("share")).toDouble(), county);
        const QJsonArray best = report.value(QLatin1String("best_delegations")).toArray();
        // Every matter not yet delegated to the community stations: the 7 city-only and 2 county ones.
        QCOMPARE(best.size(), 9);
        QVERIFY(best.first().toObject().value(QLatin1String("share_after")).toDouble()
                > best.first().toObject().value(QLatin1String("share_before")).toDouble());
        QCOMPARE(best.first().toObject().value(QLatin1String("from_level")).toString(), QStringLiteral("city"));
        // The map's data: the halls with their places, the points without minutes (no matter chosen).
        QCOMPARE(report.value(QLatin1String("halls")).toArray().size(), 18);
        const QJsonArray points = report.value(QLatin1String("points")).toArray();
        QVERIFY(points.size() >= 60);
        QVERIFY(points.first().toObject().value(QLatin1String("minutes")).isNull());
    }

    void oneMatterWithEachPointsMinutes()
    {
        const HttpReply r = get(QStringLiteral("supervisor1"), QStringLiteral("/api/v1/reports/coverage?service=") + kCountyMatter);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("matters")).toArray().size(), 1);
        qint64 covered = 0;
        for (const QJsonValue &v : r.json().value(QLatin1String("points")).toArray()) {
            const QJsonObject p = v.toObject();
            QVERIFY(p.value(QLatin1String("minutes")).isDouble());
            if (p.value(QLatin1String("minutes")).toDouble() <= 15)
                covered += p.value(QLatin1String("population")).toInteger();
        }
        QCOMPARE(covered, matterOf(r, kCountyMatter).value(QLatin1String("covered_population")).toInteger());
        QCOMPARE(get(QStringLiteral("supervisor1"), QStringLiteral("/api/v1/reports/coverage?service=NO-SUCH")).status, 404);
        QCOMPARE(get(QStringLiteral("teller1"), QStringLiteral("/api/v1/reports/coverage")).status, 403);
    }

    void aDelegationChangesTheCoverageAtOnce()
    {
        const QString path = QStringLiteral("/api/v1/reports/coverage?service=") + kCityMatter;
        const QJsonObject before = matterOf(get(QStringLiteral("admin"), path), kCityMatter);
        const double countyShare = before.value(QLatin1String("if_delegated")).toArray().first().toObject().value(QLatin1String("share")).toDouble();
        const HttpReply put = m_http->send("PUT", QStringLiteral("/api/v1/admin/delegation/") + kCityMatter,
                                           QJsonDocument(QJsonObject{{QLatin1String("lowest_level"), QStringLiteral("county")}}).toJson(),
                                           {{"Authorization", "Bearer " + m_token.value(QStringLiteral("admin")).toLatin1()}});
        QCOMPARE(put.status, 200);
        const QJsonObject after = matterOf(get(QStringLiteral("admin"), path), kCityMatter);
        QCOMPARE(after.value(QLatin1String("lowest_level")).toString(), QStringLiteral("county"));
        QCOMPARE(after.value(QLatin1String("share")).toDouble(), countyShare);
        QCOMPARE(codesOf(nearest(kJiangyou + QStringLiteral("&service=") + kCityMatter).json().value(QLatin1String("halls")).toArray()).first(),
                 QStringLiteral("MY-JY"));
    }
};

QTEST_GUILESS_MAIN(TestServerCoverage)
#include "tst_server_coverage.moc"
