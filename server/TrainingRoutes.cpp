// Training sessions at a training hall (培训模式, issue 17): a trainer starts a scenario for a
// trainee, reads the session's report, ends it; a window reads the citizen behind a training
// ticket. Who may do what is TrainingService's.
#include "core/domain/api/TrainingBodies.h"
#include "core/service/training/TrainingService.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

namespace {

Result<qint64> idFrom(const ApiRequest &req, const char *name)
{
    bool ok = false;
    const qint64 id = req.params.value(QString::fromLatin1(name)).toLongLong(&ok);
    if (!ok || id <= 0)
        return notFoundError(QStringLiteral("bad %1").arg(QString::fromLatin1(name)));
    return id;
}

template<typename T>
Result<ApiResponse> answer(const Result<T> &r, int status = 200)
{
    if (!r)
        return r.error();
    return ApiResponse::json(r.value().toJson(), status);
}

} // namespace

void addTrainingRoutes(Router &router, const ServerServices &s)
{
    TrainingService &service = s.training;
    const Access train = Access::needs(Permission::TrainingRun);
    const Access trainOrServe = Access::needsAnyOf({Permission::TrainingRun, Permission::QueueOperate});

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/training/sessions"), train,
               [&service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<StartTrainingRequest>();
                   if (!body)
                       return body.error();
                   return answer(service.start(*who, body.value()), 201);
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/training/sessions"), trainOrServe,
               [&service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.query.queryItemValue(QStringLiteral("hall"), QUrl::FullyDecoded).trimmed();
                   if (hall.isEmpty())
                       return invalidFieldError(QStringLiteral("hall"), QStringLiteral("required"));
                   return answer(service.list(*who, hall));
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/training/sessions/{id}"), trainOrServe,
               [&service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req, "id");
                   if (!id)
                       return id.error();
                   return answer(service.detail(*who, id.value()));
               });
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/training/sessions/{id}/end"), train,
               [&service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req, "id");
                   if (!id)
                       return id.error();
                   return answer(service.end(*who, id.value()));
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/training/tickets/{id}"), trainOrServe,
               [&service](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req, "id");
                   if (!id)
                       return id.error();
                   return answer(service.arrivalOfTicket(*who, id.value()));
               });
}

} // namespace ow
