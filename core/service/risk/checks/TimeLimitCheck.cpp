// Rule 8: cases about to break their time limit — open at the hall as competent office and due
// within `warning_days` working days of the day (or already past their due day), as the
// supervisor's worklist counts them (CaseService: the same states, the same due day). One alert
// per case and due day.
#include "core/domain/cases/WorkCalendar.h"
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"
#include "core/sql/Database.h"

namespace ow {

Result<QList<RiskFinding>> TimeLimitCheck::run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const
{
    const int warningDays = RiskRuleSpecs::integer(rule, "warning_days");
    const QDate limit = facts.calendar().addWorkingDays(day.day, warningDays);
    auto q = facts.db().exec(
        QStringLiteral("SELECT c.id, c.case_number, c.service_code, h.state, h.due_day, "
                       "(SELECT i.id FROM case_events i WHERE i.case_id = c.id AND i.action IN ('accept', 'verify') ORDER BY i.id LIMIT 1), "
                       "(SELECT i.at FROM case_events i WHERE i.case_id = c.id AND i.action IN ('accept', 'verify') ORDER BY i.id LIMIT 1) "
                       "FROM case_heads h JOIN cases c ON c.id = h.case_id WHERE h.office_hall_id = ? AND h.due_day <> '' AND h.due_day <= ? "
                       "AND h.state IN ('accepted', 'in_review', 'first_approved', 'supplement', 'escalated') ORDER BY h.due_day, c.id"),
        {day.hall.id, limit.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<RiskFinding> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        if (r.value(5).isNull())
            continue;
        const QDate due = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        RiskFinding f;
        f.key = QStringLiteral("time_limit:%1:%2").arg(r.value(0).toLongLong()).arg(due.toString(Qt::ISODate));
        f.subject = {RiskSubjectKind::Case, r.value(1).toString(), r.value(0).toLongLong(), {}};
        f.summary = riskcheck::message(due < day.day ? "time_limit.overdue_summary" : "time_limit.summary",
                                       {r.value(1).toString(), r.value(2).toString(),
                                        RiskMessages::term("case_state", r.value(3).toString()), due.toString(Qt::ISODate)});
        // The intake (accept or verify): the first of the case's events the query picks.
        f.evidence = {riskcheck::caseEvidence(r.value(5).toLongLong(), QDateTime::fromMSecsSinceEpoch(r.value(6).toLongLong(), QTimeZone::utc()),
                                              r.value(1).toString(), r.value(2).toString(), QStringLiteral("accept"))};
        out.append(f);
    }
    return out;
}

} // namespace ow
