// Delegation's administration (事项下放): which levels of hall may accept each matter, and the
// city administrator's choice of a matter's lowest level. The rule lives in core/domain/catalogue
// (Delegation); intake enforces it (CaseService), and the catalogue carries it to the windows.
#include "core/domain/api/DelegationBodies.h"
#include "core/service/catalogue/DelegationService.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

namespace {
Status cityAdministrator(const Account &who)
{
    if (!who.isCityAdministrator())
        return forbiddenError(QStringLiteral("only the city's administrator sets which halls may accept a matter"));
    return okStatus();
}
} // namespace

void addDelegationRoutes(Router &router, const ServerServices &s)
{
    DelegationService &delegation = s.delegation;

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/delegation"), Access::needs(Permission::AdminManage),
               [&delegation](const ApiRequest &, const Account *who) -> Result<ApiResponse> {
                   if (auto st = cityAdministrator(*who); !st)
                       return st.error();
                   auto matters = delegation.matters();
                   if (!matters)
                       return matters.error();
                   return ApiResponse::json(DelegationAnswer{matters.value()}.toJson());
               });

    router.add(HttpMethod::Put, QStringLiteral("/api/v1/admin/delegation/{service}"), Access::needs(Permission::AdminManage),
               [&delegation](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (auto st = cityAdministrator(*who); !st)
                       return st.error();
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   auto change = DelegationChange::fromJson(body.value());
                   if (!change)
                       return change.error();
                   auto entry = delegation.set(req.params.value(QStringLiteral("service")), change.value().lowestLevel, *who);
                   if (!entry)
                       return entry.error();
                   return ApiResponse::json(entry.value().toJson());
               });
}

} // namespace ow
