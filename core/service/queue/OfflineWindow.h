#pragma once

#include "core/domain/queue/OfflineTypes.h"
#include "core/service/queue/QueueService.h"

#include <QDateTime>
#include <QJsonObject>

namespace ow {

class CatalogueService;
class Clock;
class Database;

// Offline window mode, the server's side: leases, and recording what was done offline so it
// appears in the hall's history and metrics at the times it happened.
class OfflineWindow
{
public:
    static constexpr int kBlock = 10;     // numbers per prefix unless asked for more
    static constexpr int kMaxBlock = 100;

    OfflineWindow(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue);

    // The window's leases for today: any prefix with fewer than half of `numbers` unused gets a
    // new block of `numbers` (a window expecting a long offline spell asks for more).
    Result<QList<NumberLease>> lease(const QString &hallCode, int window, qint64 actorId, int numbers = kBlock);
    // A ticket the window issued and served offline, finished or a no-show: history, not a call,
    // so one citizen per window (QueueService) does not refuse it — nothing done offline is lost.
    Result<Ticket> record(const OfflineTicket &ticket, qint64 actorId);

private:
    Result<QList<NumberLease>> leases(qint64 hallId, const QString &day, int window) const;

    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    QueueService &m_queue;
    TicketRepository m_tickets;
};

} // namespace ow
