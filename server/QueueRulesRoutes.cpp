// A hall's queue rules: administrators read, set and remove them (/api/v1/admin/halls/{hall}/
// queue-rules, scoped and recorded by QueueRulesAdmin); the hall's kiosks, tellers, supervisors
// and displays read what is in force (/api/v1/halls/{hall}/queue-rules) — the priority groups a
// kiosk offers with their names, the promise a screen shows.
#include "core/domain/api/QueueRulesBodies.h"
#include "core/service/queue/QueueRulesAdmin.h"
#include "core/service/queue/QueueService.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <memory>

namespace ow {

namespace {

Result<ApiResponse> answer(const Result<HallQueueRules> &r)
{
    if (!r)
        return r.error();
    return ApiResponse::json(r.value().toJson());
}

QString hallOf(const ApiRequest &req) { return req.params.value(QStringLiteral("hall")); }

} // namespace

void addQueueRulesRoutes(Router &router, const ServerServices &s)
{
    // It holds references only: one for every route, alive as long as the routes are.
    auto rules = std::make_shared<QueueRulesAdmin>(s.db, s.queue.clock(), s.admin.log, s.queue);
    const Access admin = Access::needs(Permission::AdminManage);
    const QString adminPath = QStringLiteral("/api/v1/admin/halls/{hall}/queue-rules");
    router.add(HttpMethod::Get, adminPath, admin, [rules](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
        return answer(rules->get(*who, hallOf(req)));
    });
    router.add(HttpMethod::Put, adminPath, admin, [rules](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
        auto body = req.bodyAs<QueueRules>();
        if (!body)
            return body.error();
        return answer(rules->set(*who, hallOf(req), body.value()));
    });
    router.add(HttpMethod::Delete, adminPath, admin, [rules](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
        if (auto st = rules->reset(*who, hallOf(req)); !st)
            return st.error();
        return ApiResponse::empty(204);
    });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/queue-rules"),
               Access::needsAnyOf({Permission::QueueView, Permission::TicketsIssue}).inHall(HallScope::OwnOrSupervisor),
               [rules](const ApiRequest &req, const Account *) -> Result<ApiResponse> { return answer(rules->effective(hallOf(req))); });
}

} // namespace ow
