#pragma once

#include "core/domain/api/WorkOrderBodies.h"
#include "core/domain/util/Error.h"

#include <QJsonObject>

#include <optional>

namespace ow {

class Database;

// A work order as stored: the list's row (phone still whole, state as stored — overdue is the
// service's to add on the hall's day), what was said, the answer, and what the list leaves out.
struct WorkOrderRecord
{
    WorkOrderItem item; // item.phone: the whole number
    qint64 hallId = 0;
    QString text;
    QString answer;
    QDate answeredDay;
};

// Tables `work_orders`, `work_order_events` (the timeline, through the audit trail),
// `work_order_counters` and `work_order_notifications`. Callers write inside
// Database::transaction, each change with its event.
class WorkOrderRepository
{
public:
    explicit WorkOrderRepository(Database &db) : m_db(db) {}

    // The next GD-yyyyMMdd-NNNN of `day` (off the day's counter, in the caller's transaction).
    Result<QString> nextNumber(const QDate &day) const;
    Result<qint64> insert(const QString &number, WorkOrderKind kind, qint64 hallId, const QString &service, const QString &phone,
                          const QString &text, std::optional<qint64> ticketId, const QDateTime &at, qint64 actorId) const;
    Status appendEvent(qint64 id, qint64 hallId, WorkOrderEventKind kind, const QDateTime &at, qint64 actorId, const QString &note,
                       const QJsonObject &detail = {}) const;
    // Each changes the row only from the status it was read in: Conflict when someone else
    // changed it meanwhile.
    Status route(qint64 id, const QDateTime &at, const QDate &dueDay) const;
    Status answer(qint64 id, WorkOrderStatus from, const QString &answer, const QDateTime &at, const QDate &day, qint64 actorId) const;
    Status close(qint64 id, WorkOrderStatus from, const QDateTime &at) const;
    Status setAppointment(qint64 id, qint64 appointmentId) const;
    Result<qint64> addNotification(qint64 id, const QString &phone, const QString &text, const QDateTime &at) const;
    Status markSent(qint64 notificationId, const QDateTime &at) const;

    Result<std::optional<WorkOrderRecord>> find(const QString &number) const;
    // Newest first. `hallIds` empty: every hall.
    Result<QList<WorkOrderRecord>> list(const QList<qint64> &hallIds, std::optional<WorkOrderKind> kind,
                                        std::optional<WorkOrderStatus> status, int limit) const;
    // Recorded in [fromMs, untilMs), of these halls (empty: every hall).
    Result<QList<WorkOrderRecord>> recorded(const QList<qint64> &hallIds, qint64 fromMs, qint64 untilMs) const;
    Result<QList<WorkOrderEvent>> events(qint64 id) const;
    Result<QList<WorkOrderNotice>> notifications(qint64 id) const; // phone whole
    // The active supervisors of a hall, by name.
    Result<QStringList> supervisorsOf(qint64 hallId) const;

private:
    Result<QList<WorkOrderRecord>> query(const QString &where, const QVariantList &values, const QString &tail = {}) const;
    Status changeFrom(const QString &set, const QVariantList &values, qint64 id, WorkOrderStatus from) const;

    Database &m_db;
};

} // namespace ow
