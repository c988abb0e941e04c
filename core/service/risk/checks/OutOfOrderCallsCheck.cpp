// Rule 4a: queue jumping — one teller's calls out of turn (POST /tickets/{id}/call) in a day above
// the threshold. One alert per teller and day, raised when the threshold is passed.
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"

#include <map>

namespace ow {

Result<QList<RiskFinding>> OutOfOrderCallsCheck::run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const
{
    const int max = RiskRuleSpecs::integer(rule, "max_per_day");
    auto tickets = facts.tickets();
    if (!tickets)
        return tickets.error();
    std::map<qint64, QList<RiskEvidence>> byTeller;
    for (const RiskTicket &t : tickets.value()) {
        for (const RiskTicketEvent &e : t.events) {
            if (e.kind == QLatin1String("called") && e.actorId
                && e.detail.value(QLatin1String("reason")).toString() == QLatin1String("out_of_order")) {
                const QString why = e.detail.value(QLatin1String("note")).toString();
                byTeller[e.actorId].append(
                    riskcheck::ticketEvidence(t, e, why.isEmpty() ? QStringLiteral("called out of order")
                                                                  : QStringLiteral("called out of order: %1").arg(why)));
            }
        }
    }
    QList<RiskFinding> out;
    for (const auto &[teller, evidence] : byTeller) {
        if (evidence.size() <= max)
            continue;
        RiskFinding f;
        f.key = QStringLiteral("out_of_order_calls:%1:%2").arg(teller).arg(riskcheck::dayText(day));
        f.subject = riskcheck::staffSubject(facts, teller);
        f.summary = QStringLiteral("%1 called %2 tickets out of order on %3 (threshold %4)")
                        .arg(f.subject.ref)
                        .arg(evidence.size())
                        .arg(riskcheck::dayText(day))
                        .arg(max);
        f.evidence = evidence;
        out.append(f);
    }
    return out;
}

} // namespace ow
