#pragma once

#include "core/domain/cases/WorkCalendar.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace ow {

// Arrivals (tickets issued) per half-hour of one service day at one hall: slot 0 is 00:00–00:30
// in the hall's time zone, slot 47 is 23:30–24:00.
struct DayArrivals
{
    static constexpr int kSlots = 48;
    QDate day;
    std::array<double, kSlots> slots{};

    double total() const;
};

// What a day's forecast is based on.
enum class ForecastBasis {
    SameWeekday,     // the last weeks' same weekdays, the most recent weighing most
    AdjustedWorkday, // a weekend worked in exchange for a holiday (调休上班): the working days of the
                     // two weeks before it (or of the history's last two weeks)
    AfterHoliday,    // the first working day after a closure of three days or more: same weekday, raised
    Closed,          // a public holiday or a weekend (none of the last weeks' same weekdays had arrivals)
    NoHistory,       // a working day with no comparable day in the history
};
QString toString(ForecastBasis basis);
std::optional<ForecastBasis> forecastBasisFromString(QStringView s);

struct DayForecast
{
    DayArrivals arrivals; // expected, per half-hour (fractions)
    ForecastBasis basis = ForecastBasis::NoHistory;
    QList<QDate> basedOn; // the history days it averaged
    double uplift = 1.0;  // the after-holiday factor applied (1 otherwise)
};

// How far off the forecast was on a held-out week: the history's last seven days forecast from
// the days before them, compared with what came. Working days with arrivals only.
struct ForecastError
{
    QDate from;
    QDate to;
    int days = 0;
    double mapeDaily = 0;    // mean absolute percentage error of the days' totals
    double wapeHalfHour = 0; // Σ|forecast − actual| ÷ Σ actual over every half-hour of those days
};

// Arrivals per half-hour for coming days from a hall's own history (issue 16). A working day is
// forecast from the same weekday of the last `weeks` weeks (weights weeks, weeks−1, …, 1, the
// most recent first), skipping days that were closed or were themselves the first day after a
// long closure. The first working day after three or more closed days is raised by the history's
// own after-holiday factor (the mean ratio of such days to their same-weekday forecast; 1.25 when
// the history has none). The calendar says which days are working days (holidays, 调休).
// docs/planning.md writes the method down.
class ArrivalForecast
{
public:
    static constexpr int kDefaultWeeks = 4;
    static constexpr double kDefaultUplift = 1.25;

    ArrivalForecast(QList<DayArrivals> history, WorkCalendar calendar, int weeks = kDefaultWeeks);

    DayForecast forecast(const QDate &day) const;
    // The last seven days of the history forecast from what came before them; nothing when the
    // history is too short (fewer than two weeks before the held-out week) or the week had no
    // working day with arrivals.
    std::optional<ForecastError> heldOutError() const;
    double afterHolidayUplift() const { return m_uplift; }

private:
    // The days of the history, by date (a day absent from the history had no arrivals).
    const DayArrivals *find(const QDate &day) const;
    bool isAfterLongClosure(const QDate &day) const;
    DayForecast sameWeekday(const QDate &day) const;
    DayForecast adjustedWorkday(const QDate &day) const;
    double learnUplift() const;

    QMap<QDate, DayArrivals> m_history;
    WorkCalendar m_calendar;
    int m_weeks;
    QDate m_first; // the history's first and last days
    QDate m_last;
    double m_uplift = kDefaultUplift;
};

} // namespace ow
