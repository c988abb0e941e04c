#pragma once

#include "core/domain/api/ReportBodies.h"
#include "core/domain/api/ReportTicketBodies.h"
#include "core/domain/reports/ReportTicketRequest.h"
#include "core/domain/util/Error.h"

#include <QUrlQuery>

#include <functional>

namespace ow {

class ApiClient;

// The performance reports (/api/v1/reports/…), typed: the queue and case reports as JSON, the
// tickets behind a figure of the queue report, and one's own figures. Every call ends in exactly
// one callback: the answer as its contract type, or an Error — the server's (its code, its
// translated message in `detail`), Unavailable when it cannot be reached, Internal when an answer
// does not fit.
class ReportApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit ReportApi(ApiClient &api) : m_api(api) {}

    // GET /api/v1/reports/queue and /cases: `request`'s range, hall (empty: one's own), grouping
    // and window filter; always JSON whatever its format says.
    void queue(const ReportRequest &request, Done<QueueReport> done);
    void cases(const ReportRequest &request, Done<CaseReport> done);
    // The tickets behind one figure of one row of the queue report.
    void queueTickets(const ReportTicketRequest &request, Done<ReportTicketList> done);
    // A teller's own queue figures over the days from..to.
    void mine(const QDate &from, const QDate &to, Done<QueueReport> done);

    // The query of a report request as the server reads it.
    static QUrlQuery query(const ReportRequest &request);

private:
    ApiClient &m_api;
};

} // namespace ow
