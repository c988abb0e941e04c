#pragma once

#include "app/sim/SimTypes.h"

namespace ow::sim {

// What became of one ticket of the simulated day.
struct TicketOutcome
{
    QString number;
    DaySeconds issuedAt = 0;
    DaySeconds calledAt = -1;     // -1: never called
    int window = 0;
    int handlingSeconds = 0;
    DaySeconds firstFlaggedAt = -1; // first projected past the promise (-1: never)
    QStringList services;
    QString priorityGroup;
    bool appointment = false;

    int waitSeconds() const { return calledAt >= 0 ? calledAt - issuedAt : -1; }
};

// One window's day.
struct WindowUse
{
    int window = 0;
    bool tidal = false;
    int openSeconds = 0;
    int busySeconds = 0;
    int served = 0;
};

// The line at an instant, for the chart: drawn as steps.
struct WaitingPoint
{
    DaySeconds at = 0;
    int waiting = 0;
    int open = 0;
};

struct SimResult
{
    int promiseMinutes = 15;
    QList<TicketOutcome> tickets; // in issue order
    QList<WindowUse> windows;     // by number
    QList<WaitingPoint> waiting;
};

} // namespace ow::sim
