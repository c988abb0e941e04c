// Offline window mode: a window leases blocks of ticket numbers while online, and sends the
// tickets it issued and served while offline once it is back (through its outbox).
#include "core/service/cases/CaseService.h"
#include "core/service/queue/OfflineWindow.h"
#include "core/domain/security/Role.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <QJsonArray>

namespace ow {

namespace {

Error fieldError(const QString &field, const QString &why)
{
    return Error{ErrorCode::ValidationFailed, why, {{QLatin1String("fields"), QJsonObject{{field, why}}}}};
}

Status atHall(const Account *who, const QString &hall)
{
    if (!Permissions::atHall(who->hallCode, who->role, hall))
        return Error{ErrorCode::Forbidden, QStringLiteral("not at hall %1").arg(hall), {}};
    return okStatus();
}

QDateTime timeField(const QJsonObject &b, const char *name)
{
    return QDateTime::fromString(b.value(QLatin1String(name)).toString(), Qt::ISODate);
}

Result<OfflineTicket> offlineTicketFrom(const ApiRequest &req)
{
    auto body = req.jsonBody();
    if (!body)
        return body.error();
    const QJsonObject &b = body.value();
    OfflineTicket t;
    t.hallCode = req.params.value(QStringLiteral("hall"));
    t.window = req.params.value(QStringLiteral("window")).toInt();
    t.number = b.value(QLatin1String("number")).toString();
    for (const QJsonValue &v : b.value(QLatin1String("services")).toArray())
        t.services << v.toString();
    t.priorityGroup = b.value(QLatin1String("priority_group")).toString();
    t.issuedAt = timeField(b, "issued_at");
    t.calledAt = timeField(b, "called_at");
    t.servingSince = timeField(b, "serving_since");
    t.finishedAt = timeField(b, "finished_at");
    const auto state = ticketStateFromString(b.value(QLatin1String("state")).toString(QStringLiteral("finished")));
    if (!state)
        return fieldError(QStringLiteral("state"), QStringLiteral("finished or no_show"));
    t.state = *state;
    for (const QJsonValue &v : b.value(QLatin1String("matters")).toArray()) {
        const QJsonObject m = v.toObject();
        const auto outcome = matterOutcomeFromString(m.value(QLatin1String("outcome")).toString());
        if (!outcome)
            return fieldError(QStringLiteral("outcome"), QStringLiteral("done, accepted_as_case or refused"));
        t.results.append({m.value(QLatin1String("service")).toString(), *outcome, m.value(QLatin1String("reason")).toString()});
    }
    return t;
}

} // namespace

void addOfflineRoutes(Router &router, const ServerServices &s)
{
    OfflineWindow &offline = s.offline;

    CaseService &cases = s.cases;
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/windows/{window}/lease"), Access::needs(Permission::QueueOperate),
               [&offline, &cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (auto st = atHall(who, hall); !st)
                       return st.error();
                   int numbers = OfflineWindow::kBlock;
                   int caseNumbers = CaseNumbers::kBlock;
                   if (!req.body.trimmed().isEmpty()) {
                       auto body = req.jsonBody();
                       if (!body)
                           return body.error();
                       numbers = body.value().value(QLatin1String("numbers")).toInt(OfflineWindow::kBlock);
                       caseNumbers = body.value().value(QLatin1String("case_numbers")).toInt(CaseNumbers::kBlock);
                   }
                   const int window = req.params.value(QStringLiteral("window")).toInt();
                   auto leases = offline.lease(hall, window, who->id, numbers);
                   if (!leases)
                       return leases.error();
                   QJsonArray blocks;
                   for (const NumberLease &l : leases.value())
                       blocks.append(l.toJson());
                   QJsonObject out{{QLatin1String("hall"), hall}, {QLatin1String("blocks"), blocks}};
                   if (hall == who->hallCode && caseDeskOf(who->role) == CaseDesk::FrontOffice) {
                       // Case numbers too, for cases the window accepts offline.
                       auto caseBlocks = cases.leaseNumbers(*who, window, caseNumbers);
                       if (!caseBlocks)
                           return caseBlocks.error();
                       QJsonArray c;
                       for (const CaseNumberBlock &b : caseBlocks.value())
                           c.append(b.toJson());
                       out.insert(QLatin1String("case_blocks"), c);
                   }
                   return ApiResponse::json(out);
               });

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/windows/{window}/offline-tickets"),
               Access::needs(Permission::QueueOperate),
               [&offline](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (auto st = atHall(who, hall); !st)
                       return st.error();
                   auto ticket = offlineTicketFrom(req);
                   if (!ticket)
                       return ticket.error();
                   auto recorded = offline.record(ticket.value(), who->id);
                   if (!recorded)
                       return recorded.error();
                   return ApiResponse::json(recorded.value().toJson(false), 201);
               });
}

} // namespace ow
