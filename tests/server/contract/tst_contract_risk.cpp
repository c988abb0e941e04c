// The contract of risk control (issue 15): every answer of the real server — 2xx and refusals
// (400, 401, 403, 404, 409, 422) — fits docs/api/openapi.yaml (validated with ajv) and, for 2xx,
// its C++ contract type (RiskRuleSet, RiskAlertList, RiskAlert, RiskSweepResult, RiskSummary).
#include "core/domain/api/RiskBodies.h"
#include "core/domain/util/ResidentId.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestContractRisk : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;

    HttpReply put(const QJsonObject &body, const QString &token)
    {
        return m_http->send("PUT", QStringLiteral("/api/v1/risk/rules"), QJsonDocument(body).toJson(),
                            {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("risk"));
        m_check->expect<RiskRuleSet>("GET", QStringLiteral("/api/v1/risk/rules"));
        m_check->expect<RiskRuleSet>("PUT", QStringLiteral("/api/v1/risk/rules"));
        m_check->expect<RiskRuleSet>("GET", QStringLiteral("/api/v1/risk/rules/versions/{version}"));
        m_check->expect<RiskAlertList>("GET", QStringLiteral("/api/v1/risk/alerts"));
        m_check->expect<RiskAlert>("GET", QStringLiteral("/api/v1/risk/alerts/{id}"));
        m_check->expect<RiskAlert>("POST", QStringLiteral("/api/v1/risk/alerts/{id}/disposal"));
        m_check->expect<RiskSweepResult>("POST", QStringLiteral("/api/v1/risk/sweep"));
        m_check->expect<RiskSummary>("GET", QStringLiteral("/api/v1/reports/risk"));
    }

    void answersFitTheDescriptionAndTheTypes()
    {
        const QString teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const QString fcTeller = m_http->login(QStringLiteral("fc_teller1"), QStringLiteral("demo1234"));
        const QString boss = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        const QString county = m_http->login(QStringLiteral("fc_supervisor"), QStringLiteral("demo1234"));
        const QString admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        QVERIFY(!teller.isEmpty() && !fcTeller.isEmpty() && !boss.isEmpty() && !county.isEmpty() && !admin.isEmpty());
        const QString day = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);

        // The rules: read, refused, changed, versions.
        const HttpReply rules = m_http->get(QStringLiteral("/api/v1/risk/rules"), boss);
        QCOMPARE(rules.status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/rules"), teller).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/rules")).status, 401);
        QJsonObject changed = rules.json();
        QJsonArray list = changed.value(QLatin1String("rules")).toArray();
        QJsonObject first = list.at(0).toObject();
        first.insert(QLatin1String("level"), QStringLiteral("medium"));
        list.replace(0, first);
        changed.insert(QLatin1String("rules"), list);
        QCOMPARE(put(changed, boss).status, 403);
        QJsonObject bad = changed;
        bad.insert(QLatin1String("rules"), QJsonArray{});
        QCOMPARE(put(bad, admin).status, 422);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/risk/rules"), "{", {{"Authorization", "Bearer " + admin.toLatin1()}}).status, 400);
        QCOMPARE(put(changed, admin).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/rules/versions/1"), boss).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/rules/versions/2"), county).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/rules/versions/77"), boss).status, 404);

        // An alert: the same unemployment benefit claimed at the city hall and at the county's.
        const QString first17 = QStringLiteral("51070319850302011");
        const QString person = first17 + ResidentId::checksumCharacter(first17);
        for (const auto &[token, window] : {std::pair{teller, 1}, std::pair{fcTeller, 1}}) {
            QJsonObject intake = test::completeIntake(QStringLiteral("UI-001"), person, QStringLiteral("李四"));
            intake.insert(QLatin1String("window"), window);
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), intake, token).status, 201);
        }
        const HttpReply swept = m_http->post(QStringLiteral("/api/v1/risk/sweep?day=") + day, {}, admin);
        QCOMPARE(swept.status, 200);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/risk/sweep?day=") + day, {}, boss).status, 403);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/risk/sweep?day=yesterday"), {}, admin).status, 422);
        HttpReply alerts;
        for (int i = 0; i < 40; ++i) {
            alerts = m_http->get(QStringLiteral("/api/v1/risk/alerts?hall=MY-FC&status=open"), county);
            if (!alerts.json().value(QLatin1String("alerts")).toArray().isEmpty())
                break;
            QTest::qWait(50);
        }
        QCOMPARE(alerts.status, 200);
        const qint64 id = alerts.json().value(QLatin1String("alerts")).toArray().first().toObject().value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/alerts?level=high&from=%1&to=%1").arg(day), boss).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/alerts?hall=MY-CITY"), county).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/alerts?hall=NOPE"), boss).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/alerts?level=extreme"), boss).status, 422);
        const QString one = QStringLiteral("/api/v1/risk/alerts/%1").arg(id);
        QCOMPARE(m_http->get(one, boss).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/risk/alerts/987654"), boss).status, 404);

        // Disposal: refused, done, refused again.
        QCOMPARE(m_http->post(one + QStringLiteral("/disposal"), {{QLatin1String("action"), QStringLiteral("dismiss")}}, county).status, 422);
        QCOMPARE(m_http->send("POST", one + QStringLiteral("/disposal"), "{", {{"Authorization", "Bearer " + county.toLatin1()}}).status, 400);
        QCOMPARE(m_http->post(one + QStringLiteral("/disposal"), {{QLatin1String("action"), QStringLiteral("confirm")}}, teller).status, 403);
        QCOMPARE(m_http->post(one + QStringLiteral("/disposal"),
                              {{QLatin1String("action"), QStringLiteral("escalate")}, {QLatin1String("reason"), QStringLiteral("跨区重复申领")}}, county)
                     .status,
                 200);
        QCOMPARE(m_http->post(one + QStringLiteral("/disposal"), {{QLatin1String("action"), QStringLiteral("confirm")}}, county).status, 409);
        QCOMPARE(m_http->post(one + QStringLiteral("/disposal"), {{QLatin1String("action"), QStringLiteral("confirm")}}, boss).status, 200);
        QCOMPARE(m_http->get(one, county).status, 200);

        // The day's summary.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/risk?day=") + day, boss).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/risk?day=%1&hall=MY-FC").arg(day), county).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/risk?day=%1&hall=MY-CITY").arg(day), county).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/risk?day=%1&hall=NOPE").arg(day), boss).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/risk"), boss).status, 422);

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

QTEST_GUILESS_MAIN(TestContractRisk)
#include "tst_contract_risk.moc"
