#include "core/service/planning/StaffingService.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/planning/ForecastService.h"
#include "core/service/queue/QueueService.h"
#include "core/sql/Database.h"

namespace ow {

namespace {

// The catalogue's standard time when a matter gives none (its kind's default is not known here).
constexpr double kDefaultHandlingSeconds = 7 * 60;

} // namespace

Result<HallStaffingPlan> StaffingService::handling(const Hall &hall, const QDate &historyFrom, const QDate &historyTo) const
{
    HallStaffingPlan out;
    double sum = 0;
    if (historyFrom.isValid()) {
        auto q = m_db.exec(QStringLiteral("SELECT finished_at - serving_since FROM tickets WHERE hall_id = ? AND service_day >= ? "
                                          "AND service_day <= ? AND state = 'finished' AND serving_since IS NOT NULL "
                                          "AND finished_at - serving_since BETWEEN 60000 AND 7200000"),
                           {hall.id, historyFrom.toString(Qt::ISODate), historyTo.toString(Qt::ISODate)});
        if (!q)
            return q.error();
        while (q.value().next()) {
            sum += q.value().value(0).toDouble() / 1000.0;
            ++out.handlingSamples;
        }
    }
    if (out.handlingSamples >= kMinSamples) {
        out.handlingSeconds = sum / out.handlingSamples;
        out.handlingBasis = QStringLiteral("history");
        return out;
    }
    // Too few of its own: the mean of the catalogue's standard times.
    double minutes = 0;
    int matters = 0;
    if (const Catalogue *catalogue = m_catalogue.current()) {
        for (const ServiceItem &s : catalogue->services()) {
            if (s.handlingMinutes > 0) {
                minutes += s.handlingMinutes;
                ++matters;
            }
        }
    }
    out.handlingSeconds = matters ? minutes * 60.0 / matters : kDefaultHandlingSeconds;
    out.handlingBasis = QStringLiteral("catalogue");
    return out;
}

Result<HallStaffingPlan> StaffingService::plan(const QString &hallCode, const QString &from, const QString &days, const Account &who)
{
    auto forecast = m_forecasts.forecast(hallCode, from, days, who);
    if (!forecast)
        return forecast.error();
    const HallForecast &f = forecast.value();
    auto hall = m_queue.hall(f.hall);
    if (!hall)
        return hall.error();
    auto rules = m_queue.rulesOf(**hall);
    if (!rules)
        return rules.error();
    auto out = handling(**hall, f.historyFrom, f.historyTo);
    if (!out)
        return out.error();
    HallStaffingPlan &plan = out.value();
    plan.hall = f.hall;
    plan.timeZone = f.timeZone;
    plan.promiseMinutes = rules.value().promiseMinutes;
    plan.windows = static_cast<int>((*hall)->windows.size());
    plan.forecastError = f.error;

    const StaffingAdvice advice(plan.promiseMinutes, plan.target);
    const double seconds = plan.handlingSeconds;
    for (const DayForecast &d : f.days) {
        QList<HalfHourDemand> demand;
        for (int s = 0; s < DayArrivals::kSlots; ++s) {
            const double arrivals = d.arrivals.slots[static_cast<size_t>(s)];
            if (arrivals > 0)
                demand.append({QTime(s / 2, (s % 2) * 30), {{QStringLiteral("*"), arrivals}}});
        }
        StaffingDay day;
        day.date = d.arrivals.day;
        day.basis = d.basis;
        day.slots = advice.plan(demand, [seconds](const QString &) { return seconds; });
        for (const HalfHourAdvice &a : day.slots)
            day.peakWindows = std::max(day.peakWindows, a.windows);
        day.staffHours = StaffingAdvice::staffHours(day.slots);
        plan.days << day;
    }
    return plan;
}

} // namespace ow
