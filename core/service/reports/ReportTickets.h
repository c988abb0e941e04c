#pragma once

#include "core/domain/api/ReportTicketBodies.h"
#include "core/domain/reports/ReportTicketRequest.h"
#include "core/domain/security/Account.h"

namespace ow {

class CatalogueService;
class Clock;
class Database;
class QueueService;

// The drill-down of the queue report to its tickets (GET /api/v1/reports/queue/tickets): the
// tickets behind one figure of one row, found by the very rules that put them in the row
// (ReportGrouping), so that the list of a row's `served` has exactly `served` tickets. Scope as
// the report's (ReportScope). Personal data masked.
class ReportTickets
{
public:
    ReportTickets(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue);

    // Forbidden or NotFound as the report; the latest issued first, at most
    // ReportTicketList::kMaxTickets of `count`.
    Result<ReportTicketList> list(const ReportTicketRequest &request, const Account &who);

private:
    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    QueueService &m_queue;
};

} // namespace ow
