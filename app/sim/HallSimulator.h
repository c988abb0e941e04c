#pragma once

#include "app/sim/HandlingModel.h"
#include "app/sim/SimResult.h"
#include "app/sim/StaffingPlan.h"
#include "core/domain/planning/TidalPolicy.h"

#include <QDate>

namespace ow::sim {

struct SimOptions
{
    QDate day = QDate(2026, 11, 2); // a Monday; only the service day's date
    int promiseMinutes = 15;
    bool tidal = false;
    int tidalWindows = 4;           // numbered after the plan's windows
    int evaluateEverySeconds = 60;  // projection, early warnings and the tidal advice
    TidalPolicy::Params tidalParams;
};

// Runs a hall's day through the real QueueService and its dispatcher on a fake clock: tickets
// issued at their arrival times, windows opened and closed by the staffing plan, every free
// window calling next, each visit taking its drawn handling time; the line projected once a
// minute (early warnings: the first time each ticket is projected past the promise), and with
// `tidal` the TidalPolicy opening and closing tidal windows. A window whose plan closes it while
// tickets are still to come finishes its visitor first; at the end of the day the windows stay
// until everyone who took a ticket has been called.
class HallSimulator
{
public:
    // `handlingSeconds[i]`: the drawn time of arrival i's visit; `model`: the expected times the
    // projection uses (the simulator never lets it see the drawn ones).
    static Result<SimResult> run(const QList<Arrival> &arrivals, const QList<double> &handlingSeconds,
                                 const StaffingPlan &plan, const HandlingModel &model, const SimOptions &options);
    // Draws every visit's time from `model`, in arrival order, so every run of one day sees the
    // same visits whatever its staffing.
    static QList<double> drawHandling(const QList<Arrival> &arrivals, const HandlingModel &model, quint64 seed);
};

} // namespace ow::sim
