// The 12333 hotline's work orders (工单, issue 17): record a call, read one by its number, list
// them with filters, route a complaint to the hall's supervisors, answer, close, book an
// appointment from one; and their report (/api/v1/reports/work-orders), JSON or CSV. Who sees and
// may do what is WorkOrderService's.
#include "core/domain/api/WorkOrderBodies.h"
#include "core/service/hotline/WorkOrderService.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

namespace {

QString numberOf(const ApiRequest &req)
{
    return req.params.value(QStringLiteral("number"));
}

Result<ApiResponse> answer(const Result<WorkOrderDetail> &r, int status = 200)
{
    if (!r)
        return r.error();
    return ApiResponse::json(r.value().toJson(), status);
}

template<typename Body, typename Step>
Handler step(WorkOrderService &service, Step action)
{
    return [&service, action](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
        auto body = req.bodyAs<Body>();
        if (!body)
            return body.error();
        return answer((service.*action)(*who, numberOf(req), body.value()));
    };
}

} // namespace

void addWorkOrderRoutes(Router &router, const ServerServices &s)
{
    WorkOrderService &service = s.workOrders;
    const Access record = Access::needs(Permission::WorkOrdersRecord);
    const Access either = Access::needsAnyOf({Permission::WorkOrdersRecord, Permission::WorkOrdersAnswer});

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/work-orders"), record,
               [&service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<NewWorkOrderRequest>();
                   if (!body)
                       return body.error();
                   return answer(service.create(*who, body.value()), 201);
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/work-orders"), either,
               [&service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto filter = WorkOrderFilter::fromQuery(req.query);
                   if (!filter)
                       return filter.error();
                   auto list = service.list(*who, filter.value());
                   if (!list)
                       return list.error();
                   return ApiResponse::json(list.value().toJson());
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/work-orders/{number}"), either,
               [&service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   return answer(service.detail(*who, numberOf(req)));
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/work-orders/{number}/route"), record,
               step<WorkOrderNoteRequest>(service, &WorkOrderService::route));
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/work-orders/{number}/answer"), either,
               step<AnswerWorkOrderRequest>(service, &WorkOrderService::answer));
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/work-orders/{number}/close"), record,
               step<WorkOrderNoteRequest>(service, &WorkOrderService::close));
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/work-orders/{number}/appointment"), record,
               step<WorkOrderBookingRequest>(service, &WorkOrderService::book));

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/reports/work-orders"), either,
               [&service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto param = [&req](const char *name) {
                       return req.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
                   };
                   const QDate from = QDate::fromString(param("from"), Qt::ISODate);
                   const QDate to = QDate::fromString(param("to"), Qt::ISODate);
                   const QString format = param("format");
                   const bool csv = format == QLatin1String("csv")
                                    || (format.isEmpty() && req.header("Accept").toLower().contains("text/csv"));
                   if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("json"))
                       return invalidFieldError(QStringLiteral("format"), QStringLiteral("json or csv"));
                   auto report = service.report(*who, param("hall"), from, to);
                   if (!report)
                       return report.error();
                   if (!csv)
                       return ApiResponse::json(report.value().toJson());
                   const QString file = QStringLiteral("work-orders_%1_%2.csv").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
                   return ApiResponse{200, report.value().toCsv(), "text/csv; charset=utf-8",
                                      {{"Content-Disposition", "attachment; filename=\"" + file.toUtf8() + '"'}}};
               });
}

} // namespace ow
