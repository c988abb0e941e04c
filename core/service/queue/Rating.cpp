#include "core/service/queue/Rating.h"

#include "core/domain/util/Clock.h"
#include "core/service/org/CalendarService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/RectificationRepository.h"
#include "core/service/store/TicketRepository.h"
#include "core/sql/Database.h"

#include <QCoreApplication>

namespace ow {

RatingService::RatingService(Database &db, const Clock &clock, QueueService &queue, const CalendarService &calendar,
                             int rectificationDays)
    : m_db(db), m_clock(clock), m_queue(queue), m_calendar(calendar), m_rectificationDays(rectificationDays)
{}

Result<RatingRecord> RatingService::rate(qint64 ticketId, const QString &serviceCode, RatingLevel level, qint64 actorId)
{
    auto found = m_queue.ticket(ticketId);
    if (!found)
        return found.error();
    if (!found.value())
        return notFoundError(QStringLiteral("no ticket %1").arg(ticketId));
    const Ticket &t = *found.value();
    if (t.state != TicketState::Finished)
        return conflictError(QStringLiteral("ticket %1 is not finished").arg(t.number));
    if (std::none_of(t.matters.begin(), t.matters.end(), [&](const TicketMatter &m) { return m.serviceCode == serviceCode; }))
        return invalidFieldError(QStringLiteral("service"), QStringLiteral("not a matter of this ticket"));

    const QDateTime now = m_clock.now();
    const bool bad = level == RatingLevel::Dissatisfied || level == RatingLevel::VeryDissatisfied;
    auto hallCode = m_queue.hallCodeOf(t.hallId);
    if (!hallCode)
        return hallCode.error();
    auto hall = m_queue.hall(hallCode.value());
    if (!hall)
        return hall.error();
    const QDate due = m_calendar.calendar().addWorkingDays(serviceDay(**hall, now), m_rectificationDays);
    RatingRecord out;
    out.ticket = t.number;
    out.service = serviceCode;
    out.level = level;
    out.window = t.windowNumber;
    out.at = now;
    Status st = m_db.transaction([&]() -> Status {
        auto exists = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE ticket_id = ? AND service_code = ?"),
                                {ticketId, serviceCode});
        if (!exists)
            return exists.error();
        exists.value().next();
        if (exists.value().value(0).toInt() > 0)
            return conflictError(QStringLiteral("already rated"));
        auto q = m_db.exec(QStringLiteral("INSERT INTO ratings (ticket_id, service_code, teller_id, window_number, hall_id, level, "
                                          "at, submitted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {ticketId, serviceCode, t.tellerId, t.windowNumber, t.hallId, toString(level),
                            now.toMSecsSinceEpoch(), actorId});
        if (!q)
            return q.error();
        const qint64 ratingId = q.value().lastInsertId().toLongLong();
        out.id = ratingId;
        if (!bad)
            return okStatus();
        auto r = RectificationRepository(m_db).open(ratingId, t.hallId, due, now);
        if (!r)
            return r.error();
        // On the ticket's timeline, where its follow-up and closing will follow.
        if (auto ev = TicketRepository(m_db).appendEvent(t, TicketEventKind::RectificationOpened, actorId, now,
                                                         {{QLatin1String("rectification"), r.value()},
                                                          {QLatin1String("due_day"), due.toString(Qt::ISODate)},
                                                          {QLatin1String("level"), toString(level)},
                                                          {QLatin1String("service"), serviceCode}});
            !ev)
            return ev.error();
        out.rectification = RectificationRef{r.value(), due, QStringLiteral("open")};
        return okStatus();
    });
    if (!st)
        return st.error();
    m_queue.notify(QStringLiteral("rating.submitted"), t.hallId, out.toJson());
    return out;
}

} // namespace ow
