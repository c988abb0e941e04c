// The contract of the working-day calendar's and delegation's administration (issue 13): every
// answer of the real server — 2xx and refusals — fits docs/api/openapi.yaml (validated with ajv)
// and, for 2xx, its C++ contract type (CalendarAnswer, DelegationAnswer, DelegationEntry).
#include "core/domain/api/CalendarBodies.h"
#include "core/domain/api/DelegationBodies.h"
#include "core/domain/catalogue/Catalogue.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestContractCalendar : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
    QString m_admin;
    QString m_teller;

    QList<QPair<QByteArray, QByteArray>> as(const QString &token, const QByteArray &type = "application/json") const
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", type}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("calendar"));
        m_check->expect<CalendarAnswer>("GET", QStringLiteral("/api/v1/admin/calendar"));
        m_check->expect<CalendarAnswer>("PUT", QStringLiteral("/api/v1/admin/calendar"));
        m_check->expect<DelegationAnswer>("GET", QStringLiteral("/api/v1/admin/delegation"));
        m_check->expect<DelegationEntry>("PUT", QStringLiteral("/api/v1/admin/delegation/{service}"));
        m_check->expect<Catalogue>("GET", QStringLiteral("/api/v1/catalogue"));
        m_admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_admin.isEmpty() && !m_teller.isEmpty());
    }

    void calendar()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_admin).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_teller).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/calendar")).status, 401);
        const HttpReply json = m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"),
                                            R"({"years":{"2027":{"holidays":["2027-01-01","2027-02-06"],"working_weekends":["2027-02-20"]}}})",
                                            as(m_admin));
        QCOMPARE(json.status, 200);
        QCOMPARE(json.json().value(QLatin1String("years")).toArray().size(), 3);
        const HttpReply csv = m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"),
                                           "date,kind,name\n2028-01-01,holiday,元旦\n2028-01-08,workday,调休\n", as(m_admin, "text/csv"));
        QCOMPARE(csv.status, 200);
        QCOMPARE(csv.json().value(QLatin1String("years")).toArray().size(), 4);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"), "date,kind,name\n2028-01-03,workday,x\n",
                              as(m_admin, "text/csv")).status,
                 422);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"), "x", as(m_admin, "text/plain")).status, 400);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"), "date,kind,name\n2028-01-01,holiday,元旦\n",
                              as(m_teller, "text/csv")).status,
                 403);
    }

    void delegation()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/delegation"), m_admin).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/delegation"), m_teller).status, 403);
        const QString path = QStringLiteral("/api/v1/admin/delegation/WI-001");
        QCOMPARE(m_http->send("PUT", path, R"({"lowest_level":"township"})", as(m_admin)).status, 200);
        QCOMPARE(m_http->send("PUT", path, R"({"lowest_level":null})", as(m_admin)).status, 200);
        QCOMPARE(m_http->send("PUT", path, R"({"lowest_level":"village"})", as(m_admin)).status, 422);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/admin/delegation/XX-999"), R"({"lowest_level":"county"})", as(m_admin)).status, 404);
        QCOMPARE(m_http->send("PUT", path, R"({"lowest_level":"county"})", as(m_teller)).status, 403);
        // The catalogue carries each matter's lowest level to the windows.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue"), m_teller).status, 200);
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

QTEST_GUILESS_MAIN(TestContractCalendar)
#include "tst_contract_calendar.moc"
