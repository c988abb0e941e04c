// The contract of the 15-minute circle (issue 16): every answer of the real server — the nearest
// halls that may accept a matter, the coverage report (every matter and one), and each refusal —
// fits docs/api/openapi.yaml (validated with ajv) and, for a 2xx, its C++ contract type
// (NearestHallsAnswer, CoverageAnswer) reads it and writes back the very same JSON.
#include "core/domain/api/CoverageBodies.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QTest>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestContractCoverage : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
    QString m_supervisor;
    QString m_teller;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("coverage"));
        m_check->expect<NearestHallsAnswer>("GET", QStringLiteral("/api/v1/org/halls/nearest"));
        m_check->expect<CoverageAnswer>("GET", QStringLiteral("/api/v1/reports/coverage"));
        m_supervisor = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_supervisor.isEmpty() && !m_teller.isEmpty());
    }

    void nearest()
    {
        const QString path = QStringLiteral("/api/v1/org/halls/nearest?lat=31.46&lon=104.75&service=");
        QCOMPARE(m_http->get(path + QStringLiteral("WI-001"), m_teller).status, 200);
        QCOMPARE(m_http->get(path + QStringLiteral("CD-005&limit=20"), m_teller).status, 200);
        QCOMPARE(m_http->get(path + QStringLiteral("NO-SUCH"), m_teller).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/org/halls/nearest?lat=95&lon=104.75&service=WI-001"), m_teller).status, 400);
        QCOMPARE(m_http->get(path + QStringLiteral("WI-001"), {}).status, 401);
    }

    void coverage()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/coverage"), m_supervisor).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/coverage?service=LR-004"), m_supervisor).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/coverage?service=NO-SUCH"), m_supervisor).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/coverage"), m_teller).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/coverage"), {}).status, 401);
    }

    void answersFitTheContract()
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

QTEST_GUILESS_MAIN(TestContractCoverage)
#include "tst_contract_coverage.moc"
