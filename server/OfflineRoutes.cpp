// Offline window mode: a window leases blocks of ticket numbers while online, and sends the
// tickets it issued and served while offline once it is back (through its outbox).
#include "core/domain/api/QueueBodies.h"
#include "core/service/cases/CaseService.h"
#include "core/service/queue/OfflineWindow.h"
#include "core/domain/security/Role.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

void addOfflineRoutes(Router &router, const ServerServices &s)
{
    OfflineWindow &offline = s.offline;

    CaseService &cases = s.cases;
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/windows/{window}/lease"),
               Access::needs(Permission::QueueOperate).inHall(),
               [&offline, &cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   LeaseRequest asked;
                   if (!req.body.trimmed().isEmpty()) {
                       auto body = req.bodyAs<LeaseRequest>();
                       if (!body)
                           return body.error();
                       asked = body.value();
                   }
                   const int window = req.params.value(QStringLiteral("window")).toInt();
                   auto leases = offline.lease(hall, window, who->id, asked.numbers.value_or(OfflineWindow::kBlock));
                   if (!leases)
                       return leases.error();
                   NumberLeases out{hall, leases.value(), std::nullopt};
                   if (hall == who->hallCode && caseDeskOf(who->role) == CaseDesk::FrontOffice) {
                       // Case numbers too, for cases the window accepts offline.
                       auto caseBlocks = cases.leaseNumbers(*who, window, asked.caseNumbers.value_or(CaseNumbers::kBlock));
                       if (!caseBlocks)
                           return caseBlocks.error();
                       QList<CaseNumberLease> c;
                       for (const CaseNumberBlock &b : caseBlocks.value())
                           c.append({b.day, b.stem, b.first, b.last, b.unused});
                       out.caseBlocks = c;
                   }
                   return ApiResponse::json(out.toJson());
               });

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/windows/{window}/offline-tickets"),
               Access::needs(Permission::QueueOperate).inHall(),
               [&offline](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto ticket = req.bodyAs<OfflineTicket>();
                   if (!ticket)
                       return ticket.error();
                   ticket.value().hallCode = req.params.value(QStringLiteral("hall"));
                   ticket.value().window = req.params.value(QStringLiteral("window")).toInt();
                   auto recorded = offline.record(ticket.value(), who->id);
                   if (!recorded)
                       return recorded.error();
                   return ApiResponse::json(recorded.value().toJson(false), 201);
               });
}

} // namespace ow
