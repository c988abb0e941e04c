// The cases area's contract types: every body written and read back is the same value, and a
// body that does not fit is refused naming each bad field.
#include "core/domain/api/CaseBodies.h"
#include "core/domain/cases/CaseTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ow;

namespace {

const QDateTime kAt(QDate(2026, 11, 29), QTime(9, 30, 15, 250), QTimeZone::utc());

template<typename T>
void roundTrip(const T &value)
{
    const auto back = T::fromJson(value.toJson());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(QString::fromUtf8(QJsonDocument(back.error().extra).toJson())));
    QVERIFY(back.value() == value);
}

QStringList badFields(const Error &e)
{
    return e.extra.value(QLatin1String("fields")).toObject().keys();
}

CaseEvent fullEvent()
{
    CaseEvent e;
    e.action = CaseAction::HandOut;
    e.state = CaseState::HandedOut;
    e.actor = QStringLiteral("teller1");
    e.actorName = QStringLiteral("王丽");
    e.actorNameEn = QStringLiteral("Wang Li");
    e.hallCode = QStringLiteral("MY-CITY");
    e.window = 3;
    e.at = kAt;
    e.assigneeId = 12;
    e.assigneeUsername = QStringLiteral("reviewer1");
    e.assigneeName = QStringLiteral("张伟");
    e.assigneeNameEn = QStringLiteral("Zhang Wei");
    e.note = QStringLiteral("EMS 1234567890123");
    e.delivery = Delivery::Mailed;
    return e;
}

CaseView fullCase()
{
    CaseView c;
    c.number = QStringLiteral("MY-CITY-20261129-0003");
    c.serviceCode = QStringLiteral("SI-008");
    c.hallCode = QStringLiteral("MY-FC-CJ");
    c.officeHallCode = QStringLiteral("MY-CITY");
    c.pickupHallCode = QStringLiteral("MY-FC");
    c.applicantId = QStringLiteral("510703198001011234");
    c.applicantName = QStringLiteral("张三");
    c.applicantPhone = QStringLiteral("13812345678");
    c.form = {{QStringLiteral("name"), FormValue(QStringLiteral("张三"))},
              {QStringLiteral("months"), FormValue(qint64(36))},
              {QStringLiteral("amount"), FormValue(1234.5)}};
    c.materials = {{QStringLiteral("id_card"), MaterialStatus::Received},
                   {QStringLiteral("photo"), MaterialStatus::Exempt},
                   {QStringLiteral("transfer_cert"), MaterialStatus::Missing}};
    c.facts = {CaseState::FirstApproved, ServiceKind::Committed, RiskLevel::High, 7, 12, {12}};
    c.acceptedDay = QDate(2026, 11, 29);
    c.timeLimitDays = 15;
    c.dueDate = QDate(2026, 12, 21);
    c.timeLimit = TimeLimitState::Warning;
    CaseEvent system;
    system.action = CaseAction::Assign;
    system.state = CaseState::InReview;
    system.at = kAt;
    c.timeline = {fullEvent(), system};
    c.notifications = QList<CaseNotification>{{NotificationKind::Supplement, QStringLiteral("13812345678"),
                                               QStringLiteral("【绵阳人社】请补正"), kAt, true}};
    return c;
}

IntakeRequest fullIntake()
{
    IntakeRequest r;
    r.hallCode = QStringLiteral("MY-CITY");
    r.window = 2;
    r.ticketId = 41;
    r.serviceCode = QStringLiteral("SI-008");
    r.applicantId = QStringLiteral("510703198001011234");
    r.applicantName = QStringLiteral("张三");
    r.applicantPhone = QStringLiteral("13812345678");
    r.form = {{QStringLiteral("transfer_from"), FormValue(QStringLiteral("成都"))}, {QStringLiteral("months"), FormValue(qint64(12))}};
    r.materials = {{QStringLiteral("id_card"), MaterialStatus::Received}, {QStringLiteral("transfer_cert"), MaterialStatus::Exempt}};
    r.decision = CaseAction::Refuse;
    r.reason = QStringLiteral("不属于本市参保范围");
    r.pickupHallCode = QStringLiteral("MY-FC");
    r.number = QStringLiteral("MY-CITY-20261129-0901");
    r.acceptedAt = kAt;
    return r;
}

} // namespace

class TestCaseBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void casesRoundTrip()
    {
        roundTrip(fullCase());
        roundTrip(fullCase().masked()); // a worklist's: no form, no messages
        CaseView bare;                  // no due date, no timeline
        bare.number = QStringLiteral("MY-CITY-20261129-0001");
        roundTrip(bare);
        roundTrip(CaseList{{fullCase(), fullCase().masked()}});
        roundTrip(fullEvent());
        roundTrip(CaseNotification{NotificationKind::ResultReady, QStringLiteral("0816-2345678"), QStringLiteral("已办结"), kAt, false});
    }

    void requestsRoundTrip()
    {
        IntakeRequest r = fullIntake();
        const auto back = IntakeRequest::fromJson(r.toJson(true));
        QVERIFY(back.ok());
        QVERIFY(back.value() == r);
        // A window's body does not name its hall: the server takes the teller's.
        QVERIFY(!r.toJson().contains(QLatin1String("hall")));
        roundTrip(CaseStep{CaseAction::HandOut, QStringLiteral("EMS 1234567890123"), 0, Delivery::Mailed});
        roundTrip(CaseStep{CaseAction::Assign, QString(), 12, std::nullopt});
    }

    void otherBodiesRoundTrip()
    {
        roundTrip(ApplicantHistory{QStringLiteral("510703198001011234"), QStringLiteral("张三"), QStringLiteral("13812345678"), 2,
                                   {{QStringLiteral("MY-CITY-20261129-0003"), QStringLiteral("SI-008"), CaseState::Approved},
                                    {QStringLiteral("MY-CITY-20261101-0001"), QStringLiteral("EM-001"), CaseState::CompletedOnSpot}}});
        roundTrip(CaseChanges{42, {QStringLiteral("MY-CITY-20261129-0003"), QStringLiteral("MY-CITY-20261129-0004")}, true});
        roundTrip(CaseReviewers{{{12, QStringLiteral("reviewer1"), QStringLiteral("张伟"), 3, true, false},
                                 {13, QStringLiteral("reviewer2"), QStringLiteral("李娜"), 1, false, true}}});
        roundTrip(CitizenLookups{{{QStringLiteral("teller1"), QStringLiteral("王丽"), QStringLiteral("MY-CITY"), true, kAt}}});
        roundTrip(MissingMaterial{QStringLiteral("transfer_cert"), QStringLiteral("转移凭证"), QStringLiteral("Transfer certificate")});
        roundTrip(PublicCaseStatus{QStringLiteral("MY-CITY-20261129-0003"), QStringLiteral("SI-008"), CaseState::Supplement,
                                   QDate(2026, 11, 29), QDate(2026, 12, 21), QStringLiteral("MY-CITY"), QStringLiteral("转移凭证复印件不清晰")});
        roundTrip(PublicCaseStatus{QStringLiteral("MY-CITY-20261129-0001"), QStringLiteral("EM-001"), CaseState::CompletedOnSpot,
                                   QDate(2026, 11, 29), QDate(), QStringLiteral("MY-CITY"), std::nullopt});
        PublicTicketStatus t;
        t.hallCode = QStringLiteral("MY-CITY");
        t.hallNameZh = QStringLiteral("绵阳市政务服务大厅");
        t.hallNameEn = QStringLiteral("Mianyang City Service Hall");
        t.number = QStringLiteral("A023");
        t.serviceDay = QDate(2026, 11, 29);
        t.state = TicketState::Parked;
        t.issuedAt = QDateTime(QDate(2026, 11, 29), QTime(8, 1, 2), QTimeZone::utc());
        t.matters = {QStringLiteral("SI-008"), QStringLiteral("EM-001")};
        t.window = 4;
        t.parkedUntil = QDateTime(QDate(2026, 11, 29), QTime(8, 31, 2), QTimeZone::utc());
        t.wait = PublicTicketStatus::Wait{5, 2, 9, 11};
        roundTrip(t);
        t.wait = PublicTicketStatus::Wait{5, 0, std::nullopt, std::nullopt};
        roundTrip(t);
    }

    void badBodiesNameTheirFields()
    {
        QJsonObject intake = fullIntake().toJson();
        intake.insert(QLatin1String("window"), QStringLiteral("two"));
        intake.insert(QLatin1String("decision"), QStringLiteral("maybe"));
        intake.insert(QLatin1String("materials"), QJsonObject{{QLatin1String("id_card"), QStringLiteral("lost")}});
        intake.insert(QLatin1String("form"), QJsonObject{{QLatin1String("months"), QJsonArray{1, 2}}});
        intake.insert(QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), 510703}});
        intake.insert(QLatin1String("accepted_at"), QStringLiteral("yesterday"));
        const auto refused = IntakeRequest::fromJson(intake);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().code == ErrorCode::ValidationFailed);
        QCOMPARE(badFields(refused.error()), (QStringList{QStringLiteral("accepted_at"), QStringLiteral("applicant.id_number"),
                                                          QStringLiteral("decision"), QStringLiteral("form.months"),
                                                          QStringLiteral("materials.id_card"), QStringLiteral("window")}));

        // Steps: only after intake; a delivery is collected or mailed.
        const auto step = CaseStep::fromJson({{QLatin1String("action"), QStringLiteral("accept")},
                                              {QLatin1String("delivery"), QStringLiteral("drone")},
                                              {QLatin1String("assignee"), 1.5}});
        QVERIFY(!step.ok());
        QCOMPARE(badFields(step.error()), (QStringList{QStringLiteral("action"), QStringLiteral("assignee"), QStringLiteral("delivery")}));

        // An answer: the problems of nested items are named by where they are.
        QJsonObject c = fullCase().toJson();
        QJsonArray timeline = c.value(QLatin1String("timeline")).toArray();
        QJsonObject first = timeline.first().toObject();
        first.insert(QLatin1String("state"), QStringLiteral("lost"));
        timeline.replace(0, first);
        c.insert(QLatin1String("timeline"), timeline);
        c.insert(QLatin1String("due_date"), QStringLiteral("soon"));
        c.remove(QLatin1String("number"));
        const auto view = CaseView::fromJson(c);
        QVERIFY(!view.ok());
        QCOMPARE(badFields(view.error()), (QStringList{QStringLiteral("due_date"), QStringLiteral("number"), QStringLiteral("timeline[0].state")}));

        const auto changes = CaseChanges::fromJson({{QLatin1String("cases"), QJsonArray{1}}});
        QVERIFY(!changes.ok());
        QCOMPARE(badFields(changes.error()), (QStringList{QStringLiteral("cases"), QStringLiteral("cursor")}));
        const auto status = PublicCaseStatus::fromJson({{QLatin1String("number"), QStringLiteral("X")}, {QLatin1String("state"), QStringLiteral("lost")}});
        QVERIFY(!status.ok());
        QCOMPARE(badFields(status.error()), QStringList{QStringLiteral("state")});
    }
};

QTEST_MAIN(TestCaseBodies)
#include "tst_case_bodies.moc"
