// The 15-minute promise, live, against the real server (issue 16): a ticket projected past the
// hall's promise is pushed to the supervisors watching the hall (not to its tellers) as soon as
// the line shows it, once; GET …/advice names it and the tidal window to open, with its profile;
// opening that window through the API clears the risk; who may read the advice.
//
// The demo county hall MY-FC starts with no history: each social-insurance matter is expected to
// take the catalogue's 8 minutes. One window open and three tickets: the first is called now, the
// second in 8 minutes, the third in 16 — past the 15-minute promise.
#include "core/domain/api/AdviceBodies.h"
#include "core/domain/api/QueueBodies.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

using namespace ow;
using ow::test::HttpReply;
using ow::test::QueueDriver;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestServerPromise : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QString m_supervisor;
    QString m_teller;

    HttpReply get(const QString &path, const QString &token)
    {
        return SyncHttp(m_server.url()).get(path, token);
    }
    HttpReply put(const QString &path, const QJsonObject &body, const QString &token)
    {
        return SyncHttp(m_server.url())
            .send("PUT", path, QJsonDocument(body).toJson(), {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
    }
    HallAdvice advice()
    {
        const HttpReply r = get(QStringLiteral("/api/v1/halls/MY-FC/advice"), m_supervisor);
        if (r.status != 200)
            qWarning("advice: %d %s", r.status, r.body.constData());
        auto a = HallAdvice::fromJson(r.json());
        return a ? a.value() : HallAdvice{};
    }
    void listen(QWebSocket &socket, QStringList &heard, const QString &token)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [&heard](const QString &m) { heard << m; });
        QUrl url = m_server.url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/events"));
        url.setQuery(QUrlQuery{{QStringLiteral("hall"), QStringLiteral("MY-FC")}, {QStringLiteral("token"), token}});
        socket.open(url);
    }
    static QList<QJsonObject> ofType(const QStringList &messages, const QString &type)
    {
        QList<QJsonObject> out;
        for (const QString &m : messages) {
            const QJsonObject o = QJsonDocument::fromJson(m.toUtf8()).object();
            if (o.value(QLatin1String("type")).toString() == type)
                out << o.value(QLatin1String("data")).toObject();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        SyncHttp http(m_server.url());
        m_supervisor = http.login(QStringLiteral("fc_supervisor"), QStringLiteral("demo1234"));
        m_teller = http.login(QStringLiteral("fc_teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_supervisor.isEmpty() && !m_teller.isEmpty());
    }

    void anEmptyHallNeedsNothing()
    {
        const HallAdvice a = advice();
        QCOMPARE(a.hall, QStringLiteral("MY-FC"));
        QCOMPARE(a.promiseMinutes, 15);
        QCOMPARE(a.warnBeforeMinutes, 3);
        QCOMPARE(a.waiting, 0);
        QVERIFY(a.atRisk.isEmpty());
        QVERIFY(a.open.isEmpty());
    }

    void aTicketPastThePromiseIsPushedAndAdvised()
    {
        QWebSocket supervisor, teller;
        QStringList supervisorHeard, tellerHeard;
        listen(supervisor, supervisorHeard, m_supervisor);
        listen(teller, tellerHeard, m_teller);
        QTRY_VERIFY_WITH_TIMEOUT(!supervisorHeard.isEmpty() && !tellerHeard.isEmpty(), 10000); // the snapshots

        SyncHttp http(m_server.url());
        QueueDriver queue(http);
        QVERIFY(queue.open(QStringLiteral("MY-FC"), 1, m_teller));
        QList<qint64> tickets;
        for (int i = 0; i < 3; ++i) {
            tickets << queue.issue(QStringLiteral("MY-FC"), m_teller, {QStringLiteral("SI-001")});
            QVERIFY(tickets.last() > 0);
        }

        // Pushed once, to the supervisor only, with the hall's promise.
        QTRY_VERIFY_WITH_TIMEOUT(!ofType(supervisorHeard, QStringLiteral("ticket.at_risk")).isEmpty(), 10000);
        const QList<QJsonObject> pushed = ofType(supervisorHeard, QStringLiteral("ticket.at_risk"));
        QCOMPARE(pushed.size(), 1);
        auto told = PromiseRiskTicket::fromJson(pushed.first());
        QVERIFY(told.ok());
        QCOMPARE(told.value().ticketId, tickets.at(2));
        QCOMPARE(told.value().promiseMinutes, 15);
        QVERIFY(told.value().breaksPromise);
        QVERIFY2(told.value().projectedWaitMinutes() == 16, // 2 × 8 minutes, and the second or two to the tick
                 qPrintable(QString::number(told.value().projectedWaitMinutes())));
        QCOMPARE(told.value().services, QStringList{QStringLiteral("SI-001")});

        // The advice: that ticket, and window 2 opened for social insurance.
        HallAdvice a = advice();
        QCOMPARE(a.waiting, 3);
        QCOMPARE(a.openWindows, 1);
        QCOMPARE(a.atRisk.size(), 1);
        QCOMPARE(a.atRisk.first().ticketId, tickets.at(2));
        QCOMPARE(a.breaking(), 1);
        QCOMPARE(a.open.size(), 1);
        QCOMPARE(a.open.first().window, 2);
        QCOMPARE(toString(a.open.first().kind), toString(WindowKind::Dedicated));
        QCOMPARE(a.open.first().categories, QStringList{QStringLiteral("social_insurance")});
        QVERIFY(!a.openUntil.isValid()); // the hall has no history to say until when

        // Each ticket is told once: a fourth ticket (a card matter, only window 1 serves it) makes
        // the next tick look at the line again; it is told, the third is not told again, the
        // first two never, and the teller hears none of it.
        const qint64 fourth = queue.issue(QStringLiteral("MY-FC"), m_teller, {QStringLiteral("CD-001")});
        QVERIFY(fourth > 0);
        const auto toldOf = [&](qint64 id) {
            const QList<QJsonObject> all = ofType(supervisorHeard, QStringLiteral("ticket.at_risk"));
            return std::count_if(all.begin(), all.end(), [id](const QJsonObject &o) { return o.value(QLatin1String("ticket_id")).toInteger() == id; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(toldOf(fourth), 1, 10000);
        QTest::qWait(2 * 2000 + 500); // two more ticks
        QCOMPARE(toldOf(tickets.at(2)), 1);
        QCOMPARE(toldOf(fourth), 1);
        QCOMPARE(toldOf(tickets.at(0)) + toldOf(tickets.at(1)), 0);
        QVERIFY(ofType(tellerHeard, QStringLiteral("ticket.at_risk")).isEmpty());

        // The supervisor follows the advice: the profile, then the window open.
        const TidalOpening &o = a.open.first();
        QJsonObject profile{{QLatin1String("kind"), toString(o.kind)}, {QLatin1String("categories"), QJsonArray::fromStringList(o.categories)}};
        const HttpReply p = put(QStringLiteral("/api/v1/halls/MY-FC/windows/2/profile"), profile, m_supervisor);
        QVERIFY2(p.status == 200, p.body.constData());
        const HttpReply opened = put(QStringLiteral("/api/v1/halls/MY-FC/windows/2"), WindowStateChange{WindowState::Open, {}, std::nullopt}.toJson(), m_supervisor);
        QVERIFY2(opened.status == 200, opened.body.constData());
        a = advice();
        QCOMPARE(a.openWindows, 2);
        // The third ticket keeps the promise now; the card ticket, which only window 1 serves
        // (window 2 took social insurance), still breaks it, and the advice turns to it.
        QCOMPARE(a.atRisk.size(), 1);
        QCOMPARE(a.atRisk.first().ticketId, fourth);
        QCOMPARE(a.open.size(), 1);
        QCOMPARE(a.open.first().window, 3);
        QCOMPARE(a.open.first().categories, QStringList{QStringLiteral("card")});
    }

    void whoMayReadTheAdvice()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/halls/MY-FC/advice"), m_teller).status, 403);
        const QString city = SyncHttp(m_server.url()).login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        QCOMPARE(get(QStringLiteral("/api/v1/halls/MY-FC/advice"), city).status, 200); // a hall below the city's
        QCOMPARE(get(QStringLiteral("/api/v1/halls/MY-CITY/advice"), m_supervisor).status, 403); // not above its own
        QCOMPARE(get(QStringLiteral("/api/v1/halls/NOPE/advice"), city).status, 404);
        QCOMPARE(get(QStringLiteral("/api/v1/halls/MY-FC/advice"), QStringLiteral("not-a-token")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerPromise)
#include "tst_server_promise.moc"
