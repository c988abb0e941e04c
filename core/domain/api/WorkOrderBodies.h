#pragma once

#include "core/domain/hotline/WorkOrderTypes.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>

namespace ow {

// The bodies of the 12333 hotline's work orders (工单): a call recorded, routed to a hall's
// supervisors, answered, closed, an appointment booked from it; the list and its filters; the
// report. The caller's phone number is always masked in what the API answers.

// POST /api/v1/work-orders. Read as it came; what is missing or wrong is for WorkOrderRules to say
// (translated, field by field) — an unknown kind too, kept in `unknownKind`.
struct NewWorkOrderRequest
{
    std::optional<WorkOrderKind> kind;
    QString unknownKind; // the kind as written when it is none of ours
    QString phone;       // the caller's number, whole (kept to tell them the answer)
    QString hall;
    QString service;     // optional catalogue code
    QString text;        // what was said
    QString ticket;      // optional: the ticket number the complaint is about (A012)
    QDate ticketDay;     // its service day (none: today)

    QJsonObject toJson() const;
    static Result<NewWorkOrderRequest> fromJson(const QJsonObject &o);
    bool operator==(const NewWorkOrderRequest &) const = default;
};

// POST …/route (a note for the supervisors), …/close (a note).
struct WorkOrderNoteRequest
{
    QString note;

    QJsonObject toJson() const;
    static Result<WorkOrderNoteRequest> fromJson(const QJsonObject &o);
    bool operator==(const WorkOrderNoteRequest &) const = default;
};

// POST …/answer: the answer, and whether the caller is told it by text message (default yes).
struct AnswerWorkOrderRequest
{
    QString answer;
    bool notify = true;

    QJsonObject toJson() const;
    static Result<AnswerWorkOrderRequest> fromJson(const QJsonObject &o);
    bool operator==(const AnswerWorkOrderRequest &) const = default;
};

// POST …/appointment: a slot at the work order's hall for its matter (or `service`).
struct WorkOrderBookingRequest
{
    QDateTime slotAt;
    QString service;    // none: the work order's matter
    QString residentId; // optional

    QJsonObject toJson() const;
    static Result<WorkOrderBookingRequest> fromJson(const QJsonObject &o);
    bool operator==(const WorkOrderBookingRequest &) const = default;
};

// One work order as a list shows it.
struct WorkOrderItem
{
    qint64 id = 0;
    QString number; // GD-yyyyMMdd-NNNN
    WorkOrderKind kind = WorkOrderKind::Consultation;
    WorkOrderStatus status = WorkOrderStatus::Open;
    QString hall;
    QString service;
    QString phone; // masked
    QString ticket;     // the linked ticket's number ("" none)
    QDate ticketDay;
    int window = 0;     // the window the linked ticket ended at
    QString tellerName; // the teller it ended with
    QDateTime createdAt;
    QString createdByName;
    QDateTime routedAt;
    QDate dueDay;       // routed ones: the last working day to answer
    bool overdue = false;
    QDateTime answeredAt;
    bool answeredLate = false;
    QString appointment; // the booked appointment's code ("" none)
    QString summary;     // the first line of what was said, shortened

    QJsonObject toJson() const;
    static Result<WorkOrderItem> fromJson(const QJsonObject &o);
    bool operator==(const WorkOrderItem &) const = default;
};

// One step of a work order's timeline.
struct WorkOrderEvent
{
    qint64 id = 0;
    WorkOrderEventKind kind = WorkOrderEventKind::Created;
    QDateTime at;
    QString actorName;
    QString note;

    QJsonObject toJson() const;
    static Result<WorkOrderEvent> fromJson(const QJsonObject &o);
    bool operator==(const WorkOrderEvent &) const = default;
};

// A text message to the caller: to the masked number, sent or not yet.
struct WorkOrderNotice
{
    QString phone; // masked
    QString text;
    QDateTime createdAt;
    bool sent = false;

    QJsonObject toJson() const;
    static Result<WorkOrderNotice> fromJson(const QJsonObject &o);
    bool operator==(const WorkOrderNotice &) const = default;
};

// GET /api/v1/work-orders/{number} and the answer of every step.
struct WorkOrderDetail
{
    WorkOrderItem workOrder;
    QString text;
    QString answer;
    QStringList routedTo; // the supervisors it was routed to (names)
    QList<WorkOrderEvent> events;        // oldest first
    QList<WorkOrderNotice> notifications; // oldest first

    QJsonObject toJson() const;
    static Result<WorkOrderDetail> fromJson(const QJsonObject &o);
    bool operator==(const WorkOrderDetail &) const = default;
};

// The question of GET /api/v1/work-orders.
struct WorkOrderFilter
{
    static constexpr int kDefaultLimit = 500, kMaxLimit = 2000;

    QString hall; // none: every hall the asker may see
    std::optional<WorkOrderKind> kind;
    std::optional<WorkOrderStatus> status;
    bool overdue = false;
    int limit = kDefaultLimit;

    QUrlQuery toQuery() const;
    static Result<WorkOrderFilter> fromQuery(const QUrlQuery &query);
    bool operator==(const WorkOrderFilter &) const = default;
};

struct WorkOrderList
{
    QList<WorkOrderItem> workOrders; // newest first

    QJsonObject toJson() const;
    static Result<WorkOrderList> fromJson(const QJsonObject &o);
    bool operator==(const WorkOrderList &) const = default;
};

// One row of the work-order report: the work orders of one kind recorded in the range.
struct WorkOrderFigures
{
    QString kind; // a kind's wire name, or "total"
    int count = 0;
    int routed = 0;
    int answered = 0;
    int answeredLate = 0;
    int overdue = 0;                         // routed, unanswered, past the due day now
    std::optional<double> answerHoursMean;   // recorded → answered, of those answered
    std::optional<double> answerHoursMax;

    QJsonObject toJson() const;
    static Result<WorkOrderFigures> fromJson(const QJsonObject &o);
    bool operator==(const WorkOrderFigures &) const = default;
};

// GET /api/v1/reports/work-orders: a row per kind and the total.
struct WorkOrderReport
{
    QString hall; // "" every hall
    QDate from;
    QDate to;
    QList<WorkOrderFigures> rows;
    WorkOrderFigures total;

    QJsonObject toJson() const;
    static Result<WorkOrderReport> fromJson(const QJsonObject &o);
    QByteArray toCsv() const;
    bool operator==(const WorkOrderReport &) const = default;
};

} // namespace ow
