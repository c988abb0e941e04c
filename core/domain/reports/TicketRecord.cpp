#include "core/domain/reports/TicketRecord.h"

#include <algorithm>

namespace ow {

namespace {
// Whole seconds between two instants, rounded to the nearest second.
qint64 secondsBetween(const QDateTime &from, const QDateTime &to)
{
    const qint64 ms = from.msecsTo(to);
    return ms >= 0 ? (ms + 500) / 1000 : -((-ms + 500) / 1000);
}

bool atWindow(TicketEventKind kind)
{
    switch (kind) {
    case TicketEventKind::Called:
    case TicketEventKind::Recalled:
    case TicketEventKind::Serving:
    case TicketEventKind::Parked:
    case TicketEventKind::Finished:
    case TicketEventKind::NoShow:
        return true;
    default:
        return false;
    }
}

bool endsServing(TicketEventKind kind)
{
    return kind == TicketEventKind::Parked || kind == TicketEventKind::Transferred || kind == TicketEventKind::Finished
           || kind == TicketEventKind::NoShow || kind == TicketEventKind::Cancelled;
}
} // namespace

std::optional<qint64> TicketRecord::waitSeconds() const
{
    if (!firstCalledAt.isValid() || !issuedAt.isValid())
        return std::nullopt;
    return std::max<qint64>(0, secondsBetween(issuedAt, firstCalledAt));
}

TicketRecord TicketRecord::fold(qint64 ticketId, qint64 hallId, const QDate &serviceDay, QList<TicketEventRow> events)
{
    std::sort(events.begin(), events.end(), [](const TicketEventRow &a, const TicketEventRow &b) { return a.id < b.id; });
    TicketRecord r;
    r.ticketId = ticketId;
    r.hallId = hallId;
    r.serviceDay = serviceDay;
    QDateTime servingSince;
    qint64 served = 0;
    const auto leave = [&r](const QDateTime &at) {
        if (!r.stays.isEmpty() && !r.stays.last().until.isValid())
            r.stays.last().until = at;
    };
    for (const TicketEventRow &e : events) {
        if (endsServing(e.kind))
            leave(e.at);
        if (e.kind == TicketEventKind::Called && e.window > 0) {
            const bool there = !r.stays.isEmpty() && !r.stays.last().until.isValid() && r.stays.last().window == e.window;
            if (!there) {
                leave(e.at);
                r.stays.append({e.window, e.at, {}});
            }
        }
        if (servingSince.isValid() && endsServing(e.kind)) {
            served += std::max<qint64>(0, secondsBetween(servingSince, e.at));
            servingSince = {};
        }
        switch (e.kind) {
        case TicketEventKind::Issued:
            if (!r.issuedAt.isValid())
                r.issuedAt = e.at;
            break;
        case TicketEventKind::Called:
            if (!r.firstCalledAt.isValid())
                r.firstCalledAt = e.at;
            break;
        case TicketEventKind::Serving:
            servingSince = e.at;
            break;
        case TicketEventKind::Finished:
            r.served = true;
            break;
        case TicketEventKind::NoShow:
            r.noShow = true;
            break;
        case TicketEventKind::Transferred:
            r.transfers.append({e.fromWindow, e.actorId});
            break;
        case TicketEventKind::Parked:
            r.parks.append({e.window, e.actorId});
            break;
        default:
            break;
        }
        if (atWindow(e.kind) && e.window > 0) {
            if (r.last.window != e.window)
                r.last.tellerId = 0; // another window: its teller, not the one before
            r.last.window = e.window;
            if (e.actorId)
                r.last.tellerId = e.actorId;
        }
    }
    if (r.served)
        r.handlingSeconds = served;
    return r;
}

} // namespace ow
