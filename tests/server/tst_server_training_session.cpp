// A training session end to end against the real server (issue 17): a trainer starts a scenario
// at a training hall; its citizens arrive as real tickets (generated, valid ID numbers, names
// marked 培训) at their minute; the trainee serves them through the real queue and case flows and
// makes three mistakes — a material the citizen left at home taken as received, a refusal although
// everything was brought, a citizen served past the standard time — which the trainer's report
// lists, and only those. The scenario's bad rating is given once its ticket is finished. None of
// it reaches the city's figures or risk alerts, and an approved training case sends the citizen no
// message where the same case at the city hall does. Refusals (not a trainer, not a training hall,
// a scenario that does not fit the catalogue, a trainee of another hall) store nothing.
#include "core/domain/api/RectificationBodies.h"
#include "core/domain/api/TrainingBodies.h"
#include "core/domain/api/WorkOrderBodies.h"
#include "core/domain/util/ResidentId.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "tests/support/TrainingHall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ow;
using ow::test::HttpReply;
using ow::test::QueueDriver;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
const QString kHall = QStringLiteral("MY-FC-CJ");

QString today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
}

// Five citizens: SI-008 with everything, SI-008 without the transfer certificate, PE-005 who rates
// very dissatisfied, SI-003 with everything, and one who comes half an hour later.
QJsonObject scenario()
{
    return QJsonDocument::fromJson(R"({"title":"第一个上午","seed":11,"arrivals":[
        {"at_minute":0,"services":["SI-008"]},
        {"at_minute":0,"services":["SI-008"],"missing":["transfer_cert"],"note":"一次性告知所缺材料"},
        {"at_minute":0,"services":["PE-005"],"rating":"very_dissatisfied"},
        {"at_minute":0,"services":["SI-003"]},
        {"at_minute":30,"services":["PE-005"]}]})").object();
}
} // namespace

class TestServerTrainingSession : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;
    qint64 m_session = 0;

    QString token(const char *user) const { return m_token.value(QString::fromLatin1(user)); }
    HttpReply start(const QJsonObject &scenarioJson, const char *by = "fc_supervisor", const QString &hall = kHall,
                    const QString &trainee = QStringLiteral("cj_teller1"))
    {
        return m_http->post(QStringLiteral("/api/v1/training/sessions"),
                            {{QLatin1String("hall"), hall}, {QLatin1String("trainee"), trainee}, {QLatin1String("scenario"), scenarioJson}},
                            token(by));
    }
    TrainingSessionDetail detail(const char *as = "fc_supervisor")
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/training/sessions/%1").arg(m_session), token(as));
        if (r.status != 200)
            qWarning("detail: %d %s", r.status, r.body.constData());
        return TrainingSessionDetail::fromJson(r.json()).value();
    }
    int issuedInCity()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/reports/queue?hall=MY-CITY&from=%1&to=%1").arg(today()), token("supervisor1"));
        return r.json().value(QLatin1String("total")).toObject().value(QLatin1String("issued")).toInt(-1);
    }
    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(m_server.databasePath()));
        if (!db)
            return -1;
        auto q = db.value()->exec(sql, values);
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }
    // Approved by whichever city reviewer it was assigned to.
    bool approve(const QString &number)
    {
        for (const char *reviewer : {"reviewer1", "reviewer2", "reviewer3"}) {
            if (m_http->post(QStringLiteral("/api/v1/cases/%1/actions").arg(number), {{QLatin1String("action"), QStringLiteral("approve")}},
                             token(reviewer)).status == 200)
                return true;
        }
        return false;
    }
    QString intake(QJsonObject body, const TrainingArrivalView &a, const char *teller = "cj_teller1")
    {
        body.insert(QLatin1String("ticket"), a.ticketId);
        body.insert(QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), a.citizen.idNumber},
                                                            {QLatin1String("name"), a.citizen.name},
                                                            {QLatin1String("phone"), a.citizen.phone}});
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/cases"), body, token(teller));
        if (r.status != 201)
            qWarning("intake: %d %s", r.status, r.body.constData());
        return r.json().value(QLatin1String("number")).toString();
    }
    bool finish(qint64 ticket, MatterOutcome outcome, const QString &service, const QString &reason = {})
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
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"admin", "supervisor1", "fc_supervisor", "cj_teller1", "teller1", "yx_teller1", "reviewer1",
                                 "reviewer2", "reviewer3", "agent1"}) {
            m_token.insert(QString::fromLatin1(user), m_http->login(QString::fromLatin1(user), QStringLiteral("demo1234")));
            QVERIFY2(!token(user).isEmpty(), user);
        }
        QCOMPARE(ow::test::markTrainingHall(*m_http, token("admin"), kHall), 200);
    }

    void refusalsStoreNothing()
    {
        QCOMPARE(start(scenario(), "cj_teller1").status, 403); // a trainee does not start their own session
        QCOMPARE(start(scenario(), "fc_supervisor", QStringLiteral("MY-FC")).status, 409); // not a training hall
        QJsonObject unknown = scenario();
        QJsonArray arrivals = unknown.value(QLatin1String("arrivals")).toArray();
        arrivals.replace(1, QJsonObject{{QLatin1String("services"), QJsonArray{QStringLiteral("XX-999")}}});
        unknown.insert(QLatin1String("arrivals"), arrivals);
        const HttpReply bad = start(unknown);
        QCOMPARE(bad.status, 422);
        QVERIFY2(bad.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().contains(QLatin1String("scenario.arrivals[1].services")), bad.body.constData());
        const HttpReply stranger = start(scenario(), "fc_supervisor", kHall, QStringLiteral("teller1"));
        QCOMPARE(stranger.status, 422);
        QVERIFY(stranger.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().contains(QLatin1String("trainee")));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/training/sessions"), QJsonObject{{QLatin1String("hall"), kHall}}, token("fc_supervisor")).status, 422);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_sessions")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN halls h ON h.id = t.hall_id WHERE h.code = ?"), {kHall}), 0);
    }

    void aScenarioRunsEndToEnd()
    {
        const int cityIssued = issuedInCity();
        QVERIFY(cityIssued >= 0);
        const HttpReply started = start(scenario());
        QVERIFY2(started.status == 201, started.body.constData());
        TrainingSessionDetail d = TrainingSessionDetail::fromJson(started.json()).value();
        m_session = d.session.id;
        QVERIFY(d.session.running());
        QCOMPARE(d.session.trainee, QStringLiteral("cj_teller1"));
        QCOMPARE(d.session.trainer, QStringLiteral("fc_supervisor"));
        QCOMPARE(d.arrivals.size(), 5);
        // The four due now are in the hall's line; the fifth comes in half an hour.
        for (int i = 0; i < 4; ++i)
            QVERIFY2(d.arrivals.at(i).ticketId > 0 && d.arrivals.at(i).state == TicketState::Waiting, qPrintable(QString::number(i)));
        QCOMPARE(d.arrivals.at(4).ticketId, 0);
        for (const TrainingArrivalView &a : d.arrivals) {
            QCOMPARE(ResidentId::check(a.citizen.idNumber, QDate::currentDate()), ResidentId::Problem::None);
            QVERIFY(a.citizen.name.endsWith(QStringLiteral("（培训）")));
        }
        QCOMPARE(d.arrivals.at(1).brought, QStringList{QStringLiteral("id_card")});
        QCOMPARE(d.arrivals.at(1).missing, QStringList{QStringLiteral("transfer_cert")});
        // One session at a time in a hall.
        QCOMPARE(start(scenario()).status, 409);

        // The trainee serves them at window 1, in the order they come.
        SyncHttp &http = *m_http;
        QueueDriver queue(http);
        QVERIFY(queue.open(kHall, 1, token("cj_teller1")));
        QString acceptedRight;
        for (int n = 0; n < 4; ++n) {
            const qint64 ticket = queue.callNext(kHall, 1, token("cj_teller1"));
            QVERIFY(ticket > 0);
            // The window reads who stands before it.
            const HttpReply who = m_http->get(QStringLiteral("/api/v1/training/tickets/%1").arg(ticket), token("cj_teller1"));
            QCOMPARE(who.status, 200);
            const TrainingArrivalView a = TrainingArrivalView::fromJson(who.json()).value();
            QVERIFY(a.missing.isEmpty() && a.note.isEmpty()); // the window sees what is handed over, not the scenario
            QCOMPARE(a.ticketId, ticket);
            QVERIFY(queue.serve(ticket, 1, token("cj_teller1")));
            switch (a.index) {
            case 0: // everything brought, accepted: right
                acceptedRight = intake(ow::test::si008Intake(a.citizen.idNumber, a.citizen.name, 1), a);
                QVERIFY(!acceptedRight.isEmpty());
                QVERIFY(finish(ticket, MatterOutcome::AcceptedAsCase, QStringLiteral("SI-008")));
                break;
            case 1: // the transfer certificate ticked as received though it was left at home
                QVERIFY(!intake(ow::test::si008Intake(a.citizen.idNumber, a.citizen.name, 1), a).isEmpty());
                QVERIFY(finish(ticket, MatterOutcome::AcceptedAsCase, QStringLiteral("SI-008")));
                break;
            case 2: // done on the spot, right, but (below) for far longer than the standard
                QVERIFY(finish(ticket, MatterOutcome::Done, QStringLiteral("PE-005")));
                break;
            case 3: // refused though everything was brought
                QVERIFY(finish(ticket, MatterOutcome::Refused, QStringLiteral("SI-003"), QStringLiteral("材料不全")));
                break;
            default:
                QFAIL("an arrival not yet due was called");
            }
        }
        QCOMPARE(queue.callNext(kHall, 1, token("cj_teller1")), 0);
        // PE-005's citizen was at the window for 20 minutes (its standard is 8).
        {
            auto db = ServerSchema::open(DatabaseLocation::parse(m_server.databasePath()));
            QVERIFY(db.ok());
            QVERIFY(db.value()->run(QStringLiteral("UPDATE tickets SET serving_since = finished_at - 1200000 WHERE id = ?"),
                                    {d.arrivals.at(2).ticketId}).ok());
        }
        // The scenario's bad rating is given once the ticket is finished (the server's tick).
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE ticket_id = ? AND level = 'very_dissatisfied'"),
                                        {d.arrivals.at(2).ticketId}),
                                  1, 10000);

        // The trainer's report: the three mistakes, and nothing about what was done right.
        d = detail();
        QCOMPARE(d.session.finished, 4);
        QCOMPARE(d.mistakes.size(), 3);
        QCOMPARE(d.session.mistakes, 3);
        QHash<int, TrainingMistake> byArrival;
        for (const TrainingMistake &m : d.mistakes)
            byArrival.insert(m.arrival, m);
        QVERIFY(byArrival.value(1).kind == TrainingMistakeKind::WrongMaterialAccepted);
        QCOMPARE(byArrival.value(1).material, QStringLiteral("transfer_cert"));
        QVERIFY(!byArrival.value(1).caseNumber.isEmpty());
        QVERIFY(byArrival.value(2).kind == TrainingMistakeKind::TimeOverStandard);
        QCOMPARE(byArrival.value(2).minutes, 20);
        QCOMPARE(byArrival.value(2).standardMinutes, 8);
        QVERIFY(byArrival.value(3).kind == TrainingMistakeKind::RefusalWithoutReason);
        QCOMPARE(byArrival.value(3).service, QStringLiteral("SI-003"));
        QVERIFY(!byArrival.contains(0));
        // The trainee reads it too, but while it runs without the mistakes and what the scenario
        // holds; a teller of another hall does not read it at all.
        const TrainingSessionDetail asTrainee = detail("cj_teller1");
        QCOMPARE(asTrainee.arrivals.size(), 5);
        QVERIFY(asTrainee.mistakes.isEmpty());
        QVERIFY(asTrainee.arrivals.at(1).missing.isEmpty() && asTrainee.arrivals.at(1).note.isEmpty());
        QVERIFY(!asTrainee.arrivals.at(2).rating);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/training/sessions/%1").arg(m_session), token("yx_teller1")).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/training/tickets/%1").arg(d.arrivals.at(0).ticketId), token("yx_teller1")).status, 403);

        // Nothing reached the city's figures.
        QCOMPARE(issuedInCity(), cityIssued);

        // An approved case sends its citizen a message — not in a training hall.
        QVERIFY(approve(acceptedRight));
        const QString control = [&] {
            QJsonObject body = ow::test::si008Intake(QStringLiteral("510703199001011237"), QStringLiteral("张三"), 1);
            body.insert(QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), QStringLiteral("510703199001011237")},
                                                                {QLatin1String("name"), QStringLiteral("张三")},
                                                                {QLatin1String("phone"), QStringLiteral("13612345678")}});
            const HttpReply r = m_http->post(QStringLiteral("/api/v1/cases"), body, token("teller1"));
            if (r.status != 201)
                qWarning("control intake: %d %s", r.status, r.body.constData());
            return r.json().value(QLatin1String("number")).toString();
        }();
        QVERIFY(!control.isEmpty());
        QVERIFY(approve(control));
        const QString sent = QStringLiteral("SELECT COUNT(*) FROM case_notifications n JOIN cases c ON c.id = n.case_id WHERE c.case_number = ?");
        QCOMPARE(count(sent, {control}), 1);
        QCOMPARE(count(sent, {acceptedRight}), 0);

        // The bad rating's rectification is the trainer's: in the training hall's own list, not in
        // the lists of the halls above it.
        const auto rectificationsOf = [this](const QString &hall, const char *as) {
            const HttpReply r = m_http->get(QStringLiteral("/api/v1/halls/%1/rectifications?below=true").arg(hall), token(as));
            int n = 0;
            const RectificationList list = RectificationList::fromJson(r.json()).value();
            for (const RectificationItem &item : list.rectifications)
                n += item.hall == kHall;
            return r.status == 200 ? n : -1;
        };
        QCOMPARE(rectificationsOf(kHall, "fc_supervisor"), 1);
        QCOMPARE(rectificationsOf(QStringLiteral("MY-FC"), "fc_supervisor"), 0);
        QCOMPARE(rectificationsOf(QStringLiteral("MY-CITY"), "supervisor1"), 0);

        // A 12333 complaint about the training hall is answered, and its "caller" is sent nothing;
        // the same about an ordinary hall is texted.
        const auto answeredComplaint = [this](const QString &hall) {
            NewWorkOrderRequest complaint;
            complaint.kind = WorkOrderKind::Complaint;
            complaint.phone = QStringLiteral("13912345678");
            complaint.hall = hall;
            complaint.text = QStringLiteral("来电反映窗口办理时间过长。");
            const QString number = m_http->post(QStringLiteral("/api/v1/work-orders"), complaint.toJson(), token("agent1"))
                                       .json().value(QLatin1String("work_order")).toObject().value(QLatin1String("number")).toString();
            const bool routed = m_http->post(QStringLiteral("/api/v1/work-orders/%1/route").arg(number), {}, token("agent1")).status == 200;
            const bool answered = m_http->post(QStringLiteral("/api/v1/work-orders/%1/answer").arg(number),
                                               AnswerWorkOrderRequest{QStringLiteral("已核实并致歉。"), true}.toJson(), token("fc_supervisor"))
                                      .status
                                  == 200;
            return routed && answered ? number : QString();
        };
        const QString texted = QStringLiteral("SELECT COUNT(*) FROM work_order_notifications n JOIN work_orders w ON w.id = n.work_order_id "
                                              "WHERE w.number = ?");
        const QString trainingComplaint = answeredComplaint(kHall);
        const QString ordinaryComplaint = answeredComplaint(QStringLiteral("MY-FC"));
        QVERIFY(!trainingComplaint.isEmpty() && !ordinaryComplaint.isEmpty());
        QCOMPARE(count(texted, {ordinaryComplaint}), 1);
        QCOMPARE(count(texted, {trainingComplaint}), 0);

        // Nor the risk alerts, after the day's sweep.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/risk/sweep?day=") + today(), {}, token("admin")).status, 200);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM risk_alerts a JOIN halls h ON h.id = a.hall_id WHERE h.code = ?"), {kHall}), 0);
    }

    void theTrainerEndsIt()
    {
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/training/sessions/%1/end").arg(m_session), {}, token("cj_teller1")).status, 403);
        const HttpReply ended = m_http->post(QStringLiteral("/api/v1/training/sessions/%1/end").arg(m_session), {}, token("fc_supervisor"));
        QCOMPARE(ended.status, 200);
        QVERIFY(!TrainingSessionDetail::fromJson(ended.json()).value().session.running());
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/training/sessions/%1/end").arg(m_session), {}, token("fc_supervisor")).status, 409);
        // Once it has ended, the trainee reads the whole report.
        QCOMPARE(detail("cj_teller1").mistakes.size(), 3);
        QCOMPARE(detail("cj_teller1").arrivals.at(1).missing, QStringList{QStringLiteral("transfer_cert")});
        // The late citizen of an ended session never comes.
        QTest::qWait(1500);
        QCOMPARE(detail().arrivals.at(4).ticketId, 0);
        // The hall's list: the trainer's and the trainee's.
        for (const char *user : {"fc_supervisor", "cj_teller1"}) {
            const HttpReply list = m_http->get(QStringLiteral("/api/v1/training/sessions?hall=") + kHall, token(user));
            QCOMPARE(list.status, 200);
            QCOMPARE(TrainingSessionList::fromJson(list.json()).value().sessions.size(), 1);
        }
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/training/sessions?hall=") + kHall, token("yx_teller1")).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/training/sessions/999"), token("fc_supervisor")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestServerTrainingSession)
#include "tst_server_training_session.moc"
