// The contract of training sessions at a training hall (issue 17): a trainer (fc_supervisor)
// starts a scenario at MY-FC-CJ for a trainee (cj_teller1), who serves its citizens and makes
// each kind of mistake; the trainer reads the report, lists the hall's sessions and ends the
// session. Every answer of the real server — 2xx and the refusals (400, 401, 403, 404, 409, 422)
// — fits docs/api/openapi.yaml (validated with ajv) and, for 2xx, its C++ contract type
// (TrainingSessionDetail, TrainingSessionList, TrainingArrivalView) reads it and writes back the
// very same JSON.
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/TrainingBodies.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "tests/support/TrainingHall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::HttpReply;
using ow::test::QueueDriver;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
const QString kHall = QStringLiteral("MY-FC-CJ");
const QString kSessions = QStringLiteral("/api/v1/training/sessions");

// Five citizens: PE-005 without the ID card, who rates very dissatisfied (done anyway, and for
// too long); SI-003 with everything (refused anyway); SI-008 without the transfer certificate
// (taken as received at intake); CD-006 with everything (served right); PE-005 half an hour later.
QJsonObject scenario()
{
    return QJsonDocument::fromJson(R"({"title":"合同测试","seed":7,"arrivals":[
        {"at_minute":0,"services":["PE-005"],"missing":["id_card"],"rating":"very_dissatisfied","note":"缺身份证不能办"},
        {"at_minute":0,"services":["SI-003"]},
        {"at_minute":0,"services":["SI-008"],"missing":["transfer_cert"]},
        {"at_minute":0,"services":["CD-006"]},
        {"at_minute":30,"services":["PE-005"]}]})").object();
}

QJsonObject fieldsOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject();
}
} // namespace

class TestContractTraining : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
    QHash<QString, QString> m_token;
    QString m_session; // /api/v1/training/sessions/{id}

    QString token(const char *user) const { return m_token.value(QString::fromLatin1(user)); }
    HttpReply start(const QJsonObject &scenarioJson, const char *by = "fc_supervisor", const QString &hall = kHall,
                    const QString &trainee = QStringLiteral("cj_teller1"))
    {
        return m_http->post(kSessions,
                            {{QLatin1String("hall"), hall}, {QLatin1String("trainee"), trainee}, {QLatin1String("scenario"), scenarioJson}},
                            by ? token(by) : QString());
    }
    bool finish(qint64 ticket, const QString &service, MatterOutcome outcome, const QString &reason = {})
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/tickets/%1/finish").arg(ticket),
                                         FinishRequest{1, {{service, outcome, reason}}}.toJson(), token("cj_teller1"));
        if (r.status != 200)
            qWarning("finish: %d %s", r.status, r.body.constData());
        return r.status == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("training"));
        m_check->expect<TrainingSessionDetail>("POST", kSessions);
        m_check->expect<TrainingSessionList>("GET", kSessions);
        m_check->expect<TrainingSessionDetail>("GET", QStringLiteral("/api/v1/training/sessions/{id}"));
        m_check->expect<TrainingSessionDetail>("POST", QStringLiteral("/api/v1/training/sessions/{id}/end"));
        m_check->expect<TrainingArrivalView>("GET", QStringLiteral("/api/v1/training/tickets/{id}"));
        for (const char *user : {"admin", "fc_supervisor", "cj_teller1", "yx_teller1"}) {
            m_token.insert(QString::fromLatin1(user), m_http->login(QString::fromLatin1(user), QStringLiteral("demo1234")));
            QVERIFY2(!token(user).isEmpty(), user);
        }
        QCOMPARE(ow::test::markTrainingHall(*m_http, token("admin"), kHall), 200);
    }

    void startRefusals()
    {
        QCOMPARE(start(scenario(), nullptr).status, 401);
        QCOMPARE(start(scenario(), "cj_teller1").status, 403);                          // no training.run
        QCOMPARE(start(scenario(), "fc_supervisor", QStringLiteral("MY-YX")).status, 403); // not overseen
        QCOMPARE(start(scenario(), "admin", QStringLiteral("NO-SUCH")).status, 404);
        QCOMPARE(start(scenario(), "fc_supervisor", QStringLiteral("MY-FC")).status, 409); // not a training hall
        QCOMPARE(m_http->send("POST", kSessions, "{", {{"Authorization", "Bearer " + token("fc_supervisor").toLatin1()}}).status, 400);

        QJsonObject unknown = scenario();
        QJsonArray arrivals = unknown.value(QLatin1String("arrivals")).toArray();
        arrivals.replace(1, QJsonObject{{QLatin1String("services"), QJsonArray{QStringLiteral("XX-999")}}});
        unknown.insert(QLatin1String("arrivals"), arrivals);
        const HttpReply bad = start(unknown);
        QCOMPARE(bad.status, 422);
        QVERIFY2(fieldsOf(bad).contains(QLatin1String("scenario.arrivals[1].services")), bad.body.constData());

        QJsonObject unreadable = scenario();
        arrivals = unreadable.value(QLatin1String("arrivals")).toArray();
        arrivals.replace(0, QJsonObject{{QLatin1String("at_minute"), 999},
                                        {QLatin1String("services"), QJsonArray{QStringLiteral("PE-005")}},
                                        {QLatin1String("rating"), QStringLiteral("meh")}});
        unreadable.insert(QLatin1String("arrivals"), arrivals);
        const HttpReply unread = start(unreadable);
        QCOMPARE(unread.status, 422);
        QVERIFY2(fieldsOf(unread).contains(QLatin1String("scenario.arrivals[0].at_minute"))
                     && fieldsOf(unread).contains(QLatin1String("scenario.arrivals[0].rating")),
                 unread.body.constData());

        const HttpReply stranger = start(scenario(), "fc_supervisor", kHall, QStringLiteral("yx_teller1"));
        QCOMPARE(stranger.status, 422);
        QVERIFY2(fieldsOf(stranger).contains(QLatin1String("trainee")), stranger.body.constData());
        const HttpReply noScenario = m_http->post(kSessions, {{QLatin1String("hall"), kHall}}, token("fc_supervisor"));
        QCOMPARE(noScenario.status, 422);
        QVERIFY2(fieldsOf(noScenario).contains(QLatin1String("scenario")) && fieldsOf(noScenario).contains(QLatin1String("trainee")),
                 noScenario.body.constData());

        // Nothing was stored: the hall has no session yet.
        const HttpReply none = m_http->get(kSessions + QStringLiteral("?hall=") + kHall, token("fc_supervisor"));
        QCOMPARE(none.status, 200);
        QCOMPARE(TrainingSessionList::fromJson(none.json()).value().sessions.size(), 0);
    }

    void aSessionRuns()
    {
        const HttpReply started = start(scenario());
        QVERIFY2(started.status == 201, started.body.constData());
        TrainingSessionDetail d = TrainingSessionDetail::fromJson(started.json()).value();
        QCOMPARE(d.arrivals.size(), 5);
        QCOMPARE(d.arrivals.at(4).ticketId, 0); // due in half an hour
        m_session = kSessions + QStringLiteral("/%1").arg(d.session.id);
        QCOMPARE(start(scenario()).status, 409); // one session at a time in a hall

        // The trainee serves the four citizens due now at window 1, in the order they come.
        QueueDriver queue(*m_http);
        QVERIFY(queue.open(kHall, 1, token("cj_teller1")));
        qint64 slow = 0;
        for (int n = 0; n < 4; ++n) {
            const qint64 ticket = queue.callNext(kHall, 1, token("cj_teller1"));
            QVERIFY(ticket > 0);
            const HttpReply who = m_http->get(QStringLiteral("/api/v1/training/tickets/%1").arg(ticket), token("cj_teller1"));
            QCOMPARE(who.status, 200);
            const TrainingArrivalView a = TrainingArrivalView::fromJson(who.json()).value();
            QVERIFY(queue.serve(ticket, 1, token("cj_teller1")));
            switch (a.index) {
            case 0: // done without the ID card the citizen left at home
                QVERIFY(finish(ticket, QStringLiteral("PE-005"), MatterOutcome::Done));
                slow = ticket;
                break;
            case 1: // refused though everything was brought
                QVERIFY(finish(ticket, QStringLiteral("SI-003"), MatterOutcome::Refused, QStringLiteral("材料不全")));
                break;
            case 2: { // the transfer certificate taken as received at intake
                QJsonObject body = ow::test::si008Intake(a.citizen.idNumber, a.citizen.name, 1);
                body.insert(QLatin1String("ticket"), a.ticketId);
                body.insert(QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), a.citizen.idNumber},
                                                                    {QLatin1String("name"), a.citizen.name},
                                                                    {QLatin1String("phone"), a.citizen.phone}});
                const HttpReply intake = m_http->post(QStringLiteral("/api/v1/cases"), body, token("cj_teller1"));
                QVERIFY2(intake.status == 201, intake.body.constData());
                QVERIFY(finish(ticket, QStringLiteral("SI-008"), MatterOutcome::AcceptedAsCase));
                break;
            }
            case 3: // served right
                QVERIFY(finish(ticket, QStringLiteral("CD-006"), MatterOutcome::Done));
                break;
            default:
                QFAIL("an arrival not yet due was called");
            }
            // Finished, as the trainer sees it.
            QCOMPARE(m_http->get(QStringLiteral("/api/v1/training/tickets/%1").arg(ticket), token("fc_supervisor")).status, 200);
        }
        // PE-005's citizen was at the window for 20 minutes.
        {
            auto db = ServerSchema::open(DatabaseLocation::parse(m_server->databasePath()));
            QVERIFY(db.ok());
            QVERIFY(db.value()->run(QStringLiteral("UPDATE tickets SET serving_since = finished_at - 1200000 WHERE id = ?"), {slow}).ok());
        }

        // The report: every kind of mistake, to the trainer and to the trainee.
        const HttpReply report = m_http->get(m_session, token("fc_supervisor"));
        QCOMPARE(report.status, 200);
        d = TrainingSessionDetail::fromJson(report.json()).value();
        QSet<QString> kinds;
        for (const TrainingMistake &m : d.mistakes)
            kinds.insert(toString(m.kind));
        QCOMPARE(kinds.size(), 3);
        QCOMPARE(m_http->get(m_session, token("cj_teller1")).status, 200);

        // Refusals: no token, a teller of another hall, no such session or ticket.
        QCOMPARE(m_http->get(m_session).status, 401);
        QCOMPARE(m_http->get(m_session, token("yx_teller1")).status, 403);
        QCOMPARE(m_http->get(kSessions + QStringLiteral("/999"), token("fc_supervisor")).status, 404);
        QCOMPARE(m_http->get(kSessions + QStringLiteral("/abc"), token("fc_supervisor")).status, 404);
        const QString first = QStringLiteral("/api/v1/training/tickets/%1").arg(d.arrivals.at(0).ticketId);
        QCOMPARE(m_http->get(first).status, 401);
        QCOMPARE(m_http->get(first, token("yx_teller1")).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/training/tickets/999999"), token("fc_supervisor")).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/training/tickets/abc"), token("cj_teller1")).status, 404);
    }

    void theHallsSessions()
    {
        const QString list = kSessions + QStringLiteral("?hall=") + kHall;
        for (const char *user : {"fc_supervisor", "cj_teller1", "admin"}) {
            const HttpReply r = m_http->get(list, token(user));
            QCOMPARE(r.status, 200);
            QCOMPARE(TrainingSessionList::fromJson(r.json()).value().sessions.size(), 1);
        }
        QCOMPARE(m_http->get(list).status, 401);
        QCOMPARE(m_http->get(list, token("yx_teller1")).status, 403);
        QCOMPARE(m_http->get(kSessions + QStringLiteral("?hall=MY-YX"), token("fc_supervisor")).status, 403);
        QCOMPARE(m_http->get(kSessions, token("fc_supervisor")).status, 422);
    }

    void theTrainerEndsIt()
    {
        const QString end = m_session + QStringLiteral("/end");
        QCOMPARE(m_http->post(end, {}).status, 401);
        QCOMPARE(m_http->post(end, {}, token("cj_teller1")).status, 403);
        QCOMPARE(m_http->post(kSessions + QStringLiteral("/999/end"), {}, token("fc_supervisor")).status, 404);
        const HttpReply ended = m_http->post(end, {}, token("fc_supervisor"));
        QCOMPARE(ended.status, 200);
        QVERIFY(!TrainingSessionDetail::fromJson(ended.json()).value().session.running());
        QCOMPARE(m_http->post(end, {}, token("fc_supervisor")).status, 409);
        // Ended, as the report and the list show it.
        QCOMPARE(m_http->get(m_session, token("fc_supervisor")).status, 200);
        QCOMPARE(m_http->get(kSessions + QStringLiteral("?hall=") + kHall, token("fc_supervisor")).status, 200);
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

QTEST_GUILESS_MAIN(TestContractTraining)
#include "tst_contract_training.moc"
