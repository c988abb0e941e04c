#pragma once

#include "core/domain/api/ReportBodies.h"
#include "core/domain/reports/ReportRequest.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

namespace ow {

class CalendarService;
class CatalogueService;
class Clock;
class Database;
class QueueService;
namespace reportgrouping {
struct HallSet;
}

// The performance reports (绩效): the figures of a hall and every hall below it over a range of
// service days, a row per group — worked out from the recorded events of tickets and cases
// (ReportReader reads them, core/domain/reports counts them), never from counters kept by hand.
//
// Queue report. The tickets issued at the halls on the range's service days, and the ratings of
// those tickets. A ticket falls in the group of its hall, of the window and teller it ended with
// (tickets that never reached a window in a row with key ""), of each of its matters and
// categories, of its service day and of the hour it was issued at its hall. Its transfers and
// parkings count, by window and by teller, for whoever did them. By matter and category a
// ticket's handling time is shared equally by its matters and compared with the standard of the
// group's matters; otherwise the whole time is compared with the sum of its matters' standards.
// Its wait counts within the promise against its own hall's promise (QueueService::rulesOf).
// A rating falls in its hall's, window's, teller's, matter's, category's group and its ticket's
// day and hour; its rectification is overdue when still open after its due day at the hall.
// A window filter (ReportRequest::window) keeps the tickets that ended at that window of the
// hall asked for (not of the halls below) and the ratings given there; the wait histogram counts
// the waits of every ticket counted.
// The windows' open, paused and idle time (WindowTime: from window_events, the tickets' stays at
// windows for idle) counts in the total and by hall, window, teller (whose the state was) and
// day, a row for every window or teller with time even without tickets; rows by matter,
// category and hour have none. With a window filter only that window's time counts.
//
// Case report. The cases taken in at a window on the range's days (at the accepting hall),
// as they stand now. By hall, matter and day the accepting hall must be among the halls; by
// office and reviewer the competent office (a county office then sees what other halls accepted
// for it). By reviewer a case belongs to who decided it, else to the reviewer who holds it.
class ReportService
{
public:
    ReportService(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue,
                  const CalendarService &calendar);

    // Forbidden for an account that reads no figures or a hall outside its scope (ReportScope),
    // NotFound for an unknown hall.
    Result<QueueReport> queueReport(const ReportRequest &request, const Account &who);
    Result<CaseReport> caseReport(const ReportRequest &request, const Account &who);
    // Any member of staff's own queue figures (GET /api/v1/reports/me): their hall's queue report
    // by teller over the days from..to, of their row alone — `total` is that row, the wait
    // histogram the waits of the tickets they ended with. No scope: one reads only oneself.
    Result<QueueReport> myQueueReport(const QDate &from, const QDate &to, const Account &who);

private:
    // The queue report of `halls`; with `onlyTeller`, only that person's row and figures.
    Result<QueueReport> build(const ReportRequest &request, const reportgrouping::HallSet &halls, const Account *onlyTeller);

    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    QueueService &m_queue;
    const CalendarService &m_calendar;
};

} // namespace ow
