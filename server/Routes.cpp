#include "core/domain/api/SessionBodies.h"
#include "server/Routes.h"
#include "server/SyncIngest.h"

#include "core/service/admin/AccountAdmin.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/security/AuthService.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"
#include "server/Router.h"

namespace ow {

void addSystemRoutes(Router &router, const ServerServices &s)
{
    // The schema only changes at start-up (migrations), so read it once; once an administrator
    // exists one always will (the last one cannot be disabled), so that is asked until it does.
    router.add(HttpMethod::Get, QStringLiteral("/health"), Access::open(),
               [schema = s.db.schemaVersion(),
                instance =
                    [&s] {
                        auto i = s.sync.instance();
                        return i ? i.value() : QString();
                    }(),
                &accounts = s.admin.accounts, administrator = std::make_shared<bool>(false)](const ApiRequest &,
                                                                                               const Account *) -> Result<ApiResponse> {
                   if (!*administrator) {
                       auto any = accounts.hasAdministrator();
                       *administrator = any && any.value();
                   }
                   return ApiResponse::json(
                       HealthAnswer{QStringLiteral("ok"), QStringLiteral(OW_VERSION), schema, instance, *administrator}.toJson());
               });
}

void addSessionRoutes(Router &router, const ServerServices &s)
{
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/sessions"), Access::open(),
               [&auth = s.auth](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   auto login = LoginRequest::fromJson(body.value());
                   if (!login)
                       return login.error();
                   auto grant = auth.login(login.value().username, login.value().password, req.address);
                   if (!grant)
                       return grant.error();
                   return ApiResponse::json(LoginAnswer{grant.value().token, grant.value().expiresAt, grant.value().account}.toJson(), 201);
               });
    router.add(HttpMethod::Delete, QStringLiteral("/api/v1/sessions/current"), Access::session().evenBeforePasswordChange(),
               [&auth = s.auth](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   if (auto st = auth.logout(req.bearerToken()); !st)
                       return st.error();
                   return ApiResponse::empty(204);
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/me"), Access::session().evenBeforePasswordChange(),
               [&auth = s.auth](const ApiRequest &, const Account *who) -> Result<ApiResponse> {
                   return ApiResponse{200, auth.profileJson(*who), "application/json", {}};
               });
}

void addCatalogueRoutes(Router &router, const ServerServices &s)
{
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/catalogue"), Access::needs(Permission::CatalogueRead),
               [&catalogue = s.catalogue](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   if (!catalogue.current())
                       return Error{ErrorCode::Internal, QStringLiteral("no catalogue loaded"), {}};
                   return ApiResponse::validated(req, catalogue.json(), catalogue.etag());
               });
}

void addOrgRoutes(Router &router, const ServerServices &s)
{
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/org/halls"), Access::needs(Permission::OrgRead),
               [&db = s.db](const ApiRequest &, const Account *) -> Result<ApiResponse> {
                   auto halls = OrgRepository(db).halls();
                   if (!halls)
                       return halls.error();
                   return ApiResponse::json(HallsAnswer{halls.value()}.toJson());
               });
}

} // namespace ow
