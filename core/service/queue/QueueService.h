#pragma once

#include "core/domain/api/QueueBodies.h"
#include "core/domain/org/Org.h"
#include "core/domain/planning/WaitProjection.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/domain/queue/WaitEstimator.h"
#include "core/domain/util/Error.h"
#include "core/service/store/TicketRepository.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace ow {

class Catalogue;

class CatalogueService;
class Clock;
class Database;

// Something that happened in a hall's queue, for live screens (displays, tellers, supervisors).
struct QueueEvent
{
    QString type; // ticket.issued, ticket.called, ticket.recalled, ticket.serving, ticket.finished, ticket.no_show, window.changed
    qint64 hallId = 0;
    QString hallCode;
    QJsonObject payload; // never holds unmasked personal data
};

struct IssueRequest
{
    QString hallCode;
    QStringList services; // catalogue codes, one visit may ask for several
    Channel channel = Channel::Kiosk;
    QString priorityGroup;
    QString residentId;
    QString phone;
    qint64 appointmentId = 0;   // a checked-in appointment
    QDateTime appointmentAt;    // its slot: the ticket goes ahead of walk-ins from then on
    // The guide desk's pre-check: per matter of `services`, the material codes the citizen has.
    QList<std::pair<QString, QStringList>> prechecks;
};

// A hall's queue as its screens fetch it: the snapshot, serialised once per change and shared
// by every request until the next one.
struct HallView
{
    QueueSnapshot snapshot;
    QByteArray json;
    QByteArray deflated; // `json` as HTTP's `deflate` content coding (a zlib stream)
    QByteArray etag;     // a strong validator of `json`, quoted

    static HallView of(QueueSnapshot snapshot);
};

// Where a ticket goes when the teller hands it on. It keeps its number.
struct TransferRequest
{
    QStringList services;  // the matters it is transferred to (empty: keep its matters)
    int toWindow = 0;      // one window only (0: any window able to serve it)
    qint64 toTeller = 0;   // the window where this teller sits now
    bool toFront = true;   // to the front of the line, or to the back
    QString reason;
};

// The hall's queue: issuing numbers, window states and every ticket operation. Each operation
// is one transaction that updates the ticket and appends its event; then listeners hear of it.
// Invalid transitions are refused with Conflict and change nothing.
class QueueService
{
public:
    QueueService(Database &db, const Clock &clock, const CatalogueService &catalogue, HallQueueConfig config = {});
    ~QueueService();
    QueueService(const QueueService &) = delete;
    QueueService &operator=(const QueueService &) = delete;

    void setListener(std::function<void(const QueueEvent &)> listener) { m_listener = std::move(listener); }
    // The server's queue settings: every hall's defaults (and what is server-wide: parking,
    // history days, the check-in window).
    const HallQueueConfig &config() const { return m_config; }
    const Clock &clock() const { return m_clock; }
    // The settings of one hall: its own rules (table hall_queue_rules, set by an administrator)
    // over the server's defaults. Kept per hall until rulesChanged().
    Result<HallQueueConfig> rulesOf(const Hall &hall);
    Result<HallQueueConfig> rulesOf(const QString &hallCode);
    // An administrator set or removed a hall's own rules: read them again on next use.
    void rulesChanged(qint64 hallId);

    Result<Ticket> issue(const IssueRequest &request, qint64 actorId);

    Result<WindowStatus> openWindow(const QString &hallCode, int window, qint64 tellerId);
    Result<WindowStatus> pauseWindow(const QString &hallCode, int window, const QString &reason, qint64 actorId);
    Result<WindowStatus> closeWindow(const QString &hallCode, int window, qint64 actorId);

    // One citizen per window: a window with a ticket `called` or `serving` at it calls nobody
    // else — call-next, a call by number and auto-assign alike are refused with a Conflict naming
    // that ticket (WindowOccupied) and change nothing. Recalling that ticket stays allowed; a
    // parked ticket is not at the window.
    //
    // The next ticket for an open window, or nullopt when nobody it can serve is waiting.
    Result<std::optional<Ticket>> callNext(const QString &hallCode, int window, qint64 actorId);
    Result<Ticket> recall(qint64 ticketId, int window, qint64 actorId);
    Result<Ticket> startServing(qint64 ticketId, int window, qint64 actorId);
    Result<Ticket> finish(qint64 ticketId, int window, const QList<MatterResult> &results, qint64 actorId);
    Result<Ticket> markNoShow(qint64 ticketId, int window, qint64 actorId);
    // Calls a chosen waiting (or parked) ticket out of order; the reason is recorded.
    Result<Ticket> callTicket(qint64 ticketId, int window, const QString &reason, qint64 actorId);
    Result<Ticket> transfer(qint64 ticketId, int window, const TransferRequest &request, qint64 actorId);
    // The citizen steps away (to fetch a document): the ticket returns to its place in the line
    // after `minutes`, or earlier when a teller calls it.
    Result<Ticket> park(qint64 ticketId, int window, int minutes, const QString &reason, qint64 actorId);
    // A supervisor changes what a window serves: comprehensive, or dedicated to categories, each
    // with a weight for its preference (2:1 between two queues, say).
    Result<Window> setWindowProfile(const QString &hallCode, const Window &profile, qint64 actorId);
    // A supervisor moves a waiting ticket: to other matters, one window, the front or the back.
    Result<Ticket> moveWaiting(qint64 ticketId, const TransferRequest &request, qint64 actorId);
    // Auto-assign: an idle open window is given the next ticket by the server.
    Result<WindowStatus> setAutoAssign(const QString &hallCode, int window, bool on, qint64 actorId);

    // What anybody holding the printed ticket may see (its QR code links here): the state, the
    // window once called, people ahead and the wait while waiting. No personal data.
    Result<QJsonObject> publicStatus(const QString &hallCode, const QString &serviceDay, const QString &number);

    // The wait estimate of a waiting ticket, and of every waiting ticket of a hall.
    Result<WaitEstimate> estimate(const Ticket &ticket);

    Result<std::optional<Ticket>> ticket(qint64 id) const;
    // A ticket by its number on a service day (a window that worked offline knows no ids).
    Result<std::optional<Ticket>> ticketByNumber(const QString &hallCode, const QString &serviceDay, const QString &number);
    Result<QString> hallCodeOf(qint64 hallId);
    // The code of the hall ticket `ticketId` belongs to (NotFound if there is no such ticket).
    Result<QString> hallOfTicket(qint64 ticketId);
    Result<QList<TicketHistoryEntry>> events(qint64 ticketId) const;
    // The live picture of a hall: windows, waiting tickets (masked), counts per prefix.
    Result<QueueSnapshot> snapshot(const QString &hallCode);
    // The same, built once per change of the hall (a ticket written, an event announced, a
    // parked ticket due back, the handling-time history read again, a new service day).
    Result<std::shared_ptr<const HallView>> view(const QString &hallCode);
    // The line as the projection of calls reads it (WaitProjection, 超时预警): the waiting tickets
    // in line order with their expected handling times, the open windows and when each will
    // probably be free, the hall's promise. Built from the view: nothing more is read from disk
    // while the hall is unchanged.
    Result<LineSnapshot> line(const QString &hallCode);

    QString serviceDay(const Hall &hall) const; // today in the hall's time zone
    Result<const Hall *> hall(const QString &code);
    // An administrator changed halls or windows: read them again on next use.
    void orgChanged();
    // Tells the live screens of a hall about something else that happened there (a rating).
    void notify(const QString &type, qint64 hallId, const QJsonObject &payload);

private:
    static Status applyPrechecks(const Catalogue &catalogue, const QList<std::pair<QString, QStringList>> &prechecks,
                                 QList<TicketMatter> &matters);
    // A ticket as live screens and the snapshot list it: masked, with its hall.
    static QueuedTicket publicTicket(const Ticket &t, const QString &hallCode);
    // The matters of a transferred or moved ticket, pending, from their codes (ValidationFailed
    // naming `services` for an unknown one).
    static QJsonObject transferDetail(const TransferRequest &req, int toWindow);
    Result<QList<TicketMatter>> pendingMatters(const QStringList &services) const;
    Result<const Hall *> hallById(qint64 id);
    Result<Ticket> loadForWindow(qint64 ticketId, int window, QList<TicketState> allowed);
    Result<Ticket> commit(Ticket ticket, TicketEventKind kind, qint64 actorId, const QJsonObject &detail = {});
    Result<std::optional<Ticket>> callNextAt(const Hall &hall, int window, qint64 actorId, bool automatic);
    Result<Ticket> callChosen(const Hall &hall, Ticket ticket, WindowStatus window, qint64 actorId, const QJsonObject &detail);
    // The one check of every call: refused (WindowOccupied) while a ticket is at the window.
    // Read before the call's transaction, as the window's state is: a refusal rolls nothing back.
    Status windowIsFree(const Hall &hall, int window);
    Status returnDueParked(const Hall &hall);
    void offerIdleWindows(const Hall &hall);
    Result<WindowProfile> profile(const Hall &hall, int window) const;
    Result<QList<WindowProfile>> openProfiles(const Hall &hall);
    Result<WaitEstimator> estimator(const Hall &hall);
    void publish(const QString &type, const Hall &hall, const QJsonObject &payload);
    Result<WindowStatus> setWindow(const QString &hallCode, int window, WindowState state, qint64 tellerId,
                                   const QString &reason);

    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    HallQueueConfig m_config;
    QHash<qint64, HallQueueConfig> m_rules; // per hall: its rules in force (own or the defaults)
    TicketRepository m_tickets;
    QHash<QString, Hall> m_halls;
    QHash<qint64, QString> m_hallCodes; // hall id → code, read with m_halls
    std::function<void(const QueueEvent &)> m_listener;
    struct History
    {
        QDateTime loadedAt;
        QHash<QString, QPair<double, int>> times;
    };
    QHash<qint64, History> m_history; // per hall, reloaded every few minutes
    // The waiting line of each hall's service day, in queue order, kept in memory so call-next
    // does not read the whole line from disk. Written through on every ticket write; a hall's
    // line is dropped when a change to it is rolled back (the next read reloads it).
    struct Line
    {
        QString day;
        QList<Ticket> waiting;
    };
    QHash<qint64, Line> m_lines;
    QHash<qint64, QDateTime> m_nextReturn; // per hall: earliest parked return (invalid: none parked)
    struct CachedView
    {
        std::shared_ptr<const HallView> view;
        QString day;
        QDateTime staleAt; // a parked ticket due back, or the history read again
    };
    QHash<qint64, CachedView> m_views;
    QDateTime viewStaleAt(const Hall &hall) const;
    void forgetOnRollback(qint64 hallId);
    std::optional<QSet<qint64>> m_autoAssignHalls; // halls with an auto-assign window (lazy)
    // Each hall's window states, read once and written through by saveWindowState, so issuing a
    // ticket (its wait estimate) and calling one read no row of window_states. A hall's entry is
    // dropped when a change to it is rolled back, when a window changes teller (whose name the
    // entry holds), and on orgChanged (an administrator retiring a window writes the table).
    QHash<qint64, QList<WindowStatus>> m_windowStates;
    Result<const QList<WindowStatus> *> windowStates(qint64 hallId);
    Result<std::optional<WindowStatus>> windowState(qint64 hallId, int number);
    Status saveWindowState(qint64 hallId, const WindowStatus &status);
    Result<const QList<Ticket> *> waitingLine(const Hall &hall);
    void written(const Ticket &ticket);
    bool m_offering = false;
};

} // namespace ow
