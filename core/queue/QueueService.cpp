#include "core/queue/QueueService.h"

#include "core/catalogue/CatalogueService.h"
#include "core/queue/Dispatcher.h"
#include "core/store/Database.h"
#include "core/store/OrgRepository.h"
#include "core/util/Clock.h"
#include "core/util/ResidentId.h"

#include <QJsonArray>
#include <QTimeZone>

namespace ow {

namespace {
Error conflict(const QString &why)
{
    return Error{ErrorCode::Conflict, why, {{QLatin1String("reason"), why}}};
}
Error invalid(const QString &field, const QString &why)
{
    return Error{ErrorCode::ValidationFailed, why, {{QLatin1String("fields"), QJsonObject{{field, why}}}}};
}
QJsonObject publicTicket(const Ticket &t, const QString &hallCode)
{
    QJsonObject o = t.toJson(false);
    o.insert(QLatin1String("hall"), hallCode);
    return o;
}
} // namespace

QueueService::QueueService(const Database &db, const Clock &clock, const CatalogueService &catalogue, HallQueueConfig config)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_config(std::move(config)), m_tickets(db)
{}

Result<const Hall *> QueueService::hall(const QString &code)
{
    if (m_halls.isEmpty()) {
        auto halls = OrgRepository(m_db).halls();
        if (!halls)
            return halls.error();
        for (const Hall &h : halls.value())
            m_halls.insert(h.code, h);
    }
    const auto it = m_halls.constFind(code);
    if (it == m_halls.constEnd())
        return Error{ErrorCode::NotFound, QStringLiteral("unknown hall %1").arg(code), {}};
    return &*it;
}

Result<const Hall *> QueueService::hallById(qint64 id)
{
    if (m_halls.isEmpty()) {
        if (auto h = hall(QString()); !h && h.error().code != ErrorCode::NotFound)
            return h.error();
    }
    for (const Hall &h : std::as_const(m_halls)) {
        if (h.id == id)
            return &h;
    }
    return Error{ErrorCode::NotFound, QStringLiteral("unknown hall id %1").arg(id), {}};
}

QString QueueService::serviceDay(const Hall &h) const
{
    const QTimeZone zone(h.timeZone.toUtf8());
    return m_clock.now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date().toString(Qt::ISODate);
}

void QueueService::publish(const QString &type, const Hall &h, const QJsonObject &payload)
{
    if (m_listener)
        m_listener(QueueEvent{type, h.id, h.code, payload});
}

Result<Ticket> QueueService::issue(const IssueRequest &req, qint64 actorId)
{
    auto h = hall(req.hallCode);
    if (!h)
        return h.error();
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    if (req.services.isEmpty())
        return invalid(QStringLiteral("services"), QStringLiteral("at least one service is required"));
    Ticket t;
    for (const QString &code : req.services) {
        const ServiceItem *s = catalogue->service(code);
        if (!s)
            return invalid(QStringLiteral("services"), QStringLiteral("unknown service %1").arg(code));
        t.matters.append({s->code, s->category, MatterOutcome::Pending, {}});
    }
    if (!req.priorityGroup.isEmpty() && !m_config.priorityGroups.contains(req.priorityGroup))
        return invalid(QStringLiteral("priority_group"), QStringLiteral("unknown priority group %1").arg(req.priorityGroup));
    const QDateTime now = m_clock.now();
    if (!req.residentId.isEmpty()) {
        const auto problem = ResidentId::check(req.residentId, now.date());
        if (problem != ResidentId::Problem::None)
            return invalid(QStringLiteral("resident_id"), ResidentId::problemText(problem));
        t.residentId = ResidentId::parse(req.residentId, now.date())->text();
    }
    const Category *category = catalogue->category(t.matters.first().category);
    t.hallId = (*h)->id;
    t.serviceDay = serviceDay(**h);
    t.prefix = category ? category->prefix : QStringLiteral("Z");
    t.channel = req.channel;
    t.priorityGroup = req.priorityGroup;
    t.phone = req.phone.trimmed();
    t.issuedAt = now;
    t.state = TicketState::Waiting;
    t.queueKey = static_cast<double>(now.toMSecsSinceEpoch()) / 1000.0;

    Status st = m_db.transaction([&]() -> Status {
        auto seq = m_tickets.nextSequence(t.hallId, t.serviceDay, t.prefix);
        if (!seq)
            return seq.error();
        if (seq.value() > 999)
            return conflict(QStringLiteral("numbers for prefix %1 are used up today").arg(t.prefix));
        t.sequence = seq.value();
        t.number = t.prefix + QStringLiteral("%1").arg(t.sequence, 3, 10, QLatin1Char('0'));
        auto id = m_tickets.insert(t);
        if (!id)
            return id.error();
        t.id = id.value();
        return m_tickets.appendEvent(t, TicketEventKind::Issued, actorId, now);
    });
    if (!st)
        return st.error();
    publish(QStringLiteral("ticket.issued"), **h, publicTicket(t, (*h)->code));
    return t;
}

Result<WindowStatus> QueueService::setWindow(const QString &hallCode, int window, WindowState state, qint64 tellerId,
                                             const QString &reason)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    const auto &ws = (*h)->windows;
    if (std::none_of(ws.begin(), ws.end(), [window](const Window &w) { return w.number == window; }))
        return Error{ErrorCode::NotFound, QStringLiteral("hall %1 has no window %2").arg(hallCode).arg(window), {}};
    auto current = m_tickets.window((*h)->id, window);
    if (!current)
        return current.error();
    WindowStatus status = current.value().value_or(WindowStatus{window, WindowState::Closed, 0, {}, {}, 0, {}, {}});
    status.state = state;
    status.tellerId = state == WindowState::Closed ? 0 : (tellerId ? tellerId : status.tellerId);
    status.reason = reason;
    status.since = m_clock.now();
    if (auto st = m_tickets.saveWindow((*h)->id, status); !st)
        return st.error();
    publish(QStringLiteral("window.changed"), **h,
            {{QLatin1String("window"), window}, {QLatin1String("state"), toString(state)}, {QLatin1String("reason"), reason}});
    return status;
}

Result<WindowStatus> QueueService::openWindow(const QString &hallCode, int window, qint64 tellerId)
{
    return setWindow(hallCode, window, WindowState::Open, tellerId, {});
}

Result<WindowStatus> QueueService::pauseWindow(const QString &hallCode, int window, const QString &reason, qint64 actorId)
{
    if (reason.trimmed().isEmpty())
        return invalid(QStringLiteral("reason"), QStringLiteral("a pause needs a reason"));
    return setWindow(hallCode, window, WindowState::Paused, actorId, reason.trimmed());
}

Result<WindowStatus> QueueService::closeWindow(const QString &hallCode, int window, qint64 actorId)
{
    return setWindow(hallCode, window, WindowState::Closed, actorId, {});
}

Result<std::optional<Ticket>> QueueService::callNext(const QString &hallCode, int window, qint64 actorId)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    const auto &known = (*h)->windows;
    if (std::none_of(known.begin(), known.end(), [window](const Window &w) { return w.number == window; }))
        return Error{ErrorCode::NotFound, QStringLiteral("hall %1 has no window %2").arg(hallCode).arg(window), {}};
    auto status = m_tickets.window((*h)->id, window);
    if (!status)
        return status.error();
    if (!status.value() || status.value()->state != WindowState::Open)
        return conflict(QStringLiteral("window %1 is not open").arg(window));
    WindowProfile profile{window, true, {}};
    for (const Window &w : (*h)->windows) {
        if (w.number == window) {
            profile.comprehensive = w.kind == WindowKind::Comprehensive;
            for (const QString &c : w.categories)
                profile.categoryWeights.append({c, 1});
        }
    }
    const QDateTime now = m_clock.now();
    std::optional<Ticket> called;
    Status st = m_db.transaction([&]() -> Status {
        auto waiting = m_tickets.list((*h)->id, serviceDay(**h), {TicketState::Waiting});
        if (!waiting)
            return waiting.error();
        WindowStatus ws = *status.value();
        const auto pick = Dispatcher::pickNext(profile, waiting.value(), now, m_config, ws.priorityStreak);
        if (!pick)
            return okStatus();
        for (Ticket t : waiting.value()) {
            if (t.id != pick->ticketId)
                continue;
            t.state = TicketState::Called;
            t.windowNumber = window;
            t.tellerId = actorId;
            t.calledAt = now;
            t.lastCalledAt = now;
            if (auto s = m_tickets.update(t); !s)
                return s;
            if (auto s = m_tickets.appendEvent(t, TicketEventKind::Called, actorId, now,
                                               {{QLatin1String("reason"), Dispatcher::toString(pick->reason)}});
                !s)
                return s;
            ws.priorityStreak = pick->reason == Dispatcher::Reason::Priority ? ws.priorityStreak + 1 : 0;
            if (auto s = m_tickets.saveWindow((*h)->id, ws); !s)
                return s;
            called = t;
        }
        return okStatus();
    });
    if (!st)
        return st.error();
    if (called)
        publish(QStringLiteral("ticket.called"), **h, publicTicket(*called, (*h)->code));
    return called;
}

Result<Ticket> QueueService::loadForWindow(qint64 ticketId, int window, QList<TicketState> allowed)
{
    auto t = m_tickets.find(ticketId);
    if (!t)
        return t.error();
    if (!t.value())
        return Error{ErrorCode::NotFound, QStringLiteral("no ticket %1").arg(ticketId), {}};
    const Ticket &ticket = *t.value();
    if (!allowed.contains(ticket.state))
        return conflict(QStringLiteral("ticket %1 is %2").arg(ticket.number, toString(ticket.state)));
    if (ticket.windowNumber != window)
        return conflict(QStringLiteral("ticket %1 belongs to window %2").arg(ticket.number).arg(ticket.windowNumber));
    return ticket;
}

Result<Ticket> QueueService::commit(Ticket ticket, TicketEventKind kind, qint64 actorId, const QJsonObject &detail)
{
    const QDateTime now = m_clock.now();
    Status st = m_db.transaction([&]() -> Status {
        if (auto s = m_tickets.update(ticket); !s)
            return s;
        return m_tickets.appendEvent(ticket, kind, actorId, now, detail);
    });
    if (!st)
        return st.error();
    if (auto h = hallById(ticket.hallId))
        publish(QStringLiteral("ticket.") + toString(kind), **h, publicTicket(ticket, (*h)->code));
    return ticket;
}

Result<Ticket> QueueService::recall(qint64 ticketId, int window, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    const QDateTime now = m_clock.now();
    const qint64 since = ticket.lastCalledAt.secsTo(now);
    if (since < m_config.recallGapSeconds) {
        return conflict(QStringLiteral("recall %1 again in %2 s").arg(ticket.number).arg(m_config.recallGapSeconds - since));
    }
    if (ticket.recalls >= m_config.maxRecalls) {
        // Recalled as often as allowed and still not here: a no-show, automatically.
        ticket.state = TicketState::NoShow;
        ticket.finishedAt = now;
        return commit(ticket, TicketEventKind::NoShow, actorId, {{QLatin1String("automatic"), true}});
    }
    ticket.recalls += 1;
    ticket.lastCalledAt = now;
    return commit(ticket, TicketEventKind::Recalled, actorId);
}

Result<Ticket> QueueService::startServing(qint64 ticketId, int window, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    ticket.state = TicketState::Serving;
    ticket.servingSince = m_clock.now();
    return commit(ticket, TicketEventKind::Serving, actorId);
}

Result<Ticket> QueueService::finish(qint64 ticketId, int window, const QList<MatterResult> &results, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Serving});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    for (TicketMatter &m : ticket.matters) {
        const auto it = std::find_if(results.begin(), results.end(),
                                     [&m](const MatterResult &r) { return r.serviceCode == m.serviceCode; });
        if (it == results.end())
            return invalid(QStringLiteral("matters"), QStringLiteral("no outcome for %1").arg(m.serviceCode));
        if (it->outcome == MatterOutcome::Pending)
            return invalid(QStringLiteral("matters"), QStringLiteral("outcome of %1 is still pending").arg(m.serviceCode));
        if (it->outcome == MatterOutcome::Refused && it->reason.trimmed().isEmpty())
            return invalid(QStringLiteral("reason"), QStringLiteral("a refusal needs a reason"));
        m.outcome = it->outcome;
        m.reason = it->reason.trimmed();
    }
    ticket.state = TicketState::Finished;
    ticket.finishedAt = m_clock.now();
    return commit(ticket, TicketEventKind::Finished, actorId);
}

Result<Ticket> QueueService::markNoShow(qint64 ticketId, int window, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    ticket.state = TicketState::NoShow;
    ticket.finishedAt = m_clock.now();
    return commit(ticket, TicketEventKind::NoShow, actorId);
}

Result<QString> QueueService::hallCodeOf(qint64 hallId)
{
    auto h = hallById(hallId);
    if (!h)
        return h.error();
    return (*h)->code;
}

void QueueService::notify(const QString &type, qint64 hallId, const QJsonObject &payload)
{
    if (auto h = hallById(hallId))
        publish(type, **h, payload);
}

Result<std::optional<Ticket>> QueueService::ticket(qint64 id) const
{
    return m_tickets.find(id);
}

Result<QJsonObject> QueueService::snapshot(const QString &hallCode)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    const QString day = serviceDay(**h);
    auto live = m_tickets.list((*h)->id, day, {TicketState::Waiting, TicketState::Called, TicketState::Serving});
    if (!live)
        return live.error();
    auto windows = m_tickets.windows((*h)->id);
    if (!windows)
        return windows.error();
    QJsonArray waiting;
    QJsonObject counts;
    QJsonArray atWindows;
    for (const Ticket &t : live.value()) {
        if (t.state == TicketState::Waiting) {
            waiting.append(publicTicket(t, (*h)->code));
            counts.insert(t.prefix, counts.value(t.prefix).toInt() + 1);
        } else {
            atWindows.append(publicTicket(t, (*h)->code));
        }
    }
    QJsonArray ws;
    for (const WindowStatus &w : windows.value()) {
        ws.append(QJsonObject{{QLatin1String("number"), w.number},
                              {QLatin1String("state"), toString(w.state)},
                              {QLatin1String("teller"), w.tellerId},
                              {QLatin1String("teller_name"), w.tellerName},
                              {QLatin1String("teller_staff_no"), w.tellerStaffNo},
                              {QLatin1String("reason"), w.reason},
                              {QLatin1String("since"), w.since.toString(Qt::ISODate)}});
    }
    return QJsonObject{{QLatin1String("hall"), (*h)->code},
                       {QLatin1String("service_day"), day},
                       {QLatin1String("waiting"), waiting},
                       {QLatin1String("waiting_by_prefix"), counts},
                       {QLatin1String("at_windows"), atWindows},
                       {QLatin1String("windows"), ws}};
}

} // namespace ow
