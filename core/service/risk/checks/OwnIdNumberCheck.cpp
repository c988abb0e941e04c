// Rule 3: a staff member acting on a ticket or a case of their own resident ID number (the ID
// number an administrator recorded on their account; accounts without one are not checked).
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"

#include <QSet>

namespace ow {

Result<QList<RiskFinding>> OwnIdNumberCheck::run(const RiskDay &, const RiskRule &, RiskFacts &facts) const
{
    QList<RiskFinding> out;
    const auto own = [&facts](qint64 actorId, const QString &idNumber) {
        if (!actorId || idNumber.isEmpty())
            return false;
        const auto s = facts.staff(actorId);
        return s && !s->idNumber.isEmpty() && s->idNumber.compare(idNumber, Qt::CaseInsensitive) == 0;
    };
    auto tickets = facts.tickets();
    if (!tickets)
        return tickets.error();
    for (const RiskTicket &t : tickets.value()) {
        QHash<qint64, RiskFinding> byActor;
        for (const RiskTicketEvent &e : t.events) {
            if (!own(e.actorId, t.residentId))
                continue;
            RiskFinding &f = byActor[e.actorId];
            if (f.key.isEmpty()) {
                f.key = QStringLiteral("own_id_number:ticket:%1:%2").arg(t.id).arg(e.actorId);
                f.subject = riskcheck::staffSubject(facts, e.actorId);
                f.summary = riskcheck::message("own_id_number.ticket_summary", {f.subject.ref, t.number});
            }
            f.evidence.append(riskcheck::ticketEventEvidence(t, e));
        }
        out.append(byActor.values());
    }
    auto events = facts.caseEvents();
    if (!events)
        return events.error();
    QHash<QString, int> at; // case:actor → its finding
    for (const RiskCaseEvent &e : events.value()) {
        if (!own(e.actorId, e.applicantId))
            continue;
        const QString key = QStringLiteral("own_id_number:case:%1:%2").arg(e.caseId).arg(e.actorId);
        if (!at.contains(key)) {
            RiskFinding f;
            f.key = key;
            f.subject = riskcheck::staffSubject(facts, e.actorId);
            f.summary = riskcheck::message("own_id_number.case_summary", {f.subject.ref, e.caseNumber});
            at.insert(key, static_cast<int>(out.size()));
            out.append(f);
        }
        out[at.value(key)].evidence.append(riskcheck::caseEvidence(e));
    }
    return out;
}

} // namespace ow
