#pragma once

#include "core/domain/planning/ArrivalForecast.h"
#include "core/domain/planning/StaffingAdvice.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ow {

// One day of a hall's staffing plan: the windows each half-hour needs.
struct StaffingDay
{
    QDate date;
    ForecastBasis basis = ForecastBasis::NoHistory;
    QList<HalfHourAdvice> slots; // the half-hours with arrivals expected
    int peakWindows = 0;
    double staffHours = 0;
};

// GET /api/v1/halls/{hall}/staffing?from=YYYY-MM-DD&days=N (排班建议): for each half-hour of the
// coming days, the windows that keep the chance of waiting longer than the hall's promise at or
// below 5% — Erlang C (StaffingAdvice) on the arrival forecast (ArrivalForecast) and the hall's
// mean handling time.
struct HallStaffingPlan
{
    QString hall;
    QString timeZone;
    int promiseMinutes = 15;
    double target = 0.05;
    double handlingSeconds = 0;
    QString handlingBasis; // "history": the hall's own finished tickets; "catalogue": the matters' standard times
    int handlingSamples = 0;
    int windows = 0; // windows the hall has (open or not)
    std::optional<ForecastError> forecastError;
    QList<StaffingDay> days;

    QJsonObject toJson() const;
    static Result<HallStaffingPlan> fromJson(const QJsonObject &o);
};

} // namespace ow
