#pragma once

#include "core/domain/queue/QueueTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace ow {

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

} // namespace ow
