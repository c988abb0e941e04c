// The sync ingest against the real onewindow-server: a device's queued operations are applied
// exactly once, in order, each with its own outcome; bad pushes change nothing.
#include "tests/support/SyncHttp.h"
#include <QTemporaryDir>
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow::test;

namespace {
QJsonObject op(const char *id, qint64 seq, const char *method, const QString &path, const QJsonValue &body)
{
    return {{QLatin1String("op_id"), QString::fromLatin1(id)}, {QLatin1String("seq"), seq},
            {QLatin1String("method"), QString::fromLatin1(method)}, {QLatin1String("path"), path},
            {QLatin1String("body"), body}, {QLatin1String("device_time"), QStringLiteral("2026-11-28T09:00:00+08:00")},
            {QLatin1String("actor"), QStringLiteral("teller1")}};
}
QJsonObject issue(const char *service)
{
    return {{QLatin1String("services"), QJsonArray{QString::fromLatin1(service)}}};
}
const QString kIssuePath = QStringLiteral("/api/v1/halls/MY-CITY/tickets");
} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(m_dir.filePath(QStringLiteral("server.sqlite")));
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_teller.isEmpty());
    }

    void aRepeatedPushAppliesNothingTwice()
    {
        const QJsonObject push{{QLatin1String("device"), QStringLiteral("desk-1")},
                               {QLatin1String("ops"), QJsonArray{op("a-1", 1, "POST", kIssuePath, issue("CD-003"))}}};
        const HttpReply first = m_http->post(QStringLiteral("/api/v1/sync/push"), push, m_teller);
        QCOMPARE(first.status, 200);
        const QJsonObject r = first.json().value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(r.value(QLatin1String("outcome")).toString(), QStringLiteral("acked"));
        QCOMPARE(r.value(QLatin1String("status")).toInt(), 201);
        QCOMPARE(r.value(QLatin1String("body")).toObject().value(QLatin1String("number")).toString(), QStringLiteral("E001"));
        QCOMPARE(first.json().value(QLatin1String("cursor")).toInteger(), 1);
        // The reply was lost; the client pushes the same op again.
        const HttpReply again = m_http->post(QStringLiteral("/api/v1/sync/push"), push, m_teller);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QLatin1String("results")), first.json().value(QLatin1String("results")));
        QCOMPARE(waiting(), 1);
    }

    void eachOperationHasItsOwnOutcome()
    {
        const HttpReply issued = m_http->post(kIssuePath, issue("SI-001"), m_teller);
        const QString recall = QStringLiteral("/api/v1/tickets/%1/recall").arg(issued.json().value(QLatin1String("id")).toInteger());
        const QJsonObject push{{QLatin1String("device"), QStringLiteral("desk-2")},
                               {QLatin1String("ops"), QJsonArray{op("b-1", 1, "POST", kIssuePath, issue("PE-001")),
                                                                 op("b-2", 2, "POST", kIssuePath, issue("XX-404")),
                                                                 op("b-3", 3, "POST", recall, QJsonObject{{QLatin1String("window"), 1}})}}};
        const HttpReply reply = m_http->post(QStringLiteral("/api/v1/sync/push"), push, m_teller);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("acked"));
        QCOMPARE(results[1].toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("rejected"));
        QCOMPARE(results[1].toObject().value(QLatin1String("status")).toInt(), 422);
        QCOMPARE(results[2].toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("conflict"));
        QCOMPARE(results[2].toObject().value(QLatin1String("status")).toInt(), 409);
        // The refusals carry the server's translated message for the person who resolves them.
        QVERIFY(!results[1].toObject().value(QLatin1String("body")).toObject().value(QLatin1String("error")).toObject()
                     .value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(reply.json().value(QLatin1String("cursor")).toInteger(), 3);
        QCOMPARE(waiting(), 3); // E001, the direct SI-001 and the pushed PE-001

        // A new operation numbered at or below the cursor is out of order: refused, not applied.
        const QJsonObject late{{QLatin1String("device"), QStringLiteral("desk-2")},
                               {QLatin1String("ops"), QJsonArray{op("b-late", 2, "POST", kIssuePath, issue("CD-003"))}}};
        const QJsonObject lateResult = m_http->post(QStringLiteral("/api/v1/sync/push"), late, m_teller)
                                           .json().value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(lateResult.value(QLatin1String("outcome")).toString(), QStringLiteral("conflict"));
        QCOMPARE(waiting(), 3);

        const HttpReply cursor = m_http->get(QStringLiteral("/api/v1/sync/cursor?device=desk-2"), m_teller);
        QCOMPARE(cursor.status, 200);
        QCOMPARE(cursor.json().value(QLatin1String("cursor")).toInteger(), 3);

        // An operation that skips ahead finds earlier ones missing: a gap, not applied.
        const QJsonObject ahead{{QLatin1String("device"), QStringLiteral("desk-2")},
                                {QLatin1String("ops"), QJsonArray{op("b-ahead", 9, "POST", kIssuePath, issue("CD-003"))}}};
        const QJsonObject gap = m_http->post(QStringLiteral("/api/v1/sync/push"), ahead, m_teller)
                                    .json().value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(gap.value(QLatin1String("outcome")).toString(), QStringLiteral("gap"));
        QCOMPARE(waiting(), 3);
        const QString instance = m_http->get(QStringLiteral("/health")).json().value(QLatin1String("instance")).toString();
        QCOMPARE(instance.size(), 32);
        QCOMPARE(cursor.json().value(QLatin1String("server")).toString(), instance);
    }

    void badPushesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("not JSON") << QByteArray("{ops: [") << 400;
        QTest::newRow("no device") << QByteArray(R"({"ops":[{"op_id":"x","seq":9,"method":"POST","path":"/api/v1/halls/MY-CITY/tickets","body":{}}]})") << 422;
        QTest::newRow("no ops") << QByteArray(R"({"device":"desk-2","ops":[]})") << 422;
        QTest::newRow("sync path") << QByteArray(R"({"device":"desk-2","ops":[{"op_id":"x","seq":9,"method":"POST","path":"/api/v1/sync/push","body":{}}]})") << 422;
        // The router sees the path %-decoded: "%73ync" is "sync", a push replaying a push (found
        // by tests/fuzz/fuzz_sync_push). Its inner operation would be the next one (seq 4).
        QTest::newRow("sync path, %-escaped")
            << QByteArray(R"({"device":"desk-2","ops":[{"op_id":"outer","seq":4,"method":"POST","path":"/api/v1/%73ync/push","body":)"
                          R"({"device":"desk-2","ops":[{"op_id":"inner","seq":4,"method":"POST","path":"/api/v1/halls/MY-CITY/tickets","body":{"services":["CD-003"]}}]}}]})")
            << 422;
        QTest::newRow("GET") << QByteArray(R"({"device":"desk-2","ops":[{"op_id":"x","seq":9,"method":"GET","path":"/api/v1/me","body":null}]})") << 422;
        QTest::newRow("seq twice") << QByteArray(R"({"device":"desk-2","ops":[{"op_id":"x","seq":9,"method":"POST","path":"/api/v1/halls/MY-CITY/tickets","body":{"services":["CD-003"]}},{"op_id":"y","seq":9,"method":"POST","path":"/api/v1/halls/MY-CITY/tickets","body":{"services":["CD-003"]}}]})") << 422;
    }

    void badPushesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const int before = waiting();
        const HttpReply reply = m_http->send("POST", QStringLiteral("/api/v1/sync/push"), body,
                                             {{"Authorization", "Bearer " + m_teller.toLatin1()}, {"Content-Type", "application/json"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(waiting(), before);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/sync/cursor?device=desk-2"), m_teller).json().value(QLatin1String("cursor")).toInteger(), 3);
    }

    void pushNeedsALogin()
    {
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sync/push"), {{QLatin1String("device"), QStringLiteral("x")}}).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/sync/cursor?device=x")).status, 401);
    }

    void replayedOperationsKeepTheirPermissionChecks()
    {
        // A display may push, but its replayed issue is refused like a live one (403).
        const QString display = m_http->login(QStringLiteral("display-city"), QStringLiteral("device1234"));
        const QJsonObject push{{QLatin1String("device"), QStringLiteral("display")},
                               {QLatin1String("ops"), QJsonArray{op("c-1", 1, "POST", kIssuePath, issue("CD-003"))}}};
        const QJsonObject r = m_http->post(QStringLiteral("/api/v1/sync/push"), push, display)
                                  .json().value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(r.value(QLatin1String("status")).toInt(), 403);
        QCOMPARE(r.value(QLatin1String("outcome")).toString(), QStringLiteral("rejected"));
    }

    void replayedCallsKeepOneCitizenPerWindow()
    {
        // A window's calls queued while the server was out of reach, replayed in order: call A;
        // F1 again while A is at the window (refused: a conflict, stored with the ticket it
        // names, for a person to see); A a no-show; call B. Nothing is lost or reordered.
        const QJsonArray line = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), m_teller).json().value(QLatin1String("waiting")).toArray();
        QVERIFY(line.size() >= 2);
        const qint64 a = line[0].toObject().value(QLatin1String("id")).toInteger();
        const qint64 b = line[1].toObject().value(QLatin1String("id")).toInteger();
        const QString callNext = QStringLiteral("/api/v1/halls/MY-CITY/windows/2/call-next");
        const QJsonObject atTwo{{QLatin1String("window"), 2}};
        const QJsonObject push{{QLatin1String("device"), QStringLiteral("desk-3")},
                               {QLatin1String("ops"), QJsonArray{op("d-1", 1, "PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/2"),
                                                                    QJsonObject{{QLatin1String("state"), QStringLiteral("open")}}),
                                                                 op("d-2", 2, "POST", callNext, QJsonObject{}),
                                                                 op("d-3", 3, "POST", callNext, QJsonObject{}),
                                                                 op("d-4", 4, "POST", QStringLiteral("/api/v1/tickets/%1/no-show").arg(a), atTwo),
                                                                 op("d-5", 5, "POST", callNext, QJsonObject{})}}};
        const HttpReply reply = m_http->post(QStringLiteral("/api/v1/sync/push"), push, m_teller);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 5);
        QStringList outcomes;
        for (const QJsonValue &r : results)
            outcomes << r.toObject().value(QLatin1String("outcome")).toString();
        QCOMPARE(outcomes, (QStringList{"acked", "acked", "conflict", "acked", "acked"}));
        QCOMPARE(results[1].toObject().value(QLatin1String("body")).toObject().value(QLatin1String("id")).toInteger(), a);
        const QJsonObject refused = results[2].toObject();
        QCOMPARE(refused.value(QLatin1String("status")).toInt(), 409);
        const QJsonObject error = refused.value(QLatin1String("body")).toObject().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("ticket")).toObject().value(QLatin1String("id")).toInteger(), a);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(results[4].toObject().value(QLatin1String("body")).toObject().value(QLatin1String("id")).toInteger(), b);
        QCOMPARE(reply.json().value(QLatin1String("cursor")).toInteger(), 5);
        // The refusal is kept: the same push again answers the same, and applies nothing.
        const HttpReply again = m_http->post(QStringLiteral("/api/v1/sync/push"), push, m_teller);
        QCOMPARE(again.json().value(QLatin1String("results")), reply.json().value(QLatin1String("results")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/tickets/%1").arg(a), m_teller).json().value(QLatin1String("state")).toString(),
                 QStringLiteral("no_show"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/tickets/%1").arg(b), m_teller).json().value(QLatin1String("state")).toString(),
                 QStringLiteral("called"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/tickets/%1/no-show").arg(b), atTwo, m_teller).status, 200);
    }

    void theInstanceSurvivesARestart()
    {
        const QString before = m_http->get(QStringLiteral("/health")).json().value(QLatin1String("instance")).toString();
        m_server->stop();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        QCOMPARE(m_http->get(QStringLiteral("/health")).json().value(QLatin1String("instance")).toString(), before);
    }

private:
    int waiting()
    {
        return static_cast<int>(m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), m_teller)
                                    .json().value(QLatin1String("waiting")).toArray().size());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_teller;
};

QTEST_MAIN(TestServerSync)
#include "tst_server_sync.moc"
