#pragma once

#include "app/sim/HandlingModel.h"
#include "app/sim/StaffingPlan.h"

#include <optional>

namespace ow::sim {

// Where a simulated day's inputs come from: files, or the generated county day.
struct SimDaySource
{
    QString arrivalsPath;  // empty: the county day generated from `seed`
    QString staffingPath;  // empty: `windows` comprehensive windows from `opens` to `closes`
    QString handlingPath;  // empty: the county day's minutes (generated day) or the catalogue's
    quint64 seed = 1;
    int tickets = 500;
    int windows = 10;
    DaySeconds opens = 8 * 3600 + 30 * 60;
    DaySeconds closes = 17 * 3600;
};

// The inputs of one simulated day, read or generated, with every visit's handling time drawn.
class SimDay
{
public:
    static const Catalogue &catalogue(); // the bundled catalogue
    static Result<SimDay> load(const SimDaySource &source);

    QList<Arrival> arrivals;
    QList<double> handling; // drawn per arrival
    std::optional<StaffingPlan> plan;
    std::optional<HandlingModel> model;
};

} // namespace ow::sim
