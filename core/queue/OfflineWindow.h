#pragma once

#include "core/queue/QueueService.h"

#include <QDateTime>
#include <QJsonObject>

namespace ow {

class CatalogueService;
class Clock;
class Database;

// A block of ticket numbers a window holds for one day, to issue walk-in tickets from while it
// cannot reach the server. Taken from the same counter as the server's own numbers, so the two
// never collide; numbers leased and never used are the only gaps in a day's numbering.
struct NumberLease
{
    QString serviceDay;
    QString prefix;
    int first = 0;
    int last = 0;
    int unused = 0;
    QJsonObject toJson() const;
};

// A ticket a window issued and served while offline: its whole life, with the times the window's
// clock recorded, sent once the window is back.
struct OfflineTicket
{
    QString hallCode;
    int window = 0;
    QString number;         // from a lease of this window
    QStringList services;
    QString priorityGroup;
    QDateTime issuedAt;
    QDateTime calledAt;
    QDateTime servingSince; // empty for a no-show
    QDateTime finishedAt;
    TicketState state = TicketState::Finished; // Finished or NoShow
    QList<MatterResult> results;               // one per matter when finished
};

// Offline window mode, the server's side: leases, and recording what was done offline so it
// appears in the hall's history and metrics at the times it happened.
class OfflineWindow
{
public:
    static constexpr int kBlock = 10;     // numbers per prefix unless asked for more
    static constexpr int kMaxBlock = 100;

    OfflineWindow(const Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue);

    // The window's leases for today: any prefix with fewer than half of `numbers` unused gets a
    // new block of `numbers` (a window expecting a long offline spell asks for more).
    Result<QList<NumberLease>> lease(const QString &hallCode, int window, qint64 actorId, int numbers = kBlock);
    Result<Ticket> record(const OfflineTicket &ticket, qint64 actorId);

private:
    Result<QList<NumberLease>> leases(qint64 hallId, const QString &day, int window) const;

    const Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    QueueService &m_queue;
    TicketRepository m_tickets;
};

} // namespace ow
