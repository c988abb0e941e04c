#include "core/service/reports/ReportReader.h"

#include "core/sql/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    // Qt::UTC, not QTimeZone::utc(): the same instant without a time zone object behind every
    // one of a city's month of events (a quarter of a million).
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
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
        qint64 id = 0;
        qint64 hallId = 0;
        QDate day;
        QList<TicketEventRow> events;
        QList<QPair<QString, QString>> matters;
    };
    QList<Head> heads;              // in the order read
    QHash<qint64, qsizetype> index; // ticket id → its place in heads
    // A ticket's rows come one after the other (the join reads each ticket's events in turn), so
    // a ticket is looked up only when the id changes. Null: a ticket not read.
    Head *current = nullptr;
    const auto headOf = [&](qint64 id) -> Head * {
        if (current && current->id == id)
            return current;
        const auto it = index.constFind(id);
        current = it == index.constEnd() ? nullptr : &heads[*it];
        return current;
    };
    // Plan (EXPLAIN QUERY PLAN): tickets through COVERING INDEX tickets_hall_day_state (hall_id,
    // service_day, state) — the ticket's id is its rowid; each one's events through
    // ticket_events_timeline (ticket_id, id, kind, at, actor_id, window_number), migration 17,
    // which holds every column read but `detail`: SQLite defers the seek of the table row until a
    // column of it is needed, so only a transfer's event is looked up in the table. Read forward
    // only (Database::read): a city's month is about 250,000 rows.
    auto events = m_db.read(QStringLiteral("SELECT t.id, t.hall_id, t.service_day, e.id, e.kind, e.at, e.actor_id, e.window_number, "
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
        Head *head = headOf(id);
        if (!head) {
            index.insert(id, heads.size());
            heads.append(Head{id, q.value(1).toLongLong(), QDate::fromString(q.value(2).toString(), Qt::ISODate), {}, {}});
            head = current = &heads.last();
            head->events.reserve(6);
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
        head->events.append(e);
    }
    // Plan: the same range through COVERING INDEX tickets_hall_day_state; ticket_matters by its
    // primary key (ticket_id, position), then its row for the code and category. No ORDER BY (a
    // sort of the whole range): a ticket's matters are a set to the figures.
    auto matters = m_db.read(QStringLiteral("SELECT m.ticket_id, m.service_code, m.category FROM tickets t "
                                            "JOIN ticket_matters m ON m.ticket_id = t.id "
                                            "WHERE t.hall_id IN (%1) AND t.service_day >= ? AND t.service_day <= ?")
                                 .arg(halls),
                             range);
    if (!matters)
        return matters.error();
    while (matters.value().next()) {
        const QSqlQuery &m = matters.value();
        if (Head *head = headOf(m.value(0).toLongLong())) // a ticket without events was not read above
            head->matters.append({m.value(1).toString(), m.value(2).toString()});
    }
    QList<TicketRecord> out;
    out.reserve(heads.size());
    for (Head &h : heads) {
        TicketRecord r = TicketRecord::fold(h.id, h.hallId, h.day, std::move(h.events));
        r.matters = std::move(h.matters);
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

Result<QList<ConsultationDay>> ReportReader::consultations(const QList<qint64> &hallIds, const QDate &from,
                                                          const QDate &to) const
{
    QList<ConsultationDay> out;
    if (hallIds.isEmpty())
        return out;
    // Index: consultations_hall_day (hall_id, service_day, id) — migration 23.
    auto q = m_db.exec(QStringLiteral("SELECT hall_id, service_day, COUNT(*), SUM(duration_seconds) FROM consultations "
                                      "WHERE hall_id IN (%1) AND service_day >= ? AND service_day <= ? "
                                      "GROUP BY hall_id, service_day")
                           .arg(idList(hallIds)),
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), QDate::fromString(r.value(1).toString(), Qt::ISODate), r.value(2).toInt(),
                    r.value(3).toLongLong()});
    }
    return out;
}

Result<QHash<qint64, int>> ReportReader::complaints(const QList<qint64> &hallIds, const QDate &from, const QDate &to) const
{
    QHash<qint64, int> out;
    if (hallIds.isEmpty())
        return out;
    auto q = m_db.read(QStringLiteral("SELECT w.ticket_id, COUNT(*) FROM work_orders w JOIN tickets t ON t.id = w.ticket_id "
                                      "WHERE w.kind = 'complaint' AND t.hall_id IN (%1) AND t.service_day >= ? AND t.service_day <= ? "
                                      "GROUP BY w.ticket_id")
                           .arg(idList(hallIds)),
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), q.value().value(1).toInt());
    return out;
}

Result<QList<RatingRow>> ReportReader::ratings(const QList<TicketRecord> &tickets, const QList<qint64> &hallIds, const QDate &from,
                                               const QDate &to) const
{
    if (hallIds.isEmpty())
        return QList<RatingRow>{};
    // The hour of issue and the matter's category come from the tickets already read: no second
    // read of the tickets' rows or their matters here.
    QHash<qint64, const TicketRecord *> records;
    records.reserve(tickets.size());
    for (const TicketRecord &t : tickets)
        records.insert(t.ticketId, &t);
    // Plan: tickets through COVERING INDEX tickets_hall_day_state; ratings through their UNIQUE
    // (ticket_id, service_code) index, then their rows; rectifications through UNIQUE (rating_id).
    auto q = m_db.read(QStringLiteral("SELECT r.ticket_id, t.hall_id, t.service_day, r.service_code, r.teller_id, r.window_number, "
                                      "r.level, x.id, x.status, x.closed_at, x.due_day "
                                      "FROM tickets t JOIN ratings r ON r.ticket_id = t.id "
                                      "LEFT JOIN rectifications x ON x.rating_id = r.id "
                                      "WHERE t.hall_id IN (%1) AND t.service_day >= ? AND t.service_day <= ?")
                           .arg(idList(hallIds)),
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<RatingRow> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const auto level = ratingLevelFromString(r.value(6).toString());
        if (!level)
            continue;
        RatingRow row;
        row.ticketId = r.value(0).toLongLong();
        row.hallId = r.value(1).toLongLong();
        row.serviceDay = QDate::fromString(r.value(2).toString(), Qt::ISODate);
        row.serviceCode = r.value(3).toString();
        if (const TicketRecord *t = records.value(row.ticketId)) {
            row.issuedAt = t->issuedAt;
            for (const auto &m : t->matters) {
                if (m.first == row.serviceCode) {
                    row.category = m.second;
                    break;
                }
            }
        }
        row.tellerId = r.value(4).toLongLong();
        row.window = r.value(5).toInt();
        row.level = *level;
        row.rectification = !r.value(7).isNull();
        row.closed = row.rectification && (r.value(8).toString() == QLatin1String("closed") || !r.value(9).isNull());
        row.dueDay = QDate::fromString(r.value(10).toString(), Qt::ISODate);
        out.append(row);
    }
    return out;
}

Result<QList<CaseRow>> ReportReader::cases(const QList<qint64> &hallIds, bool byOffice, qint64 fromMs, qint64 untilMs) const
{
    if (hallIds.isEmpty())
        return QList<CaseRow>{};
    // Plan: the intake steps of the range through COVERING INDEX case_events_intake (action, at,
    // case_id), migration 17 (a range per action); cases by their primary key (the hall is checked
    // on the row); each case's timeline through case_events_case (case_id, id), then the rows.
    auto q = m_db.read(QStringLiteral("SELECT c.id, c.service_code, c.hall_id, c.office_hall_id, c.time_limit_days, "
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
