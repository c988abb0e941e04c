#pragma once

#include "core/domain/api/CalendarBodies.h"
#include "core/domain/cases/WorkCalendar.h"
#include "core/domain/util/Error.h"

#include <functional>

namespace ow {

class Clock;
class Database;
struct Account;

// The server's working-day calendar (工作日历): the years built into the server (2025–2026 from
// resources/calendar/work-calendar.json) with the years the city's administrator imported
// (table `calendar_years`) in place of the built-in year of the same number. Case time limits
// and rectification deadlines read calendar() on every use, so an import counts at once.
class CalendarService
{
public:
    CalendarService(Database &db, const Clock &clock, WorkCalendar builtIn);

    // Reads the imported years (at start-up).
    Status load();
    // Run in an import's transaction once the new days count, for what keeps something worked
    // out on the days (the open cases' due days); its failure undoes the import.
    void setChangeListener(std::function<Status()> changed) { m_changed = std::move(changed); }
    const WorkCalendar &calendar() const { return m_effective; }
    QList<CalendarYearView> years() const;

    // Replaces every year the file holds. Every problem of the file is refused at once, with its
    // line or field (ValidationFailed), and nothing changes; each year imported is recorded in the
    // AdminLog with its days before and after. Only for the city's administrator (Forbidden).
    Result<QList<int>> import(const QByteArray &file, CalendarFileFormat format, const Account &actor);

private:
    void setImported(WorkCalendar imported);

    Database &m_db;
    const Clock &m_clock;
    WorkCalendar m_builtIn;
    WorkCalendar m_imported;
    WorkCalendar m_effective; // m_builtIn with m_imported's years in place
    std::function<Status()> m_changed;
};

} // namespace ow
