#pragma once

#include "core/domain/api/AdviceBodies.h"
#include "core/domain/api/RatingBodies.h"
#include "core/domain/api/WorkOrderBodies.h"
#include "core/domain/org/Org.h"
#include "core/domain/queue/OfflineTypes.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/domain/queue/WaitEstimator.h"
#include "core/domain/risk/RiskTypes.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace ow {

// The bodies of the queue area of the API (docs/api/openapi.yaml, tags queue, ratings, offline
// and events) that are not a domain value already: one type per request and answer, written and
// read here only. Tickets themselves are Ticket (QueueTypes.h), leases NumberLease and the body
// of an offline ticket OfflineTicket (OfflineTypes.h).

// POST /api/v1/halls/{hall}/tickets.
// What the guide desk saw of one matter's materials: the checklist's codes the citizen has (the
// server works out the missing ones from the catalogue).
struct PrecheckEntry
{
    QString service;
    QStringList present;

    QJsonObject toJson() const;
    static Result<PrecheckEntry> fromJson(const QJsonObject &o);
    bool operator==(const PrecheckEntry &) const = default;
};

struct IssueTicketRequest
{
    QStringList services;
    std::optional<Channel> channel; // absent: kiosk for kiosk accounts, window otherwise
    QString priorityGroup;
    QString residentId;
    QString phone;
    QList<PrecheckEntry> prechecks; // the guide desk's, at most one per matter of `services`

    QJsonObject toJson() const;
    static Result<IssueTicketRequest> fromJson(const QJsonObject &o);
    bool operator==(const IssueTicketRequest &) const = default;
};

// A ticket as the queue lists it: masked, with its hall where several halls' tickets may meet
// (snapshots, live events) and its wait estimate where it waits (issue answer, snapshot).
struct QueuedTicket
{
    Ticket ticket;
    QString hall;                   // empty: not written
    std::optional<WaitEstimate> wait;

    QJsonObject toJson() const;
    static Result<QueuedTicket> fromJson(const QJsonObject &o);
    bool operator==(const QueuedTicket &) const = default;
};

// One window in the queue snapshot.
struct WindowView
{
    int number = 0;
    WindowState state = WindowState::Closed;
    qint64 tellerId = 0;
    QString tellerName;
    QString tellerStaffNo;
    QString reason;
    bool autoAssign = false;
    QDateTime since;

    QJsonObject toJson() const;
    static Result<WindowView> fromJson(const QJsonObject &o);
    bool operator==(const WindowView &) const = default;
};

// GET /api/v1/halls/{hall}/queue, and the first message of the live events.
struct QueueSnapshot
{
    QString hall;
    QString serviceDay;
    QList<QueuedTicket> waiting; // in queue order, each with its wait
    QMap<QString, int> waitingByPrefix;
    QMap<QString, WaitEstimate> waitByPrefix; // what a newcomer of each prefix may expect
    QList<QueuedTicket> parked;
    QList<QueuedTicket> atWindows;
    QList<WindowView> windows;

    QJsonObject toJson() const;
    static Result<QueueSnapshot> fromJson(const QJsonObject &o);
    bool operator==(const QueueSnapshot &) const = default;
};

// PUT /api/v1/halls/{hall}/windows/{window}: a state, auto-assign, or both.
struct WindowStateChange
{
    std::optional<WindowState> state;
    QString reason; // why it pauses
    std::optional<bool> autoAssign;

    QJsonObject toJson() const;
    static Result<WindowStateChange> fromJson(const QJsonObject &o);
    bool operator==(const WindowStateChange &) const = default;
};

// A window's new state: the answer of PUT …/windows/{window}, and a window.changed event. The
// reason is absent when only auto-assign changed; auto-assign is absent in the event of a state
// change.
struct WindowStateResult
{
    int window = 0;
    WindowState state = WindowState::Closed;
    std::optional<QString> reason;
    std::optional<bool> autoAssign;

    QJsonObject toJson() const;
    static Result<WindowStateResult> fromJson(const QJsonObject &o);
    bool operator==(const WindowStateResult &) const = default;
};

// PUT …/windows/{window}/profile (a supervisor's choice of what a window serves), and, with the
// window's number, its answer and the window.changed event it causes.
struct WindowProfileBody
{
    int window = 0; // 0: not written (the request names the window in its path)
    WindowKind kind = WindowKind::Comprehensive;
    QStringList categories;
    QMap<QString, int> weights; // category → preference weight; absent: 1

    QJsonObject toJson() const;
    static Result<WindowProfileBody> fromJson(const QJsonObject &o);
    bool operator==(const WindowProfileBody &) const = default;
    static WindowProfileBody of(const Window &w);
    Window toWindow(int number) const;
};

// The acting window of a ticket operation (recall, serve, no-show).
struct TicketActionRequest
{
    int window = 0;

    QJsonObject toJson() const;
    static Result<TicketActionRequest> fromJson(const QJsonObject &o);
    bool operator==(const TicketActionRequest &) const = default;
};

// POST /api/v1/tickets/{id}/call: a chosen ticket out of order, with the reason.
struct CallTicketRequest
{
    int window = 0;
    QString reason;

    QJsonObject toJson() const;
    static Result<CallTicketRequest> fromJson(const QJsonObject &o);
    bool operator==(const CallTicketRequest &) const = default;
};

// A window serves one citizen at a time: a call (call-next, a call by number, auto-assign) at a
// window that still has a ticket `called` or `serving` at it is refused with 409 `conflict`, and
// the error names that ticket — its text (translated by the server) and `error.ticket` (masked),
// which a client reads back to show the ticket at the window.
struct WindowOccupied
{
    Ticket ticket;

    Error toError() const;
    // From a refusal's body ({"error": {...}}); nullopt when it is another refusal.
    static std::optional<WindowOccupied> fromAnswer(const QJsonObject &answer);
};

// POST /api/v1/tickets/{id}/park.
struct ParkRequest
{
    int window = 0;
    int minutes = 0;
    QString reason;

    QJsonObject toJson() const;
    static Result<ParkRequest> fromJson(const QJsonObject &o);
    bool operator==(const ParkRequest &) const = default;
};

// POST /api/v1/tickets/{id}/transfer (a teller hands the ticket on) and …/move (a supervisor
// moves a waiting ticket; no window of its own, no teller to send it to).
struct TransferBody
{
    int window = 0;        // the acting window (transfer only; 0: not written)
    QStringList services;  // empty: keep its matters
    int toWindow = 0;      // 0: any able window
    qint64 toTeller = 0;   // transfer only
    bool toFront = true;
    QString reason;

    QJsonObject toJson() const;
    static Result<TransferBody> fromJson(const QJsonObject &o);
    bool operator==(const TransferBody &) const = default;
};

// POST /api/v1/tickets/{id}/finish.
struct FinishRequest
{
    int window = 0;
    QList<MatterResult> matters;

    QJsonObject toJson() const;
    static Result<FinishRequest> fromJson(const QJsonObject &o);
    bool operator==(const FinishRequest &) const = default;
};

// One entry of a ticket's history; `detail` holds the facts of some kinds (openapi.yaml
// TicketEvent), kept as they came.
struct TicketHistoryEntry
{
    TicketEventKind kind = TicketEventKind::Issued;
    QDateTime at;
    qint64 actor = 0;
    int window = 0;
    QJsonObject detail;

    QJsonObject toJson() const;
    static Result<TicketHistoryEntry> fromJson(const QJsonObject &o);
    bool operator==(const TicketHistoryEntry &) const = default;
};

// GET /api/v1/tickets/{id}: the ticket and its history.
struct TicketDetail
{
    Ticket ticket;
    QList<TicketHistoryEntry> events;

    QJsonObject toJson() const;
    static Result<TicketDetail> fromJson(const QJsonObject &o);
    bool operator==(const TicketDetail &) const = default;
};

// POST …/windows/{window}/lease: how many numbers to hold (absent: the server's default).
struct LeaseRequest
{
    std::optional<int> numbers;
    std::optional<int> caseNumbers;

    QJsonObject toJson() const;
    static Result<LeaseRequest> fromJson(const QJsonObject &o);
    bool operator==(const LeaseRequest &) const = default;
};

// Its answer: the window's blocks of ticket numbers, and of case numbers for a teller of the hall.
struct NumberLeases
{
    QString hall;
    QList<NumberLease> blocks;
    std::optional<QList<CaseNumberLease>> caseBlocks;

    QJsonObject toJson() const;
    static Result<NumberLeases> fromJson(const QJsonObject &o);
    bool operator==(const NumberLeases &) const = default;
};

// One message of GET /api/v1/events: {"type", "hall", "data"}. Which member holds the data
// follows the type: queue.snapshot → snapshot; ticket.* → ticket; window.changed → windowState
// or windowProfile; rating.submitted → rating. A type this client does not know keeps no data.
struct HallEvent
{
    QString type;
    QString hall;
    std::optional<QueueSnapshot> snapshot;
    std::optional<QueuedTicket> ticket;
    std::optional<WindowStateResult> windowState;
    std::optional<WindowProfileBody> windowProfile;
    std::optional<RatingRecord> rating;
    std::optional<RiskAlert> riskAlert; // risk.alert_raised, risk.alert_disposed
    std::optional<PromiseRiskTicket> atRisk; // ticket.at_risk (to supervisors)
    std::optional<WorkOrderItem> workOrder; // work_order.routed, work_order.answered

    QJsonObject toJson() const;
    static Result<HallEvent> fromJson(const QJsonObject &o);
    bool operator==(const HallEvent &) const = default;
    // The envelope around data built elsewhere (the server's queue events).
    static QJsonObject envelope(const QString &type, const QString &hall, const QJsonObject &data);
};

} // namespace ow
