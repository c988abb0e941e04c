// The performance reports (绩效, issue 14): GET /api/v1/reports/queue and /api/v1/reports/cases,
// as JSON or as CSV for spreadsheets; the tickets behind a figure of the queue report
// (/api/v1/reports/queue/tickets); one's own queue figures (/api/v1/reports/me); the day's part
// of the audit trail (/api/v1/reports/audit). What is counted
// and who sees which halls live in core (ReportService, ReportTickets, core/domain/reports);
// these handlers read the query and write the answer.
#include "core/service/audit/AuditReport.h"
#include "core/service/reports/ReportService.h"
#include "core/service/reports/ReportTickets.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <memory>

namespace ow {

namespace {

QString param(const ApiRequest &req, const char *name)
{
    return req.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

Result<ReportRequest> requestFrom(ReportKind kind, const ApiRequest &req)
{
    const bool acceptsCsv = req.header("Accept").toLower().contains("text/csv");
    auto request = ReportRequest::parse(kind, param(req, "from"), param(req, "to"), param(req, "hall"), param(req, "group"),
                                        param(req, "format"), acceptsCsv);
    if (!request)
        return request;
    if (auto st = request.value().setWindow(param(req, "window")); !st)
        return st.error();
    return request;
}

template<typename Report>
ApiResponse answer(ReportKind kind, const ReportRequest &request, const Report &report)
{
    if (request.format == ReportFormat::Json)
        return ApiResponse::json(report.toJson());
    const QString file = QStringLiteral("%1-report_%2_%3_%4.csv")
                             .arg(toString(kind), report.hall, report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate));
    return ApiResponse{200, report.toCsv(), "text/csv; charset=utf-8",
                       {{"Content-Disposition", "attachment; filename=\"" + file.toUtf8() + '"'}}};
}

} // namespace

void addReportRoutes(Router &router, const ServerServices &s)
{
    ReportService &reports = s.reports;
    // It holds references only: one for every route, alive as long as the routes are.
    auto tickets = std::make_shared<ReportTickets>(s.db, s.clock, s.catalogue, s.queue);
    // Supervisors and administrators get past the route; ReportScope then says which of them read
    // which halls (an administrator of a lower hall reads none).
    const Access access = Access::needsAnyOf({Permission::QueueSupervise, Permission::AdminManage});

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/reports/queue"), access,
               [&reports](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto request = requestFrom(ReportKind::Queue, req);
                   if (!request)
                       return request.error();
                   auto report = reports.queueReport(request.value(), *who);
                   if (!report)
                       return report.error();
                   return answer(ReportKind::Queue, request.value(), report.value());
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/reports/queue/tickets"), access,
               [tickets](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto report = requestFrom(ReportKind::Queue, req);
                   if (!report)
                       return report.error();
                   const bool hasKey = req.query.hasQueryItem(QStringLiteral("key"));
                   auto request = ReportTicketRequest::parse(report.value(), hasKey ? std::optional<QString>(param(req, "key")) : std::nullopt,
                                                             param(req, "figure"));
                   if (!request)
                       return request.error();
                   auto list = tickets->list(request.value(), *who);
                   if (!list)
                       return list.error();
                   return ApiResponse::json(list.value().toJson());
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/reports/cases"), access,
               [&reports](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto request = requestFrom(ReportKind::Cases, req);
                   if (!request)
                       return request.error();
                   auto report = reports.caseReport(request.value(), *who);
                   if (!report)
                       return report.error();
                   return answer(ReportKind::Cases, request.value(), report.value());
               });

    // The day's part of the audit trail, for the city hall's supervisors and administrators to keep
    // its last hash outside the system (AuditReport decides who).
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/reports/audit"), access,
               [&db = s.db](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto day = AuditReport::parseDay(param(req, "day"));
                   if (!day)
                       return day.error();
                   auto report = AuditReport(db).day(day.value(), *who);
                   if (!report)
                       return report.error();
                   return ApiResponse::json(report.value().toJson());
               });

    // A teller's own figures: nothing in the query can name anyone else.
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/reports/me"), Access::needs(Permission::QueueOperate),
               [&reports](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto request = ReportRequest::parse(ReportKind::Queue, param(req, "from"), param(req, "to"), {}, {}, {}, false);
                   if (!request)
                       return request.error();
                   auto report = reports.myQueueReport(request.value().from, request.value().to, *who);
                   if (!report)
                       return report.error();
                   return ApiResponse::json(report.value().toJson());
               });
}

} // namespace ow
