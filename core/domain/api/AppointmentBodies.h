#pragma once

#include "core/domain/queue/QueueTypes.h"
#include "core/domain/queue/WaitEstimator.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// The contract of the appointments area (预约, docs/api/openapi.yaml tag appointments): one type
// per request and answer body, each with toJson and fromJson side by side.

enum class AppointmentState { Booked, CheckedIn, Cancelled };
QString toString(AppointmentState v);
std::optional<AppointmentState> appointmentStateFromString(QStringView s);

// POST /api/v1/appointments — a slot for one matter at a hall, booked by the 12333 hotline, the
// online portal or a window (schema AppointmentBooking). `hallCode` and `serviceCode` may be
// empty here: the booking rules refuse them (unknown hall 404, unknown service 422).
struct AppointmentBooking
{
    QString hallCode;
    QString serviceCode;
    QDateTime slotAt; // with the offset it was given in: the quarter-hour rule reads it there
    Channel channel = Channel::Hotline;
    QString residentId; // optional
    QString phone;      // optional

    QJsonObject toJson() const;
    static Result<AppointmentBooking> fromJson(const QJsonObject &json);
    bool operator==(const AppointmentBooking &) const = default;
};

// An appointment as the API shows it (schema Appointment): personal data masked, and only when
// given (the server fills it from its own row, see Appointment::view).
struct AppointmentView
{
    QString code; // 8 digits, what the citizen types at the kiosk
    QString hallCode;
    QString serviceCode;
    QDateTime slotAt;
    Channel channel = Channel::Hotline;
    AppointmentState state = AppointmentState::Booked;
    QDateTime bookedAt;
    qint64 ticketId = 0; // 0: not checked in
    QString residentId;  // masked; empty when none was given
    QString phone;       // masked; empty when none was given

    QJsonObject toJson() const;
    static Result<AppointmentView> fromJson(const QJsonObject &json);
    bool operator==(const AppointmentView &) const = default;
};

// POST /api/v1/halls/{hall}/appointments/{code}/check-in — the appointment, now checked in, and
// the ticket issued for it with its wait estimate (schemas AppointmentCheckIn and IssuedTicket).
struct AppointmentCheckIn
{
    AppointmentView appointment;
    Ticket ticket;                    // personal data masked in the JSON whatever it holds
    std::optional<WaitEstimate> wait; // absent only if the estimate could not be read

    QJsonObject toJson() const;
    static Result<AppointmentCheckIn> fromJson(const QJsonObject &json);
    // Equal as the API shows them: Ticket and WaitEstimate (the queue area's types) have no
    // operator== of their own, and the wait travels in whole minutes only.
    bool operator==(const AppointmentCheckIn &other) const;
};

// GET /api/v1/halls/{hall}/appointments?day= — one day's bookings of a hall, by slot.
struct AppointmentList
{
    QList<AppointmentView> appointments;

    QJsonObject toJson() const;
    static Result<AppointmentList> fromJson(const QJsonObject &json);
    bool operator==(const AppointmentList &) const = default;
};

} // namespace ow
