// QueueService, handing a ticket on: a transfer from the window (to other matters, a window or a
// colleague, to the front or the back of the line), a supervisor's move of a waiting ticket, and a
// citizen parked while they fetch a document. Each keeps the ticket's number.
#include "core/service/queue/QueueService.h"

#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/sql/Database.h"

#include <QJsonArray>

namespace ow {

// What the timeline keeps of a transfer or a supervisor's move: where to, front or back, the
// new matters and the note.
QJsonObject QueueService::transferDetail(const TransferRequest &req, int toWindow)
{
    QJsonObject detail{{QLatin1String("to_window"), toWindow},
                       {QLatin1String("position"), req.toFront ? QStringLiteral("front") : QStringLiteral("back")}};
    if (!req.services.isEmpty())
        detail.insert(QLatin1String("services"), QJsonArray::fromStringList(req.services));
    if (!req.reason.trimmed().isEmpty())
        detail.insert(QLatin1String("note"), req.reason.trimmed());
    return detail;
}

Result<QList<TicketMatter>> QueueService::pendingMatters(const QStringList &services) const
{
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    QList<TicketMatter> matters;
    for (const QString &code : services) {
        const ServiceItem *s = catalogue->service(code);
        if (!s)
            return invalidFieldError(QStringLiteral("services"), QStringLiteral("unknown service %1").arg(code));
        matters.append({s->code, s->category, MatterOutcome::Pending, {}, {}});
    }
    return matters;
}

Result<Ticket> QueueService::transfer(qint64 ticketId, int window, const TransferRequest &req, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called, TicketState::Serving});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    auto h = hallById(ticket.hallId);
    if (!h)
        return h.error();
    if (!req.services.isEmpty()) {
        auto matters = pendingMatters(req.services);
        if (!matters)
            return matters.error();
        ticket.matters = matters.value();
    }
    int target = req.toWindow;
    if (req.toTeller) {
        auto read = windowStates(ticket.hallId);
        if (!read)
            return read.error();
        const QList<WindowStatus> windows = *read.value();
        const auto it = std::find_if(windows.begin(), windows.end(), [&](const WindowStatus &w) {
            return w.tellerId == req.toTeller && w.state != WindowState::Closed;
        });
        if (it == windows.end())
            return conflictError(QStringLiteral("teller %1 is not at a window").arg(req.toTeller));
        target = it->number;
    }
    if (target) {
        auto p = profile(**h, target);
        if (!p)
            return p.error();
        WindowProfile unrestricted = p.value();
        Ticket probe = ticket;
        probe.targetWindow = 0;
        if (!unrestricted.canServe(probe))
            return conflictError(QStringLiteral("window %1 cannot serve ticket %2").arg(target).arg(ticket.number));
    }
    if (target == window)
        return conflictError(QStringLiteral("ticket %1 is already at window %2").arg(ticket.number).arg(window));
    double key = static_cast<double>(m_clock.now().toMSecsSinceEpoch()) / 1000.0;
    if (req.toFront) {
        auto waiting = m_tickets.list(ticket.hallId, ticket.serviceDay, {TicketState::Waiting});
        if (!waiting)
            return waiting.error();
        double front = ticket.queueKey;
        for (const Ticket &w : waiting.value())
            front = std::min(front, w.queueKey);
        key = front - 1.0;
    }
    ticket.state = TicketState::Waiting;
    ticket.windowNumber = 0;
    ticket.targetWindow = target;
    ticket.queueKey = key;
    ticket.servingSince = {};
    ticket.recalls = 0;
    QJsonObject detail = transferDetail(req, target);
    detail.insert(QLatin1String("from_window"), window);
    auto done = commit(ticket, TicketEventKind::Transferred, actorId, detail);
    if (done)
        offerIdleWindows(**h);
    return done;
}

Result<Ticket> QueueService::park(qint64 ticketId, int window, int minutes, const QString &reason, qint64 actorId)
{
    if (minutes <= 0 || minutes > m_config.maxParkMinutes)
        return invalidFieldError(QStringLiteral("minutes"), QStringLiteral("between 1 and %1 minutes").arg(m_config.maxParkMinutes));
    auto t = loadForWindow(ticketId, window, {TicketState::Called, TicketState::Serving});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    ticket.state = TicketState::Parked;
    ticket.parkedUntil = m_clock.now().addSecs(qint64(minutes) * 60);
    ticket.servingSince = {};
    QJsonObject detail{{QLatin1String("minutes"), minutes}, {QLatin1String("until"), ticket.parkedUntil.toString(Qt::ISODate)}};
    if (!reason.trimmed().isEmpty())
        detail.insert(QLatin1String("note"), reason.trimmed());
    auto done = commit(ticket, TicketEventKind::Parked, actorId, detail);
    if (done) {
        if (auto h = hallById(ticket.hallId))
            offerIdleWindows(**h);
    }
    return done;
}

Result<Ticket> QueueService::moveWaiting(qint64 ticketId, const TransferRequest &req, qint64 actorId)
{
    auto t = m_tickets.find(ticketId);
    if (!t)
        return t.error();
    if (!t.value())
        return notFoundError(QStringLiteral("no ticket %1").arg(ticketId));
    Ticket ticket = *t.value();
    if (ticket.state != TicketState::Waiting)
        return conflictError(QStringLiteral("ticket %1 is %2").arg(ticket.number, toString(ticket.state)));
    auto h = hallById(ticket.hallId);
    if (!h)
        return h.error();
    if (!req.services.isEmpty()) {
        auto matters = pendingMatters(req.services);
        if (!matters)
            return matters.error();
        ticket.matters = matters.value();
    }
    if (req.toWindow) {
        auto p = profile(**h, req.toWindow);
        if (!p)
            return p.error();
        Ticket probe = ticket;
        probe.targetWindow = 0;
        if (!p.value().canServe(probe))
            return conflictError(QStringLiteral("window %1 cannot serve ticket %2").arg(req.toWindow).arg(ticket.number));
    }
    ticket.targetWindow = req.toWindow;
    auto waiting = m_tickets.list(ticket.hallId, ticket.serviceDay, {TicketState::Waiting});
    if (!waiting)
        return waiting.error();
    double front = ticket.queueKey;
    double back = ticket.queueKey;
    for (const Ticket &w : waiting.value()) {
        front = std::min(front, w.queueKey);
        back = std::max(back, w.queueKey);
    }
    ticket.queueKey = req.toFront ? front - 1.0 : back + 1.0;
    QJsonObject detail = transferDetail(req, req.toWindow);
    detail.insert(QLatin1String("moved_by_supervisor"), true);
    auto done = commit(ticket, TicketEventKind::Transferred, actorId, detail);
    if (done)
        offerIdleWindows(**h);
    return done;
}

} // namespace ow
