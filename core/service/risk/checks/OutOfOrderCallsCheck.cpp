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
                byTeller[e.actorId].append(riskcheck::ticketEvidence(
                    t, e, why.isEmpty() ? riskcheck::message("ticket.out_of_order") : riskcheck::message("ticket.out_of_order_because", {why})));
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
        f.summary = riskcheck::message("out_of_order_calls.summary",
                                       {f.subject.ref, static_cast<int>(evidence.size()), riskcheck::dayText(day), max});
        f.evidence = evidence;
        out.append(f);
    }
    return out;
}

} // namespace ow
