#include "core/service/queue/RectificationService.h"

#include "core/domain/org/SupervisionScope.h"
#include "core/domain/queue/RectificationRules.h"
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/RectificationRepository.h"
#include "core/service/store/TicketRepository.h"
#include "core/sql/Database.h"

namespace ow {

namespace {

Error conflict(const char *source, const QString &detail)
{
    Error e = conflictError(detail);
    e.text = {source, {}};
    return e;
}

Result<SupervisionScope> scopeOf(Database &db, const Account &who)
{
    auto halls = OrgRepository(db).halls();
    if (!halls)
        return halls.error();
    return SupervisionScope(who, halls.value());
}

} // namespace

RectificationService::RectificationService(Database &db, const Clock &clock, QueueService &queue, const CatalogueService &catalogue)
    : m_db(db), m_clock(clock), m_queue(queue), m_catalogue(catalogue)
{}

Result<QDate> RectificationService::today(const QString &hallCode)
{
    auto hall = m_queue.hall(hallCode);
    if (!hall)
        return hall.error();
    return serviceDay(*hall.value(), m_clock.now());
}

Status RectificationService::complete(RectificationDetail &detail)
{
    RectificationItem &item = detail.rectification;
    auto day = today(item.hall);
    if (!day)
        return day.error();
    item.state = rectificationState(item.dueDay, item.state == RectificationState::Closed, day.value());
    if (const Catalogue *c = m_catalogue.current()) {
        if (const ServiceItem *s = c->service(item.service))
            detail.serviceName = s->name;
    }
    return okStatus();
}

Result<RectificationList> RectificationService::list(const Account &who, const QString &hallCode, const RectificationFilter &filter)
{
    auto scope = scopeOf(m_db, who);
    if (!scope)
        return scope.error();
    if (auto st = scope.value().require(hallCode); !st)
        return st.error();
    QList<qint64> ids;
    QHash<QString, QDate> days; // each hall's today
    for (const QString &code : scope.value().hallsFrom(hallCode, filter.below)) {
        auto hall = m_queue.hall(code);
        if (!hall)
            return hall.error();
        // A training hall's bad ratings are the trainer's: listed when it is asked for itself.
        if (hall.value()->training && code != hallCode)
            continue;
        ids << hall.value()->id;
        days.insert(code, serviceDay(*hall.value(), m_clock.now()));
    }
    std::optional<bool> closed;
    if (filter.state)
        closed = *filter.state == RectificationState::Closed;
    auto rows = RectificationRepository(m_db).list(ids, closed, filter.limit);
    if (!rows)
        return rows.error();
    RectificationList out;
    for (const RectificationRecord &r : rows.value()) {
        RectificationItem item = r.detail.rectification;
        item.state = rectificationState(item.dueDay, item.state == RectificationState::Closed, days.value(item.hall));
        if (filter.state == RectificationState::Overdue && item.state != RectificationState::Overdue)
            continue;
        out.rectifications.append(item);
    }
    return out;
}

Result<RectificationRecord> RectificationService::load(const Account &who, qint64 id)
{
    auto found = RectificationRepository(m_db).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return notFoundError(QStringLiteral("no rectification %1").arg(id));
    auto scope = scopeOf(m_db, who);
    if (!scope)
        return scope.error();
    if (auto st = scope.value().require(found.value()->detail.rectification.hall); !st)
        return st.error();
    RectificationRecord r = *found.value();
    if (auto st = complete(r.detail); !st)
        return st.error();
    return r;
}

Result<RectificationDetail> RectificationService::detail(const Account &who, qint64 id)
{
    auto r = load(who, id);
    if (!r)
        return r.error();
    return r.value().detail;
}

Status RectificationService::toTimeline(const RectificationRecord &record, TicketEventKind kind, qint64 actorId,
                                        const QJsonObject &detail)
{
    auto ticket = m_queue.ticket(record.detail.rectification.ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket.value())
        return notFoundError(QStringLiteral("no ticket %1").arg(record.detail.rectification.ticketId));
    QJsonObject d = detail;
    d.insert(QLatin1String("rectification"), record.detail.rectification.id);
    return TicketRepository(m_db).appendEvent(*ticket.value(), kind, actorId, m_clock.now(), d);
}

Result<RectificationDetail> RectificationService::followUp(const Account &who, qint64 id, const FollowUpRequest &request)
{
    auto record = load(who, id);
    if (!record)
        return record.error();
    const RectificationRecord &r = record.value();
    if (r.detail.closure)
        return conflict(RectificationRules::closeBlocker(true, 0), QStringLiteral("rectification %1 is closed").arg(id));
    const QDateTime now = m_clock.now();
    if (const auto problems = RectificationRules::checkFollowUp(request, r.detail.ratedAt, now); !problems.isEmpty())
        return RectificationRules::refusal(problems);
    const Status st = m_db.transaction([&]() -> Status {
        if (auto step = RectificationRepository(m_db).addFollowUp(id, request, who.id, now); !step)
            return step.error();
        QJsonObject detail{{QLatin1String("contacted_at"), request.contactedAt.toUTC().toString(Qt::ISODate)},
                           {QLatin1String("channel"), toString(*request.channel)},
                           {QLatin1String("answer"), toString(*request.answer)}};
        for (const auto &[key, text] : {std::pair{QLatin1String("cause"), request.cause}, std::pair{QLatin1String("action"), request.action},
                                        std::pair{QLatin1String("note"), request.note}}) {
            if (!text.isEmpty())
                detail.insert(key, text);
        }
        return toTimeline(r, TicketEventKind::RectificationFollowedUp, who.id, detail);
    });
    if (!st)
        return st.error();
    return detail(who, id);
}

Result<RectificationDetail> RectificationService::close(const Account &who, qint64 id, const CloseRectificationRequest &request)
{
    auto record = load(who, id);
    if (!record)
        return record.error();
    const RectificationRecord &r = record.value();
    const QList<RectificationFollowUp> &contacts = r.detail.followUps;
    if (const char *blocker = RectificationRules::closeBlocker(r.detail.closure.has_value(), static_cast<int>(contacts.size())))
        return conflict(blocker, QStringLiteral("rectification %1 cannot be closed").arg(id));
    if (const auto problems = RectificationRules::checkClose(request); !problems.isEmpty())
        return RectificationRules::refusal(problems);
    auto day = today(r.detail.rectification.hall);
    if (!day)
        return day.error();
    RectificationClosure c;
    c.closedAt = m_clock.now();
    c.closedDay = day.value();
    c.closedBy = who.id;
    c.cause = request.cause;
    c.action = request.action;
    c.note = request.note;
    c.answer = contacts.last().answer;
    c.late = closedLate(r.detail.rectification.dueDay, c.closedDay);
    const Status st = m_db.transaction([&]() -> Status {
        if (auto closed = RectificationRepository(m_db).close(id, c); !closed)
            return closed.error().code == ErrorCode::Conflict ? conflict(RectificationRules::closeBlocker(true, 0), closed.error().detail)
                                                               : closed.error();
        return toTimeline(r, TicketEventKind::RectificationClosed, who.id,
                          {{QLatin1String("answer"), toString(c.answer)},
                           {QLatin1String("cause"), c.cause},
                           {QLatin1String("action"), c.action},
                           {QLatin1String("late"), c.late}});
    });
    if (!st)
        return st.error();
    return detail(who, id);
}

} // namespace ow
