// The queue area's contract types (core/domain/api/QueueBodies.h, Ticket, WaitEstimate,
// NumberLease, OfflineTicket): every fully filled value reads back equal from what it writes, and a
// body that does not fit is refused naming the field.
#include "core/domain/api/QueueBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 2), QTime(9, minute, 0), QTimeZone::utc());
}

Ticket ticket()
{
    Ticket t;
    t.id = 41;
    t.serviceDay = QStringLiteral("2026-11-02");
    t.prefix = QStringLiteral("A");
    t.sequence = 23;
    t.number = QStringLiteral("A023");
    t.channel = Channel::Appointment;
    t.priorityGroup = QStringLiteral("elderly");
    t.residentId = QStringLiteral("1101**********002X");
    t.phone = QStringLiteral("138****5678");
    t.issuedAt = at(1);
    t.state = TicketState::Serving;
    t.windowNumber = 3;
    t.calledAt = at(5);
    t.servingSince = at(6);
    t.finishedAt = at(9);
    t.parkedUntil = at(30);
    t.recalls = 2;
    t.matters = {{QStringLiteral("SI-001"), QStringLiteral("social_insurance"), MatterOutcome::Refused, QStringLiteral("缺材料"), {}},
                 {QStringLiteral("PE-001"), QStringLiteral("pension"), MatterOutcome::Pending, {},
                  MaterialPrecheck{{QStringLiteral("applicant_id")}, {QStringLiteral("retirement_form")}}}};
    return t;
}

WaitEstimate wait()
{
    return WaitEstimate{4, 2, 12 * 60, 10 * 60};
}

QueuedTicket queued()
{
    return QueuedTicket{ticket(), QStringLiteral("MY-CITY"), wait()};
}

QueueSnapshot snapshot()
{
    QueueSnapshot s;
    s.hall = QStringLiteral("MY-CITY");
    s.serviceDay = QStringLiteral("2026-11-02");
    s.waiting = {queued()};
    s.waitingByPrefix = {{QStringLiteral("A"), 1}};
    s.waitByPrefix = {{QStringLiteral("A"), wait()}};
    s.parked = {QueuedTicket{ticket(), QStringLiteral("MY-CITY"), std::nullopt}};
    s.atWindows = {QueuedTicket{ticket(), QStringLiteral("MY-CITY"), std::nullopt}};
    s.windows = {WindowView{3, WindowState::Paused, 7, QStringLiteral("王丽"), QStringLiteral("MY-C-0001"), QStringLiteral("午休"), true, at(2)}};
    return s;
}

RatingRecord rating()
{
    return RatingRecord{9, QStringLiteral("A023"), QStringLiteral("SI-001"), RatingLevel::Dissatisfied, 3, at(10),
                        RectificationRef{5, QDate(2026, 11, 9), QStringLiteral("open")}};
}

template<typename T>
void roundTrip(const T &value)
{
    const QJsonObject written = value.toJson();
    auto read = T::fromJson(written);
    QVERIFY2(read, qPrintable(QString::fromUtf8(QJsonDocument(read ? QJsonObject() : read.error().extra).toJson())));
    QVERIFY2(read.value() == value, qPrintable(QString::fromUtf8(QJsonDocument(written).toJson())));
    QCOMPARE(read.value().toJson(), written);
}

// Refused with ValidationFailed naming `field`.
template<typename T>
void refused(const QJsonObject &body, const QString &field)
{
    auto read = T::fromJson(body);
    QVERIFY(!read);
    QVERIFY(read.error().code == ErrorCode::ValidationFailed);
    const QJsonObject fields = read.error().extra.value(QLatin1String("fields")).toObject();
    QVERIFY2(fields.contains(field), qPrintable(QString::fromUtf8(QJsonDocument(fields).toJson())));
}

} // namespace

class TestQueueBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ticketsReadBack()
    {
        const Ticket t = ticket();
        auto read = Ticket::fromJson(t.toJson(false));
        QVERIFY(read);
        QVERIFY(read.value() == t);
        QCOMPARE(read.value().prefix, QStringLiteral("A"));
        QCOMPARE(read.value().sequence, 23);
        roundTrip(queued());
        roundTrip(wait());
        roundTrip(WaitEstimate{7, 0, 0, 0}); // unknown: no minutes
        roundTrip(MatterResult{QStringLiteral("SI-001"), MatterOutcome::AcceptedAsCase, QStringLiteral("转后台")});
        roundTrip(TicketMatter{QStringLiteral("SI-001"), QStringLiteral("social_insurance"), MatterOutcome::Done, {}, {}});
    }

    void queueBodiesReadBack()
    {
        roundTrip(IssueTicketRequest{{QStringLiteral("SI-001"), QStringLiteral("PE-001")}, Channel::Hotline, QStringLiteral("disabled"),
                                     QStringLiteral("11010519491231002X"), QStringLiteral("13812345678"),
                                     {PrecheckEntry{QStringLiteral("PE-001"), {QStringLiteral("applicant_id")}}}});
        roundTrip(IssueTicketRequest{{QStringLiteral("SI-001")}, std::nullopt, {}, {}, {}, {}});
        roundTrip(snapshot());
        roundTrip(WindowStateChange{WindowState::Paused, QStringLiteral("午休"), true});
        roundTrip(WindowStateChange{std::nullopt, {}, false});
        roundTrip(WindowStateResult{3, WindowState::Open, QString(), true});
        roundTrip(WindowStateResult{3, WindowState::Closed, QStringLiteral("x"), std::nullopt});
        roundTrip(WindowProfileBody{2, WindowKind::Dedicated, {QStringLiteral("pension")}, {{QStringLiteral("pension"), 2}}});
        roundTrip(TicketActionRequest{4});
        roundTrip(CallTicketRequest{4, QStringLiteral("轮椅")});
        roundTrip(ParkRequest{4, 10, QStringLiteral("取户口本")});
        roundTrip(TransferBody{4, {QStringLiteral("PE-001")}, 2, 17, false, QStringLiteral("专窗")});
        roundTrip(FinishRequest{4, {MatterResult{QStringLiteral("SI-001"), MatterOutcome::Refused, QStringLiteral("缺材料")}}});
        roundTrip(TicketDetail{ticket(), {TicketHistoryEntry{TicketEventKind::Transferred, at(3), 7, 0,
                                                             {{QLatin1String("to_window"), 2}, {QLatin1String("position"), QStringLiteral("back")}}}}});
    }

    void ratingsAndOfflineBodiesReadBack()
    {
        roundTrip(RatingRequest{QStringLiteral("SI-001"), RatingLevel::VeryDissatisfied});
        roundTrip(rating());
        roundTrip(LeaseRequest{20, 5});
        roundTrip(NumberLeases{QStringLiteral("MY-CITY"), {NumberLease{QStringLiteral("2026-11-02"), QStringLiteral("A"), 41, 50, 10}},
                               QList<CaseNumberLease>{{QStringLiteral("2026-11-02"), QStringLiteral("MY-CITY-20261102-"), 1, 5, 5}}});
        OfflineTicket offline;
        offline.number = QStringLiteral("A041");
        offline.services = {QStringLiteral("SI-001")};
        offline.priorityGroup = QStringLiteral("pregnant");
        offline.issuedAt = at(1).addMSecs(250);
        offline.calledAt = at(2);
        offline.servingSince = at(3);
        offline.finishedAt = at(8);
        offline.state = TicketState::Finished;
        offline.results = {MatterResult{QStringLiteral("SI-001"), MatterOutcome::Done, {}}};
        roundTrip(offline);
    }

    void eventsReadBack()
    {
        HallEvent e;
        e.type = QStringLiteral("queue.snapshot");
        e.hall = QStringLiteral("MY-CITY");
        e.snapshot = snapshot();
        roundTrip(e);
        e = HallEvent{QStringLiteral("ticket.called"), QStringLiteral("MY-CITY"), std::nullopt,
                      QueuedTicket{ticket(), QStringLiteral("MY-CITY"), std::nullopt}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
        roundTrip(e);
        e = HallEvent{QStringLiteral("window.changed"), QStringLiteral("MY-CITY"), std::nullopt, std::nullopt,
                      WindowStateResult{3, WindowState::Paused, QStringLiteral("午休"), std::nullopt}, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
        roundTrip(e);
        e = HallEvent{QStringLiteral("window.changed"), QStringLiteral("MY-CITY"), std::nullopt, std::nullopt, std::nullopt,
                      WindowProfileBody{3, WindowKind::Comprehensive, {}, {}}, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
        roundTrip(e);
        e = HallEvent{QStringLiteral("rating.submitted"), QStringLiteral("MY-CITY"), std::nullopt, std::nullopt, std::nullopt,
                      std::nullopt, rating(), std::nullopt, std::nullopt, std::nullopt};
        roundTrip(e);
        // A risk alert as the supervisor's stream carries it (the list's shape: no evidence).
        RiskAlert alert;
        alert.id = 7;
        alert.rule = RiskRuleId::BulkLookups;
        alert.ruleVersion = 1;
        alert.ruleName = {QStringLiteral("批量查询群众信息"), QStringLiteral("Bulk citizen lookups")};
        alert.level = RiskLevel::High;
        alert.hall = alert.owner = QStringLiteral("MY-CITY");
        alert.day = QDate(2026, 10, 14);
        alert.subject = {RiskSubjectKind::Staff, QStringLiteral("teller1"), 2, QStringLiteral("王丽")};
        alert.summary = QStringLiteral("31 lookups in 60 min");
        alert.evidenceCount = 31;
        alert.raisedAt = QDateTime(QDate(2026, 10, 14), QTime(9, 30), QTimeZone::utc());
        for (const char *type : {"risk.alert_raised", "risk.alert_disposed"}) {
            e = HallEvent{QString::fromLatin1(type), QStringLiteral("MY-CITY"), std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                          std::nullopt, alert, std::nullopt, std::nullopt};
            roundTrip(e);
        }
        // A ticket at risk of breaking the promise (to supervisors), and one no open window serves.
        PromiseRiskTicket late{41, QStringLiteral("A003"), {QStringLiteral("SI-001")}, QDateTime(QDate(2026, 10, 14), QTime(9, 30), QTimeZone::utc()),
                               QDateTime(QDate(2026, 10, 14), QTime(9, 46), QTimeZone::utc()), 16 * 60, true, 15};
        e = HallEvent{QStringLiteral("ticket.at_risk"), QStringLiteral("MY-CITY"), std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                      std::nullopt, std::nullopt, late, std::nullopt};
        roundTrip(e);
        QCOMPARE(e.toJson().value(QLatin1String("data")).toObject().value(QLatin1String("projected_wait_minutes")).toInt(), 16);
        late.projectedCallAt = {};
        late.projectedWaitSeconds = -1;
        e.atRisk = late;
        roundTrip(e);
        QVERIFY(!e.toJson().value(QLatin1String("data")).toObject().contains(QLatin1String("projected_call_at")));
    }

    void windowOccupiedReadsBackFromTheRefusal()
    {
        // As the server sends it: the error's extras, its code and message, under "error".
        const Error e = WindowOccupied{ticket()}.toError();
        QVERIFY(e.code == ErrorCode::Conflict);
        QCOMPARE(e.text.english(),
                 QStringLiteral("A023 is still at window 3: finish it, mark it no-show or transfer it before calling the next."));
        QCOMPARE(e.extra.value(QLatin1String("reason")).toString(), e.text.english());
        QJsonObject body = e.extra;
        body.insert(QLatin1String("code"), toString(e.code));
        body.insert(QLatin1String("message"), e.text.english());
        const auto held = WindowOccupied::fromAnswer({{QLatin1String("error"), body}});
        QVERIFY(held);
        QCOMPARE(held->ticket.toJson(false), ticket().toJson(false));
        // Another refusal is not this one.
        QJsonObject notOpen = conflictError(QStringLiteral("window 3 is not open")).extra;
        notOpen.insert(QLatin1String("code"), QStringLiteral("conflict"));
        QVERIFY(!WindowOccupied::fromAnswer({{QLatin1String("error"), notOpen}}));
        QVERIFY(!WindowOccupied::fromAnswer({}));
        // An argument is put in as it is, in one pass.
        const ErrorText text{"%1 at %2", {QStringLiteral("%2"), QStringLiteral("3")}};
        QCOMPARE(text.english(), QStringLiteral("%2 at 3"));
    }

    void badBodiesNameTheField()
    {
        refused<Ticket>({{QLatin1String("number"), 23}}, QStringLiteral("number"));
        refused<Ticket>({{QLatin1String("number"), QStringLiteral("A023")}, {QLatin1String("state"), QStringLiteral("asleep")}},
                        QStringLiteral("state"));
        refused<Ticket>({{QLatin1String("number"), QStringLiteral("A023")}, {QLatin1String("matters"), QJsonArray{QJsonObject{}}}},
                        QStringLiteral("matters[0].service"));
        refused<IssueTicketRequest>({{QLatin1String("services"), QStringLiteral("SI-001")}}, QStringLiteral("services"));
        refused<IssueTicketRequest>({{QLatin1String("channel"), QStringLiteral("pigeon")}}, QStringLiteral("channel"));
        refused<WindowStateChange>({{QLatin1String("state"), QStringLiteral("asleep")}}, QStringLiteral("state"));
        refused<WindowStateChange>({{QLatin1String("auto_assign"), 1}}, QStringLiteral("auto_assign"));
        refused<WindowProfileBody>({{QLatin1String("kind"), QStringLiteral("both")}}, QStringLiteral("kind"));
        refused<WindowProfileBody>({{QLatin1String("kind"), QStringLiteral("dedicated")}, {QLatin1String("weights"), QJsonObject{{QLatin1String("pension"), QStringLiteral("2")}}}},
                                   QStringLiteral("weights"));
        refused<TicketActionRequest>({}, QStringLiteral("window"));
        refused<TicketActionRequest>({{QLatin1String("window"), 0}}, QStringLiteral("window"));
        refused<ParkRequest>({{QLatin1String("window"), 1}}, QStringLiteral("minutes"));
        refused<TransferBody>({{QLatin1String("position"), QStringLiteral("middle")}}, QStringLiteral("position"));
        refused<FinishRequest>({{QLatin1String("window"), 1}, {QLatin1String("matters"), QJsonArray{QJsonObject{{QLatin1String("service"), QStringLiteral("SI-001")}}}}},
                               QStringLiteral("matters[0].outcome"));
        refused<RatingRequest>({{QLatin1String("service"), QStringLiteral("SI-001")}, {QLatin1String("level"), QStringLiteral("meh")}},
                               QStringLiteral("level"));
        refused<LeaseRequest>({{QLatin1String("numbers"), 2.5}}, QStringLiteral("numbers"));
        refused<NumberLeases>({{QLatin1String("hall"), QStringLiteral("MY-CITY")}, {QLatin1String("blocks"), QJsonArray{QJsonObject{}}}},
                              QStringLiteral("blocks[0].prefix"));
        refused<OfflineTicket>({{QLatin1String("state"), QStringLiteral("asleep")}}, QStringLiteral("state"));
        refused<OfflineTicket>({{QLatin1String("issued_at"), QStringLiteral("yesterday")}}, QStringLiteral("issued_at"));
        refused<QueueSnapshot>({{QLatin1String("hall"), QStringLiteral("MY-CITY")}, {QLatin1String("waiting"), QJsonArray{QJsonObject{}}}},
                               QStringLiteral("waiting[0].number"));
        refused<HallEvent>({{QLatin1String("type"), QStringLiteral("ticket.called")}, {QLatin1String("data"), QJsonObject{}}},
                           QStringLiteral("data.number"));
        refused<RatingRecord>({{QLatin1String("ticket"), QStringLiteral("A023")}, {QLatin1String("service"), QStringLiteral("SI-001")}},
                              QStringLiteral("level"));
    }
};

QTEST_GUILESS_MAIN(TestQueueBodies)
#include "tst_queue_bodies.moc"
