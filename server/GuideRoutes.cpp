// The guide desk (咨询导办, issue 17): a matter found by what the citizen says, and the
// questions answered without a ticket (consultations). Tickets with the guide's pre-check are
// issued through the queue's own route (QueueRoutes.cpp).
#include "core/domain/api/GuideBodies.h"
#include "core/domain/catalogue/MatterFinder.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/queue/Consultations.h"
#include "core/service/queue/QueueService.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <memory>

namespace ow {

namespace {

constexpr int kDefaultHits = 10;
constexpr int kMostHits = 50;

} // namespace

void addGuideRoutes(Router &router, const ServerServices &s)
{
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/catalogue/search"), Access::needs(Permission::CatalogueRead),
               [&catalogue = s.catalogue](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   const QString q = req.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).simplified();
                   if (q.isEmpty())
                       return invalidFieldError(QStringLiteral("q"), QStringLiteral("required"));
                   int limit = kDefaultHits;
                   if (req.query.hasQueryItem(QStringLiteral("limit"))) {
                       bool ok = false;
                       limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
                       if (!ok || limit < 1 || limit > kMostHits)
                           return invalidFieldError(QStringLiteral("limit"), QStringLiteral("from 1 to %1").arg(kMostHits));
                   }
                   const Catalogue *current = catalogue.current();
                   if (!current)
                       return Error{ErrorCode::Internal, QStringLiteral("no catalogue loaded"), {}};
                   MatterSearchResult result{q, {}};
                   for (const MatterHit &hit : MatterFinder(*current).find(q, limit)) {
                       MatterSearchHit h{hit.item->code, hit.score, {}};
                       for (const MatchReason &why : hit.reasons)
                           h.why.append({why.field, why.text});
                       result.hits.append(h);
                   }
                   return ApiResponse::json(result.toJson());
               });

    // It holds references only: one for both routes, alive as long as the routes are.
    auto consultations = std::make_shared<Consultations>(s.db, s.queue.clock(), s.catalogue, s.queue);
    const Access access = Access::needs(Permission::ConsultationsLog).inHall();
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/consultations"), access,
               [consultations](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<ConsultationRequest>();
                   if (!body)
                       return body.error();
                   auto logged = consultations->log(req.params.value(QStringLiteral("hall")), body.value(), *who);
                   if (!logged)
                       return logged.error();
                   return ApiResponse::json(logged.value().toJson(), 201);
               });
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/consultations"), access,
               [consultations](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   QDate day;
                   if (req.query.hasQueryItem(QStringLiteral("day"))) {
                       day = QDate::fromString(req.query.queryItemValue(QStringLiteral("day")), Qt::ISODate);
                       if (!day.isValid())
                           return invalidFieldError(QStringLiteral("day"), QStringLiteral("yyyy-MM-dd"));
                   }
                   auto list = consultations->list(req.params.value(QStringLiteral("hall")), day);
                   if (!list)
                       return list.error();
                   return ApiResponse::json(list.value().toJson());
               });
}

} // namespace ow
