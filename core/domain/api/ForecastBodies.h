#pragma once

#include "core/domain/planning/ArrivalForecast.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ow {

// GET /api/v1/halls/{hall}/forecast?from=YYYY-MM-DD&days=N: arrivals per half-hour for the
// coming days from the hall's own history (ArrivalForecast), with the error on a held-out week.
struct HallForecast
{
    static constexpr int kMaxDays = 28;
    static constexpr int kHistoryWeeks = 8;

    QString hall;
    QString timeZone;
    QDate from;
    QDate historyFrom; // the days read: historyFrom .. historyTo (inclusive); invalid when none
    QDate historyTo;
    double afterHolidayUplift = ArrivalForecast::kDefaultUplift;
    QList<DayForecast> days;
    std::optional<ForecastError> error;

    QJsonObject toJson() const;
    static Result<HallForecast> fromJson(const QJsonObject &o);
};

} // namespace ow
