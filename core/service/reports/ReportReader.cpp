#include "core/service/reports/ReportReader.h"

#include "core/sql/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace ow {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

QDateTime instant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

} // namespace

Result<QList<TicketRecord>> ReportReader::tickets(const QList<qint64> &hallIds, const QDate &from, const QDate &to) const
{
    if (hallIds.isEmpty())
        return QList<TicketRecord>{};
    const QString halls = idList(hallIds);
    const QVariantList range{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    struct Head
    {
        qint64 hallId = 0;
        QDate day;
        QList<TicketEventRow> events;
        QList<QPair<QString, QString>> matters;
    };
    QHash<qint64, Head> heads;
    QList<qint64> order;
    // Index: tickets_hall_day_state (hall_id, service_day, state) finds the halls' tickets of the
    // days by its first two columns; ticket_events_ticket (ticket_id) finds each one's events.
    auto events = m_db.exec(QStringLiteral("SELECT t.id, t.hall_id, t.service_day, e.id, e.kind, e.at, e.actor_id, e.window_number, "
                                           "CASE WHEN e.kind = 'transferred' THEN e.detail ELSE '' END "
                                           "FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id "
                                           "WHERE t.hall_id IN (%1) AND t.service_day >= ? AND t.service_day <= ?")
                                .arg(halls),
                            range);
    if (!events)
        return events.error();
    QSqlQuery &q = events.value();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto it = heads.find(id);
        if (it == heads.end()) {
            it = heads.insert(id, Head{q.value(1).toLongLong(), QDate::fromString(q.value(2).toString(), Qt::ISODate), {}, {}});
            order.append(id);
        }
        const auto kind = ticketEventKindFromString(q.value(4).toString());
        if (!kind)
            continue; // a kind this program does not know says nothing it could count
        TicketEventRow e;
        e.id = q.value(3).toLongLong();
        e.kind = *kind;
        e.at = instant(q.value(5));
        e.actorId = q.value(6).toLongLong();
        e.window = q.value(7).toInt();
        const QString detail = q.value(8).toString();
        if (!detail.isEmpty())
            e.fromWindow = QJsonDocument::fromJson(detail.toUtf8()).object().value(QLatin1String("from_window")).toInt();
        it->events.append(e);
    }
    // Index: the same range through tickets_hall_day_state; ticket_matters by its primary key
    // (ticket_id, position). No ORDER BY (a sort of the whole range): a ticket's matters are a set
    // to the figures.
    auto matters = m_db.exec(QStringLiteral("SELECT m.ticket_id, m.service_code, m.category FROM tickets t "
                                            "JOIN ticket_matters m ON m.ticket_id = t.id "
                                            "WHERE t.hall_id IN (%1) AND t.service_day >= ? AND t.service_day <= ?")
                                 .arg(halls),
                             range);
    if (!matters)
        return matters.error();
    while (matters.value().next()) {
        const QSqlQuery &m = matters.value();
        const auto it = heads.find(m.value(0).toLongLong());
        if (it != heads.end())
            it->matters.append({m.value(1).toString(), m.value(2).toString()});
    }
    QList<TicketRecord> out;
    out.reserve(order.size());
    for (qint64 id : std::as_const(order)) {
        const Head &h = heads[id];
        TicketRecord r = TicketRecord::fold(id, h.hallId, h.day, h.events);
        r.matters = h.matters;
        out.append(std::move(r));
    }
    return out;
}

Result<WindowHistory> ReportReader::windowEvents(const QList<qint64> &hallIds, const QDate &from, const QDate &to) const
{
    WindowHistory out;
    if (hallIds.isEmpty())
        return out;
    const QString halls = idList(hallIds);
    const QString columns = QStringLiteral("id, hall_id, window_number, state, teller_id, at, service_day");
    const auto read = [](QSqlQuery &q, QList<WindowEventRow> &rows) {
        while (q.next()) {
            const auto state = windowStateFromString(q.value(3).toString());
            if (!state)
                continue;
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), *state, q.value(4).toLongLong(),
                         instant(q.value(5)), QDate::fromString(q.value(6).toString(), Qt::ISODate)});
        }
    };
    // Index: window_events_hall_day (hall_id, service_day) — migration 18 — for both: the days
    // of the range, and the days before it (each window's newest row there by id, the order
    // they were written in).
    auto during = m_db.exec(QStringLiteral("SELECT %1 FROM window_events WHERE hall_id IN (%2) AND service_day >= ? AND service_day <= ?")
                                .arg(columns, halls),
                            {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!during)
        return during.error();
    read(during.value(), out.events);
    auto before = m_db.exec(QStringLiteral("SELECT %1 FROM window_events WHERE id IN (SELECT MAX(id) FROM window_events "
                                           "WHERE hall_id IN (%2) AND service_day < ? GROUP BY hall_id, window_number)")
                                .arg(columns, halls),
                            {from.toString(Qt::ISODate)});
    if (!before)
        return before.error();
    read(before.value(), out.before);
    return out;
}

Result<QList<RatingRow>> ReportReader::ratings(const QList<qint64> &hallIds, const QDate &from, const QDate &to) const
{
    if (hallIds.isEmpty())
        return QList<RatingRow>{};
    // Index: tickets_hall_day_state for the halls' tickets of the days; ratings through their
    // UNIQUE (ticket_id, service_code); rectifications through UNIQUE (rating_id); the matter's
    // category through ticket_matters' primary key (ticket_id, …).
    auto q = m_db.exec(QStringLiteral("SELECT r.ticket_id, t.hall_id, t.service_day, t.issued_at, r.service_code, "
                                      "COALESCE(m.category, ''), r.teller_id, r.window_number, r.level, x.id, x.status, "
                                      "x.closed_at, x.due_day "
                                      "FROM tickets t JOIN ratings r ON r.ticket_id = t.id "
                                      "LEFT JOIN rectifications x ON x.rating_id = r.id "
                                      "LEFT JOIN ticket_matters m ON m.ticket_id = r.ticket_id AND m.service_code = r.service_code "
                                      "WHERE t.hall_id IN (%1) AND t.service_day >= ? AND t.service_day <= ?")
                           .arg(idList(hallIds)),
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<RatingRow> out;
    QSet<QPair<qint64, QString>> seen; // a matter asked twice on one ticket joins two matter rows
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const auto level = ratingLevelFromString(r.value(8).toString());
        if (!level)
            continue;
        RatingRow row;
        row.ticketId = r.value(0).toLongLong();
        row.serviceCode = r.value(4).toString();
        if (seen.contains({row.ticketId, row.serviceCode}))
            continue;
        seen.insert({row.ticketId, row.serviceCode});
        row.hallId = r.value(1).toLongLong();
        row.serviceDay = QDate::fromString(r.value(2).toString(), Qt::ISODate);
        row.issuedAt = instant(r.value(3));
        row.category = r.value(5).toString();
        row.tellerId = r.value(6).toLongLong();
        row.window = r.value(7).toInt();
        row.level = *level;
        row.rectification = !r.value(9).isNull();
        row.closed = row.rectification && (r.value(10).toString() == QLatin1String("closed") || !r.value(11).isNull());
        row.dueDay = QDate::fromString(r.value(12).toString(), Qt::ISODate);
        out.append(row);
    }
    return out;
}

Result<QList<CaseRow>> ReportReader::cases(const QList<qint64> &hallIds, bool byOffice, qint64 fromMs, qint64 untilMs) const
{
    if (hallIds.isEmpty())
        return QList<CaseRow>{};
    // Index: case_events_action_at (action, at) — migration 16 — finds the intake steps of the
    // range; cases by their primary key; case_events_case (case_id, id) each case's timeline.
    auto q = m_db.exec(QStringLiteral("SELECT c.id, c.service_code, c.hall_id, c.office_hall_id, c.time_limit_days, "
                                      "e.id, e.action, e.state, e.at, e.actor_id, e.assignee_id "
                                      "FROM cases c JOIN case_events e ON e.case_id = c.id "
                                      "WHERE c.id IN (SELECT i.case_id FROM case_events i WHERE i.action IN "
                                      "('accept', 'verify', 'complete_on_spot', 'refuse') AND i.at >= ? AND i.at < ?) "
                                      "AND c.%1 IN (%2)")
                           .arg(byOffice ? QStringLiteral("office_hall_id") : QStringLiteral("hall_id"), idList(hallIds)),
                       {fromMs, untilMs});
    if (!q)
        return q.error();
    QHash<qint64, qsizetype> index;
    QList<CaseRow> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const qint64 id = r.value(0).toLongLong();
        auto at = index.constFind(id);
        if (at == index.constEnd()) {
            at = index.insert(id, out.size());
            out.append(CaseRow{id, r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toLongLong(), r.value(4).toInt(), {}});
        }
        const auto action = caseActionFromString(r.value(6).toString());
        const auto state = caseStateFromString(r.value(7).toString());
        if (!action || !state)
            return Error{ErrorCode::Internal, QStringLiteral("case %1 has an unreadable event").arg(id), {}};
        out[*at].events.append(CaseEventRow{r.value(5).toLongLong(), *action, *state, instant(r.value(8)),
                                            r.value(9).toLongLong(), r.value(10).toLongLong()});
    }
    return out;
}

Result<QHash<qint64, TicketHead>> ReportReader::ticketHeads(const QList<qint64> &ids) const
{
    QHash<qint64, TicketHead> out;
    if (ids.isEmpty())
        return out;
    // Index: the tickets' primary key.
    auto q = m_db.exec(QStringLiteral("SELECT id, number, resident_id FROM tickets WHERE id IN (%1)").arg(idList(ids)));
    if (!q)
        return q.error();
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), {q.value().value(1).toString(), q.value().value(2).toString()});
    return out;
}

Result<QHash<qint64, StaffName>> ReportReader::staff(const QList<qint64> &ids) const
{
    QHash<qint64, StaffName> out;
    if (ids.isEmpty())
        return out;
    // Index: the accounts' primary key.
    auto q = m_db.exec(QStringLiteral("SELECT id, username, name_zh, name_en FROM accounts WHERE id IN (%1)").arg(idList(ids)));
    if (!q)
        return q.error();
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(),
                   {q.value().value(1).toString(), q.value().value(2).toString(), q.value().value(3).toString()});
    return out;
}

} // namespace ow
