// Rule 1: the same person claiming the same benefit matter twice within its period, at this hall
// or any other. Looks back from each of the day's intakes at the hall.
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"
#include "core/sql/Database.h"

namespace ow {

namespace {
QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}
} // namespace

Result<QList<RiskFinding>> DuplicateClaimCheck::run(const RiskDay &, const RiskRule &rule, RiskFacts &facts) const
{
    const QStringList matters = RiskRuleSpecs::matters(rule);
    const int periodDays = RiskRuleSpecs::integer(rule, "period_days");
    auto intakes = facts.intakes();
    if (!intakes)
        return intakes.error();
    QList<RiskFinding> out;
    for (const RiskCaseEvent &e : intakes.value()) {
        if (e.action == QLatin1String("refuse") || !matters.contains(e.service) || e.applicantId.isEmpty())
            continue;
        // The same person's earlier intake of the same matter, not refused, within the period.
        auto q = facts.db().exec(QStringLiteral("SELECT e.id, c.case_number, e.at, e.action FROM cases c JOIN case_events e ON e.case_id = c.id "
                                                "WHERE c.applicant_id = ? AND c.service_code = ? AND c.id <> ? "
                                                "AND e.action IN ('accept', 'complete_on_spot', 'verify') AND e.at >= ? AND e.at <= ? "
                                                "ORDER BY e.at DESC LIMIT 1"),
                                 {e.applicantId, e.service, e.caseId, e.at.addDays(-periodDays).toMSecsSinceEpoch(),
                                  e.at.toMSecsSinceEpoch()});
        if (!q)
            return q.error();
        if (!q.value().next())
            continue;
        const qint64 earlierId = q.value().value(0).toLongLong();
        const QString earlierNumber = q.value().value(1).toString();
        const QDateTime earlierAt = fromMs(q.value().value(2));
        RiskFinding f;
        f.key = QStringLiteral("duplicate_claim:%1").arg(e.caseId);
        f.subject = riskcheck::residentSubject(e.applicantId);
        f.summary = riskcheck::message("duplicate_claim.summary",
                                       {e.service, e.caseNumber, earlierNumber, earlierAt.daysTo(e.at), periodDays});
        f.evidence = {riskcheck::caseEvidence(earlierId, earlierAt, earlierNumber, e.service, q.value().value(3).toString()),
                      riskcheck::caseEvidence(e)};
        out.append(f);
    }
    return out;
}

} // namespace ow
