#pragma once

#include "core/client/ApiClient.h"
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/QueueRulesBodies.h"

#include <QUrl>

#include <functional>
#include <optional>

namespace ow {

class SyncAgent;

// One change for the outbox (SyncAgent::submit): built here so that the paths and bodies of the
// queue area are written in one place.
struct QueueWrite
{
    QString method;
    QString path;
    QJsonObject body;
};

// The queue area of the API (docs/api/openapi.yaml, tags queue, ratings, offline, events), typed:
// one method per operation, over the transport (ApiClient). Every call ends in exactly one
// callback: the answer as its contract type, or an Error — the server's, Unavailable when it
// cannot be reached, Internal (with the problems in `extra`) when the answer does not parse.
// Writes a window makes go through its outbox instead: the write*() functions build them, and
// the answers the outbox hands back are read with the contract types' fromJson.
class QueueApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit QueueApi(ApiClient &api) : m_api(api) {}

    void issueTicket(const QString &hall, const IssueTicketRequest &request, Done<QueuedTicket> done);
    void queueSnapshot(const QString &hall, Done<QueueSnapshot> done);
    // The queue rules in force at the hall (its priority groups with their names, the promise…).
    void queueRules(const QString &hall, Done<HallQueueRules> done);
    void setWindowState(const QString &hall, int window, const WindowStateChange &change, Done<WindowStateResult> done);
    // nullopt: nobody the window can serve is waiting (204).
    void callNext(const QString &hall, int window, Done<std::optional<Ticket>> done);
    void setWindowProfile(const QString &hall, int window, const WindowProfileBody &profile, Done<WindowProfileBody> done);
    // What the window serves now, from the hall list (GET /api/v1/org/halls); NotFound if the
    // hall or the window is not in it.
    void windowProfile(const QString &hall, int window, Done<WindowProfileBody> done);
    void ticket(qint64 id, Done<TicketDetail> done);
    void recall(qint64 id, int window, Done<Ticket> done);
    void serve(qint64 id, int window, Done<Ticket> done);
    void noShow(qint64 id, int window, Done<Ticket> done);
    void finish(qint64 id, const FinishRequest &request, Done<Ticket> done);
    void callTicket(qint64 id, const CallTicketRequest &request, Done<Ticket> done);
    void transfer(qint64 id, const TransferBody &request, Done<Ticket> done);
    void park(qint64 id, const ParkRequest &request, Done<Ticket> done);
    void move(qint64 id, const TransferBody &request, Done<Ticket> done);
    void rate(qint64 ticketId, const RatingRequest &rating, Done<RatingRecord> done);
    void rateByNumber(const QString &hall, const QString &serviceDay, const QString &number, const RatingRequest &rating,
                      Done<RatingRecord> done);
    void lease(const QString &hall, int window, const LeaseRequest &request, Done<NumberLeases> done);
    void recordOffline(const OfflineTicket &ticket, Done<Ticket> done);

    // The same operations as outbox writes.
    static QueueWrite setWindowStateWrite(const QString &hall, int window, const WindowStateChange &change);
    static QueueWrite callNextWrite(const QString &hall, int window);
    static QueueWrite setWindowProfileWrite(const QString &hall, int window, const WindowProfileBody &profile);
    static QueueWrite recallWrite(qint64 id, int window);
    static QueueWrite serveWrite(qint64 id, int window);
    static QueueWrite noShowWrite(qint64 id, int window);
    static QueueWrite finishWrite(qint64 id, const FinishRequest &request);
    static QueueWrite callTicketWrite(qint64 id, const CallTicketRequest &request);
    static QueueWrite transferWrite(qint64 id, const TransferBody &request);
    static QueueWrite parkWrite(qint64 id, const ParkRequest &request);
    static QueueWrite moveWrite(qint64 id, const TransferBody &request);
    static QueueWrite rateWrite(qint64 ticketId, const RatingRequest &rating);
    static QueueWrite rateByNumberWrite(const QString &hall, const QString &serviceDay, const QString &number,
                                        const RatingRequest &rating);
    static QueueWrite offlineTicketWrite(const OfflineTicket &ticket); // its hall and window name the path

    // Records a write in the outbox and tries to send it. `settled` runs once the server answered
    // it (in this run of the program): its status, and for a refusal the server's translated reason.
    using Settled = std::function<void(int status, const QString &refusal)>;
    static Status submit(SyncAgent &sync, const QueueWrite &write, Settled settled = {});

    // The live events of a hall (a WebSocket): where to connect, and one message read. `language`
    // (zh_CN or en; none: the server's default) is the language of the texts the events carry
    // (risk alerts' findings): a WebSocket handshake has no Accept-Language of ours.
    static QUrl eventsUrl(const QUrl &server, const QString &hall, const QString &token, const QString &language = {});
    static Result<HallEvent> readEvent(const QString &text);

private:
    void post(const QueueWrite &write, Done<Ticket> done);

    ApiClient &m_api;
};

} // namespace ow
