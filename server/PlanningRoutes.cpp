// Planning for the 15-minute promise (issue 16): a hall's arrival forecast
// (GET /api/v1/halls/{hall}/forecast), its staffing plan (GET /api/v1/halls/{hall}/staffing) and
// the live advice (GET /api/v1/halls/{hall}/advice). The methods are in core (ArrivalForecast,
// StaffingAdvice, ForecastService, StaffingService, PromiseWatch); these handlers read the query
// and write the answer.
#include "core/service/planning/ForecastService.h"
#include "core/service/planning/PromiseWatch.h"
#include "core/service/planning/StaffingService.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <memory>

namespace ow {

namespace {

QString param(const ApiRequest &req, const char *name)
{
    return req.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

} // namespace

void addPlanningRoutes(Router &router, const ServerServices &s)
{
    auto forecasts = std::make_shared<ForecastService>(s.db, s.clock, s.calendar);
    auto staffing = std::make_shared<StaffingService>(s.db, s.clock, s.calendar, s.queue, s.catalogue);
    // Whoever reads the hall's figures (ReportScope decides which halls).
    const Access access = Access::needsAnyOf({Permission::QueueSupervise, Permission::AdminManage});
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/forecast"), access,
               [forecasts](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto forecast = forecasts->forecast(req.params.value(QStringLiteral("hall")), param(req, "from"), param(req, "days"), *who);
                   if (!forecast)
                       return forecast.error();
                   return ApiResponse::json(forecast.value().toJson());
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/staffing"), access,
               [staffing](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto plan = staffing->plan(req.params.value(QStringLiteral("hall")), param(req, "from"), param(req, "days"), *who);
                   if (!plan)
                       return plan.error();
                   return ApiResponse::json(plan.value().toJson());
               });
    // The live advice: whoever reads the hall's figures, as the plan.
    auto watch = std::make_shared<PromiseWatch>(s.db, s.queue, staffing.get());
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/advice"), Access::needs(Permission::QueueSupervise),
               [watch, staffing](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto advice = watch->advice(req.params.value(QStringLiteral("hall")), *who);
                   if (!advice)
                       return advice.error();
                   return ApiResponse::json(advice.value().toJson());
               });
}

} // namespace ow
