// Risk control (风险预警, issue 15): the rule set and its versions, the alerts with their evidence,
// their disposal, the sweep run on demand (/api/v1/risk/…) and the day's summary
// (/api/v1/reports/risk). Who sees and does what is RiskService's; these handlers read the
// request and write the answer; an alert's finding and evidence notes are made text here, in the
// request's language (RiskMessages), as the error texts are.
#include "core/domain/api/RiskBodies.h"
#include "core/domain/risk/RiskMessages.h"
#include "core/service/risk/RiskService.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

namespace {

QString param(const ApiRequest &req, const char *name)
{
    return req.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

Result<qint64> idFrom(const ApiRequest &req)
{
    bool ok = false;
    const qint64 id = req.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return notFoundError(QStringLiteral("bad risk alert id"));
    return id;
}

template<typename T>
Result<ApiResponse> answer(const Result<T> &r)
{
    if (!r)
        return r.error();
    return ApiResponse::json(r.value().toJson());
}

// An alert (or the alerts of a list) with its texts in the language of the request.
Result<ApiResponse> answer(Result<RiskAlert> r, const LanguagePack &languages, const ApiRequest &req)
{
    if (r)
        RiskMessages::localize(r.value(), languages, req.language);
    return answer(r);
}

Result<ApiResponse> answer(Result<RiskAlertList> r, const LanguagePack &languages, const ApiRequest &req)
{
    if (r) {
        for (RiskAlert &a : r.value().alerts)
            RiskMessages::localize(a, languages, req.language);
    }
    return answer(r);
}

} // namespace

void addRiskRoutes(Router &router, const ServerServices &s)
{
    RiskService &risk = s.risk;
    const LanguagePack &languages = s.languages;
    // Supervisors and administrators get past the route; RiskService then says who sees which
    // halls, who may change the rules (the city's administrator) and who disposes (supervisors).
    const Access access = Access::needsAnyOf({Permission::QueueSupervise, Permission::AdminManage});

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/risk/rules"), access,
               [&risk](const ApiRequest &, const Account *) -> Result<ApiResponse> { return ApiResponse::json(risk.rules().toJson()); });
    router.add(HttpMethod::Put, QStringLiteral("/api/v1/risk/rules"), Access::needs(Permission::AdminManage),
               [&risk](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   return answer(risk.setRules(*who, body.value()));
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/risk/rules/versions/{version}"), access,
               [&risk](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   bool ok = false;
                   const int version = req.params.value(QStringLiteral("version")).toInt(&ok);
                   if (!ok || version < 1)
                       return notFoundError(QStringLiteral("bad risk rule set version"));
                   return answer(risk.rulesVersion(version));
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/risk/alerts"), access,
               [&risk, &languages](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto filter = RiskAlertFilter::fromQuery(req.query);
                   if (!filter)
                       return filter.error();
                   return answer(risk.alerts(*who, filter.value()), languages, req);
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/risk/alerts/{id}"), access,
               [&risk, &languages](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   return answer(risk.alert(*who, id.value()), languages, req);
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/risk/alerts/{id}/disposal"), access,
               [&risk, &languages](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   auto body = req.bodyAs<RiskDisposalRequest>();
                   if (!body)
                       return body.error();
                   return answer(risk.dispose(*who, id.value(), body.value()), languages, req);
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/risk/sweep"), Access::needs(Permission::AdminManage),
               [&risk](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto day = riskDayParameter(param(req, "day"));
                   if (!day)
                       return day.error();
                   return answer(risk.sweep(*who, day.value()));
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/reports/risk"), access,
               [&risk](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto day = riskDayParameter(param(req, "day"));
                   if (!day)
                       return day.error();
                   return answer(risk.summary(*who, day.value(), param(req, "hall")));
               });
}

} // namespace ow
