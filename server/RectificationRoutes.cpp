// The follow-up of bad ratings (差评整改, issue 14): a hall's rectifications (and the halls below
// it), one with what it is about, a contact with the citizen, the closing. Open to supervisors and
// city administrators; which halls each oversees is RectificationService's (SupervisionScope).
#include "core/domain/api/RectificationBodies.h"
#include "core/service/queue/QueueService.h"
#include "core/service/queue/RectificationService.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <memory>

namespace ow {

namespace {

Result<qint64> idFrom(const ApiRequest &req)
{
    bool ok = false;
    const qint64 id = req.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return notFoundError(QStringLiteral("bad rectification id"));
    return id;
}

Result<ApiResponse> answer(const Result<RectificationDetail> &r, int status = 200)
{
    if (!r)
        return r.error();
    return ApiResponse::json(r.value().toJson(), status);
}

} // namespace

void addRectificationRoutes(Router &router, const ServerServices &s)
{
    // It holds references only: one for every route, alive as long as the routes are.
    auto service = std::make_shared<RectificationService>(s.db, s.queue.clock(), s.queue, s.catalogue);
    const Access access = Access::needsAnyOf({Permission::QueueSupervise, Permission::AdminManage});

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/rectifications"), access,
               [service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto filter = RectificationFilter::fromQuery(req.query);
                   if (!filter)
                       return filter.error();
                   auto list = service->list(*who, req.params.value(QStringLiteral("hall")), filter.value());
                   if (!list)
                       return list.error();
                   return ApiResponse::json(list.value().toJson());
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/rectifications/{id}"), access,
               [service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   return answer(service->detail(*who, id.value()));
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/rectifications/{id}/follow-ups"), access,
               [service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   auto body = req.bodyAs<FollowUpRequest>();
                   if (!body)
                       return body.error();
                   return answer(service->followUp(*who, id.value(), body.value()), 201);
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/rectifications/{id}/close"), access,
               [service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   auto body = req.bodyAs<CloseRectificationRequest>();
                   if (!body)
                       return body.error();
                   return answer(service->close(*who, id.value(), body.value()));
               });
}

} // namespace ow
