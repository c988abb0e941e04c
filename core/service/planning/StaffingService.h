#pragma once

#include "core/domain/api/StaffingBodies.h"
#include "core/service/planning/ForecastService.h"
#include "core/domain/util/Error.h"

namespace ow {

class CalendarService;
class CatalogueService;
class Clock;
class QueueService;
class Database;
struct Account;
struct Hall;

// A hall's staffing plan for the coming days (GET /api/v1/halls/{hall}/staffing, 排班建议): the
// arrival forecast (ForecastService, with its checks of the parameters and of who may read it),
// the hall's promise (its queue rules), and its mean handling time — of its own tickets finished
// over the eight weeks before (serving → finished, between one minute and two hours) when there
// are at least kMinSamples, else the catalogue's standard times of the matters — given to
// StaffingAdvice half-hour by half-hour.
class StaffingService
{
public:
    static constexpr int kMinSamples = 30;

    StaffingService(Database &db, const Clock &clock, const CalendarService &calendar, QueueService &queue,
                    const CatalogueService &catalogue)
        : m_db(db), m_forecasts(db, clock, calendar), m_queue(queue), m_catalogue(catalogue)
    {
    }

    Result<HallStaffingPlan> plan(const QString &hallCode, const QString &from, const QString &days, const Account &who);

private:
    // The hall's mean handling seconds, its basis and the number of tickets it comes from.
    Result<HallStaffingPlan> handling(const Hall &hall, const QDate &historyFrom, const QDate &historyTo) const;

    Database &m_db;
    ForecastService m_forecasts;
    QueueService &m_queue;
    const CatalogueService &m_catalogue;
};

} // namespace ow
