#include "app/sim/SimDay.h"

#include "app/sim/ArrivalsCsv.h"
#include "app/sim/CountyDay.h"
#include "app/sim/HallSimulator.h"
#include "core/domain/catalogue/Catalogue.h"

namespace ow::sim {

const Catalogue &SimDay::catalogue()
{
    static const Catalogue c = Catalogue::fromJson(Catalogue::bundledJson()).value();
    return c;
}

Result<SimDay> SimDay::load(const SimDaySource &source)
{
    SimDay day;
    if (source.arrivalsPath.isEmpty()) {
        day.arrivals = CountyDay::generate(catalogue(), source.seed, source.tickets);
    } else {
        auto read = ArrivalsCsv::read(source.arrivalsPath, catalogue(), HallQueueConfig{});
        if (!read)
            return read.error();
        day.arrivals = read.value();
    }
    if (!source.handlingPath.isEmpty()) {
        auto read = HandlingModel::read(source.handlingPath, catalogue());
        if (!read)
            return read.error();
        day.model = read.value();
    } else if (source.arrivalsPath.isEmpty()) {
        day.model = HandlingModel::countyDay(catalogue());
    } else {
        day.model = HandlingModel(catalogue());
    }
    if (!source.staffingPath.isEmpty()) {
        auto read = StaffingPlan::read(source.staffingPath, catalogue());
        if (!read)
            return read.error();
        day.plan = read.value();
    } else {
        day.plan = StaffingPlan::fixed(source.windows, source.opens, source.closes);
    }
    day.handling = HallSimulator::drawHandling(day.arrivals, *day.model, source.seed);
    return day;
}

} // namespace ow::sim
