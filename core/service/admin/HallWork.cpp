#include "core/service/admin/HallWork.h"

#include "core/domain/cases/CaseTypes.h"
#include "core/sql/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ow {

Status HallWork::noOpenWork(qint64 hallId, const QString &hallCode, const QString &serviceDay) const
{
    auto tickets = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE hall_id = ? AND state IN "
                                            "('waiting', 'called', 'serving', 'parked') AND service_day = ?"),
                             {hallId, serviceDay});
    if (!tickets)
        return tickets.error();
    tickets.value().next();
    const int openTickets = tickets.value().value(0).toInt();
    QStringList finals;
    for (CaseState s : {CaseState::Refused, CaseState::CompletedOnSpot, CaseState::HandedOut})
        finals << QLatin1Char('\'') + toString(s) + QLatin1Char('\'');
    auto cases = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM cases c JOIN case_heads h ON h.case_id = c.id "
                                          "WHERE (c.hall_id = ? OR h.office_hall_id = ? OR h.pickup_hall_id = ?) AND h.state NOT IN (%1)")
                               .arg(finals.join(QStringLiteral(", "))),
                           {hallId, hallId, hallId});
    if (!cases)
        return cases.error();
    cases.value().next();
    const int openCases = cases.value().value(0).toInt();
    if (openTickets == 0 && openCases == 0)
        return okStatus();
    Error e = conflictError(QStringLiteral("hall %1 has %2 open tickets and %3 open cases").arg(hallCode).arg(openTickets).arg(openCases));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Hall %1 still has open work (%2 tickets, %3 cases): finish or transfer it first."),
              {hallCode, QString::number(openTickets), QString::number(openCases)}};
    return e;
}

Status HallWork::windowFree(qint64 hallId, int number) const
{
    auto busy = m_db.exec(QStringLiteral("SELECT number FROM tickets WHERE hall_id = ? AND window_number = ? AND state IN "
                                         "('called', 'serving') LIMIT 1"),
                          {hallId, number});
    if (!busy)
        return busy.error();
    if (!busy.value().next())
        return okStatus();
    const QString ticket = busy.value().value(0).toString();
    Error e = conflictError(QStringLiteral("ticket %1 is at window %2").arg(ticket).arg(number));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "%1 is still at window %2: finish, skip or transfer it before retiring the window."),
              {ticket, QString::number(number)}};
    return e;
}

} // namespace ow
