// The performance reports (绩效, issue 14): GET /api/v1/reports/queue and /api/v1/reports/cases,
// as JSON or as CSV for spreadsheets. What is counted and who sees which halls live in core
// (ReportService, core/domain/reports); these handlers read the query and write the answer.
#include "core/service/reports/ReportService.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

namespace {

Result<ReportRequest> requestFrom(ReportKind kind, const ApiRequest &req)
{
    const auto param = [&req](const char *name) { return req.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };
    const bool acceptsCsv = req.header("Accept").toLower().contains("text/csv");
    return ReportRequest::parse(kind, param("from"), param("to"), param("hall"), param("group"), param("format"), acceptsCsv);
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
}

} // namespace ow
