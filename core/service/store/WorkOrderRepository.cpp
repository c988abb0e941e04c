#include "core/service/store/WorkOrderRepository.h"

#include "core/service/audit/AuditTrail.h"
#include "core/sql/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace ow {

namespace {

QDateTime instant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

// The first line of what was said, shortened for a list.
QString summaryOf(const QString &text)
{
    constexpr int kLength = 40;
    const QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > kLength ? line.left(kLength) + QChar(0x2026) : line;
}

const QString kSelect = QStringLiteral(
    "SELECT w.id, w.number, w.kind, w.status, h.code, w.service_code, w.phone, t.number, t.service_day, t.window_number, "
    "ta.name_zh, w.created_at, ca.name_zh, w.routed_at, w.due_day, w.answered_at, w.answered_day, ap.code, w.hall_id, "
    "w.text, w.answer "
    "FROM work_orders w JOIN halls h ON h.id = w.hall_id JOIN accounts ca ON ca.id = w.created_by "
    "LEFT JOIN tickets t ON t.id = w.ticket_id LEFT JOIN accounts ta ON ta.id = t.teller_id "
    "LEFT JOIN appointments ap ON ap.id = w.appointment_id");

} // namespace

Result<QString> WorkOrderRepository::nextNumber(const QDate &day) const
{
    const QString d = day.toString(Qt::ISODate);
    if (auto st = m_db.run(QStringLiteral("INSERT INTO work_order_counters (day, last_seq) VALUES (?, 1) "
                                          "ON CONFLICT (day) DO UPDATE SET last_seq = work_order_counters.last_seq + 1"),
                           {d});
        !st)
        return st.error();
    auto q = m_db.exec(QStringLiteral("SELECT last_seq FROM work_order_counters WHERE day = ?"), {d});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Internal, QStringLiteral("work order counter missing"), {}};
    return QStringLiteral("GD-%1-%2").arg(day.toString(QStringLiteral("yyyyMMdd"))).arg(q.value().value(0).toInt(), 4, 10, QLatin1Char('0'));
}

Result<qint64> WorkOrderRepository::insert(const QString &number, WorkOrderKind kind, qint64 hallId, const QString &service,
                                           const QString &phone, const QString &text, std::optional<qint64> ticketId,
                                           const QDateTime &at, qint64 actorId) const
{
    return m_db.insert(QStringLiteral("INSERT INTO work_orders (number, kind, status, hall_id, service_code, phone, text, ticket_id, "
                                      "created_at, created_by) VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)"),
                       {number, toString(kind), hallId, service, phone, text, ticketId ? QVariant(*ticketId) : QVariant(QMetaType(QMetaType::LongLong)),
                        at.toMSecsSinceEpoch(), actorId});
}

Status WorkOrderRepository::appendEvent(qint64 id, qint64 hallId, WorkOrderEventKind kind, const QDateTime &at, qint64 actorId,
                                        const QString &note, const QJsonObject &detail) const
{
    auto row = AuditTrail(m_db).insert(
        QStringLiteral("work_order_events"),
        QStringLiteral("INSERT INTO work_order_events (work_order_id, kind, at, actor_id, hall_id, note, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {id, toString(kind), at.toMSecsSinceEpoch(), actorId, hallId, note,
         QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    if (!row)
        return row.error();
    return okStatus();
}

Status WorkOrderRepository::changeFrom(const QString &set, const QVariantList &values, qint64 id, WorkOrderStatus from) const
{
    QVariantList all = values;
    all << id << toString(from);
    auto q = m_db.exec(QStringLiteral("UPDATE work_orders SET %1 WHERE id = ? AND status = ?").arg(set), all);
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return conflictError(QStringLiteral("work order %1 changed meanwhile").arg(id));
    return okStatus();
}

Status WorkOrderRepository::route(qint64 id, const QDateTime &at, const QDate &dueDay) const
{
    return changeFrom(QStringLiteral("status = 'routed', routed_at = ?, due_day = ?"), {at.toMSecsSinceEpoch(), dueDay.toString(Qt::ISODate)},
                      id, WorkOrderStatus::Open);
}

Status WorkOrderRepository::answer(qint64 id, WorkOrderStatus from, const QString &answer, const QDateTime &at, const QDate &day,
                                   qint64 actorId) const
{
    return changeFrom(QStringLiteral("status = 'answered', answer = ?, answered_at = ?, answered_day = ?, answered_by = ?"),
                      {answer, at.toMSecsSinceEpoch(), day.toString(Qt::ISODate), actorId}, id, from);
}

Status WorkOrderRepository::close(qint64 id, WorkOrderStatus from, const QDateTime &at) const
{
    return changeFrom(QStringLiteral("status = 'closed', closed_at = ?"), {at.toMSecsSinceEpoch()}, id, from);
}

Status WorkOrderRepository::setAppointment(qint64 id, qint64 appointmentId) const
{
    return m_db.run(QStringLiteral("UPDATE work_orders SET appointment_id = ? WHERE id = ?"), {appointmentId, id});
}

Result<qint64> WorkOrderRepository::addNotification(qint64 id, const QString &phone, const QString &text, const QDateTime &at) const
{
    return m_db.insert(QStringLiteral("INSERT INTO work_order_notifications (work_order_id, phone, text, created_at) VALUES (?, ?, ?, ?)"),
                       {id, phone, text, at.toMSecsSinceEpoch()});
}

Status WorkOrderRepository::markSent(qint64 notificationId, const QDateTime &at) const
{
    return m_db.run(QStringLiteral("UPDATE work_order_notifications SET sent_at = ? WHERE id = ?"), {at.toMSecsSinceEpoch(), notificationId});
}

Result<QList<WorkOrderRecord>> WorkOrderRepository::query(const QString &where, const QVariantList &values, const QString &tail) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE ") + where + tail, values);
    if (!q)
        return q.error();
    QList<WorkOrderRecord> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        WorkOrderRecord rec;
        WorkOrderItem &i = rec.item;
        i.id = r.value(0).toLongLong();
        i.number = r.value(1).toString();
        i.kind = workOrderKindFromString(r.value(2).toString()).value_or(WorkOrderKind::Consultation);
        i.status = workOrderStatusFromString(r.value(3).toString()).value_or(WorkOrderStatus::Open);
        i.hall = r.value(4).toString();
        i.service = r.value(5).toString();
        i.phone = r.value(6).toString();
        i.ticket = r.value(7).toString();
        i.ticketDay = QDate::fromString(r.value(8).toString(), Qt::ISODate);
        i.window = r.value(9).toInt();
        i.tellerName = r.value(10).toString();
        i.createdAt = instant(r.value(11));
        i.createdByName = r.value(12).toString();
        i.routedAt = instant(r.value(13));
        i.dueDay = QDate::fromString(r.value(14).toString(), Qt::ISODate);
        i.answeredAt = instant(r.value(15));
        rec.answeredDay = QDate::fromString(r.value(16).toString(), Qt::ISODate);
        i.answeredLate = rec.answeredDay.isValid() && i.dueDay.isValid() && rec.answeredDay > i.dueDay;
        i.appointment = r.value(17).toString();
        rec.hallId = r.value(18).toLongLong();
        rec.text = r.value(19).toString();
        rec.answer = r.value(20).toString();
        i.summary = summaryOf(rec.text);
        out.append(rec);
    }
    return out;
}

Result<std::optional<WorkOrderRecord>> WorkOrderRepository::find(const QString &number) const
{
    auto rows = query(QStringLiteral("w.number = ?"), {number});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<WorkOrderRecord>();
    return std::optional<WorkOrderRecord>(rows.value().first());
}

Result<QList<WorkOrderRecord>> WorkOrderRepository::list(const QList<qint64> &hallIds, std::optional<WorkOrderKind> kind,
                                                         std::optional<WorkOrderStatus> status, int limit) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (!hallIds.isEmpty())
        where << QStringLiteral("w.hall_id IN (%1)").arg(idList(hallIds));
    if (kind) {
        where << QStringLiteral("w.kind = ?");
        values << toString(*kind);
    }
    if (status) {
        where << QStringLiteral("w.status = ?");
        values << toString(*status);
    }
    values << limit;
    return query(where.join(QStringLiteral(" AND ")), values, QStringLiteral(" ORDER BY w.id DESC LIMIT ?"));
}

Result<QList<WorkOrderRecord>> WorkOrderRepository::recorded(const QList<qint64> &hallIds, qint64 fromMs, qint64 untilMs) const
{
    QString where = QStringLiteral("w.created_at >= ? AND w.created_at < ?");
    if (!hallIds.isEmpty())
        where += QStringLiteral(" AND w.hall_id IN (%1)").arg(idList(hallIds));
    return query(where, {fromMs, untilMs}, QStringLiteral(" ORDER BY w.id"));
}

Result<QList<WorkOrderEvent>> WorkOrderRepository::events(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT e.id, e.kind, e.at, a.name_zh, e.note FROM work_order_events e "
                                      "LEFT JOIN accounts a ON a.id = e.actor_id WHERE e.work_order_id = ? ORDER BY e.id"),
                       {id});
    if (!q)
        return q.error();
    QList<WorkOrderEvent> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), workOrderEventKindFromString(r.value(1).toString()).value_or(WorkOrderEventKind::Created),
                    instant(r.value(2)), r.value(3).toString(), r.value(4).toString()});
    }
    return out;
}

Result<QList<WorkOrderNotice>> WorkOrderRepository::notifications(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT phone, text, created_at, sent_at FROM work_order_notifications WHERE work_order_id = ? ORDER BY id"),
                       {id});
    if (!q)
        return q.error();
    QList<WorkOrderNotice> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toString(), r.value(1).toString(), instant(r.value(2)), !r.value(3).isNull()});
    }
    return out;
}

Result<QStringList> WorkOrderRepository::supervisorsOf(qint64 hallId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name_zh FROM accounts WHERE hall_id = ? AND role = 'supervisor' AND active = 1 ORDER BY id"),
                       {hallId});
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace ow
