// The 15-minute circle (15分钟服务圈, issue 16): the halls nearest a place that may accept a matter
// (GET /api/v1/org/halls/nearest — for everyone who reads the catalogue, the kiosk too) and the
// coverage report (GET /api/v1/reports/coverage — supervisors and administrators). The travel
// model and the coverage live in core (TravelModel, Coverage, CoverageService); these handlers
// read the query and write the answer.
#include "core/domain/coverage/CommunityPoint.h"
#include "core/service/org/CoverageService.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <QDebug>

#include <memory>

namespace ow {

namespace {
QString param(const ApiRequest &req, const char *name)
{
    return req.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

QList<CommunityPoint> bundledPoints()
{
    auto points = CommunityPoints::parseCsv(CommunityPoints::bundledCsv());
    if (!points) {
        // The file is built into the program and checked by its tests: this is a build gone wrong.
        qWarning("community points: %s", qPrintable(points.error().detail));
        return {};
    }
    return points.value();
}
} // namespace

void addCoverageRoutes(Router &router, const ServerServices &s)
{
    // It holds references only: one for both routes, alive as long as the routes are.
    auto coverage = std::make_shared<CoverageService>(s.db, s.catalogue, bundledPoints());

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/org/halls/nearest"), Access::needs(Permission::CatalogueRead),
               [coverage](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   const bool fromHall = !param(req, "hall").isEmpty() && param(req, "lat").isEmpty() && param(req, "lon").isEmpty();
                   auto answer = fromHall ? coverage->nearestFromHall(param(req, "hall"), param(req, "service"), param(req, "limit"))
                                          : coverage->nearest(param(req, "lat"), param(req, "lon"), param(req, "service"), param(req, "limit"));
                   if (!answer)
                       return answer.error();
                   return ApiResponse::json(answer.value().toJson());
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/reports/coverage"),
               Access::needsAnyOf({Permission::QueueSupervise, Permission::AdminManage}),
               [coverage](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto answer = coverage->report(param(req, "service"));
                   if (!answer)
                       return answer.error();
                   return ApiResponse::json(answer.value().toJson());
               });
}

} // namespace ow
