// The contract of the reports (issue 14): every answer of the real server — JSON and CSV reports,
// and each refusal — fits docs/api/openapi.yaml (validated with ajv) and, for a JSON 2xx, its C++
// contract type (QueueReport, CaseReport) reads it and writes back the very same JSON.
#include "core/domain/api/ReportBodies.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestContractReports : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
    QString m_supervisor;
    QString m_teller;
    QString m_range;

    int status(const QString &kind, const QString &query, const QString &token)
    {
        return m_http->get(QStringLiteral("/api/v1/reports/%1?%2").arg(kind, query), token).status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("reports"));
        m_check->expect<QueueReport>("GET", QStringLiteral("/api/v1/reports/queue"));
        m_check->expect<CaseReport>("GET", QStringLiteral("/api/v1/reports/cases"));
        m_supervisor = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const QString kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QVERIFY(!m_supervisor.isEmpty() && !m_teller.isEmpty() && !kiosk.isEmpty());
        const QString today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
        m_range = QStringLiteral("from=%1&to=%1").arg(today);
        // Something to count: a ticket waiting, a case accepted.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}}, kiosk)
                     .status,
                 201);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), test::si008Intake(QStringLiteral("11010519491231002X"), QStringLiteral("张三"), 1), m_teller)
                     .status,
                 201);
    }

    void queue()
    {
        for (const char *group : {"hall", "window", "teller", "matter", "category", "day", "hour"})
            QCOMPARE(status(QStringLiteral("queue"), m_range + QStringLiteral("&group=") + QString::fromLatin1(group), m_supervisor), 200);
        QCOMPARE(status(QStringLiteral("queue"), m_range + QStringLiteral("&format=csv"), m_supervisor), 200);
        QCOMPARE(status(QStringLiteral("queue"), m_range, m_teller), 403);
        QCOMPARE(status(QStringLiteral("queue"), m_range, {}), 401);
        QCOMPARE(status(QStringLiteral("queue"), m_range + QStringLiteral("&hall=NOPE"), m_supervisor), 404);
        QCOMPARE(status(QStringLiteral("queue"), QStringLiteral("from=2026-11-02&to=2026-11-01"), m_supervisor), 422);
    }

    void cases()
    {
        for (const char *group : {"hall", "office", "reviewer", "matter", "day"})
            QCOMPARE(status(QStringLiteral("cases"), m_range + QStringLiteral("&group=") + QString::fromLatin1(group), m_supervisor), 200);
        QCOMPARE(status(QStringLiteral("cases"), m_range + QStringLiteral("&format=csv&group=reviewer"), m_supervisor), 200);
        QCOMPARE(status(QStringLiteral("cases"), m_range, m_teller), 403);
        QCOMPARE(status(QStringLiteral("cases"), m_range, {}), 401);
        QCOMPARE(status(QStringLiteral("cases"), m_range + QStringLiteral("&hall=NOPE"), m_supervisor), 404);
        QCOMPARE(status(QStringLiteral("cases"), m_range + QStringLiteral("&group=hour"), m_supervisor), 422);
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
};

QTEST_GUILESS_MAIN(TestContractReports)
#include "tst_contract_reports.moc"
