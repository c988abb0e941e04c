#include "core/service/queue/Appointments.h"

#include "core/domain/org/Org.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/Masking.h"
#include "core/domain/util/ResidentId.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"

#include <QTimeZone>

#include <sodium.h>

namespace ow {

namespace {
QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
QString newCode()
{
    ensureSodium();
    return QStringLiteral("%1").arg(10000000u + randombytes_uniform(90000000u));
}
} // namespace

AppointmentView Appointment::view(bool withPersonalData) const
{
    AppointmentView v;
    v.code = code;
    v.hallCode = hallCode;
    v.serviceCode = serviceCode;
    v.slotAt = slotAt;
    v.channel = channel;
    v.state = state;
    v.bookedAt = bookedAt;
    v.ticketId = ticketId;
    // Never in full over the API, as for tickets: masked (mask() keeps an empty text empty).
    v.residentId = withPersonalData ? residentId : mask(PersonalData::ResidentIdNumber, residentId);
    v.phone = withPersonalData ? phone : mask(PersonalData::Phone, phone);
    return v;
}

AppointmentService::AppointmentService(Database &db, const Clock &clock, const CatalogueService &catalogue,
                                       QueueService &queue)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_queue(queue)
{}

Result<Appointment> AppointmentService::book(const BookingRequest &req, qint64 actorId)
{
    auto hallId = OrgRepository(m_db).hallId(req.hallCode);
    if (!hallId)
        return hallId.error();
    if (!hallId.value())
        return notFoundError(QStringLiteral("unknown hall %1").arg(req.hallCode));
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue || !catalogue->service(req.serviceCode))
        return invalidFieldError(QStringLiteral("service"), QStringLiteral("unknown service %1").arg(req.serviceCode));
    const QDateTime now = m_clock.now();
    if (!req.slotAt.isValid())
        return invalidFieldError(QStringLiteral("slot_at"), QStringLiteral("a date and time is required"));
    if (req.slotAt <= now || req.slotAt > now.addDays(kBookAheadDays))
        return invalidFieldError(QStringLiteral("slot_at"), QStringLiteral("a slot within the next %1 days").arg(kBookAheadDays));
    const QTime t = req.slotAt.time();
    if (t.minute() % kSlotMinutes != 0 || t.second() != 0)
        return invalidFieldError(QStringLiteral("slot_at"), QStringLiteral("slots start every %1 minutes").arg(kSlotMinutes));
    Appointment a;
    if (!req.residentId.isEmpty()) {
        const auto problem = ResidentId::check(req.residentId, now.date());
        if (problem != ResidentId::Problem::None)
            return invalidFieldError(QStringLiteral("resident_id"), ResidentId::problemText(problem));
        a.residentId = ResidentId::parse(req.residentId, now.date())->text();
    }
    a.hallId = *hallId.value();
    a.hallCode = req.hallCode;
    a.serviceCode = req.serviceCode;
    a.slotAt = req.slotAt.toUTC();
    a.channel = req.channel;
    a.phone = req.phone.trimmed();
    a.bookedAt = now;
    auto rules = m_queue.rulesOf(req.hallCode);
    if (!rules)
        return rules.error();
    const int capacity = rules.value().slotCapacity;
    Status st = m_db.transaction([&]() -> Status {
        auto taken = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE hall_id = ? AND slot_at = ? AND state != ?"),
                               {a.hallId, ms(a.slotAt), toString(AppointmentState::Cancelled)});
        if (!taken)
            return taken.error();
        taken.value().next();
        if (taken.value().value(0).toInt() >= capacity)
            return conflictError(QStringLiteral("the slot is fully booked"));
        for (int attempt = 0; attempt < 5; ++attempt) {
            a.code = newCode();
            auto clash = m_db.exec(QStringLiteral("SELECT 1 FROM appointments WHERE code = ?"), {a.code});
            if (!clash)
                return clash.error();
            if (!clash.value().next())
                break;
            a.code.clear();
        }
        if (a.code.isEmpty())
            return Error{ErrorCode::Internal, QStringLiteral("no free appointment code"), {}};
        auto q = m_db.exec(QStringLiteral("INSERT INTO appointments (code, hall_id, service_code, slot_at, channel, resident_id, "
                                          "phone, state, booked_at, booked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {a.code, a.hallId, a.serviceCode, ms(a.slotAt), ow::toString(a.channel), a.residentId, a.phone,
                            toString(a.state), ms(a.bookedAt), actorId ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>())});
        if (!q)
            return q.error();
        a.id = q.value().lastInsertId().toLongLong();
        return okStatus();
    });
    if (!st)
        return st.error();
    return a;
}

Result<QList<Appointment>> AppointmentService::query(const QString &where, const QVariantList &values) const
{
    auto q = m_db.exec(QStringLiteral("SELECT a.id, a.code, a.hall_id, h.code, a.service_code, a.slot_at, a.channel, "
                                      "a.resident_id, a.phone, a.state, a.ticket_id, a.booked_at FROM appointments a "
                                      "JOIN halls h ON h.id = a.hall_id WHERE ")
                           + where + QStringLiteral(" ORDER BY a.slot_at, a.id"),
                       values);
    if (!q)
        return q.error();
    QList<Appointment> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Appointment a;
        a.id = r.value(0).toLongLong();
        a.code = r.value(1).toString();
        a.hallId = r.value(2).toLongLong();
        a.hallCode = r.value(3).toString();
        a.serviceCode = r.value(4).toString();
        a.slotAt = fromMs(r.value(5));
        a.channel = channelFromString(r.value(6).toString()).value_or(Channel::Hotline);
        a.residentId = r.value(7).toString();
        a.phone = r.value(8).toString();
        a.state = appointmentStateFromString(r.value(9).toString()).value_or(AppointmentState::Booked);
        a.ticketId = r.value(10).toLongLong();
        a.bookedAt = fromMs(r.value(11));
        out.append(a);
    }
    return out;
}

Result<Appointment> AppointmentService::find(const QString &code) const
{
    auto list = query(QStringLiteral("a.code = ?"), {code.trimmed()});
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return notFoundError(QStringLiteral("no appointment %1").arg(code));
    return list.value().first();
}

Result<Appointment> AppointmentService::cancel(const QString &code, qint64 actorId)
{
    Q_UNUSED(actorId);
    auto a = find(code);
    if (!a)
        return a.error();
    if (a.value().state != AppointmentState::Booked)
        return conflictError(QStringLiteral("appointment %1 is %2").arg(code, toString(a.value().state)));
    if (auto st = m_db.run(QStringLiteral("UPDATE appointments SET state = ? WHERE id = ?"),
                           {toString(AppointmentState::Cancelled), a.value().id});
        !st)
        return st.error();
    Appointment out = a.value();
    out.state = AppointmentState::Cancelled;
    return out;
}

Result<QPair<Appointment, Ticket>> AppointmentService::checkIn(const QString &code, const QString &hallCode, qint64 actorId)
{
    auto found = find(code);
    if (!found)
        return found.error();
    Appointment a = found.value();
    if (a.hallCode != hallCode)
        return conflictError(QStringLiteral("appointment %1 is for hall %2").arg(code, a.hallCode));
    if (a.state != AppointmentState::Booked)
        return conflictError(QStringLiteral("appointment %1 is %2").arg(code, toString(a.state)));
    const QDateTime now = m_clock.now();
    auto rules = m_queue.rulesOf(hallCode);
    if (!rules)
        return rules.error();
    const HallQueueConfig &config = rules.value();
    if (now < a.slotAt.addSecs(-qint64(config.appointmentEarlyMinutes) * 60))
        return conflictError(QStringLiteral("check-in opens %1 minutes before the slot").arg(config.appointmentEarlyMinutes));
    if (now > a.slotAt.addSecs(qint64(config.appointmentLateMinutes) * 60))
        return conflictError(QStringLiteral("the appointment's check-in closed %1 minutes after the slot").arg(config.appointmentLateMinutes));

    Result<Ticket> ticket = Error{ErrorCode::Internal, {}, {}};
    Status st = m_db.transaction([&]() -> Status {
        IssueRequest r;
        r.hallCode = hallCode;
        r.services = {a.serviceCode};
        r.channel = Channel::Appointment;
        r.residentId = a.residentId;
        r.phone = a.phone;
        r.appointmentId = a.id;
        r.appointmentAt = a.slotAt;
        ticket = m_queue.issue(r, actorId);
        if (!ticket)
            return ticket.error();
        auto q = m_db.exec(QStringLiteral("UPDATE appointments SET state = ?, ticket_id = ? WHERE id = ? AND state = ?"),
                           {toString(AppointmentState::CheckedIn), ticket.value().id, a.id, toString(AppointmentState::Booked)});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return conflictError(QStringLiteral("appointment %1 was checked in already").arg(code));
        return okStatus();
    });
    if (!st)
        return st.error();
    a.state = AppointmentState::CheckedIn;
    a.ticketId = ticket.value().id;
    return qMakePair(a, ticket.value());
}

Result<QList<Appointment>> AppointmentService::forDay(const QString &hallCode, const QDate &day) const
{
    // The hall's own calendar day.
    auto tz = m_db.exec(QStringLiteral("SELECT timezone FROM halls WHERE code = ?"), {hallCode});
    if (!tz)
        return tz.error();
    if (!tz.value().next())
        return QList<Appointment>{}; // an unknown hall has no bookings
    Hall hall;
    hall.code = hallCode;
    hall.timeZone = tz.value().value(0).toString();
    const QDateTime from(day, QTime(0, 0), timeZoneOf(hall));
    return query(QStringLiteral("h.code = ? AND a.slot_at >= ? AND a.slot_at < ?"), {hallCode, ms(from), ms(from.addDays(1))});
}

} // namespace ow
