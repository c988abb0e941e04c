// The contract of the rectifications' follow-up (issue 14): every answer of the real server —
// 2xx and refusals (401, 403, 404, 409, 422) — fits docs/api/openapi.yaml (validated with ajv)
// and, for 2xx, its C++ contract type (RectificationList, RectificationDetail, TicketDetail with
// the rectification_* events of the timeline).
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/RectificationBodies.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/RatedTicket.h"
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

class TestContractRectifications : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("rectifications"));
        m_check->expect<RectificationList>("GET", QStringLiteral("/api/v1/halls/{hall}/rectifications"));
        m_check->expect<RectificationDetail>("GET", QStringLiteral("/api/v1/rectifications/{id}"));
        m_check->expect<RectificationDetail>("POST", QStringLiteral("/api/v1/rectifications/{id}/follow-ups"));
        m_check->expect<RectificationDetail>("POST", QStringLiteral("/api/v1/rectifications/{id}/close"));
        m_check->expect<TicketDetail>("GET", QStringLiteral("/api/v1/tickets/{id}"));
    }

    void answersFitTheDescriptionAndTheTypes()
    {
        const QString teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const QString boss = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        const QString county = m_http->login(QStringLiteral("fc_supervisor"), QStringLiteral("demo1234"));
        QVERIFY(!teller.isEmpty() && !boss.isEmpty() && !county.isEmpty());
        const auto rated = ow::test::badlyRated(*m_http, teller, QStringLiteral("MY-CITY"));
        QVERIFY(rated.rectificationId > 0);
        const QString one = QStringLiteral("/api/v1/rectifications/%1").arg(rated.rectificationId);
        const QString list = QStringLiteral("/api/v1/halls/MY-CITY/rectifications");

        // The list in every state, below too; one; refusals.
        for (const char *query : {"", "?state=open", "?state=overdue", "?state=closed", "?state=all&below=true&limit=10"})
            QCOMPARE(m_http->get(list + QLatin1String(query), boss).status, 200);
        QCOMPARE(m_http->get(list + QStringLiteral("?state=late"), boss).status, 422);
        QCOMPARE(m_http->get(list, teller).status, 403);
        QCOMPARE(m_http->get(list, county).status, 403);
        QCOMPARE(m_http->get(list).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/halls/NO-SUCH/rectifications"), m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"))).status, 404);
        QCOMPARE(m_http->get(one, boss).status, 200);
        QCOMPARE(m_http->get(one, county).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/rectifications/987654"), boss).status, 404);

        // Close too early (409), contacts (422, 201), close without cause (422), close (200), again (409).
        const QJsonObject closing{{QLatin1String("cause"), QStringLiteral("等候时间过长")}, {QLatin1String("action"), QStringLiteral("高峰时段增开窗口")}};
        QCOMPARE(m_http->post(one + QStringLiteral("/close"), closing, boss).status, 409);
        QCOMPARE(m_http->post(one + QStringLiteral("/follow-ups"), {{QLatin1String("channel"), QStringLiteral("phone")}}, boss).status, 422);
        QCOMPARE(m_http->send("POST", one + QStringLiteral("/follow-ups"), "{", {{"Authorization", "Bearer " + boss.toLatin1()}}).status, 400);
        const QJsonObject reached{{QLatin1String("contacted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                  {QLatin1String("channel"), QStringLiteral("sms")},
                                  {QLatin1String("answer"), QStringLiteral("satisfied")},
                                  {QLatin1String("cause"), QStringLiteral("等候时间过长")},
                                  {QLatin1String("action"), QStringLiteral("已致歉")},
                                  {QLatin1String("note"), QStringLiteral("群众表示理解")}};
        QCOMPARE(m_http->post(one + QStringLiteral("/follow-ups"), reached, boss).status, 201);
        QCOMPARE(m_http->post(one + QStringLiteral("/close"), {{QLatin1String("cause"), QStringLiteral("x")}}, boss).status, 422);
        QCOMPARE(m_http->post(one + QStringLiteral("/close"), closing, county).status, 403);
        QCOMPARE(m_http->post(one + QStringLiteral("/close"), closing, boss).status, 200);
        QCOMPARE(m_http->post(one + QStringLiteral("/close"), closing, boss).status, 409);
        QCOMPARE(m_http->post(one + QStringLiteral("/follow-ups"), reached, boss).status, 409);
        QCOMPARE(m_http->get(one, boss).status, 200);
        QCOMPARE(m_http->get(list + QStringLiteral("?state=closed"), boss).status, 200);

        // The ticket's timeline with the three rectification events.
        const HttpReply ticket = m_http->get(QStringLiteral("/api/v1/tickets/%1").arg(rated.ticketId), boss);
        QCOMPARE(ticket.status, 200);
        QCOMPARE(ticket.json().value(QLatin1String("events")).toArray().last().toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("rectification_closed"));

        const QStringList problems = m_check->problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_check.reset();
        m_http.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestContractRectifications)
#include "tst_contract_rectifications.moc"
