#include "core/service/store/TicketRepository.h"

#include "core/service/audit/AuditTrail.h"
#include "core/sql/Database.h"

#include <QHash>
#include <QJsonDocument>

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
const QString kColumns = QStringLiteral(
    "id, hall_id, service_day, prefix, seq, number, channel, priority_group, resident_id, phone, issued_at, state, "
    "window_number, teller_id, called_at, last_called_at, serving_since, finished_at, parked_until, recalls, queue_key, "
    "appointment_id, appointment_at, target_window, catalogue_version");

// The guide desk's pre-check of a matter, kept as compact JSON (NULL: none).
QVariant precheckColumn(const TicketMatter &m)
{
    if (!m.precheck)
        return QVariant(QMetaType::fromType<QByteArray>()); // a typed null: SQL NULL (a null QString binds as '')
    return QString::fromUtf8(QJsonDocument(m.precheck->toJson()).toJson(QJsonDocument::Compact));
}

std::optional<MaterialPrecheck> precheckOf(const QVariant &column)
{
    if (column.isNull() || column.toString().isEmpty())
        return std::nullopt;
    auto read = MaterialPrecheck::fromJson(QJsonDocument::fromJson(column.toString().toUtf8()).object());
    return read ? std::optional<MaterialPrecheck>(read.value()) : std::nullopt;
}
} // namespace

Result<int> TicketRepository::nextSequence(qint64 hallId, const QString &serviceDay, const QString &prefix) const
{
    if (auto st = m_db.run(QStringLiteral("INSERT INTO ticket_counters (hall_id, service_day, prefix, last_seq) "
                                          "VALUES (?, ?, ?, 1) ON CONFLICT (hall_id, service_day, prefix) "
                                          "DO UPDATE SET last_seq = ticket_counters.last_seq + 1"),
                           {hallId, serviceDay, prefix});
        !st)
        return st.error();
    int last = 0;
    if (auto st = m_db.select(QStringLiteral("SELECT last_seq FROM ticket_counters WHERE hall_id = ? AND service_day = ? AND prefix = ?"),
                              {hallId, serviceDay, prefix}, [&last](QSqlQuery &q) { last = q.next() ? q.value(0).toInt() : 0; });
        !st)
        return st.error();
    return last;
}

Result<qint64> TicketRepository::insert(const Ticket &t) const
{
    auto inserted = m_db.insert(QStringLiteral("INSERT INTO tickets (hall_id, service_day, prefix, seq, number, channel, priority_group, "
                                      "resident_id, phone, issued_at, state, queue_key, appointment_id, appointment_at, "
                                      "target_window, catalogue_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {t.hallId, t.serviceDay, t.prefix, t.sequence, t.number, toString(t.channel), t.priorityGroup,
                        t.residentId, t.phone, ms(t.issuedAt), toString(t.state), t.queueKey, idOrNull(t.appointmentId),
                        ms(t.appointmentAt), t.targetWindow, t.catalogueVersion});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    int position = 0;
    for (const TicketMatter &m : t.matters) {
        if (auto st = m_db.run(QStringLiteral("INSERT INTO ticket_matters (ticket_id, position, service_code, category, outcome, "
                                              "reason, precheck) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {id, position++, m.serviceCode, m.category, toString(m.outcome), m.reason, precheckColumn(m)});
            !st)
            return st.error();
    }
    return id;
}

Status TicketRepository::update(const Ticket &t, bool mattersChanged) const
{
    if (auto st = m_db.run(QStringLiteral("UPDATE tickets SET state = ?, window_number = ?, teller_id = ?, called_at = ?, "
                                          "last_called_at = ?, serving_since = ?, finished_at = ?, parked_until = ?, "
                                          "recalls = ?, queue_key = ?, target_window = ? WHERE id = ?"),
                           {toString(t.state), t.windowNumber, idOrNull(t.tellerId), ms(t.calledAt), ms(t.lastCalledAt),
                            ms(t.servingSince), ms(t.finishedAt), ms(t.parkedUntil), t.recalls, t.queueKey, t.targetWindow,
                            t.id});
        !st)
        return st;
    if (!mattersChanged)
        return okStatus();
    // Matters may change on transfer: rewrite them.
    if (auto st = m_db.run(QStringLiteral("DELETE FROM ticket_matters WHERE ticket_id = ?"), {t.id}); !st)
        return st;
    int position = 0;
    for (const TicketMatter &m : t.matters) {
        if (auto st = m_db.run(QStringLiteral("INSERT INTO ticket_matters (ticket_id, position, service_code, category, outcome, "
                                              "reason, precheck) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                               {t.id, position++, m.serviceCode, m.category, toString(m.outcome), m.reason, precheckColumn(m)});
            !st)
            return st;
    }
    return okStatus();
}

Status TicketRepository::appendEvent(const Ticket &t, TicketEventKind kind, qint64 actorId, const QDateTime &at,
                                     const QJsonObject &detail) const
{
    auto inserted = AuditTrail(m_db).insert(
        QStringLiteral("ticket_events"),
        QStringLiteral("INSERT INTO ticket_events (ticket_id, hall_id, kind, at, actor_id, window_number, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {t.id, t.hallId, toString(kind), ms(at), idOrNull(actorId), t.windowNumber,
         detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();
    return okStatus();
}

Result<QList<Ticket>> TicketRepository::query(const QString &where, const QVariantList &values) const
{
    QList<Ticket> out;
    QHash<qint64, qsizetype> index;
    // `where` is one of this file's fixed texts, so the statement is kept prepared.
    const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM tickets WHERE ") + where
                        + QStringLiteral(" ORDER BY queue_key, id");
    const Status read = m_db.select(sql, values, [&](QSqlQuery &r) {
        while (r.next()) {
            Ticket t;
            t.id = r.value(0).toLongLong();
            t.hallId = r.value(1).toLongLong();
            t.serviceDay = r.value(2).toString();
            t.prefix = r.value(3).toString();
            t.sequence = r.value(4).toInt();
            t.number = r.value(5).toString();
            t.channel = channelFromString(r.value(6).toString()).value_or(Channel::Kiosk);
            t.priorityGroup = r.value(7).toString();
            t.residentId = r.value(8).toString();
            t.phone = r.value(9).toString();
            t.issuedAt = fromMs(r.value(10));
            t.state = ticketStateFromString(r.value(11).toString()).value_or(TicketState::Waiting);
            t.windowNumber = r.value(12).toInt();
            t.tellerId = r.value(13).toLongLong();
            t.calledAt = fromMs(r.value(14));
            t.lastCalledAt = fromMs(r.value(15));
            t.servingSince = fromMs(r.value(16));
            t.finishedAt = fromMs(r.value(17));
            t.parkedUntil = fromMs(r.value(18));
            t.recalls = r.value(19).toInt();
            t.queueKey = r.value(20).toDouble();
            t.appointmentId = r.value(21).toLongLong();
            t.appointmentAt = fromMs(r.value(22));
            t.targetWindow = r.value(23).toInt();
            t.catalogueVersion = r.value(24).toString();
            index.insert(t.id, out.size());
            out.append(t);
        }
    });
    if (!read)
        return read.error();
    if (out.isEmpty())
        return out;
    QStringList ids;
    for (const Ticket &t : out)
        ids << QString::number(t.id);
    auto m = m_db.exec(QStringLiteral("SELECT ticket_id, service_code, category, outcome, reason, precheck FROM ticket_matters "
                                      "WHERE ticket_id IN (%1) ORDER BY ticket_id, position")
                           .arg(ids.join(QLatin1Char(','))));
    if (!m)
        return m.error();
    while (m.value().next()) {
        const QSqlQuery &r = m.value();
        const auto it = index.constFind(r.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        out[*it].matters.append({r.value(1).toString(), r.value(2).toString(),
                                 matterOutcomeFromString(r.value(3).toString()).value_or(MatterOutcome::Pending),
                                 r.value(4).toString(), precheckOf(r.value(5))});
    }
    return out;
}

Result<std::optional<Ticket>> TicketRepository::find(qint64 id) const
{
    auto r = query(QStringLiteral("id = ?"), {id});
    if (!r)
        return r.error();
    if (r.value().isEmpty())
        return std::optional<Ticket>{};
    return std::optional<Ticket>(r.value().first());
}

Result<qint64> TicketRepository::hallOf(qint64 id) const
{
    qint64 hall = 0;
    const Status read = m_db.select(QStringLiteral("SELECT hall_id FROM tickets WHERE id = ?"), {id}, [&hall](QSqlQuery &r) {
        if (r.next())
            hall = r.value(0).toLongLong();
    });
    if (!read)
        return read.error();
    return hall;
}

Result<std::optional<Ticket>> TicketRepository::findByNumber(qint64 hallId, const QString &serviceDay, const QString &number) const
{
    auto r = query(QStringLiteral("hall_id = ? AND service_day = ? AND number = ?"), {hallId, serviceDay, number});
    if (!r)
        return r.error();
    if (r.value().isEmpty())
        return std::optional<Ticket>{};
    return std::optional<Ticket>(r.value().first());
}

Result<std::optional<Ticket>> TicketRepository::atWindow(qint64 hallId, const QString &serviceDay, int window) const
{
    auto r = query(QStringLiteral("hall_id = ? AND service_day = ? AND state IN ('called', 'serving') AND window_number = ?"),
                   {hallId, serviceDay, window});
    if (!r)
        return r.error();
    if (r.value().isEmpty())
        return std::optional<Ticket>{};
    return std::optional<Ticket>(r.value().first());
}

Result<QList<Ticket>> TicketRepository::list(qint64 hallId, const QString &serviceDay, const QList<TicketState> &states) const
{
    QStringList names;
    for (TicketState s : states)
        names << QLatin1Char('\'') + toString(s) + QLatin1Char('\''); // enum text, never user input
    return query(QStringLiteral("hall_id = ? AND service_day = ? AND state IN (%1)").arg(names.join(QLatin1Char(','))),
                 {hallId, serviceDay});
}

Result<QList<QJsonObject>> TicketRepository::events(qint64 ticketId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT kind, at, actor_id, window_number, detail FROM ticket_events WHERE ticket_id = ? "
                                      "ORDER BY id"),
                       {ticketId});
    if (!q)
        return q.error();
    QList<QJsonObject> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        QJsonObject o{{QLatin1String("kind"), r.value(0).toString()},
                      {QLatin1String("at"), fromMs(r.value(1)).toString(Qt::ISODate)},
                      {QLatin1String("actor"), r.value(2).toLongLong()},
                      {QLatin1String("window"), r.value(3).toInt()}};
        const QJsonObject detail = QJsonDocument::fromJson(r.value(4).toString().toUtf8()).object();
        if (!detail.isEmpty())
            o.insert(QLatin1String("detail"), detail);
        out.append(o);
    }
    return out;
}

Result<QHash<QString, QPair<double, int>>> TicketRepository::handlingTimes(qint64 hallId, const QDateTime &since) const
{
    auto q = m_db.exec(QStringLiteral("SELECT m.service_code, AVG((t.finished_at - t.serving_since) / 1000.0 / "
                                      "(SELECT COUNT(*) FROM ticket_matters c WHERE c.ticket_id = t.id)), COUNT(*) "
                                      "FROM tickets t JOIN ticket_matters m ON m.ticket_id = t.id "
                                      "WHERE t.hall_id = ? AND t.state = 'finished' AND t.serving_since IS NOT NULL "
                                      "AND t.finished_at >= ? GROUP BY m.service_code"),
                       {hallId, ms(since)});
    if (!q)
        return q.error();
    QHash<QString, QPair<double, int>> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), {q.value().value(1).toDouble(), q.value().value(2).toInt()});
    return out;
}

Result<std::optional<WindowStatus>> TicketRepository::window(qint64 hallId, int number) const
{
    std::optional<WindowStatus> found;
    const Status read = m_db.select(QStringLiteral("SELECT number, state, teller_id, reason, since, priority_streak, auto_assign "
                                                   "FROM window_states WHERE hall_id = ? AND number = ?"),
                                    {hallId, number}, [&found](QSqlQuery &r) {
                                        if (!r.next())
                                            return;
                                        found = WindowStatus{r.value(0).toInt(),
                                                             windowStateFromString(r.value(1).toString()).value_or(WindowState::Closed),
                                                             r.value(2).toLongLong(), r.value(3).toString(), fromMs(r.value(4)),
                                                             r.value(5).toInt(), r.value(6).toBool(), {}, {}};
                                    });
    if (!read)
        return read.error();
    return found;
}

Result<QList<WindowStatus>> TicketRepository::windows(qint64 hallId) const
{
    QList<WindowStatus> out;
    const Status read = m_db.select(
        QStringLiteral("SELECT w.number, w.state, w.teller_id, w.reason, w.since, w.priority_streak, "
                       "a.name_zh, a.staff_no, w.auto_assign FROM window_states w LEFT JOIN accounts a ON a.id = w.teller_id "
                       "WHERE w.hall_id = ? ORDER BY w.number"),
        {hallId}, [&out](QSqlQuery &r) {
            while (r.next()) {
                out.append({r.value(0).toInt(), windowStateFromString(r.value(1).toString()).value_or(WindowState::Closed),
                            r.value(2).toLongLong(), r.value(3).toString(), fromMs(r.value(4)), r.value(5).toInt(),
                            r.value(8).toBool(), r.value(6).toString(), r.value(7).toString()});
            }
        });
    if (!read)
        return read.error();
    return out;
}

Status TicketRepository::saveWindow(qint64 hallId, const WindowStatus &w) const
{
    return m_db.run(QStringLiteral("INSERT INTO window_states (hall_id, number, state, teller_id, reason, since, priority_streak, "
                                   "auto_assign) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hall_id, number) DO UPDATE SET "
                                   "state = excluded.state, teller_id = excluded.teller_id, reason = excluded.reason, "
                                   "since = excluded.since, priority_streak = excluded.priority_streak, "
                                   "auto_assign = excluded.auto_assign"),
                    {hallId, w.number, toString(w.state), idOrNull(w.tellerId), w.reason,
                     ms(w.since), w.priorityStreak, w.autoAssign ? 1 : 0});
}

} // namespace ow
