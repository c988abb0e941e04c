// The appointments area's contract types (core/domain/api/AppointmentBodies.h): every type
// written and read back is the same value, fully filled and sparse; a body that does not fit is
// refused with ValidationFailed naming each bad field (nested ones by their path).
#include "core/domain/api/AppointmentBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ow;

namespace {

const QDateTime kSlot(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
const QDateTime kBooked(QDate(2026, 11, 28), QTime(3, 12, 45), Qt::UTC);

AppointmentView fullView()
{
    AppointmentView v;
    v.code = QStringLiteral("48213907");
    v.hallCode = QStringLiteral("MY-CITY");
    v.serviceCode = QStringLiteral("CD-003");
    v.slotAt = kSlot;
    v.channel = Channel::Online;
    v.state = AppointmentState::CheckedIn;
    v.bookedAt = kBooked;
    v.ticketId = 31;
    v.residentId = QStringLiteral("1101**********002X");
    v.phone = QStringLiteral("138****5678");
    return v;
}

Ticket fullTicket()
{
    Ticket t;
    t.id = 31;
    t.number = QStringLiteral("E014");
    t.prefix = QStringLiteral("E");
    t.serviceDay = QStringLiteral("2026-11-30");
    t.channel = Channel::Appointment;
    t.state = TicketState::Parked;
    t.issuedAt = QDateTime(QDate(2026, 11, 30), QTime(1, 48, 2), Qt::UTC);
    t.calledAt = t.issuedAt.addSecs(600);
    t.servingSince = t.issuedAt.addSecs(660);
    t.finishedAt = t.issuedAt.addSecs(900);
    t.parkedUntil = t.issuedAt.addSecs(1800);
    t.windowNumber = 3;
    t.recalls = 1;
    t.priorityGroup = QStringLiteral("elderly");
    t.residentId = QStringLiteral("1101**********002X");
    t.phone = QStringLiteral("138****5678");
    t.matters = {{QStringLiteral("CD-003"), QStringLiteral("card"), MatterOutcome::Refused, QStringLiteral("no photo"), {}},
                 {QStringLiteral("RP-001"), QStringLiteral("records"), MatterOutcome::Done, {}, {}}};
    return t;
}

AppointmentCheckIn fullCheckIn()
{
    AppointmentCheckIn c;
    c.appointment = fullView();
    c.ticket = fullTicket();
    WaitEstimate w;
    w.peopleAhead = 4;
    w.capableWindows = 3;
    w.optimisticSeconds = 11 * 60;
    w.pessimisticSeconds = 14 * 60;
    c.wait = w;
    return c;
}

QStringList badFields(const Error &e)
{
    return e.extra.value(QLatin1String("fields")).toObject().keys();
}

QString dump(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestAppointmentBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bookingRoundTrip()
    {
        AppointmentBooking b;
        b.hallCode = QStringLiteral("MY-CITY");
        b.serviceCode = QStringLiteral("PE-001");
        b.slotAt = QDateTime(QDate(2026, 12, 2), QTime(14, 30), QTimeZone(8 * 3600));
        b.channel = Channel::Window;
        b.residentId = QStringLiteral("11010519491231002X");
        b.phone = QStringLiteral("13812345678");
        const QJsonObject json = b.toJson();
        // The offset travels: the quarter-hour rule reads the slot where it was booked.
        QCOMPARE(json.value(QLatin1String("slot_at")).toString(), QStringLiteral("2026-12-02T14:30:00+08:00"));
        const auto back = AppointmentBooking::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(dump(back.ok() ? QJsonObject() : back.error().extra)));
        QVERIFY(back.value() == b);
        QCOMPARE(back.value().slotAt.offsetFromUtc(), 8 * 3600);

        // Sparse: no ID, no phone, the default channel.
        AppointmentBooking sparse;
        sparse.hallCode = QStringLiteral("MY-FC");
        sparse.serviceCode = QStringLiteral("CD-003");
        sparse.slotAt = kSlot;
        QVERIFY(!sparse.toJson().contains(QLatin1String("resident_id")));
        QVERIFY(AppointmentBooking::fromJson(sparse.toJson()).value() == sparse);
        QJsonObject noChannel = sparse.toJson();
        noChannel.remove(QLatin1String("channel"));
        QVERIFY(AppointmentBooking::fromJson(noChannel).value().channel == Channel::Hotline);
    }

    void badBookingsNameTheFields()
    {
        const auto bad = AppointmentBooking::fromJson({{QLatin1String("hall"), 7},
                                                       {QLatin1String("service"), QStringLiteral("CD-003")},
                                                       {QLatin1String("slot_at"), QStringLiteral("tomorrow")},
                                                       {QLatin1String("channel"), QStringLiteral("kiosk")}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().code == ErrorCode::ValidationFailed);
        QCOMPARE(badFields(bad.error()), (QStringList{QStringLiteral("channel"), QStringLiteral("hall"), QStringLiteral("slot_at")}));
        const QJsonObject fields = bad.error().extra.value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("slot_at")).toString(), QStringLiteral("ISO 8601 date and time with offset"));
        QCOMPARE(fields.value(QLatin1String("channel")).toString(), QStringLiteral("hotline, online or window"));
        // An appointment is not a booking channel either; a missing slot is a bad slot.
        const auto noSlot = AppointmentBooking::fromJson({{QLatin1String("channel"), QStringLiteral("appointment")}});
        QCOMPARE(badFields(noSlot.error()), (QStringList{QStringLiteral("channel"), QStringLiteral("slot_at")}));
    }

    void viewRoundTrip()
    {
        const AppointmentView v = fullView();
        const auto back = AppointmentView::fromJson(v.toJson());
        QVERIFY2(back.ok(), qPrintable(dump(back.ok() ? QJsonObject() : back.error().extra)));
        QVERIFY(back.value() == v);
        QCOMPARE(v.toJson().value(QLatin1String("slot_at")).toString(), QStringLiteral("2026-11-30T02:00:00Z"));

        // Booked, with no personal data: the optional fields are absent, not empty.
        AppointmentView sparse = v;
        sparse.state = AppointmentState::Booked;
        sparse.ticketId = 0;
        sparse.residentId.clear();
        sparse.phone.clear();
        const QJsonObject json = sparse.toJson();
        for (const char *absent : {"ticket_id", "resident_id", "phone"})
            QVERIFY2(!json.contains(QLatin1String(absent)), absent);
        QVERIFY(AppointmentView::fromJson(json).value() == sparse);
    }

    void badViewsNameTheFields()
    {
        QJsonObject json = fullView().toJson();
        json.remove(QLatin1String("code"));
        json.insert(QLatin1String("state"), QStringLiteral("lost"));
        json.insert(QLatin1String("ticket_id"), QStringLiteral("31"));
        json.remove(QLatin1String("booked_at"));
        const auto bad = AppointmentView::fromJson(json);
        QVERIFY(!bad.ok());
        QCOMPARE(badFields(bad.error()),
                 (QStringList{QStringLiteral("booked_at"), QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("ticket_id")}));
    }

    void checkInRoundTrip()
    {
        const AppointmentCheckIn c = fullCheckIn();
        const QJsonObject json = c.toJson();
        const QJsonObject ticket = json.value(QLatin1String("ticket")).toObject();
        QCOMPARE(ticket.value(QLatin1String("number")).toString(), QStringLiteral("E014"));
        QCOMPARE(ticket.value(QLatin1String("wait")).toObject().value(QLatin1String("pessimistic_minutes")).toInt(), 14);
        const auto back = AppointmentCheckIn::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(dump(back.ok() ? QJsonObject() : back.error().extra)));
        QVERIFY(back.value() == c);
        QCOMPARE(back.value().toJson(), json);
        const Ticket &t = back.value().ticket;
        QCOMPARE(t.number, QStringLiteral("E014"));
        QCOMPARE(t.prefix, QStringLiteral("E"));
        QCOMPARE(t.parkedUntil, fullTicket().parkedUntil);
        QCOMPARE(t.matters.size(), 2);
        QCOMPARE(t.matters.at(0).reason, QStringLiteral("no photo"));
        QVERIFY(t.matters.at(0).outcome == MatterOutcome::Refused);
        QCOMPARE(back.value().wait->pessimisticSeconds, 14 * 60);
        QCOMPARE(back.value().wait->peopleAhead, 4);

        // The API never shows personal data in full, whatever the ticket holds.
        AppointmentCheckIn unmasked = c;
        unmasked.ticket.residentId = QStringLiteral("11010519491231002X");
        QCOMPARE(unmasked.toJson().value(QLatin1String("ticket")).toObject().value(QLatin1String("resident_id")).toString(),
                 QStringLiteral("1101**********002X"));
    }

    void checkInWithoutOrUnknownWait()
    {
        AppointmentCheckIn none = fullCheckIn();
        none.wait.reset();
        QVERIFY(!none.toJson().value(QLatin1String("ticket")).toObject().contains(QLatin1String("wait")));
        QVERIFY(AppointmentCheckIn::fromJson(none.toJson()).value() == none);
        QVERIFY(!AppointmentCheckIn::fromJson(none.toJson()).value().wait);

        // No open window can serve it: people ahead, but no minutes.
        AppointmentCheckIn unknown = fullCheckIn();
        unknown.wait = WaitEstimate{2, 0, 0, 0};
        const QJsonObject wait = unknown.toJson().value(QLatin1String("ticket")).toObject().value(QLatin1String("wait")).toObject();
        QVERIFY(!wait.contains(QLatin1String("pessimistic_minutes")));
        const auto back = AppointmentCheckIn::fromJson(unknown.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value() == unknown);
        QVERIFY(!back.value().wait->known());
    }

    void badCheckInsNameTheNestedFields()
    {
        QJsonObject json = fullCheckIn().toJson();
        QJsonObject ticket = json.value(QLatin1String("ticket")).toObject();
        QJsonArray matters = ticket.value(QLatin1String("matters")).toArray();
        QJsonObject first = matters.at(0).toObject();
        first.insert(QLatin1String("outcome"), QStringLiteral("maybe"));
        matters.replace(0, first);
        ticket.insert(QLatin1String("matters"), matters);
        ticket.remove(QLatin1String("number"));
        QJsonObject wait = ticket.value(QLatin1String("wait")).toObject();
        wait.remove(QLatin1String("pessimistic_minutes"));
        ticket.insert(QLatin1String("wait"), wait);
        json.insert(QLatin1String("ticket"), ticket);
        QJsonObject appointment = json.value(QLatin1String("appointment")).toObject();
        appointment.insert(QLatin1String("slot_at"), QStringLiteral("soon"));
        json.insert(QLatin1String("appointment"), appointment);
        const auto bad = AppointmentCheckIn::fromJson(json);
        QVERIFY(!bad.ok());
        QCOMPARE(badFields(bad.error()),
                 (QStringList{QStringLiteral("appointment.slot_at"), QStringLiteral("ticket.matters[0].outcome"),
                              QStringLiteral("ticket.number"), QStringLiteral("ticket.wait.pessimistic_minutes")}));
        QCOMPARE(badFields(AppointmentCheckIn::fromJson({}).error()), (QStringList{QStringLiteral("appointment"), QStringLiteral("ticket")}));
    }

    void listRoundTrip()
    {
        AppointmentList l;
        l.appointments = {fullView(), fullView()};
        l.appointments[1].code = QStringLiteral("73051288");
        l.appointments[1].state = AppointmentState::Cancelled;
        l.appointments[1].ticketId = 0;
        QVERIFY(AppointmentList::fromJson(l.toJson()).value() == l);
        QVERIFY(AppointmentList::fromJson(AppointmentList{}.toJson()).value() == AppointmentList{});

        const auto bad = AppointmentList::fromJson({{QLatin1String("appointments"), QJsonArray{7, fullView().toJson()}}});
        QCOMPARE(badFields(bad.error()), QStringList{QStringLiteral("appointments[0]")});
        QCOMPARE(badFields(AppointmentList::fromJson({}).error()), QStringList{QStringLiteral("appointments")});
    }

    void statesByTheirWireNames()
    {
        for (const auto state : {AppointmentState::Booked, AppointmentState::CheckedIn, AppointmentState::Cancelled})
            QVERIFY(appointmentStateFromString(toString(state)) == state);
        QCOMPARE(toString(AppointmentState::CheckedIn), QStringLiteral("checked_in"));
        QVERIFY(!appointmentStateFromString(u"checked-in"));
    }
};

QTEST_MAIN(TestAppointmentBodies)
#include "tst_appointment_bodies.moc"
