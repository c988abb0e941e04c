#pragma once

#include "app/sim/SimResult.h"

namespace ow::sim {

// The figures of one simulated day.
struct DayFigures
{
    int tickets = 0;
    int called = 0;
    int withinPromise = 0;   // called at most the promise after issue
    int p50 = 0, p90 = 0, max = 0; // waits, seconds (of called tickets)
    double staffHours = 0;   // window-hours open
    double utilisation = 0;  // busy / open over all windows
    int broke = 0;           // waited past the promise (or never called)
    int flaggedEarly = 0;    // of those: first flagged at least the lead before the promise broke
    int flaggedLate = 0;     // flagged, but later than that
    int flaggedKept = 0;     // flagged, yet called within the promise (a false alarm, or one a tidal window answered)
    double share() const { return tickets ? double(withinPromise) / tickets : 1.0; }
    double earlyShare() const { return broke ? double(flaggedEarly) / broke : 1.0; }
};

struct HourFigures
{
    int hour = 0; // of issue
    int tickets = 0;
    int p50 = 0, p90 = 0, max = 0;
};

// Reads a SimResult into the simulator's outputs: figures, per-hour waits, the per-ticket CSV
// and the text summary. Percentiles are nearest-rank.
class SimReport
{
public:
    static constexpr int kLeadSeconds = 10 * 60;

    static DayFigures figures(const SimResult &result, int leadSeconds = kLeadSeconds);
    static QList<HourFigures> perHour(const SimResult &result);
    static int percentile(QList<int> values, double p);
    // number,issued,called,wait_seconds,window,within_promise,handling_seconds,services,priority_group,appointment,first_flagged,lead_seconds
    static QByteArray waitsCsv(const SimResult &result);
    static QString summary(const SimResult &result);
};

} // namespace ow::sim
