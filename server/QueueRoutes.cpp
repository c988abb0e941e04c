#include "core/domain/api/QueueBodies.h"
#include "core/service/queue/QueueService.h"
#include "core/service/queue/Rating.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

namespace {

Result<qint64> idFrom(const ApiRequest &req)
{
    bool ok = false;
    const qint64 id = req.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return notFoundError(QStringLiteral("bad ticket id"));
    return id;
}

// Whether the account may act on ticket `id`'s hall (the hall comes from the ticket, so the
// route cannot declare it). Reads the ticket's hall only: the operation reads the ticket itself.
Status mayActOnTicket(QueueService &queue, qint64 id, const Account &who, HallScope scope)
{
    auto hall = queue.hallOfTicket(id);
    if (!hall)
        return hall.error().code == ErrorCode::NotFound ? notFoundError() : Status(hall.error());
    return requireHall(who, hall.value(), scope);
}

// The ticket `id`, if the account may see its hall.
Result<Ticket> ticketAtHall(QueueService &queue, qint64 id, const Account &who, HallScope scope)
{
    if (auto st = mayActOnTicket(queue, id, who, scope); !st)
        return st.error();
    auto t = queue.ticket(id);
    if (!t)
        return t.error();
    if (!t.value())
        return notFoundError();
    return *t.value();
}

Result<ApiResponse> ticketResponse(const Result<Ticket> &t, int status = 200)
{
    if (!t)
        return t.error();
    return ApiResponse::json(t.value().toJson(false), status);
}

TransferRequest transferOf(const TransferBody &b)
{
    TransferRequest r;
    r.services = b.services;
    r.toWindow = b.toWindow;
    r.toTeller = b.toTeller;
    r.toFront = b.toFront;
    r.reason = b.reason;
    return r;
}

// POST /api/v1/tickets/{id}/<action>: every ticket operation names its window first; the rest of
// its body (Body) is read once the ticket is known to be one the teller may act on.
template<typename Body>
void addTicketAction(Router &router, const QString &action, QueueService &queue,
                     std::function<Result<Ticket>(QueueService &, qint64 id, const Body &, qint64 actor)> op)
{
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/tickets/{id}/") + action, Access::needs(Permission::QueueOperate),
               [&queue, op = std::move(op)](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   if (auto window = req.bodyAs<TicketActionRequest>(); !window)
                       return window.error();
                   if (auto st = mayActOnTicket(queue, id.value(), *who, HallScope::Own); !st)
                       return st.error();
                   auto body = req.bodyAs<Body>();
                   if (!body)
                       return body.error();
                   return ticketResponse(op(queue, id.value(), body.value(), who->id));
               });
}

} // namespace

void addQueueRoutes(Router &router, const ServerServices &s)
{
    QueueService &queue = s.queue;
    RatingService &ratings = s.ratings;

    const auto rate = [&ratings](const ApiRequest &req, qint64 ticketId, const Account *who) -> Result<ApiResponse> {
        auto body = req.bodyAs<RatingRequest>();
        if (!body)
            return body.error();
        auto rated = ratings.rate(ticketId, body.value().service, body.value().level, who->id);
        if (!rated)
            return rated.error();
        return ApiResponse::json(rated.value().toJson(), 201);
    };
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/tickets/{id}/rating"), Access::needs(Permission::RatingsSubmit),
               [&queue, rate](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   if (auto st = mayActOnTicket(queue, id.value(), *who, HallScope::Own); !st)
                       return st.error();
                   return rate(req, id.value(), who);
               });

    // A rating given at a window that worked offline: the ticket is known by its number (sent
    // after the ticket itself, through the same outbox).
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/days/{day}/tickets/{number}/rating"),
               Access::needs(Permission::RatingsSubmit).inHall(),
               [&queue, rate](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto t = queue.ticketByNumber(req.params.value(QStringLiteral("hall")), req.params.value(QStringLiteral("day")),
                                                 req.params.value(QStringLiteral("number")));
                   if (!t)
                       return t.error();
                   if (!t.value())
                       return notFoundError();
                   return rate(req, t.value()->id, who);
               });

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/tickets"), Access::needs(Permission::TicketsIssue).inHall(),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<IssueTicketRequest>();
                   if (!body)
                       return body.error();
                   IssueRequest r;
                   r.hallCode = req.params.value(QStringLiteral("hall"));
                   r.services = body.value().services;
                   // A guide desk hands out numbers at the entrance as a kiosk does: a walk-in, not a window's ticket.
                   const bool entrance = who->role == Role::Kiosk || who->role == Role::Guide;
                   r.channel = body.value().channel.value_or(entrance ? Channel::Kiosk : Channel::Window);
                   r.priorityGroup = body.value().priorityGroup;
                   r.residentId = body.value().residentId;
                   r.phone = body.value().phone;
                   for (const PrecheckEntry &p : body.value().prechecks)
                       r.prechecks.append({p.service, p.present});
                   auto issued = queue.issue(r, who->id);
                   if (!issued)
                       return issued.error();
                   // As the kiosk prints it: with the people ahead and the estimated wait.
                   QueuedTicket answer{issued.value(), {}, std::nullopt};
                   if (auto wait = queue.estimate(issued.value()))
                       answer.wait = wait.value();
                   return ApiResponse::json(answer.toJson(), 201);
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/queue"),
               Access::needs(Permission::QueueView).inHall(HallScope::OwnOrSupervisor),
               [&queue](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto view = queue.view(req.params.value(QStringLiteral("hall")));
                   if (!view)
                       return view.error();
                   return ApiResponse::validated(req, view.value()->json, view.value()->etag, view.value()->deflated);
               });

    // Tellers open and close their window; supervisors any window of their hall.
    router.add(HttpMethod::Put, QStringLiteral("/api/v1/halls/{hall}/windows/{window}"),
               Access::needsAnyOf({Permission::QueueOperate, Permission::QueueSupervise}).inHall(),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   const int window = req.params.value(QStringLiteral("window")).toInt();
                   auto body = req.bodyAs<WindowStateChange>();
                   if (!body)
                       return body.error();
                   const WindowStateChange &change = body.value();
                   if (!change.state) { // auto-assign only
                       auto r = queue.setAutoAssign(hall, window, *change.autoAssign, who->id);
                       if (!r)
                           return r.error();
                       return ApiResponse::json(WindowStateResult{r.value().number, r.value().state, std::nullopt, r.value().autoAssign}.toJson());
                   }
                   Result<WindowStatus> r = *change.state == WindowState::Open     ? queue.openWindow(hall, window, who->id)
                                            : *change.state == WindowState::Paused ? queue.pauseWindow(hall, window, change.reason, who->id)
                                                                                   : queue.closeWindow(hall, window, who->id);
                   if (!r)
                       return r.error();
                   WindowStatus status = r.value();
                   if (change.autoAssign) {
                       auto a = queue.setAutoAssign(hall, window, *change.autoAssign, who->id);
                       if (!a)
                           return a.error();
                       status = a.value();
                   }
                   return ApiResponse::json(WindowStateResult{status.number, status.state, status.reason, status.autoAssign}.toJson());
               });

    // Supervisors change what a window serves, and with which preference weights.
    router.add(HttpMethod::Put, QStringLiteral("/api/v1/halls/{hall}/windows/{window}/profile"),
               Access::needs(Permission::QueueSupervise).inHall(),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.bodyAs<WindowProfileBody>();
                   if (!body)
                       return body.error();
                   const Window w = body.value().toWindow(req.params.value(QStringLiteral("window")).toInt());
                   auto saved = queue.setWindowProfile(req.params.value(QStringLiteral("hall")), w, who->id);
                   if (!saved)
                       return saved.error();
                   return ApiResponse::json(WindowProfileBody::of(saved.value()).toJson());
               });

    // Supervisors move a waiting ticket: to other matters, one window, the front or the back.
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/tickets/{id}/move"), Access::needs(Permission::QueueSupervise),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   if (auto body = req.jsonBody(); !body)
                       return body.error();
                   if (auto st = mayActOnTicket(queue, id.value(), *who, HallScope::Own); !st)
                       return st.error();
                   auto body = req.bodyAs<TransferBody>();
                   if (!body)
                       return body.error();
                   TransferRequest r = transferOf(body.value());
                   r.toTeller = 0; // a move sends no ticket to a teller
                   return ticketResponse(queue.moveWaiting(id.value(), r, who->id));
               });

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/windows/{window}/call-next"),
               Access::needs(Permission::QueueOperate).inHall(),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto called = queue.callNext(req.params.value(QStringLiteral("hall")),
                                                req.params.value(QStringLiteral("window")).toInt(), who->id);
                   if (!called)
                       return called.error();
                   if (!called.value())
                       return ApiResponse::empty(204);
                   return ApiResponse::json(called.value()->toJson(false));
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/tickets/{id}"), Access::needs(Permission::QueueView),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   auto t = ticketAtHall(queue, id.value(), *who, HallScope::OwnOrSupervisor);
                   if (!t)
                       return t.error();
                   auto events = queue.events(id.value());
                   if (!events)
                       return events.error();
                   return ApiResponse::json(TicketDetail{t.value(), events.value()}.toJson());
               });

    addTicketAction<TicketActionRequest>(router, QStringLiteral("recall"), queue, [](QueueService &q, qint64 id, const TicketActionRequest &b, qint64 actor) {
        return q.recall(id, b.window, actor);
    });
    addTicketAction<TicketActionRequest>(router, QStringLiteral("serve"), queue, [](QueueService &q, qint64 id, const TicketActionRequest &b, qint64 actor) {
        return q.startServing(id, b.window, actor);
    });
    addTicketAction<TicketActionRequest>(router, QStringLiteral("no-show"), queue, [](QueueService &q, qint64 id, const TicketActionRequest &b, qint64 actor) {
        return q.markNoShow(id, b.window, actor);
    });
    addTicketAction<CallTicketRequest>(router, QStringLiteral("call"), queue, [](QueueService &q, qint64 id, const CallTicketRequest &b, qint64 actor) {
        return q.callTicket(id, b.window, b.reason, actor);
    });
    addTicketAction<ParkRequest>(router, QStringLiteral("park"), queue, [](QueueService &q, qint64 id, const ParkRequest &b, qint64 actor) {
        return q.park(id, b.window, b.minutes, b.reason, actor);
    });
    addTicketAction<TransferBody>(router, QStringLiteral("transfer"), queue, [](QueueService &q, qint64 id, const TransferBody &b, qint64 actor) {
        return q.transfer(id, b.window, transferOf(b), actor);
    });
    addTicketAction<FinishRequest>(router, QStringLiteral("finish"), queue, [](QueueService &q, qint64 id, const FinishRequest &b, qint64 actor) {
        return q.finish(id, b.window, b.matters, actor);
    });
}

} // namespace ow
