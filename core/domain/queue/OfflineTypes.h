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
    static Result<NumberLease> fromJson(const QJsonObject &o);
    bool operator==(const NumberLease &) const = default;
};

// A block of case numbers (办件编号) a window holds for one day, for cases it accepts offline:
// each number is the stem and four digits (MY-CITY-20261129-0041).
struct CaseNumberLease
{
    QString day;
    QString stem;
    int first = 0;
    int last = 0;
    int unused = 0;
    QJsonObject toJson() const;
    static Result<CaseNumberLease> fromJson(const QJsonObject &o);
    bool operator==(const CaseNumberLease &) const = default;
};

// A ticket a window issued and served while offline: its whole life, with the times the window's
// clock recorded, sent once the window is back. The body of POST …/offline-tickets; the hall and
// the window are the path's, not the body's.
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

    QJsonObject toJson() const;
    static Result<OfflineTicket> fromJson(const QJsonObject &o);
    bool operator==(const OfflineTicket &) const = default;
};

} // namespace ow
