// The administration routes (/api/v1/admin/…) and everyone's own password: thin, the rules are
// in core/service/admin (AccountAdmin, OrgAdmin, DeviceAdmin) and every change is in AdminLog.
#include "core/domain/api/AdminBodies.h"
#include "core/domain/org/AdminScope.h"
#include "core/service/admin/AccountAdmin.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/admin/DeviceAdmin.h"
#include "core/service/admin/OrgAdmin.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/service/org/OrgExchange.h"
#include "core/service/store/OrgRepository.h"
#include "server/Router.h"
#include "server/Routes.h"
#include "core/service/queue/QueueService.h"

namespace ow {

namespace {

Result<qint64> accountId(const ApiRequest &req)
{
    bool ok = false;
    const qint64 id = req.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return notFoundError(QStringLiteral("bad account id"));
    return id;
}

Result<int> windowNumber(const ApiRequest &req)
{
    bool ok = false;
    const int n = req.params.value(QStringLiteral("window")).toInt(&ok);
    if (!ok || n <= 0)
        return notFoundError(QStringLiteral("bad window number"));
    return n;
}

template<typename T>
Result<ApiResponse> answer(const Result<T> &r, int status = 200)
{
    if (!r)
        return r.error();
    return ApiResponse::json(r.value().toJson(), status);
}

const Access kAdmin = Access::needs(Permission::AdminManage);

} // namespace

void addAccountAdminRoutes(Router &router, const ServerServices &s)
{
    AccountAdmin &accounts = s.admin.accounts;
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/accounts"), kAdmin,
               [&accounts](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto filter = AdminAccountFilter::fromQuery(req.query);
                   if (!filter)
                       return filter.error();
                   return answer(accounts.list(*who, filter.value()));
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/accounts"), kAdmin,
               [&accounts](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<NewAccountRequest>();
                   if (!body)
                       return body.error();
                   return answer(accounts.create(*who, body.value()), 201);
               });
    router.add(HttpMethod::Patch, QStringLiteral("/api/v1/admin/accounts/{id}"), kAdmin,
               [&accounts](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = accountId(req);
                   if (!id)
                       return id.error();
                   auto body = req.bodyAs<AccountPatch>();
                   if (!body)
                       return body.error();
                   return answer(accounts.update(*who, id.value(), body.value()));
               });
    for (const bool enable : {false, true}) {
        router.add(HttpMethod::Post,
                   enable ? QStringLiteral("/api/v1/admin/accounts/{id}/enable") : QStringLiteral("/api/v1/admin/accounts/{id}/disable"),
                   kAdmin, [&accounts, enable](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                       auto id = accountId(req);
                       if (!id)
                           return id.error();
                       return answer(accounts.setActive(*who, id.value(), enable));
                   });
    }
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/accounts/{id}/password-reset"), kAdmin,
               [&accounts](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = accountId(req);
                   if (!id)
                       return id.error();
                   return answer(accounts.resetPassword(*who, id.value()));
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/me/password"), Access::session().evenBeforePasswordChange(),
               [&accounts](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<ChangePasswordRequest>();
                   if (!body)
                       return body.error();
                   if (auto st = accounts.changeOwnPassword(*who, body.value()); !st)
                       return st.error();
                   return ApiResponse::empty(204);
               });
}

void addOrgAdminRoutes(Router &router, const ServerServices &s)
{
    OrgAdmin &org = s.admin.org;
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/halls"), kAdmin,
               [&org](const ApiRequest &, const Account *who) -> Result<ApiResponse> { return answer(org.halls(*who)); });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/halls"), kAdmin,
               [&org](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<AdminHall>();
                   if (!body)
                       return body.error();
                   return answer(org.createHall(*who, body.value()), 201);
               });
    router.add(HttpMethod::Patch, QStringLiteral("/api/v1/admin/halls/{hall}"), kAdmin,
               [&org](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<HallPatch>();
                   if (!body)
                       return body.error();
                   return answer(org.updateHall(*who, req.params.value(QStringLiteral("hall")), body.value()));
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/halls/{hall}/archive"), kAdmin,
               [&org](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   return answer(org.archiveHall(*who, req.params.value(QStringLiteral("hall"))));
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/halls/{hall}/windows"), kAdmin,
               [&org](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<AdminWindow>();
                   if (!body)
                       return body.error();
                   return answer(org.addWindow(*who, req.params.value(QStringLiteral("hall")), body.value()), 201);
               });
    router.add(HttpMethod::Patch, QStringLiteral("/api/v1/admin/halls/{hall}/windows/{window}"), kAdmin,
               [&org](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto n = windowNumber(req);
                   if (!n)
                       return n.error();
                   auto body = req.bodyAs<WindowPatch>();
                   if (!body)
                       return body.error();
                   return answer(org.updateWindow(*who, req.params.value(QStringLiteral("hall")), n.value(), body.value()));
               });
    router.add(HttpMethod::Delete, QStringLiteral("/api/v1/admin/halls/{hall}/windows/{window}"), kAdmin,
               [&org](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto n = windowNumber(req);
                   if (!n)
                       return n.error();
                   if (auto st = org.retireWindow(*who, req.params.value(QStringLiteral("hall")), n.value()); !st)
                       return st.error();
                   return ApiResponse::empty(204);
               });
}

void addDeviceAdminRoutes(Router &router, const ServerServices &s)
{
    DeviceAdmin &devices = s.admin.devices;
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/devices"), kAdmin,
               [&devices](const ApiRequest &, const Account *who) -> Result<ApiResponse> { return answer(devices.list(*who)); });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/devices"), kAdmin,
               [&devices](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<NewDeviceRequest>();
                   if (!body)
                       return body.error();
                   return answer(devices.add(*who, body.value()), 201);
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/devices/{code}/secret"), kAdmin,
               [&devices](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   return answer(devices.rotateSecret(*who, req.params.value(QStringLiteral("code"))));
               });
}

void addOrgExchangeRoutes(Router &router, const ServerServices &s)
{
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/org"), kAdmin,
               [&db = s.db](const ApiRequest &, const Account *who) -> Result<ApiResponse> {
                   auto halls = OrgRepository(db).halls();
                   if (!halls)
                       return halls.error();
                   const AdminScope scope(*who, halls.value());
                   auto doc = OrgExchange(db).exportOrg(scope.managesAll() ? std::nullopt
                                                                                    : std::optional<QStringList>(scope.hallCodes()));
                   if (!doc)
                       return doc.error();
                   return ApiResponse::json(doc.value());
               });
    // The whole city's org at once: the city administrators'.
    router.add(HttpMethod::Put, QStringLiteral("/api/v1/admin/org"), kAdmin,
               [&db = s.db, &clock = s.clock, &log = s.admin.log, &auth = s.auth, &catalogue = s.catalogue,
                &queue = s.queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (!who->isCityAdministrator())
                       return forbiddenError(QStringLiteral("only a city administrator imports the org"));
                   const OrgImportContext context{.clock = clock, .log = &log, .auth = &auth, .catalogue = catalogue.current()};
                   auto report = OrgExchange(db).importOrg(req.body, PasswordHasher(), who, context);
                   if (!report)
                       return report.error();
                   if (report.value().changedAnything())
                       queue.orgChanged();
                   return ApiResponse::json(report.value().toJson());
               });
}

void addAdminChangeRoutes(Router &router, const ServerServices &s)
{
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/changes"), kAdmin,
               [&db = s.db, &log = s.admin.log](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto filter = AdminChangeFilter::fromQuery(req.query);
                   if (!filter)
                       return filter.error();
                   auto halls = OrgRepository(db).halls();
                   if (!halls)
                       return halls.error();
                   const AdminScope scope(*who, halls.value());
                   // A hall administrator reads the changes of the halls they manage; the
                   // city-wide ones ("" hall) are the city administrators'.
                   auto changes = log.list(filter.value(), scope.managesAll() ? std::nullopt
                                                                                     : std::optional<QStringList>(scope.hallCodes()));
                   if (!changes)
                       return changes.error();
                   return ApiResponse::json(AdminChangeList{changes.value()}.toJson());
               });
}

} // namespace ow
