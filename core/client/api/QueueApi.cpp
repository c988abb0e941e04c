#include "core/client/api/QueueApi.h"

#include "core/client/api/SessionApi.h"
#include "core/client/api/TypedAnswer.h"

#include "core/client/SyncAgent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace ow {

namespace {

QString ticketPath(qint64 id, const char *action)
{
    return QStringLiteral("/api/v1/tickets/%1/%2").arg(id).arg(QLatin1String(action));
}

QString windowPath(const QString &hall, int window)
{
    return QStringLiteral("/api/v1/halls/%1/windows/%2").arg(hall).arg(window);
}

} // namespace

void QueueApi::post(const QueueWrite &write, Done<Ticket> done)
{
    m_api.send(write.method.toLatin1(), write.path, &write.body, answerAs<Ticket>(std::move(done)));
}

void QueueApi::issueTicket(const QString &hall, const IssueTicketRequest &request, Done<QueuedTicket> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", QStringLiteral("/api/v1/halls/%1/tickets").arg(hall), &body, answerAs<QueuedTicket>(std::move(done)));
}

void QueueApi::queueSnapshot(const QString &hall, Done<QueueSnapshot> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/halls/%1/queue").arg(hall), nullptr, answerAs<QueueSnapshot>(std::move(done)));
}

void QueueApi::queueRules(const QString &hall, Done<HallQueueRules> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/halls/%1/queue-rules").arg(hall), nullptr, answerAs<HallQueueRules>(std::move(done)));
}

void QueueApi::setWindowState(const QString &hall, int window, const WindowStateChange &change, Done<WindowStateResult> done)
{
    const QueueWrite w = setWindowStateWrite(hall, window, change);
    m_api.send(w.method.toLatin1(), w.path, &w.body, answerAs<WindowStateResult>(std::move(done)));
}

void QueueApi::callNext(const QString &hall, int window, Done<std::optional<Ticket>> done)
{
    const QueueWrite w = callNextWrite(hall, window);
    m_api.send(w.method.toLatin1(), w.path, &w.body, [done = std::move(done)](Result<ApiReply> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        if (reply.value().status == 204) {
            done(std::optional<Ticket>());
            return;
        }
        auto t = parsedAnswer<Ticket>(reply.value().json);
        if (!t)
            done(t.error());
        else
            done(std::optional<Ticket>(std::move(t).value()));
    });
}

void QueueApi::setWindowProfile(const QString &hall, int window, const WindowProfileBody &profile, Done<WindowProfileBody> done)
{
    const QueueWrite w = setWindowProfileWrite(hall, window, profile);
    m_api.send(w.method.toLatin1(), w.path, &w.body, answerAs<WindowProfileBody>(std::move(done)));
}

void QueueApi::windowProfile(const QString &hall, int window, Done<WindowProfileBody> done)
{
    SessionApi(m_api).halls([hall, window, done = std::move(done)](Result<HallsAnswer> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        for (const Hall &h : reply.value().halls) {
            if (h.code != hall)
                continue;
            for (const Window &w : h.windows) {
                if (w.number == window) {
                    done(WindowProfileBody::of(w));
                    return;
                }
            }
        }
        done(notFoundError(QStringLiteral("no window %1 at %2").arg(window).arg(hall)));
    });
}

void QueueApi::ticket(qint64 id, Done<TicketDetail> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/tickets/%1").arg(id), nullptr, answerAs<TicketDetail>(std::move(done)));
}

void QueueApi::recall(qint64 id, int window, Done<Ticket> done)
{
    post(recallWrite(id, window), std::move(done));
}

void QueueApi::serve(qint64 id, int window, Done<Ticket> done)
{
    post(serveWrite(id, window), std::move(done));
}

void QueueApi::noShow(qint64 id, int window, Done<Ticket> done)
{
    post(noShowWrite(id, window), std::move(done));
}

void QueueApi::finish(qint64 id, const FinishRequest &request, Done<Ticket> done)
{
    post(finishWrite(id, request), std::move(done));
}

void QueueApi::callTicket(qint64 id, const CallTicketRequest &request, Done<Ticket> done)
{
    post(callTicketWrite(id, request), std::move(done));
}

void QueueApi::transfer(qint64 id, const TransferBody &request, Done<Ticket> done)
{
    post(transferWrite(id, request), std::move(done));
}

void QueueApi::park(qint64 id, const ParkRequest &request, Done<Ticket> done)
{
    post(parkWrite(id, request), std::move(done));
}

void QueueApi::move(qint64 id, const TransferBody &request, Done<Ticket> done)
{
    post(moveWrite(id, request), std::move(done));
}

void QueueApi::rate(qint64 ticketId, const RatingRequest &rating, Done<RatingRecord> done)
{
    const QueueWrite w = rateWrite(ticketId, rating);
    m_api.send(w.method.toLatin1(), w.path, &w.body, answerAs<RatingRecord>(std::move(done)));
}

void QueueApi::rateByNumber(const QString &hall, const QString &serviceDay, const QString &number, const RatingRequest &rating,
                            Done<RatingRecord> done)
{
    const QueueWrite w = rateByNumberWrite(hall, serviceDay, number, rating);
    m_api.send(w.method.toLatin1(), w.path, &w.body, answerAs<RatingRecord>(std::move(done)));
}

void QueueApi::lease(const QString &hall, int window, const LeaseRequest &request, Done<NumberLeases> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", windowPath(hall, window) + QStringLiteral("/lease"), &body, answerAs<NumberLeases>(std::move(done)));
}

void QueueApi::recordOffline(const OfflineTicket &ticket, Done<Ticket> done)
{
    post(offlineTicketWrite(ticket), std::move(done));
}

QueueWrite QueueApi::setWindowStateWrite(const QString &hall, int window, const WindowStateChange &change)
{
    return {QStringLiteral("PUT"), windowPath(hall, window), change.toJson()};
}

QueueWrite QueueApi::callNextWrite(const QString &hall, int window)
{
    return {QStringLiteral("POST"), windowPath(hall, window) + QStringLiteral("/call-next"), {}};
}

QueueWrite QueueApi::setWindowProfileWrite(const QString &hall, int window, const WindowProfileBody &profile)
{
    WindowProfileBody body = profile;
    body.window = 0; // the path names it
    return {QStringLiteral("PUT"), windowPath(hall, window) + QStringLiteral("/profile"), body.toJson()};
}

QueueWrite QueueApi::recallWrite(qint64 id, int window)
{
    return {QStringLiteral("POST"), ticketPath(id, "recall"), TicketActionRequest{window}.toJson()};
}

QueueWrite QueueApi::serveWrite(qint64 id, int window)
{
    return {QStringLiteral("POST"), ticketPath(id, "serve"), TicketActionRequest{window}.toJson()};
}

QueueWrite QueueApi::noShowWrite(qint64 id, int window)
{
    return {QStringLiteral("POST"), ticketPath(id, "no-show"), TicketActionRequest{window}.toJson()};
}

QueueWrite QueueApi::finishWrite(qint64 id, const FinishRequest &request)
{
    return {QStringLiteral("POST"), ticketPath(id, "finish"), request.toJson()};
}

QueueWrite QueueApi::callTicketWrite(qint64 id, const CallTicketRequest &request)
{
    return {QStringLiteral("POST"), ticketPath(id, "call"), request.toJson()};
}

QueueWrite QueueApi::transferWrite(qint64 id, const TransferBody &request)
{
    return {QStringLiteral("POST"), ticketPath(id, "transfer"), request.toJson()};
}

QueueWrite QueueApi::parkWrite(qint64 id, const ParkRequest &request)
{
    return {QStringLiteral("POST"), ticketPath(id, "park"), request.toJson()};
}

QueueWrite QueueApi::moveWrite(qint64 id, const TransferBody &request)
{
    TransferBody body = request;
    body.window = 0; // a supervisor's move acts from no window
    body.toTeller = 0;
    return {QStringLiteral("POST"), ticketPath(id, "move"), body.toJson()};
}

QueueWrite QueueApi::rateWrite(qint64 ticketId, const RatingRequest &rating)
{
    return {QStringLiteral("POST"), ticketPath(ticketId, "rating"), rating.toJson()};
}

QueueWrite QueueApi::rateByNumberWrite(const QString &hall, const QString &serviceDay, const QString &number,
                                       const RatingRequest &rating)
{
    return {QStringLiteral("POST"), QStringLiteral("/api/v1/halls/%1/days/%2/tickets/%3/rating").arg(hall, serviceDay, number),
            rating.toJson()};
}

QueueWrite QueueApi::offlineTicketWrite(const OfflineTicket &ticket)
{
    return {QStringLiteral("POST"), windowPath(ticket.hallCode, ticket.window) + QStringLiteral("/offline-tickets"), ticket.toJson()};
}

Status QueueApi::submit(SyncAgent &sync, const QueueWrite &write, Settled settled)
{
    SyncAgent::Done done;
    if (settled) {
        done = [settled = std::move(settled)](int status, const QJsonObject &answer) {
            OutboxOp refused;
            refused.answer = answer;
            settled(status, status >= 400 ? refused.reason() : QString());
        };
    }
    auto op = sync.submit(write.method, write.path, write.body, std::move(done));
    if (!op)
        return op.error();
    return okStatus();
}

QUrl QueueApi::eventsUrl(const QUrl &server, const QString &hall, const QString &token, const QString &language)
{
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/events"));
    QUrlQuery query{{QStringLiteral("hall"), hall}, {QStringLiteral("token"), token}};
    if (!language.isEmpty())
        query.addQueryItem(QStringLiteral("lang"), language);
    url.setQuery(query);
    return url;
}

Result<HallEvent> QueueApi::readEvent(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject())
        return Error{ErrorCode::Internal, QStringLiteral("an event that is no JSON object: %1").arg(error.errorString()), {}};
    return parsedAnswer<HallEvent>(doc.object());
}

} // namespace ow
