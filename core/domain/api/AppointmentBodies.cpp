#include "core/domain/api/AppointmentBodies.h"

#include "core/domain/api/JsonReader.h"
#include "core/domain/util/EnumText.h"

#include <QJsonArray>

namespace ow {

namespace {

constexpr EnumText<AppointmentState, 3> kStates{{{{AppointmentState::Booked, "booked"},
                                                 {AppointmentState::CheckedIn, "checked_in"},
                                                 {AppointmentState::Cancelled, "cancelled"}}}};

const QLatin1StringView kCode("code");
const QLatin1StringView kHall("hall");
const QLatin1StringView kService("service");
const QLatin1StringView kSlotAt("slot_at");
const QLatin1StringView kChannel("channel");
const QLatin1StringView kState("state");
const QLatin1StringView kBookedAt("booked_at");
const QLatin1StringView kTicketId("ticket_id");
const QLatin1StringView kResidentId("resident_id");
const QLatin1StringView kPhone("phone");
const QLatin1StringView kAppointment("appointment");
const QLatin1StringView kAppointments("appointments");
const QLatin1StringView kTicket("ticket");
const QLatin1StringView kWait("wait");

const QString kRequired = QStringLiteral("required");

template<typename E>
std::optional<E> requiredEnum(JsonReader &r, QLatin1StringView key, std::optional<E> (*fromString)(QStringView))
{
    if (!r.has(key)) {
        r.problem(key, kRequired);
        return std::nullopt;
    }
    return r.enumValue(key, fromString);
}

QDateTime requiredInstant(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key))
        r.problem(key, kRequired);
    return r.instant(key);
}

// The ticket part of the check-in answer is the queue area's IssuedTicket (a Ticket with its
// `wait`). Until the queue contract gives Ticket and WaitEstimate a fromJson of their own, they
// are read here, field for field as Ticket::toJson and WaitEstimate::toJson write them.
struct MatterBody
{
    TicketMatter matter;
    static Result<MatterBody> fromJson(const QJsonObject &json)
    {
        JsonReader r(json);
        MatterBody b;
        b.matter.serviceCode = r.requiredText(QLatin1StringView("service"));
        b.matter.category = r.requiredText(QLatin1StringView("category"));
        b.matter.outcome = requiredEnum(r, QLatin1StringView("outcome"), &matterOutcomeFromString).value_or(MatterOutcome::Pending);
        b.matter.reason = r.text(QLatin1StringView("reason"));
        return r.finish(b);
    }
};

// The API gives whole minutes; the estimate holds seconds, so minutes × 60 (written back the same).
struct WaitBody
{
    WaitEstimate wait;
    static Result<WaitBody> fromJson(const QJsonObject &json)
    {
        const QLatin1StringView optimistic("optimistic_minutes");
        const QLatin1StringView pessimistic("pessimistic_minutes");
        JsonReader r(json);
        WaitBody b;
        b.wait.peopleAhead = static_cast<int>(r.requiredInteger(QLatin1StringView("people_ahead")));
        b.wait.capableWindows = static_cast<int>(r.requiredInteger(QLatin1StringView("capable_windows")));
        // The minutes come exactly when some open window can serve the ticket.
        for (const QLatin1StringView key : {optimistic, pessimistic}) {
            if (b.wait.known() && !r.has(key))
                r.problem(key, kRequired);
            else if (!b.wait.known() && r.has(key))
                r.problem(key, QStringLiteral("only when capable_windows is above 0"));
        }
        b.wait.optimisticSeconds = r.integer(optimistic) * 60;
        b.wait.pessimisticSeconds = r.integer(pessimistic) * 60;
        return r.finish(b);
    }
};

struct IssuedTicketBody
{
    Ticket ticket;
    std::optional<WaitEstimate> wait;

    QJsonObject toJson() const
    {
        QJsonObject o = ticket.toJson(false); // masking is idempotent: a masked copy stays as it is
        if (wait)
            o.insert(kWait, wait->toJson());
        return o;
    }

    static Result<IssuedTicketBody> fromJson(const QJsonObject &json)
    {
        JsonReader r(json);
        IssuedTicketBody b;
        Ticket &t = b.ticket;
        t.id = r.requiredInteger(QLatin1StringView("id"));
        t.number = r.requiredText(QLatin1StringView("number"));
        t.prefix = t.number.left(1);
        t.serviceDay = r.requiredText(QLatin1StringView("service_day"));
        t.channel = requiredEnum(r, QLatin1StringView("channel"), &channelFromString).value_or(Channel::Kiosk);
        t.state = requiredEnum(r, QLatin1StringView("state"), &ticketStateFromString).value_or(TicketState::Waiting);
        t.issuedAt = requiredInstant(r, QLatin1StringView("issued_at"));
        t.windowNumber = static_cast<int>(r.requiredInteger(QLatin1StringView("window")));
        t.recalls = static_cast<int>(r.requiredInteger(QLatin1StringView("recalls")));
        const QLatin1StringView matters("matters");
        if (!r.has(matters))
            r.problem(matters, kRequired);
        for (const MatterBody &m : r.list<MatterBody>(matters))
            t.matters.append(m.matter);
        t.priorityGroup = r.text(QLatin1StringView("priority_group"));
        t.calledAt = r.instant(QLatin1StringView("called_at"));
        t.servingSince = r.instant(QLatin1StringView("serving_since"));
        t.finishedAt = r.instant(QLatin1StringView("finished_at"));
        t.parkedUntil = r.instant(QLatin1StringView("parked_until"));
        t.residentId = r.text(kResidentId);
        t.phone = r.text(kPhone);
        if (auto wait = r.nested<WaitBody>(kWait))
            b.wait = wait->wait;
        return r.finish(b);
    }
};

} // namespace

QString toString(AppointmentState v)
{
    return kStates.toString(v);
}

std::optional<AppointmentState> appointmentStateFromString(QStringView s)
{
    return kStates.fromString(s);
}

// ---- AppointmentBooking ----

QJsonObject AppointmentBooking::toJson() const
{
    // The offset travels with the slot; a local time is written with the offset it has here.
    const QDateTime slot = slotAt.timeSpec() == Qt::LocalTime ? slotAt.toOffsetFromUtc(slotAt.offsetFromUtc()) : slotAt;
    QJsonObject o{{kHall, hallCode},
                  {kService, serviceCode},
                  {kSlotAt, slot.isValid() ? QJsonValue(slot.toString(Qt::ISODate)) : QJsonValue()},
                  {kChannel, ow::toString(channel)}};
    if (!residentId.isEmpty())
        o.insert(kResidentId, residentId);
    if (!phone.isEmpty())
        o.insert(kPhone, phone);
    return o;
}

Result<AppointmentBooking> AppointmentBooking::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AppointmentBooking b;
    b.hallCode = r.text(kHall);
    b.serviceCode = r.text(kService);
    b.slotAt = r.instant(kSlotAt);
    if (!b.slotAt.isValid())
        r.problem(kSlotAt, QStringLiteral("ISO 8601 date and time with offset"));
    // Kiosks and appointments are channels of tickets, not of bookings.
    const QString channel = r.text(kChannel, QStringLiteral("hotline"));
    const auto parsed = channelFromString(channel);
    if (!parsed || *parsed == Channel::Kiosk || *parsed == Channel::Appointment)
        r.problem(kChannel, QStringLiteral("hotline, online or window"));
    else
        b.channel = *parsed;
    b.residentId = r.text(kResidentId);
    b.phone = r.text(kPhone);
    return r.finish(b);
}

// ---- AppointmentView ----

QJsonObject AppointmentView::toJson() const
{
    QJsonObject o{{kCode, code},
                  {kHall, hallCode},
                  {kService, serviceCode},
                  {kSlotAt, instantJson(slotAt)},
                  {kChannel, ow::toString(channel)},
                  {kState, ow::toString(state)},
                  {kBookedAt, instantJson(bookedAt)}};
    if (ticketId)
        o.insert(kTicketId, ticketId);
    if (!residentId.isEmpty())
        o.insert(kResidentId, residentId);
    if (!phone.isEmpty())
        o.insert(kPhone, phone);
    return o;
}

Result<AppointmentView> AppointmentView::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AppointmentView v;
    v.code = r.requiredText(kCode);
    v.hallCode = r.requiredText(kHall);
    v.serviceCode = r.requiredText(kService);
    v.slotAt = requiredInstant(r, kSlotAt);
    v.channel = requiredEnum(r, kChannel, &channelFromString).value_or(Channel::Hotline);
    v.state = requiredEnum(r, kState, &appointmentStateFromString).value_or(AppointmentState::Booked);
    v.bookedAt = requiredInstant(r, kBookedAt);
    v.ticketId = r.integer(kTicketId);
    v.residentId = r.text(kResidentId);
    v.phone = r.text(kPhone);
    return r.finish(v);
}

// ---- AppointmentCheckIn ----

QJsonObject AppointmentCheckIn::toJson() const
{
    return {{kAppointment, appointment.toJson()}, {kTicket, IssuedTicketBody{ticket, wait}.toJson()}};
}

Result<AppointmentCheckIn> AppointmentCheckIn::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AppointmentCheckIn c;
    if (!r.has(kAppointment))
        r.problem(kAppointment, kRequired);
    if (!r.has(kTicket))
        r.problem(kTicket, kRequired);
    if (auto appointment = r.nested<AppointmentView>(kAppointment))
        c.appointment = std::move(*appointment);
    if (auto ticket = r.nested<IssuedTicketBody>(kTicket)) {
        c.ticket = std::move(ticket->ticket);
        c.wait = ticket->wait;
    }
    return r.finish(c);
}

bool AppointmentCheckIn::operator==(const AppointmentCheckIn &other) const
{
    return appointment == other.appointment && toJson() == other.toJson();
}

// ---- AppointmentList ----

QJsonObject AppointmentList::toJson() const
{
    QJsonArray items;
    for (const AppointmentView &a : appointments)
        items.append(a.toJson());
    return {{kAppointments, items}};
}

Result<AppointmentList> AppointmentList::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AppointmentList l;
    if (!r.has(kAppointments))
        r.problem(kAppointments, kRequired);
    l.appointments = r.list<AppointmentView>(kAppointments);
    return r.finish(l);
}

} // namespace ow
