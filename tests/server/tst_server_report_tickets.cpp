// The drill-down and one's own figures against the real server (issue 14): the queue report
// narrowed to one window (that hall alone, the tellers who worked at it), its wait histogram
// adding up to the calls; the tickets behind each figure of each teller's row — as many as the
// figure says, the resident ID masked; the refusals (no key, an unknown figure, a bad window,
// out of scope); and GET /api/v1/reports/me, where a teller reads their own figures and nothing
// in the query reaches anyone else's.
#include "core/domain/api/ReportBodies.h"
#include "core/domain/api/ReportTicketBodies.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::QueueDriver;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
const QString kCd = QStringLiteral("CD-003");
const QString kId = QStringLiteral("11010519491231002X");

QString today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
}
} // namespace

class TestServerReportTickets : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;
    QHash<QString, qint64> m_ticket;

    HttpReply get(const QString &path, const QString &user, const QString &query)
    {
        return m_http->get(QStringLiteral("%1?from=%2&to=%2&%3").arg(path, today(), query), m_token.value(user));
    }
    QueueReport queue(const QString &query)
    {
        const HttpReply r = get(QStringLiteral("/api/v1/reports/queue"), QStringLiteral("supervisor1"), query);
        if (r.status != 200)
            qFatal("queue report: %d %s", r.status, r.body.constData());
        return QueueReport::fromJson(r.json()).value();
    }
    ReportTicketList tickets(const QString &query, const QString &user = QStringLiteral("supervisor1"))
    {
        const HttpReply r = get(QStringLiteral("/api/v1/reports/queue/tickets"), user, query);
        if (r.status != 200)
            qFatal("tickets: %d %s", r.status, r.body.constData());
        return ReportTicketList::fromJson(r.json()).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"teller1", "teller2", "teller3", "fc_teller1", "supervisor1", "fc_supervisor", "reviewer1"}) {
            m_token.insert(QString::fromLatin1(user), m_http->login(QString::fromLatin1(user), QStringLiteral("demo1234")));
            QVERIFY2(!m_token.value(QString::fromLatin1(user)).isEmpty(), user);
        }
        m_token.insert(QStringLiteral("kiosk-city"), m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234")));
        const QString kiosk = m_token.value(QStringLiteral("kiosk-city"));
        QueueDriver q(*m_http);
        // The city hall: five tickets, the first with a resident ID.
        QVERIFY(q.issue(QStringLiteral("MY-CITY"), kiosk, {kCd}, kId));
        for (int i = 0; i < 4; ++i)
            QVERIFY(q.issue(QStringLiteral("MY-CITY"), kiosk, {kCd}));
        const QString t1 = m_token.value(QStringLiteral("teller1"));
        const QString t2 = m_token.value(QStringLiteral("teller2"));
        QVERIFY(q.open(QStringLiteral("MY-CITY"), 1, t1));
        QVERIFY(q.open(QStringLiteral("MY-CITY"), 2, t2));
        // Window 1, teller1: two served, rated 非常满意 and 不满意.
        m_ticket.insert(QStringLiteral("a"), q.serveNext(QStringLiteral("MY-CITY"), 1, kCd, t1, RatingLevel::VerySatisfied));
        m_ticket.insert(QStringLiteral("b"), q.serveNext(QStringLiteral("MY-CITY"), 1, kCd, t1, RatingLevel::Dissatisfied));
        // Window 2, teller2: one served and rated 满意, one not there.
        m_ticket.insert(QStringLiteral("c"), q.serveNext(QStringLiteral("MY-CITY"), 2, kCd, t2, RatingLevel::Satisfied));
        const qint64 d = q.callNext(QStringLiteral("MY-CITY"), 2, t2);
        QVERIFY(d && q.noShow(d, 2, t2));
        m_ticket.insert(QStringLiteral("d"), d);
        for (const qint64 id : std::as_const(m_ticket))
            QVERIFY(id);
        // Fucheng district: one served by its own teller at its window 1.
        const QString fc = m_token.value(QStringLiteral("fc_teller1"));
        QVERIFY(q.issue(QStringLiteral("MY-FC"), fc, {kCd}));
        QVERIFY(q.open(QStringLiteral("MY-FC"), 1, fc));
        QVERIFY(q.serveNext(QStringLiteral("MY-FC"), 1, kCd, fc, RatingLevel::VerySatisfied));
    }

    void oneWindowIsOneHallsWindow()
    {
        // The city hall's report covers the halls below; narrowed to window 1 it is the city
        // hall's window 1 alone (Fucheng's window 1 served a ticket too).
        const QueueReport all = queue(QStringLiteral("hall=MY-CITY&group=teller"));
        QCOMPARE(all.total.served, 4);
        QVERIFY(all.halls.size() > 1);
        QCOMPARE(all.window, 0);
        const QueueReport w1 = queue(QStringLiteral("hall=MY-CITY&group=teller&window=1"));
        QCOMPARE(w1.window, 1);
        QCOMPARE(w1.halls, QStringList{QStringLiteral("MY-CITY")});
        QCOMPARE(w1.rows.size(), 1);
        QCOMPARE(w1.rows.first().key, QStringLiteral("teller1"));
        QCOMPARE(w1.rows.first().name.zh, QStringLiteral("王丽"));
        QCOMPARE(w1.total.served, 2);
        QCOMPARE(w1.total.ratings, 2);
        QCOMPARE(w1.total.badReviews, 1);
        QCOMPARE(w1.total.satisfaction, 0.5);
        const QueueReport w2 = queue(QStringLiteral("hall=MY-CITY&group=window&window=2"));
        QCOMPARE(w2.rows.size(), 1);
        QCOMPARE(w2.rows.first().key, QStringLiteral("2"));
        QCOMPARE(w2.total.served, 1);
        QCOMPARE(w2.total.noShow, 1);
    }

    void theHistogramHoldsEveryWait()
    {
        const QueueReport all = queue(QStringLiteral("hall=MY-CITY"));
        QCOMPARE(all.waitHistogram.size(), 13);
        int sum = 0;
        for (const WaitBin &b : all.waitHistogram)
            sum += b.count;
        QCOMPARE(sum, all.total.called);
        QCOMPARE(all.total.called, 5); // four at the city hall, one at Fucheng
        // The waits of a test are seconds: all in the first bar (0–5 minutes).
        QCOMPARE(all.waitHistogram.first().count, 5);
        QCOMPARE(all.waitHistogram.first().toSeconds, std::optional<qint64>(300));
        QCOMPARE(all.waitHistogram.last().fromSeconds, 3600);
        QVERIFY(!all.waitHistogram.last().toSeconds);
    }

    void theTicketsBehindEachFigure_data()
    {
        QTest::addColumn<QString>("figure");
        for (const char *f : {"issued", "called", "served", "no_show", "within_promise", "beyond_promise", "rated", "bad_reviews", "transferred", "parked"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void theTicketsBehindEachFigure()
    {
        // For every teller row of the city hall, the figure's count of tickets.
        QFETCH(QString, figure);
        const QueueReport report = queue(QStringLiteral("hall=MY-CITY&group=teller"));
        for (const QueueReportRow &row : report.rows) {
            if (row.hall != QLatin1String("MY-CITY"))
                continue;
            const QueueFigures &f = row.figures;
            const QHash<QString, int> expected{{QStringLiteral("issued"), f.issued},
                                               {QStringLiteral("called"), f.called},
                                               {QStringLiteral("served"), f.served},
                                               {QStringLiteral("no_show"), f.noShow},
                                               {QStringLiteral("within_promise"), f.withinPromise},
                                               {QStringLiteral("beyond_promise"), f.called - f.withinPromise},
                                               {QStringLiteral("rated"), f.ratings}, // one matter each
                                               {QStringLiteral("bad_reviews"), f.badReviews},
                                               {QStringLiteral("transferred"), f.transferred},
                                               {QStringLiteral("parked"), f.parked}};
            const ReportTicketList list = tickets(QStringLiteral("hall=MY-CITY&group=teller&key=%1&figure=%2").arg(row.key, figure));
            QVERIFY2(list.count == expected.value(figure), qPrintable(QStringLiteral("%1: %2 listed, %3 counted").arg(row.key).arg(list.count).arg(expected.value(figure))));
            QCOMPARE(list.tickets.size(), list.count);
            QCOMPARE(toString(list.figure), figure);
            for (const ReportTicket &t : list.tickets) {
                QCOMPARE(t.teller, row.key);
                QCOMPARE(t.hall, QStringLiteral("MY-CITY"));
            }
        }
    }

    void aTicketAsListed()
    {
        const ReportTicketList bad = tickets(QStringLiteral("hall=MY-CITY&group=window&key=1&figure=bad_reviews"));
        QCOMPARE(bad.count, 1);
        const ReportTicket &t = bad.tickets.first();
        QCOMPARE(t.id, m_ticket.value(QStringLiteral("b")));
        QCOMPARE(t.window, 1);
        QCOMPARE(t.teller, QStringLiteral("teller1"));
        QCOMPARE(t.tellerName.zh, QStringLiteral("王丽"));
        QCOMPARE(t.matters.size(), 1);
        QCOMPARE(t.matters.first().code, kCd);
        QVERIFY(!t.matters.first().name.zh.isEmpty());
        QCOMPARE(t.ratings.size(), 1);
        QCOMPARE(toString(t.ratings.first().level), QStringLiteral("dissatisfied"));
        QVERIFY(t.served && !t.noShow && t.waitSeconds && t.withinPromise == std::optional<bool>(true) && t.handlingSeconds);
        QVERIFY(t.number.startsWith(QLatin1Char('A')) || !t.number.isEmpty());

        // The first ticket's resident ID, masked; the latest issued first.
        const ReportTicketList all = tickets(QStringLiteral("hall=MY-CITY&group=window&key=1"));
        QCOMPARE(all.count, 2);
        QCOMPARE(all.tickets.at(0).id, m_ticket.value(QStringLiteral("b")));
        QCOMPARE(all.tickets.at(1).id, m_ticket.value(QStringLiteral("a")));
        QCOMPARE(all.tickets.at(1).residentId, QStringLiteral("1101**********002X"));
        const HttpReply raw = get(QStringLiteral("/api/v1/reports/queue/tickets"), QStringLiteral("supervisor1"), QStringLiteral("hall=MY-CITY&group=window&key=1"));
        QVERIFY(!raw.body.contains(kId.toLatin1()));

        // The tickets that never reached a window: the one still waiting.
        const ReportTicketList none = tickets(QStringLiteral("hall=MY-CITY&group=window&key="));
        QCOMPARE(none.count, 1);
        QCOMPARE(none.tickets.first().window, 0);
        QVERIFY(!none.tickets.first().waitSeconds);
        // By day the halls below count too.
        QCOMPARE(tickets(QStringLiteral("hall=MY-CITY&group=day&key=%1&figure=served").arg(today())).count, 4);
        // Narrowed to window 2 and its teller.
        QCOMPARE(tickets(QStringLiteral("hall=MY-CITY&group=teller&key=teller2&window=2&figure=no_show")).tickets.first().id,
                 m_ticket.value(QStringLiteral("d")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QString t = QStringLiteral("/api/v1/reports/queue/tickets");
        const QString q = QStringLiteral("/api/v1/reports/queue");
        const QString c = QStringLiteral("/api/v1/reports/cases");
        QTest::newRow("no key") << "supervisor1" << t << "group=teller" << 422 << "key";
        QTest::newRow("unknown figure") << "supervisor1" << t << "group=teller&key=teller1&figure=smiles" << 422 << "figure";
        QTest::newRow("csv tickets") << "supervisor1" << t << "group=teller&key=teller1&format=csv" << 422 << "format";
        QTest::newRow("window zero") << "supervisor1" << q << "window=0" << 422 << "window";
        QTest::newRow("window text") << "supervisor1" << t << "key=1&window=one" << 422 << "window";
        QTest::newRow("cases by window") << "supervisor1" << c << "window=1" << 422 << "window";
        QTest::newRow("other county") << "fc_supervisor" << t << "hall=MY-YX&key=MY-YX" << 403 << "";
        QTest::newRow("above") << "fc_supervisor" << t << "hall=MY-CITY&key=MY-CITY" << 403 << "";
        QTest::newRow("teller") << "teller1" << t << "key=MY-CITY" << 403 << "";
        QTest::newRow("reviewer") << "reviewer1" << t << "key=MY-CITY" << 403 << "";
        QTest::newRow("unknown hall") << "supervisor1" << t << "hall=NOPE&key=NOPE" << 404 << "";
        QTest::newRow("nobody") << "" << t << "key=MY-CITY" << 401 << "";
    }

    void refusals()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, field);
        const HttpReply r = get(path, user, query);
        QVERIFY2(r.status == status, r.body.constData());
        if (!field.isEmpty())
            QVERIFY2(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().contains(field), r.body.constData());
    }

    void theCountySeesItsOwnWindowsTickets()
    {
        const ReportTicketList fc = tickets(QStringLiteral("hall=MY-FC&group=window&key=1&figure=served"), QStringLiteral("fc_supervisor"));
        QCOMPARE(fc.count, 1);
        QCOMPARE(fc.tickets.first().hall, QStringLiteral("MY-FC"));
        QCOMPARE(fc.tickets.first().teller, QStringLiteral("fc_teller1"));
    }

    void aTellerReadsThemselves_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("query"); // whatever else the query says is not heard
        QTest::addColumn<QString>("hall");
        QTest::addColumn<int>("served");
        QTest::addColumn<int>("noShow");
        QTest::addColumn<int>("ratings");
        QTest::newRow("teller1") << "teller1" << "" << "MY-CITY" << 2 << 0 << 2;
        QTest::newRow("teller2") << "teller2" << "" << "MY-CITY" << 1 << 1 << 1;
        QTest::newRow("teller2 naming teller1") << "teller2" << "teller=teller1&group=hall&hall=MY-FC&key=teller1" << "MY-CITY" << 1 << 1 << 1;
        QTest::newRow("fc_teller1") << "fc_teller1" << "" << "MY-FC" << 1 << 0 << 1;
        QTest::newRow("teller3, nothing yet") << "teller3" << "" << "MY-CITY" << 0 << 0 << 0;
    }

    void aTellerReadsThemselves()
    {
        QFETCH(QString, user);
        QFETCH(QString, query);
        QFETCH(QString, hall);
        QFETCH(int, served);
        QFETCH(int, noShow);
        QFETCH(int, ratings);
        const HttpReply r = get(QStringLiteral("/api/v1/reports/me"), user, query);
        QCOMPARE(r.status, 200);
        const QueueReport me = QueueReport::fromJson(r.json()).value();
        QCOMPARE(me.hall, hall);
        QCOMPARE(me.halls, QStringList{hall});
        QCOMPARE(toString(me.group), QStringLiteral("teller"));
        QCOMPARE(me.total.served, served);
        QCOMPARE(me.total.noShow, noShow);
        QCOMPARE(me.total.ratings, ratings);
        QCOMPARE(me.rows.size(), served + noShow > 0 ? 1 : 0);
        for (const QueueReportRow &row : me.rows) {
            QCOMPARE(row.key, user);
            QVERIFY(row.figures == me.total);
        }
        int waits = 0;
        for (const WaitBin &b : me.waitHistogram)
            waits += b.count;
        QCOMPARE(waits, me.total.called);
    }

    void onlyTellersReadThemselves_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("supervisor") << "supervisor1" << "" << 403;
        QTest::newRow("reviewer") << "reviewer1" << "" << 403;
        QTest::newRow("kiosk") << "kiosk-city" << "" << 403;
        QTest::newRow("nobody") << "" << "" << 401;
        QTest::newRow("backwards") << "teller1" << "backwards" << 422;
    }

    void onlyTellersReadThemselves()
    {
        QFETCH(QString, user);
        QFETCH(QString, query);
        QFETCH(int, status);
        const HttpReply r = query.isEmpty() ? get(QStringLiteral("/api/v1/reports/me"), user, {})
                                            : m_http->get(QStringLiteral("/api/v1/reports/me?from=2026-11-02&to=2026-11-01"), m_token.value(user));
        QVERIFY2(r.status == status, r.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerReportTickets)
#include "tst_server_report_tickets.moc"
