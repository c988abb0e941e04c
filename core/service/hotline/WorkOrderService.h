#pragma once

#include "core/domain/api/WorkOrderBodies.h"
#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

#include <QSet>

#include <functional>

namespace ow {

class AppointmentService;
class CalendarService;
class CatalogueService;
class Clock;
class Database;
class QueueService;
class SmsGateway;
struct WorkOrderRecord;

// The 12333 hotline's work orders (工单). An agent records a call (consultation, booking,
// complaint, suggestion, praise) for a hall, optionally about a matter and the ticket of the visit
// complained of; routes a complaint or suggestion to the hall's supervisors, who must answer within
// `answerDays` working days (on the holiday calendar, from the hall's day of routing); books an
// appointment from it; closes it. The answer is sent to the caller by text message after its commit.
// Every step is an event of the work order's own timeline (append-only, audited).
//
// Who sees what: hotline agents every hall's work orders; a supervisor those of their hall and the
// halls below it (SupervisionScope). The caller's number is kept whole only to send the answer and
// leaves the server masked.
class WorkOrderService
{
public:
    static constexpr int kDefaultAnswerDays = 5;

    WorkOrderService(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue,
                     const CalendarService &calendar, AppointmentService &appointments, SmsGateway *sms,
                     int answerDays = kDefaultAnswerDays);

    // Told of a work order routed, answered or found overdue, with the halls whose supervisors
    // should hear of it (the live screens).
    using Listener = std::function<void(const QString &type, const WorkOrderItem &item)>;
    void setListener(Listener listener) { m_listener = std::move(listener); }

    Result<WorkOrderDetail> create(const Account &who, const NewWorkOrderRequest &request);
    Result<WorkOrderDetail> detail(const Account &who, const QString &number);
    Result<WorkOrderList> list(const Account &who, const WorkOrderFilter &filter);
    // Complaints and suggestions, while open (Conflict otherwise): to the supervisors of the hall,
    // or of the nearest hall above it that has any (Conflict when none has).
    Result<WorkOrderDetail> route(const Account &who, const QString &number, const WorkOrderNoteRequest &request);
    // A routed one by a supervisor overseeing its hall; an open one (a consultation answered on the
    // telephone) by an agent. Conflict once answered or closed.
    Result<WorkOrderDetail> answer(const Account &who, const QString &number, const AnswerWorkOrderRequest &request);
    // By an agent; a routed one only once answered (Conflict).
    Result<WorkOrderDetail> close(const Account &who, const QString &number, const WorkOrderNoteRequest &request);
    // An appointment at the work order's hall, for the caller's number; recorded on the work order.
    Result<WorkOrderDetail> book(const Account &who, const QString &number, const WorkOrderBookingRequest &request);
    // Counts by kind of the work orders recorded from `from` to `to` (days in the city's time zone).
    Result<WorkOrderReport> report(const Account &who, const QString &hall, const QDate &from, const QDate &to);

    // The text the caller receives (Chinese, the citizen's language).
    static QString answerText(const QString &number, const QString &answer);

private:
    Result<QList<Hall>> halls() const;
    // The halls the account may see: none for "every hall".
    Result<std::optional<QSet<QString>>> visibleHalls(const Account &who) const;
    Result<WorkOrderRecord> load(const Account &who, const QString &number);
    Result<WorkOrderDetail> detailOf(const WorkOrderRecord &record);
    Result<QDate> today(const QString &hallCode);
    void finish(WorkOrderItem &item, const QDate &today) const;
    // The hall whose supervisors answer for `hallCode`: it, or the nearest above it with any.
    Result<std::pair<qint64, QStringList>> answeringHall(const QString &hallCode);
    void tell(const QString &type, const WorkOrderDetail &detail);

    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    QueueService &m_queue;
    const CalendarService &m_calendar;
    AppointmentService &m_appointments;
    SmsGateway *m_sms;
    int m_answerDays;
    Listener m_listener;
};

} // namespace ow
