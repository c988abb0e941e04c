#include "core/domain/api/AppointmentBodies.h"

#include "core/domain/api/QueueBodies.h"

#include "core/domain/util/JsonReader.h"
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

QDateTime requiredInstant(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key))
        r.problem(key, kRequired);
    return r.instant(key);
}

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
    v.channel = r.requiredEnum(kChannel, &channelFromString).value_or(Channel::Hotline);
    v.state = r.requiredEnum(kState, &appointmentStateFromString).value_or(AppointmentState::Booked);
    v.bookedAt = requiredInstant(r, kBookedAt);
    v.ticketId = r.integer(kTicketId);
    v.residentId = r.text(kResidentId);
    v.phone = r.text(kPhone);
    return r.finish(v);
}

// ---- AppointmentCheckIn ----

QJsonObject AppointmentCheckIn::toJson() const
{
    return {{kAppointment, appointment.toJson()}, {kTicket, QueuedTicket{ticket, {}, wait}.toJson()}};
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
    if (auto ticket = r.nested<QueuedTicket>(kTicket)) {
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
