#pragma once

#include "core/domain/queue/QueueTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ow::sim {

// Times of the simulated day are seconds after the hall's local midnight.
using DaySeconds = int;

QString clockText(DaySeconds s);        // "09:05:30" (seconds only when not zero: "09:05")
QString clockTextFull(DaySeconds s);    // always "09:05:30"

// One visitor taking a ticket.
struct Arrival
{
    DaySeconds at = 0;
    QStringList services;      // catalogue codes, at least one
    QString priorityGroup;     // empty: none
    DaySeconds appointmentAt = -1; // the booked slot of a checked-in appointment (-1: walk-in)
    bool operator==(const Arrival &) const = default;
};

// A window open from `from` to `to` with a profile (kind and categories).
struct Shift
{
    DaySeconds from = 0;
    DaySeconds to = 0;
    int window = 0;
    bool comprehensive = true;
    QStringList categories; // of a dedicated window
    WindowProfile profile() const;
};

} // namespace ow::sim
