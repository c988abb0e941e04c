// The contract of a hall's queue rules: every answer of the real server to the administrator's
// GET/PUT/DELETE /api/v1/admin/halls/{hall}/queue-rules and the hall's GET
// /api/v1/halls/{hall}/queue-rules fits docs/api/openapi.yaml (ajv) and the C++ contract type
// HallQueueRules; refusals (422, 403) fit the documented error answers.
#include "core/domain/api/QueueRulesBodies.h"
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

class TestContractQueueRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("queue_rules"));
        m_check->expect<HallQueueRules>("GET", QStringLiteral("/api/v1/admin/halls/{hall}/queue-rules"));
        m_check->expect<HallQueueRules>("PUT", QStringLiteral("/api/v1/admin/halls/{hall}/queue-rules"));
        m_check->expect<HallQueueRules>("GET", QStringLiteral("/api/v1/halls/{hall}/queue-rules"));
        m_admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        m_kiosk = m_http->login(QStringLiteral("kiosk-fc"), QStringLiteral("device1234"));
        QVERIFY(!m_admin.isEmpty() && !m_kiosk.isEmpty());
    }

    void administratorReadsSetsAndResets()
    {
        const QString path = QStringLiteral("/api/v1/admin/halls/MY-FC/queue-rules");
        const HttpReply defaults = m_http->get(path, m_admin);
        QCOMPARE(defaults.status, 200);
        auto parsed = HallQueueRules::fromJson(defaults.json());
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value().own);

        QueueRules rules = parsed.value().rules;
        rules.promiseMinutes = 20;
        rules.slotCapacity = 4;
        rules.priorityGroups.append({QStringLiteral("veteran"), {QStringLiteral("退役军人"), QStringLiteral("Veteran")}});
        const HttpReply set = send("PUT", path, rules.toJson(), m_admin);
        QCOMPARE(set.status, 200);
        QCOMPARE(HallQueueRules::fromJson(set.json()).value(), (HallQueueRules{QStringLiteral("MY-FC"), true, rules}));
        QCOMPARE(HallQueueRules::fromJson(m_http->get(path, m_admin).json()).value().rules, rules);

        QJsonObject bad = rules.toJson();
        bad.insert(QLatin1String("priority_ratio"), 0);
        QCOMPARE(send("PUT", path, bad, m_admin).status, 422);

        const HttpReply kiosk = m_http->get(QStringLiteral("/api/v1/halls/MY-FC/queue-rules"), m_kiosk);
        QCOMPARE(kiosk.status, 200);
        QCOMPARE(HallQueueRules::fromJson(kiosk.json()).value().rules.priorityGroups.last().code, QStringLiteral("veteran"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue-rules"), m_kiosk).status, 403);

        // A ticket of the hall's own group fits the contract's ticket too.
        const HttpReply ticket = m_http->post(QStringLiteral("/api/v1/halls/MY-FC/tickets"),
                                              {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}},
                                               {QLatin1String("priority_group"), QStringLiteral("veteran")}},
                                              m_kiosk);
        QCOMPARE(ticket.status, 201);

        QCOMPARE(send("DELETE", path, {}, m_admin).status, 204);
        QVERIFY(!HallQueueRules::fromJson(m_http->get(path, m_admin).json()).value().own);
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
    HttpReply send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_http->send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Authorization", "Bearer " + token.toUtf8()}, {"Content-Type", "application/json"}});
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
    QString m_admin;
    QString m_kiosk;
};

QTEST_GUILESS_MAIN(TestContractQueueRules)
#include "tst_contract_queue_rules.moc"
