// The contract of the system, session, catalogue, org and sync operations: every answer of the
// real server fits docs/api/openapi.yaml (validated with ajv) and its C++ contract type.
#include "core/domain/api/SessionBodies.h"
#include "core/domain/api/SyncBodies.h"
#include "core/domain/catalogue/Catalogue.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestContractSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("session"));
        m_check->expect<HealthAnswer>("GET", QStringLiteral("/health"));
        m_check->expect<LoginAnswer>("POST", QStringLiteral("/api/v1/sessions"));
        m_check->expect<Account>("GET", QStringLiteral("/api/v1/me"));
        m_check->expect<Catalogue>("GET", QStringLiteral("/api/v1/catalogue"));
        m_check->expect<HallsAnswer>("GET", QStringLiteral("/api/v1/org/halls"));
        m_check->expect<SyncPushAnswer>("POST", QStringLiteral("/api/v1/sync/push"));
        m_check->expect<SyncCursor>("GET", QStringLiteral("/api/v1/sync/cursor"));
    }

    void systemAndSessions()
    {
        QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
        // Refusals: unknown user, missing fields, no token.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sessions"), LoginRequest{QStringLiteral("nobody"), QStringLiteral("x")}.toJson()).status, 401);
        const HttpReply missing = m_http->post(QStringLiteral("/api/v1/sessions"), QJsonObject{});
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().keys(),
                 (QStringList{QStringLiteral("password"), QStringLiteral("username")}));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me")).status, 401);

        const HttpReply login = m_http->post(QStringLiteral("/api/v1/sessions"),
                                             LoginRequest{QStringLiteral("teller1"), QStringLiteral("demo1234")}.toJson());
        QCOMPARE(login.status, 201);
        auto answer = LoginAnswer::fromJson(login.json());
        QVERIFY(answer.ok());
        QCOMPARE(answer.value().account.username, QStringLiteral("teller1"));
        QCOMPARE(answer.value().account.hallCode, QStringLiteral("MY-CITY"));
        m_token = answer.value().token;
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), m_token).status, 200);

        const HttpReply other = m_http->post(QStringLiteral("/api/v1/sessions"),
                                             LoginRequest{QStringLiteral("teller2"), QStringLiteral("demo1234")}.toJson());
        const QString token = LoginAnswer::fromJson(other.json()).value().token;
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/v1/sessions/current"), {},
                              {{"Authorization", "Bearer " + token.toLatin1()}}).status,
                 204);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), token).status, 401);
    }

    void catalogueAndHalls()
    {
        const HttpReply first = m_http->get(QStringLiteral("/api/v1/catalogue"), m_token);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("ETag");
        QVERIFY(!etag.isEmpty());
        const HttpReply again = m_http->send("GET", QStringLiteral("/api/v1/catalogue"), {},
                                             {{"Authorization", "Bearer " + m_token.toLatin1()}, {"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        const HttpReply halls = m_http->get(QStringLiteral("/api/v1/org/halls"), m_token);
        QCOMPARE(halls.status, 200);
        auto parsed = HallsAnswer::fromJson(halls.json());
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().halls.size() >= 4);
    }

    void sync()
    {
        const QString device = QStringLiteral("contract-device");
        SyncPush push{device, {}};
        SyncOperation open{QStringLiteral("op-contract-1"), 1, QStringLiteral("PUT"), QStringLiteral("/api/v1/halls/MY-CITY/windows/3"),
                           QJsonObject{{QLatin1String("state"), QStringLiteral("open")}}, QDateTime::currentDateTimeUtc(),
                           QStringLiteral("teller1")};
        SyncOperation wrongHall = open;
        wrongHall.opId = QStringLiteral("op-contract-2");
        wrongHall.seq = 2;
        wrongHall.path = QStringLiteral("/api/v1/halls/MY-FC/windows/3");
        push.ops = {open, wrongHall};
        const HttpReply pushed = m_http->post(QStringLiteral("/api/v1/sync/push"), push.toJson(), m_token);
        QCOMPARE(pushed.status, 200);
        auto answer = SyncPushAnswer::fromJson(pushed.json());
        QVERIFY(answer.ok());
        QCOMPARE(answer.value().cursor, 2);
        QCOMPARE(answer.value().results.size(), 2);
        QCOMPARE(toString(answer.value().results[0].outcome), QStringLiteral("acked"));
        QCOMPARE(toString(answer.value().results[1].outcome), QStringLiteral("rejected"));
        QCOMPARE(answer.value().results[1].status, 403);
        // The same push again: the stored answers, nothing applied twice.
        const HttpReply repeated = m_http->post(QStringLiteral("/api/v1/sync/push"), push.toJson(), m_token);
        QVERIFY(SyncPushAnswer::fromJson(repeated.json()).value() == answer.value());
        // A push that is not one: refused, naming the field.
        QJsonObject bad = push.toJson();
        bad.remove(QLatin1String("device"));
        const HttpReply refused = m_http->post(QStringLiteral("/api/v1/sync/push"), bad, m_token);
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().contains(QLatin1String("device")));

        const HttpReply cursor = m_http->get(QStringLiteral("/api/v1/sync/cursor?device=") + device, m_token);
        QCOMPARE(cursor.status, 200);
        QCOMPARE(SyncCursor::fromJson(cursor.json()).value().cursor, 2);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/sync/cursor"), m_token).status, 422);
    }

    void everyAnswerFitsTheContract()
    {
        const QStringList problems = m_check->problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_check.reset();
        m_http.reset();
        m_server.reset();
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
    QString m_token;
};

QTEST_GUILESS_MAIN(TestContractSession)
#include "tst_contract_session.moc"
