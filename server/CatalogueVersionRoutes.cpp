// Catalogue versions (事项清单版本): the city administrator imports a new catalogue, sees what it
// changes, and puts it in force now or from a later day (CatalogueVersions). Anyone who may read
// the catalogue may read an earlier version: tickets and cases name the version they were made under.
#include "core/domain/security/Account.h"
#include "core/service/catalogue/CatalogueVersions.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

namespace {
Status cityAdministrator(const Account &who)
{
    if (!who.isCityAdministrator()) {
        Error e = forbiddenError(QStringLiteral("only the city's administrator manages the catalogue's versions"));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Only a city administrator manages the catalogue's versions."), {}};
        return e;
    }
    return okStatus();
}

Result<ApiResponse> answer(const Result<CatalogueVersionDetail> &r, int status = 200)
{
    if (!r)
        return r.error();
    return ApiResponse::json(r.value().toJson(), status);
}
} // namespace

void addCatalogueVersionRoutes(Router &router, const ServerServices &s)
{
    CatalogueVersions &versions = s.catalogueVersions;
    const Access admin = Access::needs(Permission::AdminManage);
    const QString one = QStringLiteral("/api/v1/admin/catalogue/versions/{version}");

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/catalogue/versions"), admin,
               [&versions](const ApiRequest &, const Account *who) -> Result<ApiResponse> {
                   if (auto st = cityAdministrator(*who); !st)
                       return st.error();
                   auto list = versions.list();
                   if (!list)
                       return list.error();
                   return ApiResponse::json(CatalogueVersionList{list.value()}.toJson());
               });

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/admin/catalogue/versions"), admin,
               [&versions](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (auto st = cityAdministrator(*who); !st)
                       return st.error();
                   auto imported = versions.import(req.body, *who);
                   if (!imported)
                       return imported.error();
                   return ApiResponse::json(imported.value().detail.toJson(), imported.value().created ? 201 : 200);
               });

    router.add(HttpMethod::Get, one, admin, [&versions](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
        if (auto st = cityAdministrator(*who); !st)
            return st.error();
        return answer(versions.detail(req.params.value(QStringLiteral("version"))));
    });

    router.add(HttpMethod::Post, one + QStringLiteral("/activate"), admin,
               [&versions](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (auto st = cityAdministrator(*who); !st)
                       return st.error();
                   auto when = req.body.trimmed().isEmpty() ? Result<CatalogueActivation>(CatalogueActivation{})
                                                            : req.bodyAs<CatalogueActivation>();
                   if (!when)
                       return when.error();
                   return answer(versions.activate(req.params.value(QStringLiteral("version")), when.value(), *who));
               });

    router.add(HttpMethod::Delete, one + QStringLiteral("/schedule"), admin,
               [&versions](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (auto st = cityAdministrator(*who); !st)
                       return st.error();
                   return answer(versions.unschedule(req.params.value(QStringLiteral("version")), *who));
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/catalogue/versions/{version}"), Access::needs(Permission::CatalogueRead),
               [&versions](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   const QString version = req.params.value(QStringLiteral("version"));
                   auto content = versions.content(version);
                   if (!content)
                       return content.error();
                   // A version names one content for good: its ETag is the version.
                   return ApiResponse::validated(req, content.value(), '"' + version.toUtf8() + '"');
               });
}

} // namespace ow
