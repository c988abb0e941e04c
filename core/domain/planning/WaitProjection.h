#pragma once

#include "core/domain/queue/QueueTypes.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace ow {

// A waiting ticket as the projection needs it.
struct LineTicket
{
    qint64 id = 0;
    QStringList categories;  // of its pending matters
    QDateTime issuedAt;
    double handlingSeconds = 0; // expected, for all its matters
};

// An open window: what it serves and when it is next free (invalid or past: free now — a ticket
// that overran its expected time is taken to end now).
struct LineWindow
{
    WindowProfile profile;
    QDateTime freeAt;
};

// Everything the projection reads: a snapshot of one hall's line at one instant.
struct LineSnapshot
{
    QDateTime now;
    int promiseMinutes = 15;
    // Early warning: a ticket projected this close to the promise is already at risk (the
    // projection cannot see the priority tickets and appointments still to come, nor a visit
    // that runs long). PromiseRisk's three minutes by default.
    int warnBeforeSeconds = 3 * 60;
    QList<LineTicket> line; // in line order
    QList<LineWindow> windows; // open windows only
};

struct ProjectedCall
{
    qint64 ticketId = 0;
    QDateTime callAt;          // invalid: no open window can serve it
    qint64 waitSeconds = -1;   // from issue to the projected call (-1: unknown)
    bool breaksPromise = false; // projected past the promise, or no open window can serve it
    bool atRisk = false;        // projected past the promise less the warning margin (or breaks it)

    bool known() const { return callAt.isValid(); }
};

// 超时预警: when each waiting ticket will probably be called, from the line order, the open
// windows (what they serve), when each is free, and the expected handling times — each ticket in
// turn goes to the capable window free first (ties: the lowest number), which is then busy for
// the ticket's expected time. A ticket projected past the promise is flagged: the basis for early
// warnings and for opening a tidal window. A pure function of the snapshot, so the server, the
// screens and the simulator all get the same answer.
class WaitProjection
{
public:
    static QList<ProjectedCall> of(const LineSnapshot &snapshot);
    // When a window serving a visit since `since`, expected to take `expectedSeconds`, will
    // probably be free: never sooner than half the expected time from now — handling times have
    // a long tail (for a log-normal with σ 0.5 a visit already past its mean still needs about
    // half of it), so a visit that overran is not taken to end this instant.
    static QDateTime expectedFreeAt(const QDateTime &since, double expectedSeconds, const QDateTime &now);
    static constexpr double kOverrunShare = 0.5;
    static int breaking(const QList<ProjectedCall> &calls);
    static bool serves(const WindowProfile &window, const QStringList &categories);
};

} // namespace ow
