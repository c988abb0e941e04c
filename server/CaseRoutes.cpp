// Cases: intake at a window, actions of the front office, back office and supervisors, the
// worklists, a person's earlier cases, and the public status lookup behind the receipt's QR
// code. Rules live in core/domain/cases; the bodies are the contract types (CaseTypes.h,
// core/domain/api/CaseBodies.h); these handlers translate.
#include "core/service/cases/CaseService.h"
#include "server/Router.h"
#include "server/Routes.h"


namespace ow {

namespace {

// The body as an intake request; a window accepts at its own hall.
Result<IntakeRequest> intakeFrom(const ApiRequest &req, const Account &who)
{
    auto body = req.jsonBody();
    if (!body)
        return body.error();
    auto intake = IntakeRequest::fromJson(body.value());
    if (!intake)
        return intake.error();
    IntakeRequest r = std::move(intake).value();
    r.hallCode = who.hallCode;
    return r;
}

Result<CaseStep> stepFrom(const ApiRequest &req)
{
    auto body = req.jsonBody();
    if (!body)
        return body.error();
    return CaseStep::fromJson(body.value());
}

// A cursor from an earlier answer, in the query.
Result<qint64> cursorFrom(const ApiRequest &req)
{
    bool ok = true;
    const QString since = req.query.queryItemValue(QStringLiteral("since"));
    const qint64 cursor = since.isEmpty() ? 0 : since.toLongLong(&ok);
    if (!ok || cursor < 0)
        return invalidFieldError(QStringLiteral("since"), QStringLiteral("a cursor from an earlier answer"));
    return cursor;
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
                   return ApiResponse::json(c.value().toJson(), 201);
               });

    // The online portal (一网通办) and the 12333 hotline send applications ahead of a visit.
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/online/cases"), Access::needs(Permission::AppointmentsBook),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   auto intake = IntakeRequest::fromJson(body.value());
                   if (!intake)
                       return intake.error();
                   IntakeRequest r = std::move(intake).value(); // its hall: the one the citizen chose
                   r.window = 0;
                   r.number.clear(); // the portal's applications are numbered here
                   r.acceptedAt = QDateTime();
                   auto c = cases.preSubmit(r, *who);
                   if (!c)
                       return c.error();
                   return ApiResponse::json(c.value().toJson(), 201);
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/cases"), Access::session(),
               [&cases](const ApiRequest &, const Account *who) -> Result<ApiResponse> {
                   auto list = cases.worklist(*who);
                   if (!list)
                       return list.error();
                   CaseList out;
                   for (const CaseView &c : list.value())
                       out.cases.append(c.masked());
                   return ApiResponse::json(out.toJson());
               });

    // Personal data on a need-to-know basis: whole for the staff working on the case, else masked
    // unless the reader gives ?purpose= (PersonalDataAccess); every read is audited.
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/cases/{number}"), Access::session(),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (!caseDeskOf(who->role))
                       return forbiddenError(QStringLiteral("no desk for this role"));
                   const QString key = QStringLiteral("purpose");
                   const std::optional<QString> purpose = req.query.hasQueryItem(key)
                       ? std::optional<QString>(req.query.queryItemValue(key, QUrl::FullyDecoded))
                       : std::nullopt;
                   auto c = cases.read(req.params.value(QStringLiteral("number")), *who, purpose);
                   if (!c)
                       return c.error();
                   return ApiResponse::json(c.value().toJson());
               });

    // The desktop client's pull: what changed since its cursor, to refresh its local copies.
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/case-changes"), Access::session(),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const auto cursor = cursorFrom(req);
                   if (!cursor)
                       return cursor.error();
                   const int limit = req.query.queryItemValue(QStringLiteral("limit")).toInt();
                   auto changes = cases.changesSince(*who, cursor.value(), limit > 0 ? limit : 500);
                   if (!changes)
                       return changes.error();
                   return ApiResponse::json(changes.value().toJson());
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/cases/{number}/reviewers"), Access::needs(Permission::CasesSupervise),
               [&cases](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto reviewers = cases.reviewersFor(req.params.value(QStringLiteral("number")));
                   if (!reviewers)
                       return reviewers.error();
                   return ApiResponse::json(CaseReviewers{reviewers.value()}.toJson());
               });

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/cases/{number}/actions"), Access::session(),
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto step = stepFrom(req);
                   if (!step)
                       return step.error();
                   auto c = cases.act(req.params.value(QStringLiteral("number")), step.value(), *who);
                   if (!c)
                       return c.error();
                   return ApiResponse::json(c.value().toJson());
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
               [&cases](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto lookups = cases.lookupsOf(req.params.value(QStringLiteral("id_number")), *who);
                   if (!lookups)
                       return lookups.error();
                   return ApiResponse::json(CitizenLookups{lookups.value()}.toJson());
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/public/cases/{number}"), Access::open(),
               [&cases](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto status = cases.publicStatus(req.params.value(QStringLiteral("number")),
                                                    req.query.queryItemValue(QStringLiteral("id_last4")));
                   if (!status)
                       return status.error();
                   return ApiResponse::json(status.value().toJson());
               });
}

} // namespace ow
