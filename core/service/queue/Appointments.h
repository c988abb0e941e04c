#pragma once

#include "core/domain/api/AppointmentBodies.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>

namespace ow {

class CatalogueService;
class Clock;
class Database;
class QueueService;

// A booked slot for one matter at one hall (from the 12333 hotline, the online portal or a
// window), redeemed at the kiosk by its code.
struct Appointment
{
    qint64 id = 0;
    QString code; // 8 digits, what the citizen types at the kiosk
    qint64 hallId = 0;
    QString hallCode;
    QString serviceCode;
    QDateTime slotAt;
    Channel channel = Channel::Hotline;
    QString residentId;
    QString phone;
    AppointmentState state = AppointmentState::Booked;
    qint64 ticketId = 0;
    QDateTime bookedAt;
    // As the API shows it: personal data masked unless `withPersonalData`, and only when given.
    AppointmentView view(bool withPersonalData) const;
    QJsonObject toJson(bool withPersonalData) const { return view(withPersonalData).toJson(); }
};

// What a booking asks for is the body of POST /api/v1/appointments.
using BookingRequest = AppointmentBooking;

// Booking, cancelling and checking in appointments. Check-in is allowed from
// `appointmentEarlyMinutes` before the slot to `appointmentLateMinutes` after it; it issues an
// appointment ticket that the dispatcher puts ahead of walk-ins once the slot has come. A slot
// takes as many bookings as the hall's rules allow (HallQueueConfig::slotCapacity).
class AppointmentService
{
public:
    static constexpr int kSlotMinutes = 15;   // slots start on the quarter hour
    static constexpr int kBookAheadDays = 30;

    AppointmentService(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue);

    Result<Appointment> book(const BookingRequest &request, qint64 actorId);
    Result<Appointment> find(const QString &code) const;
    Result<Appointment> cancel(const QString &code, qint64 actorId);
    // At the kiosk of `hallCode`: the appointment's ticket.
    Result<QPair<Appointment, Ticket>> checkIn(const QString &code, const QString &hallCode, qint64 actorId);
    Result<QList<Appointment>> forDay(const QString &hallCode, const QDate &day) const;

private:
    Result<QList<Appointment>> query(const QString &where, const QVariantList &values) const;
    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    QueueService &m_queue;
};

} // namespace ow
