// The contract of the 12333 hotline's work orders (issue 17): every answer of the real server —
// 2xx and refusals (401, 403, 404, 409, 422) — fits docs/api/openapi.yaml (validated with ajv)
// and, for 2xx JSON, its C++ contract type (WorkOrderDetail, WorkOrderList, WorkOrderReport).
#include "core/domain/api/WorkOrderBodies.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestContractWorkOrders : public QObject
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
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("work_orders"));
        m_check->expect<WorkOrderDetail>("POST", QStringLiteral("/api/v1/work-orders"));
        m_check->expect<WorkOrderList>("GET", QStringLiteral("/api/v1/work-orders"));
        m_check->expect<WorkOrderDetail>("GET", QStringLiteral("/api/v1/work-orders/{number}"));
        m_check->expect<WorkOrderDetail>("POST", QStringLiteral("/api/v1/work-orders/{number}/route"));
        m_check->expect<WorkOrderDetail>("POST", QStringLiteral("/api/v1/work-orders/{number}/answer"));
        m_check->expect<WorkOrderDetail>("POST", QStringLiteral("/api/v1/work-orders/{number}/close"));
        m_check->expect<WorkOrderDetail>("POST", QStringLiteral("/api/v1/work-orders/{number}/appointment"));
    }

    void answersFitTheDescriptionAndTheTypes()
    {
        const QString agent = m_http->login(QStringLiteral("agent1"), QStringLiteral("demo1234"));
        const QString boss = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        const QString teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!agent.isEmpty() && !boss.isEmpty() && !teller.isEmpty());
        const QJsonObject call{{QLatin1String("kind"), QStringLiteral("complaint")},
                               {QLatin1String("phone"), QStringLiteral("13812345678")},
                               {QLatin1String("hall"), QStringLiteral("MY-CITY")},
                               {QLatin1String("service"), QStringLiteral("CD-003")},
                               {QLatin1String("text"), QStringLiteral("来电反映排队时间过长。")}};
        const HttpReply made = m_http->post(QStringLiteral("/api/v1/work-orders"), call, agent);
        QCOMPARE(made.status, 201);
        const QString one = QStringLiteral("/api/v1/work-orders/") + made.json().value(QLatin1String("work_order")).toObject().value(QLatin1String("number")).toString();
        QJsonObject bad = call;
        bad.insert(QLatin1String("kind"), QStringLiteral("gossip"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/work-orders"), bad, agent).status, 422);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/work-orders"), call, teller).status, 403);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/work-orders"), call).status, 401);

        for (const char *query : {"", "?hall=MY-CITY", "?kind=complaint&status=open", "?overdue=true&limit=10"})
            QCOMPARE(m_http->get(QStringLiteral("/api/v1/work-orders") + QLatin1String(query), agent).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/work-orders?status=late"), agent).status, 422);
        QCOMPARE(m_http->get(one, agent).status, 200);
        QCOMPARE(m_http->get(one, teller).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/work-orders/GD-20000101-0001"), agent).status, 404);

        QCOMPARE(m_http->post(one + QStringLiteral("/close"), {}, agent).status, 200); // an open one may be closed
        const HttpReply second = m_http->post(QStringLiteral("/api/v1/work-orders"), call, agent);
        QCOMPARE(second.status, 201);
        const QString two = QStringLiteral("/api/v1/work-orders/") + second.json().value(QLatin1String("work_order")).toObject().value(QLatin1String("number")).toString();
        QCOMPARE(m_http->post(two + QStringLiteral("/route"), {{QLatin1String("note"), QStringLiteral("请核实")}}, agent).status, 200);
        QCOMPARE(m_http->post(two + QStringLiteral("/route"), {}, agent).status, 409);
        QCOMPARE(m_http->post(two + QStringLiteral("/answer"), {}, boss).status, 422);
        QCOMPARE(m_http->post(two + QStringLiteral("/answer"), {{QLatin1String("answer"), QStringLiteral("已整改")}}, boss).status, 200);
        QDateTime slot = QDateTime::currentDateTimeUtc().addDays(2);
        slot.setTime(QTime(2, 30));
        QCOMPARE(m_http->post(two + QStringLiteral("/appointment"), {{QLatin1String("slot_at"), slot.toString(Qt::ISODate)}}, agent).status, 200);
        QCOMPARE(m_http->post(two + QStringLiteral("/appointment"), {}, agent).status, 422);
        QCOMPARE(m_http->post(two + QStringLiteral("/close"), {}, agent).status, 200);

        const QString today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date().toString(Qt::ISODate);
        const QString report = QStringLiteral("/api/v1/reports/work-orders?from=%1&to=%1").arg(today);
        QCOMPARE(m_http->get(report, agent).status, 200);
        QCOMPARE(m_http->get(report + QStringLiteral("&hall=MY-CITY&format=csv"), boss).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/work-orders?from=x"), agent).status, 422);
        QCOMPARE(m_http->get(report, teller).status, 403);

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

QTEST_GUILESS_MAIN(TestContractWorkOrders)
#include "tst_contract_work_orders.moc"
