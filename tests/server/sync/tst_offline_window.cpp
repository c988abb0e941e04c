// Offline window mode (issue 5): a window leases blocks of ticket and case numbers while online;
// offline it issues and serves walk-ins and accepts cases with them, each kept in its outbox; back
// online they are pushed and appear once in the hall's history at the times they happened, and
// never collide with the numbers the server gave out meanwhile. Against the real server.
#include "core/client/ApiClient.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "core/client/Outbox.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ow;

namespace {

QJsonObject offlineTicket(const QString &number, const QString &service, const QDateTime &issued, bool noShow = false)
{
    QJsonObject t{{QLatin1String("number"), number},
                  {QLatin1String("services"), QJsonArray{service}},
                  {QLatin1String("issued_at"), issued.toString(Qt::ISODate)},
                  {QLatin1String("called_at"), issued.addSecs(20).toString(Qt::ISODate)},
                  {QLatin1String("finished_at"), issued.addSecs(80).toString(Qt::ISODate)}};
    if (noShow) {
        t.insert(QLatin1String("state"), QStringLiteral("no_show"));
    } else {
        t.insert(QLatin1String("serving_since"), issued.addSecs(30).toString(Qt::ISODate));
        t.insert(QLatin1String("matters"), QJsonArray{QJsonObject{{QLatin1String("service"), service}, {QLatin1String("outcome"), QStringLiteral("done")}}});
    }
    return t;
}

// A pension transfer accepted at window 4; with a leased number when taken in offline.
QJsonObject offlineCase(const QString &number, const QDateTime &acceptedAt)
{
    QJsonObject c = test::si008Intake(QStringLiteral("11010519491231002X"), QStringLiteral("赵建国"), 4, QStringLiteral("北京市"));
    if (!number.isEmpty()) {
        c.insert(QLatin1String("number"), number);
        c.insert(QLatin1String("accepted_at"), acceptedAt.toString(Qt::ISODateWithMs));
    }
    return c;
}

// The numbers leased per prefix: prefix → list of numbers, in order.
QHash<QString, QStringList> leasedNumbers(const QJsonObject &lease)
{
    QHash<QString, QStringList> out;
    for (const QJsonValue &v : lease.value(QLatin1String("blocks")).toArray()) {
        const QJsonObject b = v.toObject();
        for (int n = b.value(QLatin1String("first")).toInt(); n <= b.value(QLatin1String("last")).toInt(); ++n)
            out[b.value(QLatin1String("prefix")).toString()] << b.value(QLatin1String("prefix")).toString() + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
    }
    return out;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class TestOfflineWindow : public QObject
{
    Q_OBJECT
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_teller, m_kiosk, m_countyTeller;
    const QString m_lease = QStringLiteral("/api/v1/halls/MY-CITY/windows/3/lease");
    const QString m_record = QStringLiteral("/api/v1/halls/MY-CITY/windows/3/offline-tickets");

    // The offline spell: the last 40 minutes, in the hall's time zone (so the whole of it falls on
    // today's service day, and none of it in the future).
    static QDateTime spellStart()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai"));
        return now.addMSecs(-now.time().msec()).addSecs(-40 * 60); // whole seconds, as ISO 8601 carries them
    }
    static bool spellIsToday()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai"));
        return spellStart().date() == now.date();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        m_countyTeller = m_http->login(QStringLiteral("fc_teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_teller.isEmpty() && !m_kiosk.isEmpty() && !m_countyTeller.isEmpty());
    }

    void leasesComeOffTheCounterAndAreToppedUp()
    {
        const test::HttpReply first = m_http->post(m_lease, {}, m_teller);
        QCOMPARE(first.status, 200);
        const QHash<QString, QStringList> numbers = leasedNumbers(first.json());
        QVERIFY(numbers.contains(QStringLiteral("A")));
        QCOMPARE(numbers.value(QStringLiteral("A")).size(), 10);
        // Asked again with most still unused: the same blocks.
        QCOMPARE(leasedNumbers(m_http->post(m_lease, {}, m_teller).json()), numbers);
        // The server's own next number comes after the block.
        const test::HttpReply issued = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                              {{QLatin1String("services"), QJsonArray{QStringLiteral("SI-001")}}}, m_kiosk);
        QCOMPARE(issued.status, 201);
        QVERIFY(!numbers.value(QStringLiteral("A")).contains(issued.json().value(QLatin1String("number")).toString()));
        // Rules: only a window's own hall; a sane size; kiosks may not lease.
        QCOMPARE(m_http->post(m_lease, {}, m_countyTeller).status, 403);
        QCOMPARE(m_http->post(m_lease, {}, m_kiosk).status, 403);
        QCOMPARE(m_http->post(m_lease, {{QLatin1String("numbers"), 1000}}, m_teller).status, 422);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/99/lease"), {}, m_teller).status, 404);
    }

    void badRecordsChangeNothing()
    {
        const QStringList a = leasedNumbers(m_http->post(m_lease, {}, m_teller).json()).value(QStringLiteral("A"));
        // A visit of today, in the past: at most 40 minutes ago, and not before the hall's midnight.
        const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai"));
        const QDateTime nine = std::max(spellStart(), QDateTime(now.date(), QTime(0, 0, 1), now.timeZone()));
        if (nine.secsTo(now) < 120)
            QSKIP("a visit of today that is over would have begun before midnight (the first two minutes of the day)");
        // Not leased to this window; a number of another category; times out of order or ahead.
        QCOMPARE(m_http->post(m_record, offlineTicket(QStringLiteral("A990"), QStringLiteral("SI-001"), nine), m_teller).status, 409);
        QCOMPARE(m_http->post(m_record, offlineTicket(a.first(), QStringLiteral("PE-001"), nine), m_teller).status, 422);
        QJsonObject backwards = offlineTicket(a.first(), QStringLiteral("SI-001"), nine);
        backwards.insert(QLatin1String("finished_at"), nine.addSecs(-60).toString(Qt::ISODate));
        QCOMPARE(m_http->post(m_record, backwards, m_teller).status, 422);
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(m_http->post(m_record, offlineTicket(a.first(), QStringLiteral("SI-001"), later), m_teller).status, 422);
        QCOMPARE(m_http->post(m_record, {{QLatin1String("number"), QStringLiteral("A1")}}, m_teller).status, 422);
        QCOMPARE(m_http->post(m_record, offlineTicket(a.first(), QStringLiteral("SI-001"), nine), m_countyTeller).status, 403);
        // Recorded once; the same number again is refused.
        QCOMPARE(m_http->post(m_record, offlineTicket(a.first(), QStringLiteral("SI-001"), nine), m_teller).status, 201);
        QCOMPARE(m_http->post(m_record, offlineTicket(a.first(), QStringLiteral("SI-001"), nine), m_teller).status, 409);
    }

    void anOfflineRecordIsNotACall()
    {
        // Window 3 called a ticket while online; then the network dropped and the window served a
        // walk-in from its leased numbers. That finished visit is history: it is recorded even
        // though the server still sees the first ticket at window 3 (one citizen per window rules
        // calls, not what already happened), and it changes nothing about that ticket.
        if (!spellIsToday())
            QSKIP("the offline spell would begin yesterday in the hall's time zone (the first 40 minutes after midnight)");
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/3"), R"({"state":"open"})",
                              {{"Authorization", "Bearer " + m_teller.toLatin1()}, {"Content-Type", "application/json"}})
                     .status,
                 200);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}}, m_kiosk)
                     .status,
                 201);
        const QString callNext = QStringLiteral("/api/v1/halls/MY-CITY/windows/3/call-next");
        const test::HttpReply called = m_http->post(callNext, {}, m_teller);
        QCOMPARE(called.status, 200);
        const QString atWindow = QStringLiteral("/api/v1/tickets/%1").arg(called.json().value(QLatin1String("id")).toInteger());
        const QStringList a = leasedNumbers(m_http->post(m_lease, {}, m_teller).json()).value(QStringLiteral("A"));
        QCOMPARE(m_http->post(m_record, offlineTicket(a.last(), QStringLiteral("SI-001"), spellStart()), m_teller).status, 201);
        QCOMPARE(m_http->get(atWindow, m_teller).json().value(QLatin1String("state")).toString(), QStringLiteral("called"));
        const test::HttpReply again = m_http->post(callNext, {}, m_teller);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json().value(QLatin1String("error")).toObject().value(QLatin1String("ticket")).toObject().value(QLatin1String("id")),
                 called.json().value(QLatin1String("id")));
        QCOMPARE(m_http->post(atWindow + QStringLiteral("/no-show"), {{QLatin1String("window"), 3}}, m_teller).status, 200);
    }

    void anOfflineDay()
    {
        if (!spellIsToday())
            QSKIP("the offline spell would begin yesterday in the hall's time zone (the first 40 minutes after midnight)");
        const QString lease4 = QStringLiteral("/api/v1/halls/MY-CITY/windows/4/lease");
        const QString record4 = QStringLiteral("/api/v1/halls/MY-CITY/windows/4/offline-tickets");
        const QStringList services{QStringLiteral("SI-001"), QStringLiteral("PE-001"), QStringLiteral("CD-003"), QStringLiteral("EM-001")};
        // Which prefix each matter's tickets carry: as the server numbers them.
        QHash<QString, QString> prefixOf;
        for (const QString &service : services) {
            const test::HttpReply t = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                             {{QLatin1String("services"), QJsonArray{service}}}, m_kiosk);
            QCOMPARE(t.status, 201);
            prefixOf.insert(service, t.json().value(QLatin1String("number")).toString().chopped(3));
        }
        // Morning, online: window 4 asks for enough numbers for a long spell.
        const test::HttpReply lease = m_http->post(lease4, {{QLatin1String("numbers"), 20}, {QLatin1String("case_numbers"), 6}}, m_teller);
        QCOMPARE(lease.status, 200);
        QHash<QString, QStringList> free = leasedNumbers(lease.json());
        QStringList freeCases; // and case numbers, for the cases it accepts
        for (const QJsonValue &v : lease.json().value(QLatin1String("case_blocks")).toArray()) {
            const QJsonObject b = v.toObject();
            for (int n = b.value(QLatin1String("first")).toInt(); n <= b.value(QLatin1String("last")).toInt(); ++n)
                freeCases << b.value(QLatin1String("stem")).toString() + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
        }
        QCOMPARE(freeCases.size(), 6);
        QTemporaryDir dir;
        SystemClock clock;
        auto outbox = std::move(Outbox::open(dir.filePath(QStringLiteral("outbox.sqlite")))).value();
        // The link drops. The window serves 24 walk-ins from its leases, one every 90 seconds
        // (every eighth does not come to the window: a no-show); each ticket's life goes into
        // the outbox.
        m_server.stop();
        QStringList offlineNumbers;
        const QDateTime start = spellStart();
        for (int i = 0; i < 24; ++i) {
            const QString service = services.at(i % services.size());
            QVERIFY(!free.value(prefixOf.value(service)).isEmpty());
            const QString number = free[prefixOf.value(service)].takeFirst();
            offlineNumbers << number;
            const QDateTime issued = start.addSecs(i * 90);
            QVERIFY(outbox->enqueue(QStringLiteral("POST"), record4, offlineTicket(number, service, issued, i % 8 == 7),
                                    QStringLiteral("teller1"), issued.addSecs(600))
                        .ok());
            if (i % 4 == 1) { // a committed matter: accepted as a case, with a leased case number
                QVERIFY(outbox->enqueue(QStringLiteral("POST"), QStringLiteral("/api/v1/cases"), offlineCase(freeCases.at(i / 4), issued.addSecs(60)),
                                        QStringLiteral("teller1"), issued.addSecs(600))
                            .ok());
            }
        }
        const QStringList offlineCases = freeCases;
        // Back online; the kiosk keeps issuing; the outbox drains.
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        // Meanwhile another window numbers a case itself.
        const test::HttpReply own = m_http->post(QStringLiteral("/api/v1/cases"), offlineCase(QString(), QDateTime()), m_teller);
        QCOMPARE(own.status, 201);
        QVERIFY(!offlineCases.contains(own.json().value(QLatin1String("number")).toString()));
        QStringList onlineNumbers;
        for (int i = 0; i < 8; ++i) {
            const test::HttpReply t = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                             {{QLatin1String("services"), QJsonArray{services.at(i % services.size())}}}, m_kiosk);
            QCOMPARE(t.status, 201);
            onlineNumbers << t.json().value(QLatin1String("number")).toString();
        }
        ApiClient api;
        api.setBaseUrl(m_server.url());
        api.setToken(m_teller);
        SyncAgent agent(*outbox, api, clock);
        agent.setBackoff(20, 200);
        agent.flush();
        QTRY_COMPARE_WITH_TIMEOUT(agent.pendingCount(), 0, 20000);
        if (agent.problemCount() > 0)
            QFAIL(qPrintable(QStringLiteral("refused: ") + QString::fromUtf8(QJsonDocument(agent.problems().first().answer).toJson(QJsonDocument::Compact)) + QString::fromUtf8(QJsonDocument(agent.problems().first().body).toJson(QJsonDocument::Compact))));
        QCOMPARE(outbox->count(OutboxOp::State::Acked).value(), 24 + 6);

        m_server.stop();
        DatabaseLocation loc;
        loc.sqlitePath = m_server.databasePath();
        auto db = std::move(ServerSchema::open(loc)).value();
        // All 24 in the hall's history, once, at window 4, with the window's times.
        for (int i = 0; i < offlineNumbers.size(); ++i) {
            const QString &number = offlineNumbers.at(i);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE number = ? AND window_number = 4"), {number}), qint64(1));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT issued_at FROM tickets WHERE number = ?"), {number}),
                     start.addSecs(i * 90).toMSecsSinceEpoch());
            QCOMPARE(scalar(*db, QStringLiteral("SELECT MIN(e.at) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE t.number = ?"), {number}),
                     start.addSecs(i * 90).toMSecsSinceEpoch());
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state = 'no_show' AND window_number = 4")), qint64(3));
        // The six cases accepted offline: once each, under the numbers their receipts carry,
        // their clocks started when the window accepted them.
        for (int k = 0; k < offlineCases.size(); ++k) {
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE case_number = ? AND window_number = 4"), {offlineCases.at(k)}), qint64(1));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT MIN(e.at) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.case_number = ?"),
                            {offlineCases.at(k)}),
                     start.addSecs((4 * k + 1) * 90 + 60).toMSecsSinceEpoch());
        }
        // No number twice in the hall's day, offline or online.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM (SELECT hall_id, service_day, number FROM tickets "
                                            "GROUP BY hall_id, service_day, number HAVING COUNT(*) > 1)")),
                 qint64(0));
        for (const QString &n : std::as_const(onlineNumbers))
            QVERIFY(!offlineNumbers.contains(n));
        QVERIFY(m_server.start()); // for cleanupTestCase
    }
};

QTEST_GUILESS_MAIN(TestOfflineWindow)
#include "tst_offline_window.moc"
