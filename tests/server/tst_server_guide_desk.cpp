// The guide desk through the real server (issue 17, acceptance 1): a matter found by a citizen's
// question, its materials pre-checked, a ticket issued with the pre-check, the teller who calls
// it sees what was pre-checked; questions answered without a ticket are logged as consultations
// and counted in the queue report apart from handling. Bad input is refused with a translated
// message and stores nothing; the guide can neither call tickets nor review cases.
#include "core/domain/api/GuideBodies.h"
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/ReportBodies.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::QueueDriver;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestServerGuideDesk : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_guide;
    QString m_teller;
    QString m_boss;

    HttpReply postIn(const QString &path, const QJsonObject &body, const QString &token, const QByteArray &language)
    {
        return m_http->send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Authorization", "Bearer " + token.toLatin1()},
                             {"Content-Type", "application/json"},
                             {"Accept-Language", language}});
    }
    static QString message(const HttpReply &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
    ConsultationList consultations()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/consultations"), m_guide);
        auto list = ConsultationList::fromJson(r.json());
        return list ? list.value() : ConsultationList{};
    }
    int waiting()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), m_teller);
        return static_cast<int>(r.json().value(QLatin1String("waiting")).toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_guide = m_http->login(QStringLiteral("guide1"), QStringLiteral("demo1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        m_boss = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        QVERIFY(!m_guide.isEmpty() && !m_teller.isEmpty() && !m_boss.isEmpty());
    }

    void questionToPrecheckedTicketToTheTeller()
    {
        // 1. The citizen's question finds the matter.
        const QString q = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("我失业了，失业金怎么领？")));
        const HttpReply found = m_http->get(QStringLiteral("/api/v1/catalogue/search?q=%1&limit=3").arg(q), m_guide);
        QCOMPARE(found.status, 200);
        auto result = MatterSearchResult::fromJson(found.json());
        QVERIFY(result.ok());
        QVERIFY(!result.value().hits.isEmpty());
        QVERIFY(result.value().hits.size() <= 3);
        const MatterSearchHit &best = result.value().hits.first();
        QCOMPARE(best.service, QStringLiteral("UI-001"));
        QVERIFY(!best.why.isEmpty());

        // 2. The guide ticks three of its four materials; 3. the ticket carries the pre-check.
        const QJsonObject catalogue = m_http->get(QStringLiteral("/api/v1/catalogue"), m_guide).json();
        QStringList materials;
        for (const QJsonValue &s : catalogue.value(QLatin1String("services")).toArray()) {
            if (s.toObject().value(QLatin1String("code")).toString() == QLatin1String("UI-001")) {
                for (const QJsonValue &m : s.toObject().value(QLatin1String("materials")).toArray())
                    materials << m.toObject().value(QLatin1String("code")).toString();
            }
        }
        QCOMPARE(materials.size(), 4);
        IssueTicketRequest request;
        request.services = {QStringLiteral("UI-001")};
        request.prechecks = {PrecheckEntry{QStringLiteral("UI-001"), materials.mid(0, 3)}};
        const HttpReply issued = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), request.toJson(), m_guide);
        QCOMPARE(issued.status, 201);
        auto ticket = QueuedTicket::fromJson(issued.json());
        QVERIFY(ticket.ok());
        const MaterialPrecheck expected{materials.mid(0, 3), {materials.at(3)}};
        QCOMPARE(ticket.value().ticket.matters.first().precheck, std::optional<MaterialPrecheck>(expected));
        QCOMPARE(toString(ticket.value().ticket.channel), toString(Channel::Kiosk)); // a walk-in from the entrance

        // 4. The teller who calls it sees the pre-check.
        QueueDriver queue(*m_http);
        QVERIFY(queue.open(QStringLiteral("MY-CITY"), 1, m_teller));
        const HttpReply called = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/1/call-next"), {}, m_teller);
        QCOMPARE(called.status, 200);
        auto atWindow = Ticket::fromJson(called.json());
        QVERIFY(atWindow.ok());
        QCOMPARE(atWindow.value().number, ticket.value().ticket.number);
        QCOMPARE(atWindow.value().matters.first().precheck, std::optional<MaterialPrecheck>(expected));
        // … and so does the ticket's record.
        const HttpReply detail = m_http->get(QStringLiteral("/api/v1/tickets/%1").arg(atWindow.value().id), m_teller);
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json().value(QLatin1String("matters")).toArray().first().toObject().value(QLatin1String("precheck")).toObject(),
                 expected.toJson());
        QVERIFY(queue.serve(atWindow.value().id, 1, m_teller));
        QVERIFY(queue.finish(atWindow.value().id, 1, QStringLiteral("UI-001"), m_teller));
    }

    void consultationsAreCountedInTheReport()
    {
        const int before = consultations().count;
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/consultations"),
                              ConsultationRequest{QStringLiteral("CD-006"), ConsultationChannel::GuideDesk, 95}.toJson(), m_guide)
                     .status,
                 201);
        const HttpReply none = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/consultations"),
                                            ConsultationRequest{{}, ConsultationChannel::GuideDesk, 40}.toJson(), m_guide);
        QCOMPARE(none.status, 201);
        auto logged = Consultation::fromJson(none.json());
        QVERIFY(logged.ok());
        QCOMPARE(logged.value().by, QStringLiteral("guide1"));
        QVERIFY(logged.value().service.isEmpty());
        const ConsultationList list = consultations();
        QCOMPARE(list.count, before + 2);
        QCOMPARE(list.totalSeconds, qint64(135));
        QCOMPARE(list.items.first().service, QStringLiteral("CD-006"));

        // The queue report counts them apart from handling: in the total, by hall, by day, in CSV.
        const QString day = list.serviceDay.toString(Qt::ISODate);
        const HttpReply byHall = m_http->get(QStringLiteral("/api/v1/reports/queue?from=%1&to=%1&hall=MY-CITY&group=hall").arg(day), m_boss);
        QCOMPARE(byHall.status, 200);
        auto report = QueueReport::fromJson(byHall.json());
        QVERIFY(report.ok());
        QCOMPARE(report.value().total.consultations, std::optional<double>(2));
        QCOMPARE(report.value().total.consultationSeconds, std::optional<double>(135));
        QCOMPARE(report.value().total.issued, 1); // the guide's ticket is a ticket, not a consultation
        bool cityRow = false;
        for (const QueueReportRow &row : report.value().rows) {
            if (row.key == QLatin1String("MY-CITY")) {
                cityRow = true;
                QCOMPARE(row.figures.consultations, std::optional<double>(2));
            } else {
                QCOMPARE(row.figures.consultations, std::optional<double>(0));
            }
        }
        QVERIFY(cityRow);
        const HttpReply byDay = m_http->get(QStringLiteral("/api/v1/reports/queue?from=%1&to=%1&hall=MY-CITY&group=day").arg(day), m_boss);
        auto days = QueueReport::fromJson(byDay.json());
        QVERIFY(days.ok());
        QCOMPARE(days.value().rows.size(), 1);
        QCOMPARE(days.value().rows.first().figures.consultationSeconds, std::optional<double>(135));
        // By matter there is no consultation figure (null), and none with a window filter.
        const HttpReply byMatter = m_http->get(QStringLiteral("/api/v1/reports/queue?from=%1&to=%1&hall=MY-CITY&group=matter").arg(day), m_boss);
        auto matters = QueueReport::fromJson(byMatter.json());
        QVERIFY(matters.ok());
        QVERIFY(!matters.value().rows.first().figures.consultations);
        QCOMPARE(matters.value().total.consultations, std::optional<double>(2));
        const HttpReply csv = m_http->send("GET", QStringLiteral("/api/v1/reports/queue?from=%1&to=%1&hall=MY-CITY&group=hall&format=csv").arg(day), {},
                                           {{"Authorization", "Bearer " + m_boss.toLatin1()}});
        QCOMPARE(csv.status, 200);
        const QString text = QString::fromUtf8(csv.body);
        QVERIFY(text.contains(QStringLiteral(",consultations,consultation_seconds,")));
    }

    void badInputIsRefusedAndStoresNothing()
    {
        const int consulted = consultations().count;
        const int queued = waiting();
        const QString consult = QStringLiteral("/api/v1/halls/MY-CITY/consultations");
        const QString issue = QStringLiteral("/api/v1/halls/MY-CITY/tickets");

        // An unknown matter, in Chinese and in English.
        HttpReply r = postIn(consult, ConsultationRequest{QStringLiteral("XX-999"), ConsultationChannel::GuideDesk, 30}.toJson(), m_guide, "zh-CN");
        QCOMPARE(r.status, 422);
        QCOMPARE(message(r), QStringLiteral("事项目录中没有事项 XX-999。"));
        r = postIn(consult, ConsultationRequest{QStringLiteral("XX-999"), ConsultationChannel::GuideDesk, 30}.toJson(), m_guide, "en");
        QCOMPARE(message(r), QStringLiteral("There is no matter XX-999 in the catalogue."));
        // A negative duration.
        r = postIn(consult, ConsultationRequest{{}, ConsultationChannel::GuideDesk, -5}.toJson(), m_guide, "zh-CN");
        QCOMPARE(r.status, 422);
        QVERIFY2(message(r).contains(QStringLiteral("-5")), qPrintable(message(r)));
        QVERIFY2(message(r).contains(QStringLiteral("咨询")), qPrintable(message(r)));
        // An unknown channel.
        QCOMPARE(postIn(consult, {{QLatin1String("channel"), QStringLiteral("pigeon")}, {QLatin1String("duration_s"), 3}}, m_guide, "en").status, 422);

        // A ticket for an unknown matter; a material not on the checklist; a pre-check of a matter
        // not on the ticket; a matter pre-checked twice.
        IssueTicketRequest unknown;
        unknown.services = {QStringLiteral("XX-999")};
        r = postIn(issue, unknown.toJson(), m_guide, "zh-CN");
        QCOMPARE(r.status, 422);
        QCOMPARE(message(r), QStringLiteral("事项目录中没有事项 XX-999。"));
        IssueTicketRequest wrongMaterial;
        wrongMaterial.services = {QStringLiteral("UI-001")};
        wrongMaterial.prechecks = {PrecheckEntry{QStringLiteral("UI-001"), {QStringLiteral("moon_rock")}}};
        r = postIn(issue, wrongMaterial.toJson(), m_guide, "en");
        QCOMPARE(r.status, 422);
        QCOMPARE(message(r), QStringLiteral("Matter UI-001 has no material moon_rock on its checklist."));
        r = postIn(issue, wrongMaterial.toJson(), m_guide, "zh-CN");
        QCOMPARE(message(r), QStringLiteral("事项 UI-001 的材料清单中没有 moon_rock。"));
        IssueTicketRequest elsewhere;
        elsewhere.services = {QStringLiteral("UI-001")};
        elsewhere.prechecks = {PrecheckEntry{QStringLiteral("CD-006"), {}}};
        QCOMPARE(postIn(issue, elsewhere.toJson(), m_guide, "en").status, 422);
        IssueTicketRequest twice;
        twice.services = {QStringLiteral("UI-001")};
        twice.prechecks = {PrecheckEntry{QStringLiteral("UI-001"), {}}, PrecheckEntry{QStringLiteral("UI-001"), {}}};
        QCOMPARE(postIn(issue, twice.toJson(), m_guide, "en").status, 422);

        QCOMPARE(consultations().count, consulted);
        QCOMPARE(waiting(), queued);
        // A refused ticket used no number: the next one follows the guide's first (C001).
        IssueTicketRequest good;
        good.services = {QStringLiteral("UI-001")};
        const HttpReply next = m_http->post(issue, good.toJson(), m_guide);
        QCOMPARE(next.status, 201);
        QCOMPARE(next.json().value(QLatin1String("number")).toString(), QStringLiteral("C002"));
        QVERIFY(!next.json().value(QLatin1String("matters")).toArray().first().toObject().contains(QLatin1String("precheck")));
    }

    void guidesNeitherCallNorReview()
    {
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/2/call-next"), {}, m_guide).status, 403);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/cases"), {{QLatin1String("service"), QStringLiteral("UI-001")}}, m_guide).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/cases/NO-SUCH/reviewers"), m_guide).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/queue?from=2026-01-01&to=2026-01-01&hall=MY-CITY"), m_guide).status, 403);
        // Only their own hall's consultations; tellers log none.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/halls/MY-FC/consultations"), m_guide).status, 403);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/consultations"),
                              ConsultationRequest{{}, ConsultationChannel::GuideDesk, 3}.toJson(), m_teller)
                     .status,
                 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/consultations"), m_boss).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerGuideDesk)
#include "tst_server_guide_desk.moc"
