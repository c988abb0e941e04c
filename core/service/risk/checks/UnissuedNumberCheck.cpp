// Rule 4b: numbers never issued at the kiosk — a teller making a ticket at their own window and
// calling it themselves, past the queue, more often in a day than the threshold allows.
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"

#include <map>

namespace ow {

Result<QList<RiskFinding>> UnissuedNumberCheck::run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const
{
    const int max = RiskRuleSpecs::integer(rule, "max_per_day");
    auto tickets = facts.tickets();
    if (!tickets)
        return tickets.error();
    std::map<qint64, QList<RiskEvidence>> byTeller;
    for (const RiskTicket &t : tickets.value()) {
        if (t.channel == QLatin1String("kiosk") || t.channel == QLatin1String("appointment") || t.events.isEmpty())
            continue;
        const RiskTicketEvent &issued = t.events.first();
        if (issued.kind != QLatin1String("issued") || !issued.actorId)
            continue;
        for (const RiskTicketEvent &e : t.events) {
            if (e.kind == QLatin1String("called") && e.actorId == issued.actorId) {
                byTeller[e.actorId].append(riskcheck::ticketEvidence(
                    t, issued, riskcheck::message("ticket.issued_by_teller", {RiskMessages::term("channel", t.channel)})));
                byTeller[e.actorId].append(riskcheck::ticketEvidence(t, e, riskcheck::message("ticket.called_by_issuer")));
                break;
            }
        }
    }
    QList<RiskFinding> out;
    for (const auto &[teller, evidence] : byTeller) {
        const qsizetype calls = evidence.size() / 2;
        if (calls <= max)
            continue;
        RiskFinding f;
        f.key = QStringLiteral("unissued_number:%1:%2").arg(teller).arg(riskcheck::dayText(day));
        f.subject = riskcheck::staffSubject(facts, teller);
        f.summary = riskcheck::message("unissued_number.summary",
                                       {f.subject.ref, static_cast<int>(calls), riskcheck::dayText(day), max});
        f.evidence = evidence;
        out.append(f);
    }
    return out;
}

} // namespace ow
