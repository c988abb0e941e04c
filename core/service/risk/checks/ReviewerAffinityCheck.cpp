// Rule 7b: one reviewer approving one receiver's cases far above chance, over the `period_days`
// up to the day, at the hall as competent office. Chance: the reviewer's share of all the
// approvals there times the receiver's cases approved. One alert per pair and period.
#include "core/domain/risk/RiskMath.h"
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"
#include "core/sql/Database.h"

#include <map>

namespace ow {

Result<QList<RiskFinding>> ReviewerAffinityCheck::run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const
{
    const double factor = RiskRuleSpecs::number(rule, "factor");
    const int minCount = RiskRuleSpecs::integer(rule, "min_count");
    const int period = RiskRuleSpecs::integer(rule, "period_days");
    const RiskDay first = RiskDay::of(day.hall, day.day.addDays(1 - period));
    auto q = facts.db().read(
        QStringLiteral("SELECT e.id, e.actor_id, e.at, c.case_number, c.service_code, "
                       "(SELECT i.actor_id FROM case_events i WHERE i.case_id = c.id AND i.action IN ('accept', 'verify') ORDER BY i.id LIMIT 1) "
                       "FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.action = 'approve' AND e.at >= ? AND e.at < ? "
                       "AND COALESCE(e.hall_id, c.office_hall_id) = ? ORDER BY e.id"),
        {first.from.toMSecsSinceEpoch(), day.to.toMSecsSinceEpoch(), day.hall.id});
    if (!q)
        return q.error();
    std::map<QPair<qint64, qint64>, QList<RiskEvidence>> pairs;
    QHash<qint64, int> byReviewer, ofReceiver;
    int total = 0;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const qint64 reviewer = r.value(1).toLongLong(), receiver = r.value(5).toLongLong();
        if (!reviewer || !receiver)
            continue;
        ++total;
        ++byReviewer[reviewer];
        ++ofReceiver[receiver];
        pairs[{reviewer, receiver}].append(riskcheck::caseEvidence(r.value(0).toLongLong(),
                                                                   QDateTime::fromMSecsSinceEpoch(r.value(2).toLongLong(), QTimeZone::utc()),
                                                                   r.value(3).toString(), r.value(4).toString(), QStringLiteral("approve")));
    }
    QList<RiskFinding> out;
    for (const auto &[pair, evidence] : pairs) {
        const int n = static_cast<int>(evidence.size());
        if (!RiskMath::aboveChance(n, byReviewer.value(pair.first), ofReceiver.value(pair.second), total, factor, minCount))
            continue;
        const auto receiver = facts.staff(pair.second);
        RiskFinding f;
        // Periods counted from the epoch of days, so that one pair's alert is not raised again
        // every day of the same period.
        f.key = QStringLiteral("reviewer_affinity:%1:%2:%3:%4").arg(pair.first).arg(pair.second).arg(period).arg(day.day.toJulianDay() / period);
        f.subject = riskcheck::staffSubject(facts, pair.first);
        // Chance to one decimal, as text: "about 1.0", not "about 1".
        const double chance = static_cast<double>(byReviewer.value(pair.first)) * ofReceiver.value(pair.second) / total;
        f.summary = riskcheck::message("reviewer_affinity.summary",
                                       {f.subject.ref, n, receiver ? receiver->username : QString::number(pair.second), period,
                                        riskcheck::dayText(day), ofReceiver.value(pair.second), QString::number(chance, 'f', 1)});
        f.evidence = evidence;
        out.append(f);
    }
    return out;
}

} // namespace ow
