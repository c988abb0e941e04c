// The contract of the guide desk (issue 17): matter search, consultations logged and listed,
// a ticket issued with a pre-check — every answer of the real server, 2xx and refusals, fits
// docs/api/openapi.yaml (ajv) and, for 2xx, its C++ contract type.
#include "core/domain/api/GuideBodies.h"
#include "core/domain/api/QueueBodies.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QTest>
#include <QUrl>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestContractGuide : public QObject
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
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("guide"));
        m_check->expect<MatterSearchResult>("GET", QStringLiteral("/api/v1/catalogue/search"));
        m_check->expect<Consultation>("POST", QStringLiteral("/api/v1/halls/{hall}/consultations"));
        m_check->expect<ConsultationList>("GET", QStringLiteral("/api/v1/halls/{hall}/consultations"));
        m_check->expect<QueuedTicket>("POST", QStringLiteral("/api/v1/halls/{hall}/tickets"));
    }

    void answersFitTheDescriptionAndTheTypes()
    {
        const QString guide = m_http->login(QStringLiteral("guide1"), QStringLiteral("demo1234"));
        const QString teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!guide.isEmpty() && !teller.isEmpty());
        const auto search = [](const QString &q) {
            return QStringLiteral("/api/v1/catalogue/search?q=") + QString::fromLatin1(QUrl::toPercentEncoding(q));
        };
        QCOMPARE(m_http->get(search(QStringLiteral("社保卡丢了怎么办")), guide).status, 200);
        QCOMPARE(m_http->get(search(QStringLiteral("sbk")) + QStringLiteral("&limit=2"), guide).status, 200);
        QCOMPARE(m_http->get(search(QStringLiteral("qqqqqq")), guide).status, 200); // nothing found
        QCOMPARE(m_http->get(search(QStringLiteral("  ")), guide).status, 422);
        QCOMPARE(m_http->get(search(QStringLiteral("ylbx")) + QStringLiteral("&limit=0"), guide).status, 422);
        QCOMPARE(m_http->get(search(QStringLiteral("ylbx"))).status, 401);

        const QString consult = QStringLiteral("/api/v1/halls/MY-CITY/consultations");
        QCOMPARE(m_http->post(consult, ConsultationRequest{QStringLiteral("CD-006"), ConsultationChannel::GuideDesk, 120}.toJson(), guide).status, 201);
        QCOMPARE(m_http->post(consult, ConsultationRequest{{}, ConsultationChannel::Hotline, 0}.toJson(), guide).status, 201);
        QCOMPARE(m_http->post(consult, ConsultationRequest{{}, ConsultationChannel::GuideDesk, -1}.toJson(), guide).status, 422);
        QCOMPARE(m_http->post(consult, {{QLatin1String("channel"), QStringLiteral("guide_desk")}}, guide).status, 422);
        QCOMPARE(m_http->send("POST", consult, "{", {{"Authorization", "Bearer " + guide.toLatin1()}}).status, 400);
        QCOMPARE(m_http->post(consult, ConsultationRequest{{}, ConsultationChannel::GuideDesk, 5}.toJson(), teller).status, 403);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-FC/consultations"),
                              ConsultationRequest{{}, ConsultationChannel::GuideDesk, 5}.toJson(), guide).status,
                 403);
        QCOMPARE(m_http->get(consult, guide).status, 200);
        QCOMPARE(m_http->get(consult + QStringLiteral("?day=2026-01-05"), guide).status, 200);
        QCOMPARE(m_http->get(consult + QStringLiteral("?day=yesterday"), guide).status, 422);

        IssueTicketRequest ticket;
        ticket.services = {QStringLiteral("CD-006")};
        ticket.prechecks = {PrecheckEntry{QStringLiteral("CD-006"), {}}};
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), ticket.toJson(), guide).status, 201);
        ticket.prechecks = {PrecheckEntry{QStringLiteral("CD-006"), {QStringLiteral("no_such_material")}}};
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), ticket.toJson(), guide).status, 422);

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

QTEST_GUILESS_MAIN(TestContractGuide)
#include "tst_contract_guide.moc"
