// Cases: intake at a window, actions of the front office, back office and supervisors, the
// worklists, a person's earlier cases, and the public status lookup behind the receipt's QR
// code. Rules live in core/cases; these handlers translate.
#include "core/service/cases/CaseService.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <QJsonArray>

namespace ow {

namespace {

Result<IntakeRequest> intakeFrom(const ApiRequest &req, const Account &who)
{
    auto body = req.jsonBody();
    if (!body)
        return body.error();
    const QJsonObject &b = body.value();
    IntakeRequest r;
    r.hallCode = who.hallCode; // a window accepts at its own hall
    r.window = b.value(QLatin1String("window")).toInt();
    r.ticketId = b.value(QLatin1String("ticket")).toInteger();
    r.serviceCode = b.value(QLatin1String("service")).toString();
    const QJsonObject applicant = b.value(QLatin1String("applicant")).toObject();
    r.applicantId = applicant.value(QLatin1String("id_number")).toString();
    r.applicantName = applicant.value(QLatin1String("name")).toString();
    r.applicantPhone = applicant.value(QLatin1String("phone")).toString();
    r.form = b.value(QLatin1String("form")).toObject();
    const QJsonObject materials = b.value(QLatin1String("materials")).toObject();
    for (auto it = materials.begin(); it != materials.end(); ++it) {
        const auto status = materialStatusFromString(it.value().toString());
        if (status)
            r.materials.insert(it.key(), *status);
        else
            return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("materials.") + it.key(), QStringLiteral("received, missing or exempt")}}}}};
    }
    const auto decision = caseActionFromString(b.value(QLatin1String("decision")).toString(QStringLiteral("accept")));
    if (!decision)
        return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("decision"), QStringLiteral("accept, complete_on_spot or refuse")}}}}};
    r.decision = *decision;
    r.reason = b.value(QLatin1String("reason")).toString();
    r.pickupHallCode = b.value(QLatin1String("pickup_hall")).toString();
    r.number = b.value(QLatin1String("number")).toString();
    r.acceptedAt = QDateTime::fromString(b.value(QLatin1String("accepted_at")).toString(), Qt::ISODate);
    return r;
}

Error invalidField(const QString &field, const QString &why)
{
    return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{field, why}}}}};
}

Result<CaseStep> stepFrom(const ApiRequest &req)
{
    auto body = req.jsonBody();
    if (!body)
        return body.error();
    const QJsonObject &b = body.value();
    const auto action = caseActionFromString(b.value(QLatin1String("action")).toString());
    if (!action || *action == CaseAction::Accept || *action == CaseAction::CompleteOnSpot || *action == CaseAction::Refuse)
        return invalidField(QStringLiteral("action"), QStringLiteral("a case action after intake"));
    CaseStep step{*action, b.value(QLatin1String("note")).toString(), b.value(QLatin1String("assignee")).toInteger(), std::nullopt};
    if (b.contains(QLatin1String("delivery"))) {
        step.delivery = deliveryFromString(b.value(QLatin1String("delivery")).toString());
        if (!step.delivery)
            return invalidField(QStringLiteral("delivery"), QStringLiteral("collected or mailed"));
    }
    return step;
}

} // namespace

void addCaseRoutes(Router &router, const ServerServices &s)
{
    CaseService &cases = s.cases;

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/cases"), Access::needs(Permission::CasesIntake),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto intake = intakeFrom(req, *who);
                   if (!intake)
                       return intake.error();
                   auto c = cases.intake(intake.value(), *who);
                   if (!c)
                       return c.error();
                   return ApiResponse::json(c.value().toJson(true), 201);
               });

    // The online portal (一网通办) and the 12333 hotline send applications ahead of a visit.
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/online/cases"), Access::needs(Permission::AppointmentsBook),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto intake = intakeFrom(req, *who);
                   if (!intake)
                       return intake.error();
                   IntakeRequest r = intake.value();
                   r.hallCode = req.jsonBody().value().value(QLatin1String("hall")).toString(); // the hall the citizen chose
                   r.window = 0;
                   r.number.clear(); // the portal's applications are numbered here
                   r.acceptedAt = QDateTime();
                   auto c = cases.preSubmit(r, *who);
                   if (!c)
                       return c.error();
                   return ApiResponse::json(c.value().toJson(true), 201);
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/cases"), Access::session(),
               [&cases](const ApiRequest &, const Account *who) -> Result<ApiResponse> {
                   auto list = cases.worklist(*who);
                   if (!list)
                       return list.error();
                   QJsonArray out;
                   for (const CaseView &c : list.value())
                       out.append(c.toJson(false));
                   return ApiResponse::json({{QLatin1String("cases"), out}});
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/cases/{number}"), Access::session(),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (!caseDeskOf(who->role))
                       return Error{ErrorCode::Forbidden, {}, {}};
                   auto c = cases.find(req.params.value(QStringLiteral("number")));
                   if (!c)
                       return c.error();
                   return ApiResponse::json(c.value().toJson(true));
               });

    // The desktop client's pull: what changed since its cursor, to refresh its local copies.
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/case-changes"), Access::session(),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   bool ok = true;
                   const QString since = req.query.queryItemValue(QStringLiteral("since"));
                   const qint64 cursor = since.isEmpty() ? 0 : since.toLongLong(&ok);
                   if (!ok || cursor < 0)
                       return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("since"), QStringLiteral("a cursor from an earlier answer")}}}}};
                   const int limit = req.query.queryItemValue(QStringLiteral("limit")).toInt();
                   auto changes = cases.changesSince(*who, cursor, limit > 0 ? limit : 500);
                   if (!changes)
                       return changes.error();
                   return ApiResponse::json(changes.value());
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/cases/{number}/reviewers"), Access::needs(Permission::CasesSupervise),
               [&cases](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto reviewers = cases.reviewersFor(req.params.value(QStringLiteral("number")));
                   if (!reviewers)
                       return reviewers.error();
                   return ApiResponse::json({{QLatin1String("reviewers"), reviewers.value()}});
               });

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/cases/{number}/actions"), Access::session(),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto step = stepFrom(req);
                   if (!step)
                       return step.error();
                   auto c = cases.act(req.params.value(QStringLiteral("number")), step.value(), *who);
                   if (!c)
                       return c.error();
                   return ApiResponse::json(c.value().toJson(true));
               });

    // What the city holds for a person, so the window need not ask for it again.
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/citizens/{id_number}"), Access::needs(Permission::CasesIntake),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto history = cases.applicantHistory(req.params.value(QStringLiteral("id_number")), *who);
                   if (!history)
                       return history.error();
                   return ApiResponse::json(history.value().toJson());
               });

    // The audit: who looked a person up at a window, and when.
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/citizens/{id_number}/lookups"), Access::needs(Permission::CasesSupervise),
               [&cases](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto lookups = cases.lookupsOf(req.params.value(QStringLiteral("id_number")));
                   if (!lookups)
                       return lookups.error();
                   return ApiResponse::json({{QLatin1String("lookups"), lookups.value()}});
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/public/cases/{number}"), Access::open(),
               [&cases](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto status = cases.publicStatus(req.params.value(QStringLiteral("number")),
                                                    req.query.queryItemValue(QStringLiteral("id_last4")));
                   if (!status)
                       return status.error();
                   return ApiResponse::json(status.value());
               });
}

} // namespace ow
