#include "core/service/risk/RiskFacts.h"

#include "core/service/risk/RiskCheck.h"
#include "core/sql/Database.h"

#include <QTimeZone>
#include <QJsonDocument>

namespace ow {

namespace {
QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}
} // namespace

RiskDay RiskDay::of(const Hall &hall, const QDate &day)
{
    const QTimeZone zone = timeZoneOf(hall);
    return {hall, day, QDateTime(day, QTime(0, 0), zone).toUTC(), QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC()};
}

Result<QList<RiskTicket>> RiskFacts::tickets()
{
    if (m_tickets)
        return *m_tickets;
    QList<RiskTicket> out;
    const Status st = [&]() -> Status {
        auto q = m_db.read(QStringLiteral("SELECT t.id, t.number, t.channel, t.resident_id, "
                                          "(SELECT m.service_code FROM ticket_matters m WHERE m.ticket_id = t.id ORDER BY m.position LIMIT 1), "
                                          "e.id, e.kind, e.at, e.actor_id, e.window_number, e.detail "
                                          "FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id "
                                          "WHERE t.hall_id = ? AND t.service_day = ? ORDER BY t.id, e.id"),
                           {m_day.hall.id, m_day.day.toString(Qt::ISODate)});
        if (!q)
            return q.error();
        QSqlQuery &r = q.value();
        while (r.next()) {
            const qint64 id = r.value(0).toLongLong();
            if (out.isEmpty() || out.last().id != id)
                out.append({id, r.value(1).toString(), r.value(2).toString(), r.value(3).toString(), r.value(4).toString(), {}});
            out.last().events.append({r.value(5).toLongLong(), r.value(6).toString(), fromMs(r.value(7)), r.value(8).toLongLong(),
                                      r.value(9).toInt(), QJsonDocument::fromJson(r.value(10).toString().toUtf8()).object()});
        }
        return okStatus();
    }();
    m_tickets = st ? Result<QList<RiskTicket>>(out) : Result<QList<RiskTicket>>(st.error());
    return *m_tickets;
}

Result<QList<RiskCaseEvent>> RiskFacts::caseEvents()
{
    if (m_caseEvents)
        return *m_caseEvents;
    QList<RiskCaseEvent> out;
    const Status st = [&]() -> Status {
        auto q = m_db.read(QStringLiteral("SELECT e.id, c.id, c.case_number, c.service_code, c.applicant_id, c.hall_id, c.office_hall_id, "
                                          "e.action, e.actor_id, e.at FROM case_events e JOIN cases c ON c.id = e.case_id "
                                          "WHERE e.at >= ? AND e.at < ? AND COALESCE(e.hall_id, c.office_hall_id) = ? ORDER BY e.id"),
                           {m_day.from.toMSecsSinceEpoch(), m_day.to.toMSecsSinceEpoch(), m_day.hall.id});
        if (!q)
            return q.error();
        QSqlQuery &r = q.value();
        while (r.next()) {
            out.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                        r.value(4).toString(), r.value(5).toLongLong(), r.value(6).toLongLong(), r.value(7).toString(),
                        r.value(8).toLongLong(), fromMs(r.value(9))});
        }
        return okStatus();
    }();
    m_caseEvents = st ? Result<QList<RiskCaseEvent>>(out) : Result<QList<RiskCaseEvent>>(st.error());
    return *m_caseEvents;
}

Result<QList<RiskCaseEvent>> RiskFacts::intakes()
{
    auto all = caseEvents();
    if (!all)
        return all;
    QList<RiskCaseEvent> out;
    for (const RiskCaseEvent &e : all.value()) {
        if (e.hallId == m_day.hall.id
            && (e.action == QLatin1String("accept") || e.action == QLatin1String("refuse")
                || e.action == QLatin1String("complete_on_spot") || e.action == QLatin1String("verify")))
            out.append(e);
    }
    return out;
}

Result<QList<RiskLookup>> RiskFacts::lookups()
{
    if (m_lookups)
        return *m_lookups;
    QList<RiskLookup> out;
    const Status st = [&]() -> Status {
        auto q = m_db.read(QStringLiteral("SELECT l.id, l.account_id, l.id_number, l.at FROM citizen_lookups l "
                                          "JOIN accounts a ON a.id = l.account_id "
                                          "WHERE a.hall_id = ? AND l.at >= ? AND l.at < ? ORDER BY l.account_id, l.at, l.id"),
                           {m_day.hall.id, m_day.from.toMSecsSinceEpoch(), m_day.to.toMSecsSinceEpoch()});
        if (!q)
            return q.error();
        QSqlQuery &r = q.value();
        while (r.next())
            out.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), fromMs(r.value(3))});
        return okStatus();
    }();
    m_lookups = st ? Result<QList<RiskLookup>>(out) : Result<QList<RiskLookup>>(st.error());
    return *m_lookups;
}

std::optional<RiskStaff> RiskFacts::staff(qint64 id)
{
    if (!id)
        return std::nullopt;
    if (auto it = m_staff.constFind(id); it != m_staff.constEnd())
        return *it;
    std::optional<RiskStaff> found;
    auto q = m_db.exec(QStringLiteral("SELECT username, name_zh, role, id_number FROM accounts WHERE id = ?"), {id});
    if (q && q.value().next())
        found = RiskStaff{id, q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
                          q.value().value(3).toString()};
    m_staff.insert(id, found);
    return found;
}

} // namespace ow
