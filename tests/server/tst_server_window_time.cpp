// The windows' open, paused and idle time in the queue report (issue 14) against the real
// server. A fixed day, Monday 2 November 2026 at MY-CITY (open 09:00–17:00), is played through
// the queue service on a fake clock into the server's database before the server starts:
//   window 1, teller1: opened 08:50; tickets at it 09:00–09:20 and 11:00–11:15; paused
//                      10:00–10:30 (by supervisor1: still teller1's time); left open.
//   window 2, teller2: opened 09:00, closed 12:00, no ticket.
// By hand: window 1 open 08:50 → 17:00 (closing time) = 29 400 s, paused 1 800 s, idle
// 29 400 − 1 800 − 1 200 − 900 = 25 500 s; window 2 open and idle 10 800 s.
// And through REST today: each change of a window's state writes its row in window_events.
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/ReportBodies.h"
#include "core/domain/reports/CsvTable.h"
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
const QDate kMonday(2026, 11, 2);

QDateTime beijing(int hour, int minute)
{
    return QDateTime(kMonday, QTime(hour, minute), QTimeZone("Asia/Shanghai"));
}

QString today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
}
} // namespace

class TestServerWindowTime : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;

    QueueReport report(const QString &query)
    {
        const HttpReply r = m_http->send("GET", QStringLiteral("/api/v1/reports/queue?") + query, {},
                                         {{"Authorization", "Bearer " + m_token.value(QStringLiteral("supervisor1")).toLatin1()}});
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return QueueReport::fromJson(r.json()).value();
    }
    static const QueueReportRow *row(const QueueReport &r, const QString &key)
    {
        for (const QueueReportRow &row : r.rows) {
            if (row.key == key)
                return &row;
        }
        return nullptr;
    }
    HttpReply setWindow(int window, WindowState state, const QString &reason, const QString &user)
    {
        return m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/%1").arg(window),
                            QJsonDocument(WindowStateChange{state, reason, std::nullopt}.toJson()).toJson(),
                            {{"Authorization", "Bearer " + m_token.value(user).toLatin1()}, {"Content-Type", "application/json"}});
    }

    // The fixed Monday, played on a fake clock through the queue service into the stopped server's database.
    static bool playMonday(const QString &path)
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(path));
        if (!db)
            return false;
        Database &d = *db.value();
        OrgRepository org(d);
        auto halls = org.halls();
        if (!halls)
            return false;
        for (Hall h : halls.value()) {
            if (h.code != QLatin1String("MY-CITY"))
                continue;
            h.hours = {OpeningHours{1, QTime(9, 0), QTime(17, 0), {}, {}}};
            if (!org.updateHall(h))
                return false;
        }
        const auto idOf = [&d](const char *user) {
            auto q = d.exec(QStringLiteral("SELECT id FROM accounts WHERE username = ?"), {QString::fromLatin1(user)});
            return q && q.value().next() ? q.value().value(0).toLongLong() : 0;
        };
        const qint64 teller1 = idOf("teller1");
        const qint64 teller2 = idOf("teller2");
        const qint64 supervisor = idOf("supervisor1");
        FakeClock clock(beijing(8, 50));
        CatalogueService catalogue(d, clock);
        if (!catalogue.reload())
            return false;
        QueueService queue(d, clock, catalogue);
        const QString hall = QStringLiteral("MY-CITY");
        const auto serveOne = [&](int fromH, int fromM, int untilH, int untilM) {
            clock.set(beijing(fromH, fromM));
            IssueRequest issue;
            issue.hallCode = hall;
            issue.services << QStringLiteral("CD-003");
            auto t = queue.issue(issue, 0);
            if (!t || !queue.callNext(hall, 1, teller1) || !queue.startServing(t.value().id, 1, teller1))
                return false;
            clock.set(beijing(untilH, untilM));
            return queue.finish(t.value().id, 1, {{QStringLiteral("CD-003"), MatterOutcome::Done, {}}}, teller1).ok();
        };
        if (!queue.openWindow(hall, 1, teller1))
            return false;
        clock.set(beijing(9, 0));
        if (!queue.openWindow(hall, 2, teller2) || !serveOne(9, 0, 9, 20))
            return false;
        clock.set(beijing(10, 0));
        if (!queue.pauseWindow(hall, 1, QStringLiteral("午餐"), supervisor))
            return false;
        clock.set(beijing(10, 30));
        if (!queue.openWindow(hall, 1, teller1) || !serveOne(11, 0, 11, 15))
            return false;
        clock.set(beijing(12, 0));
        return queue.closeWindow(hall, 2, teller2).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.stop();
        QVERIFY(playMonday(m_server.databasePath()));
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"teller1", "supervisor1"}) {
            m_token.insert(QString::fromLatin1(user), m_http->login(QString::fromLatin1(user), QStringLiteral("demo1234")));
            QVERIFY2(!m_token.value(QString::fromLatin1(user)).isEmpty(), user);
        }
    }

    void byWindow()
    {
        const QueueReport r = report(QStringLiteral("from=2026-11-02&to=2026-11-02&hall=MY-CITY&group=window"));
        const QueueReportRow *one = row(r, QStringLiteral("1"));
        const QueueReportRow *two = row(r, QStringLiteral("2"));
        QVERIFY(one && two);
        QCOMPARE(one->figures.served, 2);
        QCOMPARE(one->figures.openSeconds, std::optional<double>(29400));
        QCOMPARE(one->figures.pausedSeconds, std::optional<double>(1800));
        QCOMPARE(one->figures.idleSeconds, std::optional<double>(25500));
        QCOMPARE(two->figures.issued, 0); // a row for a window with time and no ticket
        QCOMPARE(two->figures.openSeconds, std::optional<double>(10800));
        QCOMPARE(two->figures.pausedSeconds, std::optional<double>(0));
        QCOMPARE(two->figures.idleSeconds, std::optional<double>(10800));
        QCOMPARE(r.total.openSeconds, std::optional<double>(40200));
        QCOMPARE(r.total.idleSeconds, std::optional<double>(36300));
    }

    void byTellerHallAndDay()
    {
        const QueueReport tellers = report(QStringLiteral("from=2026-11-02&to=2026-11-02&hall=MY-CITY&group=teller"));
        QVERIFY(row(tellers, QStringLiteral("teller1")) && row(tellers, QStringLiteral("teller2")));
        QCOMPARE(row(tellers, QStringLiteral("teller1"))->figures.pausedSeconds, std::optional<double>(1800)); // not the supervisor's
        QCOMPARE(row(tellers, QStringLiteral("teller2"))->figures.idleSeconds, std::optional<double>(10800));
        QVERIFY(!row(tellers, QStringLiteral("supervisor1")));
        const QueueReport hall = report(QStringLiteral("from=2026-11-02&to=2026-11-02&hall=MY-CITY&group=hall"));
        QCOMPARE(row(hall, QStringLiteral("MY-CITY"))->figures.openSeconds, std::optional<double>(40200));
        QCOMPARE(row(hall, QStringLiteral("MY-CITY"))->figures.pausedSeconds, std::optional<double>(1800));
        // The city with every hall below it: the same time (no other hall has any that day).
        QCOMPARE(report(QStringLiteral("from=2026-11-02&to=2026-11-02&group=day")).rows.first().figures.idleSeconds,
                 std::optional<double>(36300));
        // By matter no row has window time; the total has.
        const QueueReport matters = report(QStringLiteral("from=2026-11-02&to=2026-11-02&hall=MY-CITY&group=matter"));
        QVERIFY(!matters.rows.first().figures.openSeconds);
        QCOMPARE(matters.total.openSeconds, std::optional<double>(40200));
        // A window filter: that window's time alone.
        QCOMPARE(report(QStringLiteral("from=2026-11-02&to=2026-11-02&hall=MY-CITY&group=hall&window=2")).total.openSeconds,
                 std::optional<double>(10800));
    }

    void aWindowLeftOpenCarriesOnToTheNextOpeningDay()
    {
        // Window 1 was never closed: the next Monday it counts 09:00 → 17:00 (the hall lists
        // Mondays only), and nothing on the days between.
        const QueueReport r = report(QStringLiteral("from=2026-11-03&to=2026-11-09&hall=MY-CITY&group=day"));
        QCOMPARE(r.total.openSeconds, std::optional<double>(8 * 3600));
        QCOMPARE(row(r, QStringLiteral("2026-11-09"))->figures.idleSeconds, std::optional<double>(8 * 3600));
    }

    void theCsvHasTheColumns()
    {
        const HttpReply csv = m_http->send("GET", QStringLiteral("/api/v1/reports/queue?from=2026-11-02&to=2026-11-02&hall=MY-CITY&group=window&format=csv"),
                                           {}, {{"Authorization", "Bearer " + m_token.value(QStringLiteral("supervisor1")).toLatin1()}});
        QCOMPARE(csv.status, 200);
        const QString text = QString::fromUtf8(csv.body);
        QVERIFY(text.contains(QStringLiteral(",open_seconds,paused_seconds,idle_seconds\r\n")));
        QVERIFY(text.contains(QStringLiteral(",29400,1800,25500\r\n")));
    }

    void everyChangeIsRecorded()
    {
        QCOMPARE(setWindow(3, WindowState::Open, {}, QStringLiteral("teller1")).status, 200);
        QCOMPARE(setWindow(3, WindowState::Paused, QStringLiteral("培训"), QStringLiteral("supervisor1")).status, 200);
        QCOMPARE(setWindow(3, WindowState::Paused, QString(), QStringLiteral("teller1")).status, 422); // refused: nothing written
        QCOMPARE(setWindow(3, WindowState::Closed, {}, QStringLiteral("teller1")).status, 200);
        const QueueReport r = report(QStringLiteral("from=%1&to=%1&hall=MY-CITY&group=window&window=3").arg(today()));
        QVERIFY(r.total.openSeconds && r.total.pausedSeconds && *r.total.pausedSeconds <= *r.total.openSeconds);
        m_server.stop();
        auto db = ServerSchema::open(DatabaseLocation::parse(m_server.databasePath()));
        QVERIFY(db.ok());
        auto q = db.value()->exec(QStringLiteral("SELECT e.state, e.reason, t.username, a.username, e.service_day FROM window_events e "
                                                 "JOIN halls h ON h.id = e.hall_id LEFT JOIN accounts t ON t.id = e.teller_id "
                                                 "LEFT JOIN accounts a ON a.id = e.actor_id "
                                                 "WHERE h.code = 'MY-CITY' AND e.window_number = 3 ORDER BY e.id"));
        QVERIFY(q.ok());
        QStringList rows;
        while (q.value().next()) {
            QStringList cells;
            for (int i = 0; i < 5; ++i)
                cells << q.value().value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("open||teller1|teller1|%1").arg(today()),
                                    QStringLiteral("paused|培训|teller1|supervisor1|%1").arg(today()),
                                    QStringLiteral("closed|||teller1|%1").arg(today())}));
    }
};

QTEST_GUILESS_MAIN(TestServerWindowTime)
#include "tst_server_window_time.moc"
