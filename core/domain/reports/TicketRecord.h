#pragma once

#include "core/domain/queue/QueueTypes.h"
#include "core/domain/reports/WindowTime.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// One recorded event of a ticket's timeline (table ticket_events), as reports read it.
struct TicketEventRow
{
    qint64 id = 0;
    TicketEventKind kind = TicketEventKind::Issued;
    QDateTime at;
    qint64 actorId = 0;   // 0: none recorded
    int window = 0;       // the window the ticket was at (0: none; a transfer records 0)
    int fromWindow = 0;   // a transfer's: the window that handed it on (0: a supervisor's move)
};

// A window and the teller at it when something was done there.
struct WindowAct
{
    int window = 0;
    qint64 tellerId = 0;
    bool operator==(const WindowAct &) const = default;
};

// What became of one ticket, worked out from its timeline alone (never from counters or the
// ticket's current columns), for the performance figures:
// - issued at its `issued` event; first called at its first `called` event (a recall is not a
//   first call); the wait is the time between;
// - served when it has a `finished` event, a no-show when it has a `no_show` one;
// - handling time: the time actually at a window being served — from each `serving` event to
//   the next `parked`, `transferred`, `finished`, `no_show` or `cancelled` — summed (for a ticket
//   served once, simply serving start → finish); only for served tickets;
// - the window and teller it ended with: those of its last event at a window (a call, a
//   recall, serving, parking, finishing, a no-show); 0 when it never reached a window;
// - every transfer and every parking with the window and teller that did it;
// - its stays at windows (a window's busy time): from each call at a window until it left it —
//   parked, transferred, finished, a no-show, cancelled, or called to another window.
struct TicketRecord
{
    qint64 ticketId = 0;
    qint64 hallId = 0;
    QDate serviceDay;
    QDateTime issuedAt;
    QDateTime firstCalledAt; // invalid: never called
    bool served = false;
    bool noShow = false;
    std::optional<qint64> handlingSeconds;
    WindowAct last;
    QList<WindowAct> transfers;
    QList<WindowAct> parks;
    QList<WindowStay> stays;
    QList<QPair<QString, QString>> matters; // service code, category (as the ticket ended)

    bool called() const { return firstCalledAt.isValid(); }
    // Issue → first call in whole seconds; none when never called.
    std::optional<qint64> waitSeconds() const;

    // The record of a ticket from its events (in any order: they are put in id order first).
    static TicketRecord fold(qint64 ticketId, qint64 hallId, const QDate &serviceDay, QList<TicketEventRow> events);
};

} // namespace ow
