// Rule 7a: a teller refusing (不予受理) far more of the applications they take in than the hall's
// other tellers that day.
#include "core/domain/risk/RiskMath.h"
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"

#include <map>

namespace ow {

Result<QList<RiskFinding>> RefusalOutlierCheck::run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const
{
    const double factor = RiskRuleSpecs::number(rule, "factor");
    const int minCount = RiskRuleSpecs::integer(rule, "min_count");
    auto intakes = facts.intakes();
    if (!intakes)
        return intakes.error();
    std::map<qint64, QPair<int, QList<RiskEvidence>>> byTeller; // intakes, refusals
    int total = 0, refused = 0;
    for (const RiskCaseEvent &e : intakes.value()) {
        if (!e.actorId)
            continue;
        auto &t = byTeller[e.actorId];
        ++t.first;
        ++total;
        if (e.action == QLatin1String("refuse")) {
            t.second.append(riskcheck::caseEvidence(e));
            ++refused;
        }
    }
    QList<RiskFinding> out;
    for (const auto &[teller, t] : byTeller) {
        const int count = static_cast<int>(t.second.size());
        if (!RiskMath::standsOut(count, t.first, refused - count, total - t.first, factor, minCount))
            continue;
        RiskFinding f;
        f.key = QStringLiteral("refusal_outlier:%1:%2").arg(teller).arg(riskcheck::dayText(day));
        f.subject = riskcheck::staffSubject(facts, teller);
        f.summary = riskcheck::message("refusal_outlier.summary", {f.subject.ref, count, t.first, riskcheck::dayText(day),
                                                                   refused - count, total - t.first, factor});
        f.evidence = t.second;
        out.append(f);
    }
    return out;
}

} // namespace ow
