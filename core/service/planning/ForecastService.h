#pragma once

#include "core/domain/api/ForecastBodies.h"
#include "core/domain/util/Error.h"

namespace ow {

class CalendarService;
class Clock;
class Database;
struct Account;

// A hall's arrival forecast (GET /api/v1/halls/{hall}/forecast): reads the tickets issued at the
// hall over the eight weeks before the first forecast day (never past yesterday), counts them per
// half-hour of their service day in the hall's time zone, and hands them to ArrivalForecast with
// the city's working-day calendar. Who may read it: whoever may read the hall's figures
// (ReportScope: its supervisors, the halls above it, administrators).
class ForecastService
{
public:
    ForecastService(Database &db, const Clock &clock, const CalendarService &calendar)
        : m_db(db), m_clock(clock), m_calendar(calendar)
    {
    }

    // `from` empty: tomorrow in the hall's time zone; `days` empty: 7. Bad values are 422 with a
    // translated text; an unknown hall 404; a hall outside the reader's scope 403.
    Result<HallForecast> forecast(const QString &hallCode, const QString &from, const QString &days, const Account &who);

private:
    Database &m_db;
    const Clock &m_clock;
    const CalendarService &m_calendar;
};

} // namespace ow
