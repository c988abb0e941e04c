// Rule 6a: a person's work at the hall outside its opening hours, give or take the grace time
// (a weekday the hall lists no hours for is closed all day; a hall that lists no hours at all is
// not checked — nobody has said when it opens). Devices (kiosks, displays) are not
// people and are not counted. One alert per person and day, with every such operation of theirs.
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"

#include <map>

namespace ow {

Result<QList<RiskFinding>> AfterHoursCheck::run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const
{
    const int grace = RiskRuleSpecs::integer(rule, "grace_minutes");
    if (day.hall.hours.isEmpty())
        return QList<RiskFinding>{};
    const QTimeZone zone = timeZoneOf(day.hall);
    const auto hours = std::find_if(day.hall.hours.cbegin(), day.hall.hours.cend(),
                                    [&day](const OpeningHours &h) { return h.weekday == day.day.dayOfWeek(); });
    QDateTime open, close; // invalid: closed all day
    if (hours != day.hall.hours.cend()) {
        open = QDateTime(day.day, hours->open, zone).addSecs(-60LL * grace);
        close = QDateTime(day.day, hours->close, zone).addSecs(60LL * grace);
    }
    const auto outside = [&](const QDateTime &at) { return !open.isValid() || at < open || at > close; };
    std::map<qint64, QList<RiskEvidence>> byPerson;
    auto tickets = facts.tickets();
    if (!tickets)
        return tickets.error();
    for (const RiskTicket &t : tickets.value()) {
        for (const RiskTicketEvent &e : t.events) {
            if (!e.actorId || !outside(e.at))
                continue;
            const auto who = facts.staff(e.actorId);
            if (who && who->person())
                byPerson[e.actorId].append(riskcheck::ticketEventEvidence(t, e));
        }
    }
    auto events = facts.caseEvents();
    if (!events)
        return events.error();
    for (const RiskCaseEvent &e : events.value()) {
        if (!e.actorId || !outside(e.at))
            continue;
        const auto who = facts.staff(e.actorId);
        if (who && who->person())
            byPerson[e.actorId].append(riskcheck::caseEvidence(e));
    }
    QList<RiskFinding> out;
    for (const auto &[person, evidence] : byPerson) {
        RiskFinding f;
        f.key = QStringLiteral("after_hours:%1:%2:%3").arg(day.hall.id).arg(person).arg(riskcheck::dayText(day));
        f.subject = riskcheck::staffSubject(facts, person);
        const int count = static_cast<int>(evidence.size());
        f.summary = open.isValid()
                        ? riskcheck::message("after_hours.summary",
                                             {f.subject.ref, count, hours->open.toString(QStringLiteral("HH:mm")),
                                              hours->close.toString(QStringLiteral("HH:mm")), riskcheck::dayText(day), grace})
                        : riskcheck::message("after_hours.closed_day_summary", {f.subject.ref, count, riskcheck::dayText(day)});
        f.evidence = evidence;
        out.append(f);
    }
    return out;
}

} // namespace ow
