// The queue area of the API against docs/api/openapi.yaml and its C++ contract types
// (core/domain/api/QueueBodies.h): every operation answered by the real server, each answer
// valid against the description (ajv) and read back by its type into the very same JSON; the live
// events of the hall read back the same way.
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/RectificationBodies.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QWebSocket>

using namespace ow;
using namespace ow::test;

namespace {

const QString kHall = QStringLiteral("/api/v1/halls/MY-CITY");

QJsonObject issue(const QString &service)
{
    return {{QLatin1String("services"), QJsonArray{service}}};
}

qint64 idOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("id")).toInteger();
}

QString ticketPath(qint64 id, const char *action = nullptr)
{
    const QString base = QStringLiteral("/api/v1/tickets/%1").arg(id);
    return action ? base + QLatin1Char('/') + QLatin1String(action) : base;
}

} // namespace

class TestContractQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        m_supervisor = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        m_countyTeller = m_http->login(QStringLiteral("fc_teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_kiosk.isEmpty() && !m_teller.isEmpty() && !m_supervisor.isEmpty() && !m_countyTeller.isEmpty());
    }

    void answersFitTheDescriptionAndTheTypes()
    {
        ContractCheck check(*m_http, QStringLiteral("queue"));
        check.expect<QueuedTicket>("POST", QStringLiteral("/api/v1/halls/{hall}/tickets"));
        check.expect<QueueSnapshot>("GET", QStringLiteral("/api/v1/halls/{hall}/queue"));
        check.expect<WindowStateResult>("PUT", QStringLiteral("/api/v1/halls/{hall}/windows/{window}"));
        check.expect<Ticket>("POST", QStringLiteral("/api/v1/halls/{hall}/windows/{window}/call-next"), false);
        check.expect<WindowProfileBody>("PUT", QStringLiteral("/api/v1/halls/{hall}/windows/{window}/profile"));
        check.expect<TicketDetail>("GET", QStringLiteral("/api/v1/tickets/{id}"));
        for (const char *action : {"recall", "serve", "no-show", "finish", "call", "transfer", "park", "move"})
            check.expect<Ticket>("POST", QStringLiteral("/api/v1/tickets/{id}/") + QLatin1String(action), false);
        check.expect<RatingRecord>("POST", QStringLiteral("/api/v1/tickets/{id}/rating"));
        check.expect<RatingRecord>("POST", QStringLiteral("/api/v1/halls/{hall}/days/{day}/tickets/{number}/rating"));
        check.expect<RectificationList>("GET", QStringLiteral("/api/v1/halls/{hall}/rectifications"));
        check.expect<NumberLeases>("POST", QStringLiteral("/api/v1/halls/{hall}/windows/{window}/lease"));
        check.expect<Ticket>("POST", QStringLiteral("/api/v1/halls/{hall}/windows/{window}/offline-tickets"), false);

        // Windows: open, auto-assign alone, and their refusals.
        QCOMPARE(m_http->send("PUT", kHall + QStringLiteral("/windows/1"), R"({"state":"open"})", bearer(m_teller)).status, 200);
        QCOMPARE(m_http->send("PUT", kHall + QStringLiteral("/windows/1"), R"({"auto_assign":false})", bearer(m_teller)).status, 200);
        QCOMPARE(m_http->send("PUT", kHall + QStringLiteral("/windows/1"), R"({"state":"asleep"})", bearer(m_teller)).status, 422);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-FC/windows/1"), R"({"state":"open"})", bearer(m_teller)).status, 403);
        QCOMPARE(m_http->post(kHall + QStringLiteral("/windows/1/call-next"), {}, m_teller).status, 204); // nobody waits

        // Issue (with personal data, masked in every answer), look, call, recall, serve, finish.
        QJsonObject withPerson = issue(QStringLiteral("CD-003"));
        withPerson.insert(QLatin1String("resident_id"), QStringLiteral("11010519491231002X"));
        withPerson.insert(QLatin1String("phone"), QStringLiteral("13812345678"));
        withPerson.insert(QLatin1String("priority_group"), QStringLiteral("elderly"));
        const HttpReply first = m_http->post(kHall + QStringLiteral("/tickets"), withPerson, m_kiosk);
        QCOMPARE(first.status, 201);
        QCOMPARE(m_http->post(kHall + QStringLiteral("/tickets"), {{QLatin1String("services"), QStringLiteral("CD-003")}}, m_kiosk).status, 422);
        QCOMPARE(m_http->post(kHall + QStringLiteral("/tickets"), issue(QStringLiteral("CD-003")), m_countyTeller).status, 403);
        QCOMPARE(m_http->get(kHall + QStringLiteral("/queue"), m_teller).status, 200);
        QCOMPARE(m_http->get(kHall + QStringLiteral("/queue"), m_countyTeller).status, 403);
        QCOMPARE(m_http->post(kHall + QStringLiteral("/windows/1/call-next"), {}, m_teller).status, 200);
        const qint64 a = idOf(first);
        QCOMPARE(m_http->post(ticketPath(a, "recall"), {{QLatin1String("window"), 1}}, m_teller).status, 200);
        QCOMPARE(m_http->post(ticketPath(a, "recall"), {}, m_teller).status, 422); // no window
        QCOMPARE(m_http->post(ticketPath(a, "serve"), {{QLatin1String("window"), 1}}, m_countyTeller).status, 403);
        QCOMPARE(m_http->post(ticketPath(a, "serve"), {{QLatin1String("window"), 1}}, m_teller).status, 200);
        QCOMPARE(m_http->post(ticketPath(a, "serve"), {{QLatin1String("window"), 1}}, m_teller).status, 409); // serving already
        const QJsonArray matters{QJsonObject{{QLatin1String("service"), QStringLiteral("CD-003")}, {QLatin1String("outcome"), QStringLiteral("done")}}};
        QCOMPARE(m_http->post(ticketPath(a, "finish"), {{QLatin1String("window"), 1}, {QLatin1String("matters"), matters}}, m_teller).status, 200);
        QCOMPARE(m_http->post(ticketPath(999999, "finish"), {{QLatin1String("window"), 1}, {QLatin1String("matters"), matters}}, m_teller).status, 404);

        // The rating of the finished ticket, a bad one: a rectification opens.
        const QJsonObject bad{{QLatin1String("service"), QStringLiteral("CD-003")}, {QLatin1String("level"), QStringLiteral("dissatisfied")}};
        QCOMPARE(m_http->post(ticketPath(a, "rating"), bad, m_teller).status, 201);
        QCOMPARE(m_http->post(ticketPath(a, "rating"), bad, m_teller).status, 409); // once per matter
        QCOMPARE(m_http->post(ticketPath(a, "rating"), {{QLatin1String("service"), QStringLiteral("CD-003")}, {QLatin1String("level"), QStringLiteral("meh")}}, m_teller).status, 422);
        QCOMPARE(m_http->get(kHall + QStringLiteral("/rectifications"), m_supervisor).status, 200);
        QCOMPARE(m_http->get(kHall + QStringLiteral("/rectifications"), m_teller).status, 403);
        QCOMPARE(m_http->get(ticketPath(a), m_teller).status, 200);
        QCOMPARE(m_http->get(ticketPath(a), m_supervisor).status, 200);
        QCOMPARE(m_http->get(ticketPath(a), m_countyTeller).status, 403);

        // One citizen per window: while b is at window 1, neither call-next nor a call by number
        // calls c there (409 naming b). Then a no-show; a park; a transfer; an out-of-order call;
        // a supervisor's move.
        const qint64 b = idOf(m_http->post(kHall + QStringLiteral("/tickets"), issue(QStringLiteral("CD-003")), m_kiosk));
        QCOMPARE(m_http->post(kHall + QStringLiteral("/windows/1/call-next"), {}, m_teller).status, 200);
        const qint64 c = idOf(m_http->post(kHall + QStringLiteral("/tickets"), issue(QStringLiteral("CD-003")), m_kiosk));
        const HttpReply occupied = m_http->post(kHall + QStringLiteral("/windows/1/call-next"), {}, m_teller);
        QCOMPARE(occupied.status, 409);
        QCOMPARE(occupied.json().value(QLatin1String("error")).toObject().value(QLatin1String("ticket")).toObject().value(QLatin1String("id")).toInteger(), b);
        QCOMPARE(m_http->post(ticketPath(c, "call"), {{QLatin1String("window"), 1}, {QLatin1String("reason"), QStringLiteral("轮椅")}}, m_teller).status, 409);
        QCOMPARE(m_http->post(ticketPath(b, "no-show"), {{QLatin1String("window"), 1}}, m_teller).status, 200);
        QCOMPARE(idOf(m_http->post(kHall + QStringLiteral("/windows/1/call-next"), {}, m_teller)), c);
        QCOMPARE(m_http->post(ticketPath(c, "park"), {{QLatin1String("window"), 1}}, m_teller).status, 422); // minutes
        QCOMPARE(m_http->post(ticketPath(c, "park"), {{QLatin1String("window"), 1}, {QLatin1String("minutes"), 5}, {QLatin1String("reason"), QStringLiteral("取户口本")}}, m_teller).status, 200);
        QCOMPARE(m_http->get(kHall + QStringLiteral("/queue"), m_teller).status, 200); // with a parked ticket
        const qint64 d = idOf(m_http->post(kHall + QStringLiteral("/tickets"), issue(QStringLiteral("SI-001")), m_kiosk));
        QCOMPARE(m_http->post(ticketPath(d, "call"), {{QLatin1String("window"), 1}, {QLatin1String("reason"), QStringLiteral("轮椅")}}, m_teller).status, 200);
        QCOMPARE(m_http->post(ticketPath(d, "transfer"), {{QLatin1String("window"), 1}, {QLatin1String("position"), QStringLiteral("middle")}}, m_teller).status, 422);
        QCOMPARE(m_http->post(ticketPath(d, "transfer"), {{QLatin1String("window"), 1}, {QLatin1String("to_window"), 2}, {QLatin1String("position"), QStringLiteral("back")}, {QLatin1String("reason"), QStringLiteral("专窗")}}, m_teller).status, 200);
        QCOMPARE(m_http->post(ticketPath(d, "move"), {{QLatin1String("position"), QStringLiteral("front")}, {QLatin1String("reason"), QStringLiteral("等太久")}}, m_supervisor).status, 200);
        QCOMPARE(m_http->post(ticketPath(d, "move"), {}, m_teller).status, 403);
        QCOMPARE(m_http->get(ticketPath(d), m_teller).status, 200); // a history with details

        // What a window serves.
        const QJsonObject profile{{QLatin1String("kind"), QStringLiteral("dedicated")},
                                  {QLatin1String("categories"), QJsonArray{QStringLiteral("pension")}},
                                  {QLatin1String("weights"), QJsonObject{{QLatin1String("pension"), 2}}}};
        QCOMPARE(m_http->send("PUT", kHall + QStringLiteral("/windows/2/profile"), QJsonDocument(profile).toJson(), bearer(m_supervisor)).status, 200);
        QCOMPARE(m_http->send("PUT", kHall + QStringLiteral("/windows/2/profile"), R"({"kind":"both"})", bearer(m_supervisor)).status, 422);
        QCOMPARE(m_http->send("PUT", kHall + QStringLiteral("/windows/2/profile"), QJsonDocument(profile).toJson(), bearer(m_teller)).status, 403);

        // Offline window: a lease, a ticket served offline, its rating by number.
        const HttpReply lease = m_http->post(kHall + QStringLiteral("/windows/3/lease"), {}, m_teller);
        QCOMPARE(lease.status, 200);
        QCOMPARE(m_http->post(kHall + QStringLiteral("/windows/3/lease"), {{QLatin1String("numbers"), 1000}}, m_teller).status, 422);
        QString number;
        for (const QJsonValue &v : lease.json().value(QLatin1String("blocks")).toArray()) {
            const QJsonObject block = v.toObject();
            if (block.value(QLatin1String("prefix")).toString() == QLatin1String("A"))
                number = QStringLiteral("A%1").arg(block.value(QLatin1String("first")).toInt(), 3, 10, QLatin1Char('0'));
        }
        QVERIFY(!number.isEmpty());
        const QDateTime issued = QDateTime::currentDateTimeUtc().addSecs(-600);
        const QDateTime at = issued.addMSecs(-issued.time().msec());
        QJsonObject offline{{QLatin1String("number"), number},
                            {QLatin1String("services"), QJsonArray{QStringLiteral("SI-001")}},
                            {QLatin1String("issued_at"), at.toString(Qt::ISODate)},
                            {QLatin1String("called_at"), at.addSecs(20).toString(Qt::ISODate)},
                            {QLatin1String("serving_since"), at.addSecs(30).toString(Qt::ISODate)},
                            {QLatin1String("finished_at"), at.addSecs(90).toString(Qt::ISODate)},
                            {QLatin1String("matters"), QJsonArray{QJsonObject{{QLatin1String("service"), QStringLiteral("SI-001")}, {QLatin1String("outcome"), QStringLiteral("done")}}}}};
        const HttpReply recorded = m_http->post(kHall + QStringLiteral("/windows/3/offline-tickets"), offline, m_teller);
        QCOMPARE(recorded.status, 201);
        QCOMPARE(m_http->post(kHall + QStringLiteral("/windows/3/offline-tickets"), offline, m_teller).status, 409); // used already
        const QString day = recorded.json().value(QLatin1String("service_day")).toString();
        const QJsonObject good{{QLatin1String("service"), QStringLiteral("SI-001")}, {QLatin1String("level"), QStringLiteral("very_satisfied")}};
        QCOMPARE(m_http->post(kHall + QStringLiteral("/days/%1/tickets/%2/rating").arg(day, number), good, m_teller).status, 201);
        QCOMPARE(m_http->post(kHall + QStringLiteral("/days/%1/tickets/Z999/rating").arg(day), good, m_teller).status, 404);

        const QStringList p = check.problems();
        QVERIFY2(p.isEmpty(), qPrintable(p.join(QLatin1Char('\n'))));
    }

    // The live events of the hall: each message fits the description (the schema of the
    // WebSocket's 101 answer, EventMessage) and is read by HallEvent into the very same JSON.
    void eventsReadBackTheSame()
    {
        ContractCheck check(*m_http, QStringLiteral("queue-events"));
        QWebSocket socket;
        QStringList messages;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&messages](const QString &m) { messages << m; });
        QUrl url = m_server.url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/events"));
        url.setQuery(QUrlQuery{{QStringLiteral("hall"), QStringLiteral("MY-CITY")}, {QStringLiteral("token"), m_teller}});
        socket.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000); // the snapshot

        QCOMPARE(m_http->send("PUT", kHall + QStringLiteral("/windows/4/profile"), R"({"kind":"comprehensive"})", bearer(m_supervisor)).status, 200);
        QCOMPARE(m_http->send("PUT", kHall + QStringLiteral("/windows/4"), R"({"state":"open"})", bearer(m_teller)).status, 200);
        QCOMPARE(m_http->send("PUT", kHall + QStringLiteral("/windows/4"), R"({"auto_assign":false})", bearer(m_teller)).status, 200);
        QCOMPARE(m_http->post(kHall + QStringLiteral("/tickets"), issue(QStringLiteral("CD-003")), m_kiosk).status, 201);
        const HttpReply called = m_http->post(kHall + QStringLiteral("/windows/4/call-next"), {}, m_teller);
        QCOMPARE(called.status, 200);
        const qint64 id = idOf(called); // whoever was first in line
        QCOMPARE(m_http->post(ticketPath(id, "serve"), {{QLatin1String("window"), 4}}, m_teller).status, 200);
        const QString service = called.json().value(QLatin1String("matters")).toArray().first().toObject().value(QLatin1String("service")).toString();
        const QJsonArray matters{QJsonObject{{QLatin1String("service"), service}, {QLatin1String("outcome"), QStringLiteral("done")}}};
        QCOMPARE(m_http->post(ticketPath(id, "finish"), {{QLatin1String("window"), 4}, {QLatin1String("matters"), matters}}, m_teller).status, 200);
        QCOMPARE(m_http->post(ticketPath(id, "rating"), {{QLatin1String("service"), service}, {QLatin1String("level"), QStringLiteral("satisfied")}}, m_teller).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(messages.last().contains(QLatin1String("rating.submitted")), 10000);

        QFile record(check.recordPath());
        QVERIFY(record.open(QIODevice::Append));
        QSet<QString> types;
        for (const QString &m : std::as_const(messages)) {
            const QJsonObject received = QJsonDocument::fromJson(m.toUtf8()).object();
            const QJsonObject exchange{{QLatin1String("method"), QStringLiteral("GET")},
                                       {QLatin1String("path"), QStringLiteral("/api/v1/events")},
                                       {QLatin1String("status"), 101},
                                       {QLatin1String("content_type"), QStringLiteral("application/json")},
                                       {QLatin1String("body"), received}};
            record.write(QJsonDocument(exchange).toJson(QJsonDocument::Compact) + '\n');
            auto event = HallEvent::fromJson(received);
            QVERIFY2(event, qPrintable(m));
            const QString why = ContractCheck::sameJson(event.value().toJson(), received);
            QVERIFY2(why.isEmpty(), qPrintable(why + QStringLiteral(" in ") + m));
            types.insert(event.value().type);
        }
        for (const char *type : {"queue.snapshot", "window.changed", "ticket.issued", "ticket.called", "ticket.serving",
                                 "ticket.finished", "rating.submitted"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        record.close();
        const QStringList p = check.problems();
        QVERIFY2(p.isEmpty(), qPrintable(p.join(QLatin1Char('\n'))));
    }

private:
    static QList<QPair<QByteArray, QByteArray>> bearer(const QString &token)
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}};
    }

    TestServer m_server{QString(), {QStringLiteral("--recall-gap=0")}};
    std::unique_ptr<SyncHttp> m_http;
    QString m_kiosk;
    QString m_teller;
    QString m_supervisor;
    QString m_countyTeller;
};

QTEST_GUILESS_MAIN(TestContractQueue)
#include "tst_contract_queue.moc"
