#include "core/service/store/RectificationRepository.h"

#include "core/service/audit/AuditTrail.h"
#include "core/sql/Database.h"

namespace ow {

namespace {

QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString kSelect = QStringLiteral(
    "SELECT x.id, h.code, x.hall_id, x.due_day, x.status, x.opened_at, x.closed_at, x.closed_day, x.closed_by, x.cause, "
    "x.action, x.answer, x.note, r.id, r.level, r.service_code, r.window_number, r.at, r.teller_id, t.id, t.number, "
    "t.service_day, t.issued_at, t.finished_at, a.name_zh, a.staff_no, c.name_zh, "
    "(SELECT COUNT(*) FROM rectification_steps s WHERE s.rectification_id = x.id) "
    "FROM rectifications x JOIN ratings r ON r.id = x.rating_id JOIN tickets t ON t.id = r.ticket_id "
    "JOIN halls h ON h.id = x.hall_id LEFT JOIN accounts a ON a.id = r.teller_id LEFT JOIN accounts c ON c.id = x.closed_by ");

RectificationRecord recordOf(const QSqlQuery &q)
{
    RectificationRecord out;
    RectificationDetail &d = out.detail;
    RectificationItem &i = d.rectification;
    i.id = q.value(0).toLongLong();
    i.hall = q.value(1).toString();
    out.hallId = q.value(2).toLongLong();
    i.dueDay = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    const bool closed = q.value(4).toString() == QLatin1String("closed");
    i.state = closed ? RectificationState::Closed : RectificationState::Open;
    i.openedAt = fromMs(q.value(5));
    i.closedAt = fromMs(q.value(6));
    const QDate closedDay = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    i.closedLate = closedLate(i.dueDay, closedDay);
    if (closed) {
        RectificationClosure c;
        c.closedAt = i.closedAt;
        c.closedDay = closedDay;
        c.closedBy = q.value(8).toLongLong();
        c.cause = q.value(9).toString();
        c.action = q.value(10).toString();
        c.answer = citizenAnswerFromString(q.value(11).toString()).value_or(CitizenAnswer::NotReached);
        c.note = q.value(12).toString();
        c.late = i.closedLate;
        c.closedByName = q.value(26).toString();
        d.closure = c;
    }
    d.ratingId = q.value(13).toLongLong();
    i.level = ratingLevelFromString(q.value(14).toString()).value_or(RatingLevel::Dissatisfied);
    i.service = q.value(15).toString();
    i.window = q.value(16).toInt();
    d.ratedAt = fromMs(q.value(17));
    d.tellerId = q.value(18).toLongLong();
    i.ticketId = q.value(19).toLongLong();
    i.ticket = q.value(20).toString();
    d.ticketServiceDay = q.value(21).toString();
    d.ticketIssuedAt = fromMs(q.value(22));
    d.ticketFinishedAt = fromMs(q.value(23));
    i.tellerName = q.value(24).toString();
    i.tellerStaffNo = q.value(25).toString();
    i.followUps = q.value(27).toInt();
    return out;
}

} // namespace

Result<qint64> RectificationRepository::open(qint64 ratingId, qint64 hallId, const QDate &dueDay, const QDateTime &at) const
{
    return m_db.insert(QStringLiteral("INSERT INTO rectifications (rating_id, hall_id, due_day, status, opened_at) "
                                      "VALUES (?, ?, ?, 'open', ?)"),
                       {ratingId, hallId, dueDay.toString(Qt::ISODate), ms(at)});
}

Result<QList<RectificationRecord>> RectificationRepository::query(const QString &where, const QVariantList &values) const
{
    auto q = m_db.exec(kSelect + where, values);
    if (!q)
        return q.error();
    QList<RectificationRecord> out;
    while (q.value().next())
        out.append(recordOf(q.value()));
    return out;
}

Result<QList<RectificationRecord>> RectificationRepository::list(const QList<qint64> &hallIds, std::optional<bool> closed,
                                                                 int limit) const
{
    if (hallIds.isEmpty())
        return QList<RectificationRecord>{};
    QStringList marks;
    QVariantList values;
    for (qint64 id : hallIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    QString where = QStringLiteral("WHERE x.hall_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    if (closed)
        where += *closed ? QStringLiteral(" AND x.status = 'closed'") : QStringLiteral(" AND x.status = 'open'");
    // Open ones by urgency; closed ones the latest first.
    where += QStringLiteral(" ORDER BY CASE WHEN x.status = 'open' THEN 0 ELSE 1 END, "
                            "CASE WHEN x.status = 'open' THEN x.due_day END, x.closed_at DESC, x.id LIMIT ?");
    values << limit;
    return query(where, values);
}

Result<std::optional<RectificationRecord>> RectificationRepository::find(qint64 id) const
{
    auto rows = query(QStringLiteral("WHERE x.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<RectificationRecord>{};
    RectificationRecord r = rows.value().first();
    auto steps = followUps(id);
    if (!steps)
        return steps.error();
    r.detail.followUps = steps.value();
    return std::optional<RectificationRecord>(r);
}

Result<QList<RectificationFollowUp>> RectificationRepository::followUps(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT s.id, s.contacted_at, s.channel, s.answer, s.cause, s.action, s.note, s.recorded_at, "
                                      "s.recorded_by, a.name_zh FROM rectification_steps s LEFT JOIN accounts a ON a.id = s.recorded_by "
                                      "WHERE s.rectification_id = ? ORDER BY s.id"),
                       {id});
    if (!q)
        return q.error();
    QList<RectificationFollowUp> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        RectificationFollowUp f;
        f.id = r.value(0).toLongLong();
        f.contactedAt = fromMs(r.value(1));
        f.channel = contactChannelFromString(r.value(2).toString()).value_or(ContactChannel::Other);
        f.answer = citizenAnswerFromString(r.value(3).toString()).value_or(CitizenAnswer::NotReached);
        f.cause = r.value(4).toString();
        f.action = r.value(5).toString();
        f.note = r.value(6).toString();
        f.recordedAt = fromMs(r.value(7));
        f.recordedBy = r.value(8).toLongLong();
        f.recordedByName = r.value(9).toString();
        out.append(f);
    }
    return out;
}

Result<qint64> RectificationRepository::addFollowUp(qint64 id, const FollowUpRequest &request, qint64 actorId,
                                                    const QDateTime &at) const
{
    return AuditTrail(m_db).insert(QStringLiteral("rectification_steps"), QStringLiteral("INSERT INTO rectification_steps (rectification_id, contacted_at, channel, answer, cause, "
                                      "action, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, ms(request.contactedAt), toString(request.channel.value_or(ContactChannel::Other)),
                        toString(request.answer.value_or(CitizenAnswer::NotReached)), request.cause, request.action,
                        request.note, ms(at), idOrNull(actorId)});
}

Status RectificationRepository::close(qint64 id, const RectificationClosure &c) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE rectifications SET status = 'closed', closed_at = ?, closed_day = ?, closed_by = ?, "
                                      "cause = ?, action = ?, answer = ?, note = ? WHERE id = ? AND status = 'open'"),
                       {ms(c.closedAt), c.closedDay.toString(Qt::ISODate), idOrNull(c.closedBy), c.cause, c.action,
                        toString(c.answer), c.note, id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return conflictError(QStringLiteral("rectification %1 is closed already").arg(id));
    return okStatus();
}

} // namespace ow
