// The contract of the reports (issue 14): every answer of the real server — JSON and CSV reports,
// and each refusal — fits docs/api/openapi.yaml (validated with ajv) and, for a JSON 2xx, its C++
// contract type (QueueReport, CaseReport, ReportTicketList, AuditDayReport, HallForecast, HallStaffingPlan) reads it and writes back the very
// same JSON. With the tickets behind a figure, one's own figures and the day's audit trail.
#include "core/domain/api/AuditBodies.h"
#include "core/domain/api/ForecastBodies.h"
#include "core/domain/api/AdviceBodies.h"
#include "core/domain/api/StaffingBodies.h"
#include "core/domain/api/ReportBodies.h"
#include "core/domain/api/ReportTicketBodies.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/QueueDriver.h"
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
        m_check->expect<ReportTicketList>("GET", QStringLiteral("/api/v1/reports/queue/tickets"));
        m_check->expect<QueueReport>("GET", QStringLiteral("/api/v1/reports/me"));
        m_check->expect<AuditDayReport>("GET", QStringLiteral("/api/v1/reports/audit"));
        m_check->expect<HallForecast>("GET", QStringLiteral("/api/v1/halls/{hall}/forecast"));
        m_check->expect<HallStaffingPlan>("GET", QStringLiteral("/api/v1/halls/{hall}/staffing"));
        m_check->expect<HallAdvice>("GET", QStringLiteral("/api/v1/halls/{hall}/advice"));
        m_supervisor = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const QString kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QVERIFY(!m_supervisor.isEmpty() && !m_teller.isEmpty() && !kiosk.isEmpty());
        const QString today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
        m_range = QStringLiteral("from=%1&to=%1").arg(today);
        // Something to count: a ticket waiting, one served and rated, a case accepted.
        test::QueueDriver q(*m_http);
        QVERIFY(q.issue(QStringLiteral("MY-CITY"), kiosk, {QStringLiteral("CD-003")}, QStringLiteral("11010519491231002X")));
        QVERIFY(q.issue(QStringLiteral("MY-CITY"), kiosk, {QStringLiteral("CD-003")}));
        QVERIFY(q.open(QStringLiteral("MY-CITY"), 1, m_teller));
        QVERIFY(q.serveNext(QStringLiteral("MY-CITY"), 1, QStringLiteral("CD-003"), m_teller, RatingLevel::Dissatisfied));
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

    void tickets()
    {
        const QString path = QStringLiteral("queue/tickets");
        QCOMPARE(status(path, m_range + QStringLiteral("&hall=MY-CITY&group=teller&key=teller1&figure=bad_reviews"), m_supervisor), 200);
        QCOMPARE(status(path, m_range + QStringLiteral("&hall=MY-CITY&group=window&key="), m_supervisor), 200);
        QCOMPARE(status(path, m_range + QStringLiteral("&group=matter&key=CD-003&figure=served"), m_supervisor), 200);
        QCOMPARE(status(path, m_range + QStringLiteral("&group=teller&key=teller1&window=1"), m_supervisor), 200);
        QCOMPARE(status(QStringLiteral("queue"), m_range + QStringLiteral("&group=teller&window=1"), m_supervisor), 200);
        QCOMPARE(status(path, m_range + QStringLiteral("&key=MY-CITY"), m_teller), 403);
        QCOMPARE(status(path, m_range + QStringLiteral("&key=MY-CITY"), {}), 401);
        QCOMPARE(status(path, m_range + QStringLiteral("&hall=NOPE&key=NOPE"), m_supervisor), 404);
        QCOMPARE(status(path, m_range + QStringLiteral("&figure=smiles&key=x"), m_supervisor), 422);
    }

    void mine()
    {
        QCOMPARE(status(QStringLiteral("me"), m_range, m_teller), 200);
        QCOMPARE(status(QStringLiteral("me"), m_range, m_supervisor), 403);
        QCOMPARE(status(QStringLiteral("me"), m_range, {}), 401);
        QCOMPARE(status(QStringLiteral("me"), QStringLiteral("from=2026-11-02&to=2026-11-01"), m_teller), 422);
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

    void audit()
    {
        const QString today = m_range.section(QLatin1Char('&'), 0, 0).section(QLatin1Char('='), 1);
        QCOMPARE(status(QStringLiteral("audit"), QStringLiteral("day=") + today, m_supervisor), 200);
        QCOMPARE(status(QStringLiteral("audit"), QStringLiteral("day=2001-01-01"), m_supervisor), 200);
        QCOMPARE(status(QStringLiteral("audit"), QStringLiteral("day=") + today, m_teller), 403);
        QCOMPARE(status(QStringLiteral("audit"), QStringLiteral("day=") + today, {}), 401);
        QCOMPARE(status(QStringLiteral("audit"), QStringLiteral("day=yesterday"), m_supervisor), 422);
    }

    // The arrival forecast (issue 16), here with the figures it is planned from.
    void forecast()
    {
        const QString path = QStringLiteral("/api/v1/halls/%1/forecast%2");
        QCOMPARE(m_http->get(path.arg(QStringLiteral("MY-CITY"), QString()), m_supervisor).status, 200);
        QCOMPARE(m_http->get(path.arg(QStringLiteral("MY-CITY"), QStringLiteral("?from=2026-12-01&days=28")), m_supervisor).status, 200);
        QCOMPARE(m_http->get(path.arg(QStringLiteral("MY-CITY"), QStringLiteral("?days=29")), m_supervisor).status, 422);
        QCOMPARE(m_http->get(path.arg(QStringLiteral("NOPE"), QString()), m_supervisor).status, 404);
        QCOMPARE(m_http->get(path.arg(QStringLiteral("MY-CITY"), QString()), m_teller).status, 403);
        QCOMPARE(m_http->get(path.arg(QStringLiteral("MY-CITY"), QString()), {}).status, 401);
        const QString staffing = QStringLiteral("/api/v1/halls/%1/staffing%2");
        QCOMPARE(m_http->get(staffing.arg(QStringLiteral("MY-CITY"), QString()), m_supervisor).status, 200);
        QCOMPARE(m_http->get(staffing.arg(QStringLiteral("MY-CITY"), QStringLiteral("?from=x")), m_supervisor).status, 422);
        QCOMPARE(m_http->get(staffing.arg(QStringLiteral("NOPE"), QString()), m_supervisor).status, 404);
        QCOMPARE(m_http->get(staffing.arg(QStringLiteral("MY-CITY"), QString()), m_teller).status, 403);
        QCOMPARE(m_http->get(staffing.arg(QStringLiteral("MY-CITY"), QString()), {}).status, 401);
    }

    // The live advice (issue 16): one window open, a ticket waiting and one at it.
    void advice()
    {
        const QString path = QStringLiteral("/api/v1/halls/%1/advice");
        const HttpReply r = m_http->get(path.arg(QStringLiteral("MY-CITY")), m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("waiting")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("open_windows")).toInt(), 1);
        QCOMPARE(m_http->get(path.arg(QStringLiteral("NOPE")), m_supervisor).status, 404);
        QCOMPARE(m_http->get(path.arg(QStringLiteral("MY-CITY")), m_teller).status, 403);
        QCOMPARE(m_http->get(path.arg(QStringLiteral("MY-CITY")), {}).status, 401);
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
