#pragma once

#include "core/domain/queue/QueueTypes.h"
#include "core/domain/util/Error.h"

#include <QHash>
#include <QPair>

#include <optional>

namespace ow {

class Database;

// A window's live state at a hall (open / paused / closed, who sits there).
struct WindowStatus
{
    int number = 0;
    WindowState state = WindowState::Closed;
    qint64 tellerId = 0;
    QString reason;
    QDateTime since;
    int priorityStreak = 0;
    bool autoAssign = false; // the server calls the next ticket for this window whenever it is idle
    QString tellerName;    // read-only, joined from accounts
    QString tellerStaffNo;
};

// Tables `tickets`, `ticket_matters`, `ticket_events`, `ticket_counters`, `window_states`.
// Callers run these inside Database::transaction so a ticket row and its event commit together.
class TicketRepository
{
public:
    explicit TicketRepository(Database &db) : m_db(db) {}

    // The next number for (hall, day, prefix): gap-free, since it is taken in the same
    // transaction as the ticket insert.
    Result<int> nextSequence(qint64 hallId, const QString &serviceDay, const QString &prefix) const;
    Result<qint64> insert(const Ticket &ticket) const;
    // State columns, and the matters (rewritten) unless the caller knows they did not change.
    Status update(const Ticket &ticket, bool mattersChanged = true) const;
    Status appendEvent(const Ticket &ticket, TicketEventKind kind, qint64 actorId, const QDateTime &at,
                       const QJsonObject &detail = {}) const;
    Result<std::optional<Ticket>> find(qint64 id) const;
    // The hall of ticket `id` alone (0: no such ticket), without reading the whole ticket.
    Result<qint64> hallOf(qint64 id) const;
    Result<std::optional<Ticket>> findByNumber(qint64 hallId, const QString &serviceDay, const QString &number) const;
    // The ticket `called` or `serving` at a window on the hall's day, if any.
    Result<std::optional<Ticket>> atWindow(qint64 hallId, const QString &serviceDay, int window) const;
    // Tickets of the hall's day in the given states, in queue order.
    Result<QList<Ticket>> list(qint64 hallId, const QString &serviceDay, const QList<TicketState> &states) const;
    Result<QList<QJsonObject>> events(qint64 ticketId) const;
    // Average handling seconds per matter at the hall since `since` (serving → finished, shared
    // equally by a ticket's matters), with the number of samples.
    Result<QHash<QString, QPair<double, int>>> handlingTimes(qint64 hallId, const QDateTime &since) const;

    Result<std::optional<WindowStatus>> window(qint64 hallId, int number) const;
    Result<QList<WindowStatus>> windows(qint64 hallId) const;
    Status saveWindow(qint64 hallId, const WindowStatus &status) const;

private:
    Result<QList<Ticket>> query(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace ow
