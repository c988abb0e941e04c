#pragma once

#include "core/domain/api/AdviceBodies.h"
#include "core/domain/planning/TidalPolicy.h"
#include "core/domain/util/Error.h"

#include <QHash>
#include <QSet>

namespace ow {

class Database;
class QueueService;
class StaffingService;
struct Account;
struct StaffingDay;

// The 15-minute promise, live (超时预警 and 潮汐窗口 advice): projects when each waiting ticket of
// a hall will be called (QueueService::line → WaitProjection, the hall's own promise and warning
// margin from PromiseRisk) and
//   - names the tickets projected past the promise or within its margin — each once, as soon as
//     it is known, for the event pushed to the supervisors' screens (newlyAtRisk);
//   - advises which closed windows to open now (TidalPolicy), each with the profile that serves
//     the tickets at risk, which idle window the line can do without, and — from today's
//     staffing plan, when the hall has history — until when the extra windows are needed (advice).
class PromiseWatch
{
public:
    PromiseWatch(Database &db, QueueService &queue, StaffingService *plans = nullptr) : m_db(db), m_queue(queue), m_plans(plans) {}

    // For whoever reads the hall's figures (ReportScope: Forbidden outside it, NotFound for no such hall).
    Result<HallAdvice> advice(const QString &hallCode, const Account &who);
    // The tickets at risk that were not at risk when the hall was last watched (each ticket is
    // told once a service day; a ticket that leaves the line and comes back is not told again).
    Result<QList<PromiseRiskTicket>> newlyAtRisk(const QString &hallCode);

    // Until when the extra windows are needed: the start of the first half-hour after `now` of
    // the day's staffing plan that needs no more than `windows` (invalid: none does, or no plan).
    static QDateTime neededUntil(const StaffingDay &today, int windows, const QDateTime &now, const QTimeZone &zone);
    // A tidal window's profile: dedicated to the categories of the tickets at risk when they are
    // one or two, comprehensive otherwise.
    static constexpr int kMaxDedicatedCategories = 2;

private:
    struct Watched
    {
        QString day;
        QSet<qint64> told;
    };
    Result<QList<PromiseRiskTicket>> atRisk(const QString &hallCode, HallAdvice *advice);

    Database &m_db;
    QueueService &m_queue;
    StaffingService *m_plans;
    QHash<QString, Watched> m_watched; // per hall code
};

} // namespace ow
