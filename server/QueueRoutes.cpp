#include "core/service/queue/QueueService.h"
#include "core/service/queue/Rating.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <QJsonArray>

namespace ow {

namespace {

Error forbiddenHall(const QString &hall)
{
    return Error{ErrorCode::Forbidden, QStringLiteral("not at hall %1").arg(hall), {}};
}

Status atHall(const Account *who, const QString &hall)
{
    if (!Permissions::atHall(who->hallCode, who->role, hall))
        return forbiddenHall(hall);
    return okStatus();
}

Result<int> windowFrom(const QJsonObject &body)
{
    const QJsonValue v = body.value(QLatin1String("window"));
    if (!v.isDouble() || v.toInt() <= 0)
        return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("window"), QStringLiteral("required")}}}}};
    return v.toInt();
}

Result<qint64> idFrom(const ApiRequest &req)
{
    bool ok = false;
    const qint64 id = req.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ErrorCode::NotFound, QStringLiteral("bad ticket id"), {}};
    return id;
}

// The ticket `id`, if the account may see it: at its own hall (supervisors: any hall when
// `supervisorsAnywhere`). NotFound / Forbidden otherwise.
Result<Ticket> ticketAtHall(QueueService &queue, qint64 id, const Account *who, bool supervisorsAnywhere)
{
    auto t = queue.ticket(id);
    if (!t)
        return t.error();
    if (!t.value())
        return Error{ErrorCode::NotFound, {}, {}};
    auto hall = queue.hallCodeOf(t.value()->hallId);
    if (!hall)
        return hall.error();
    if (!(supervisorsAnywhere && Permissions::allows(who->role, Permission::QueueSupervise))) {
        if (auto st = atHall(who, hall.value()); !st)
            return st.error();
    }
    return *t.value();
}

// A waiting ticket as the kiosk prints it: with the people ahead and the estimated wait.
QJsonObject ticketWithWait(QueueService &queue, const Ticket &t)
{
    QJsonObject o = t.toJson(false);
    if (auto wait = queue.estimate(t))
        o.insert(QLatin1String("wait"), wait.value().toJson());
    return o;
}

QString textField(const QJsonObject &body, const char *name)
{
    return body.value(QLatin1String(name)).toString();
}

Result<ApiResponse> ticketResponse(const Result<Ticket> &t, int status = 200)
{
    if (!t)
        return t.error();
    return ApiResponse::json(t.value().toJson(false), status);
}

// POST /api/v1/tickets/{id}/<action> with {"window": n}: the shape every ticket operation shares.
void addTicketAction(Router &router, const QString &action, QueueService &queue,
                     std::function<Result<Ticket>(QueueService &, qint64, int, const QJsonObject &, qint64)> op)
{
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/tickets/{id}/") + action, Access::needs(Permission::QueueOperate),
               [&queue, op = std::move(op)](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   auto window = windowFrom(body.value());
                   if (!window)
                       return window.error();
                   if (auto current = ticketAtHall(queue, id.value(), who, false); !current)
                       return current.error();
                   auto t = op(queue, id.value(), window.value(), body.value(), who->id);
                   return ticketResponse(t);
               });
}

} // namespace

void addQueueRoutes(Router &router, const ServerServices &s)
{
    QueueService &queue = s.queue;
    RatingService &ratings = s.ratings;

    const auto rate = [&ratings](const ApiRequest &req, qint64 ticketId, const Account *who) -> Result<ApiResponse> {
        auto body = req.jsonBody();
        if (!body)
            return body.error();
        const auto level = ratingLevelFromString(body.value().value(QLatin1String("level")).toString());
        if (!level)
            return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("level"), QStringLiteral("one of the five levels")}}}}};
        auto rated = ratings.rate(ticketId, body.value().value(QLatin1String("service")).toString(), *level, who->id);
        if (!rated)
            return rated.error();
        return ApiResponse::json(rated.value(), 201);
    };
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/tickets/{id}/rating"), Access::needs(Permission::RatingsSubmit),
               [&queue, rate](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   if (auto t = ticketAtHall(queue, id.value(), who, false); !t)
                       return t.error();
                   return rate(req, id.value(), who);
               });

    // A rating given at a window that worked offline: the ticket is known by its number (sent
    // after the ticket itself, through the same outbox).
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/days/{day}/tickets/{number}/rating"), Access::needs(Permission::RatingsSubmit),
               [&queue, rate](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (auto st = atHall(who, hall); !st)
                       return st.error();
                   auto t = queue.ticketByNumber(hall, req.params.value(QStringLiteral("day")), req.params.value(QStringLiteral("number")));
                   if (!t)
                       return t.error();
                   if (!t.value())
                       return Error{ErrorCode::NotFound, {}, {}};
                   return rate(req, t.value()->id, who);
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/rectifications"), Access::needs(Permission::QueueSupervise),
               [&ratings](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto list = ratings.openRectifications(req.params.value(QStringLiteral("hall")));
                   if (!list)
                       return list.error();
                   QJsonArray items;
                   for (const QJsonObject &o : list.value())
                       items.append(o);
                   return ApiResponse::json({{QLatin1String("rectifications"), items}});
               });

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/tickets"), Access::needs(Permission::TicketsIssue),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (auto st = atHall(who, hall); !st)
                       return st.error();
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   IssueRequest r;
                   r.hallCode = hall;
                   for (const QJsonValue &v : body.value().value(QLatin1String("services")).toArray())
                       r.services << v.toString();
                   const QString channel = body.value().value(QLatin1String("channel")).toString(
                       who->role == Role::Kiosk ? QStringLiteral("kiosk") : QStringLiteral("window"));
                   const auto ch = channelFromString(channel);
                   if (!ch)
                       return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("channel"), QStringLiteral("unknown")}}}}};
                   r.channel = *ch;
                   r.priorityGroup = body.value().value(QLatin1String("priority_group")).toString();
                   r.residentId = body.value().value(QLatin1String("resident_id")).toString();
                   r.phone = body.value().value(QLatin1String("phone")).toString();
                   auto issued = queue.issue(r, who->id);
                   if (!issued)
                       return issued.error();
                   return ApiResponse::json(ticketWithWait(queue, issued.value()), 201);
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/queue"), Access::needs(Permission::QueueView),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (!Permissions::allows(who->role, Permission::QueueSupervise)) {
                       if (auto st = atHall(who, hall); !st)
                           return st.error();
                   }
                   auto snap = queue.snapshot(hall);
                   if (!snap)
                       return snap.error();
                   return ApiResponse::json(snap.value());
               });

    // Tellers open and close their window; supervisors any window of their hall.
    router.add(HttpMethod::Put, QStringLiteral("/api/v1/halls/{hall}/windows/{window}"), Access::session(),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (!Permissions::allows(who->role, Permission::QueueOperate)
                       && !Permissions::allows(who->role, Permission::QueueSupervise))
                       return Error{ErrorCode::Forbidden, {}, {}};
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (auto st = atHall(who, hall); !st)
                       return st.error();
                   const int window = req.params.value(QStringLiteral("window")).toInt();
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   const QJsonValue autoAssign = body.value().value(QLatin1String("auto_assign"));
                   if (!autoAssign.isUndefined() && !autoAssign.isBool())
                       return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("auto_assign"), QStringLiteral("true or false")}}}}};
                   if (autoAssign.isBool() && !body.value().contains(QLatin1String("state"))) {
                       auto r = queue.setAutoAssign(hall, window, autoAssign.toBool(), who->id);
                       if (!r)
                           return r.error();
                       return ApiResponse::json({{QLatin1String("window"), r.value().number},
                                                 {QLatin1String("state"), toString(r.value().state)},
                                                 {QLatin1String("auto_assign"), r.value().autoAssign}});
                   }
                   const auto state = windowStateFromString(body.value().value(QLatin1String("state")).toString());
                   if (!state)
                       return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("state"), QStringLiteral("open, paused or closed")}}}}};
                   const QString reason = body.value().value(QLatin1String("reason")).toString();
                   Result<WindowStatus> r = *state == WindowState::Open     ? queue.openWindow(hall, window, who->id)
                                            : *state == WindowState::Paused ? queue.pauseWindow(hall, window, reason, who->id)
                                                                            : queue.closeWindow(hall, window, who->id);
                   if (!r)
                       return r.error();
                   WindowStatus status = r.value();
                   if (autoAssign.isBool()) {
                       auto a = queue.setAutoAssign(hall, window, autoAssign.toBool(), who->id);
                       if (!a)
                           return a.error();
                       status = a.value();
                   }
                   return ApiResponse::json({{QLatin1String("window"), status.number},
                                             {QLatin1String("state"), toString(status.state)},
                                             {QLatin1String("reason"), status.reason},
                                             {QLatin1String("auto_assign"), status.autoAssign}});
               });

    // Supervisors change what a window serves, and with which preference weights.
    router.add(HttpMethod::Put, QStringLiteral("/api/v1/halls/{hall}/windows/{window}/profile"),
               Access::needs(Permission::QueueSupervise),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (auto st = atHall(who, hall); !st)
                       return st.error();
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   Window w;
                   w.number = req.params.value(QStringLiteral("window")).toInt();
                   const auto kind = windowKindFromString(body.value().value(QLatin1String("kind")).toString());
                   if (!kind)
                       return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("kind"), QStringLiteral("comprehensive or dedicated")}}}}};
                   w.kind = *kind;
                   for (const QJsonValue &v : body.value().value(QLatin1String("categories")).toArray())
                       w.categories << v.toString();
                   const QJsonObject weights = body.value().value(QLatin1String("weights")).toObject();
                   for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
                       if (!it.value().isDouble())
                           return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("weights"), QStringLiteral("whole numbers 1 to 10")}}}}};
                       w.weights.insert(it.key(), it.value().toInt());
                   }
                   auto saved = queue.setWindowProfile(hall, w, who->id);
                   if (!saved)
                       return saved.error();
                   QJsonObject out{{QLatin1String("window"), saved.value().number},
                                   {QLatin1String("kind"), toString(saved.value().kind)},
                                   {QLatin1String("categories"), QJsonArray::fromStringList(saved.value().categories)}};
                   QJsonObject ws;
                   for (auto it = saved.value().weights.constBegin(); it != saved.value().weights.constEnd(); ++it)
                       ws.insert(it.key(), it.value());
                   out.insert(QLatin1String("weights"), ws);
                   return ApiResponse::json(out);
               });

    // Supervisors move a waiting ticket: to other matters, one window, the front or the back.
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/tickets/{id}/move"), Access::needs(Permission::QueueSupervise),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto id = idFrom(req);
                   if (!id)
                       return id.error();
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   if (auto t = ticketAtHall(queue, id.value(), who, false); !t)
                       return t.error();
                   TransferRequest r;
                   for (const QJsonValue &v : body.value().value(QLatin1String("services")).toArray())
                       r.services << v.toString();
                   r.toWindow = body.value().value(QLatin1String("to_window")).toInt();
                   const QString position = body.value().value(QLatin1String("position")).toString(QStringLiteral("front"));
                   if (position != QLatin1String("front") && position != QLatin1String("back"))
                       return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("position"), QStringLiteral("front or back")}}}}};
                   r.toFront = position == QLatin1String("front");
                   r.reason = textField(body.value(), "reason");
                   return ticketResponse(queue.moveWaiting(id.value(), r, who->id));
               });

    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/windows/{window}/call-next"),
               Access::needs(Permission::QueueOperate),
               [&queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (auto st = atHall(who, hall); !st)
                       return st.error();
                   auto called = queue.callNext(hall, req.params.value(QStringLiteral("window")).toInt(), who->id);
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
                   auto t = ticketAtHall(queue, id.value(), who, true);
                   if (!t)
                       return t.error();
                   QJsonObject o = t.value().toJson(false);
                   auto events = queue.events(id.value());
                   if (!events)
                       return events.error();
                   QJsonArray list;
                   for (const QJsonObject &e : events.value())
                       list.append(e);
                   o.insert(QLatin1String("events"), list);
                   return ApiResponse::json(o);
               });

    addTicketAction(router, QStringLiteral("recall"), queue,
                    [](QueueService &q, qint64 id, int w, const QJsonObject &, qint64 actor) { return q.recall(id, w, actor); });
    addTicketAction(router, QStringLiteral("serve"), queue,
                    [](QueueService &q, qint64 id, int w, const QJsonObject &, qint64 actor) { return q.startServing(id, w, actor); });
    addTicketAction(router, QStringLiteral("no-show"), queue,
                    [](QueueService &q, qint64 id, int w, const QJsonObject &, qint64 actor) { return q.markNoShow(id, w, actor); });
    addTicketAction(router, QStringLiteral("call"), queue,
                    [](QueueService &q, qint64 id, int w, const QJsonObject &body, qint64 actor) {
                        return q.callTicket(id, w, textField(body, "reason"), actor);
                    });
    addTicketAction(router, QStringLiteral("park"), queue,
                    [](QueueService &q, qint64 id, int w, const QJsonObject &body, qint64 actor) -> Result<Ticket> {
                        const QJsonValue minutes = body.value(QLatin1String("minutes"));
                        if (!minutes.isDouble())
                            return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("minutes"), QStringLiteral("required")}}}}};
                        return q.park(id, w, minutes.toInt(), textField(body, "reason"), actor);
                    });
    addTicketAction(router, QStringLiteral("transfer"), queue,
                    [](QueueService &q, qint64 id, int w, const QJsonObject &body, qint64 actor) -> Result<Ticket> {
                        TransferRequest r;
                        for (const QJsonValue &v : body.value(QLatin1String("services")).toArray())
                            r.services << v.toString();
                        r.toWindow = body.value(QLatin1String("to_window")).toInt();
                        r.toTeller = body.value(QLatin1String("to_teller")).toInteger();
                        const QString position = body.value(QLatin1String("position")).toString(QStringLiteral("front"));
                        if (position != QLatin1String("front") && position != QLatin1String("back"))
                            return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("position"), QStringLiteral("front or back")}}}}};
                        r.toFront = position == QLatin1String("front");
                        r.reason = textField(body, "reason");
                        return q.transfer(id, w, r, actor);
                    });
    addTicketAction(router, QStringLiteral("finish"), queue,
                    [](QueueService &q, qint64 id, int w, const QJsonObject &body, qint64 actor) -> Result<Ticket> {
                        QList<MatterResult> results;
                        for (const QJsonValue &v : body.value(QLatin1String("matters")).toArray()) {
                            const QJsonObject m = v.toObject();
                            const auto outcome = matterOutcomeFromString(m.value(QLatin1String("outcome")).toString());
                            if (!outcome)
                                return Error{ErrorCode::ValidationFailed, {}, {{QLatin1String("fields"), QJsonObject{{QLatin1String("outcome"), QStringLiteral("done, accepted_as_case or refused")}}}}};
                            results.append({m.value(QLatin1String("service")).toString(), *outcome,
                                            m.value(QLatin1String("reason")).toString()});
                        }
                        return q.finish(id, w, results, actor);
                    });
}

} // namespace ow
