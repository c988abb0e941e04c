#include "server/Router.h"
#include "server/Routes.h"
#include "server/SyncIngest.h"

namespace ow {

void addSyncRoutes(Router &router, const ServerServices &s)
{
    const SyncIngest &sync = s.sync;
    // Any logged-in account may push: each replayed operation is checked like a live request.
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/sync/push"), Access::session(),
               [&sync](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto done = sync.push(req, *who);
                   if (!done)
                       return done.error();
                   return ApiResponse::json(done.value().toJson());
               },
               RouteCommit::OwnTransaction); // a push is one transaction of its operations
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/sync/cursor"), Access::session(),
               [&sync](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto c = sync.cursor(req.query.queryItemValue(QStringLiteral("device")));
                   if (!c)
                       return c.error();
                   return ApiResponse::json(c.value().toJson());
               });
}

} // namespace ow
