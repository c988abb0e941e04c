// Rule 5: a teller whose no-shows, transfers or very short services stand out from the hall's
// other tellers that day. A teller's base is the tickets they called; a service is "very short"
// when serving took less than `short_share` of the matter's standard time — the catalogue keeps
// no standard time per matter, so it is the median service of that matter at the hall that day.
#include "core/domain/risk/RiskMath.h"
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace ow {

namespace {

struct Tally
{
    QSet<qint64> called; // tickets
    QList<RiskEvidence> noShows, transfers, shorts;
};

struct Service
{
    qint64 teller = 0;
    qint64 seconds = 0;
    RiskEvidence evidence;
};

} // namespace

Result<QList<RiskFinding>> TellerOutlierCheck::run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const
{
    const double factor = RiskRuleSpecs::number(rule, "factor");
    const int minCount = RiskRuleSpecs::integer(rule, "min_count");
    const double shortShare = RiskRuleSpecs::number(rule, "short_share");
    auto tickets = facts.tickets();
    if (!tickets)
        return tickets.error();
    std::map<qint64, Tally> tally;
    QHash<QString, QList<Service>> byMatter;
    for (const RiskTicket &t : tickets.value()) {
        QDateTime servingSince;
        for (const RiskTicketEvent &e : t.events) {
            if (!e.actorId)
                continue;
            if (e.kind == QLatin1String("called") || e.kind == QLatin1String("recalled"))
                tally[e.actorId].called.insert(t.id);
            else if (e.kind == QLatin1String("no_show"))
                tally[e.actorId].noShows.append(riskcheck::ticketEventEvidence(t, e));
            else if (e.kind == QLatin1String("transferred"))
                tally[e.actorId].transfers.append(riskcheck::ticketEventEvidence(t, e));
            else if (e.kind == QLatin1String("serving"))
                servingSince = e.at;
            else if (e.kind == QLatin1String("finished") && servingSince.isValid())
                byMatter[t.matter].append({e.actorId, servingSince.secsTo(e.at),
                                           riskcheck::ticketEvidence(t, e, riskcheck::message("ticket.served_in", {servingSince.secsTo(e.at)}))});
        }
    }
    for (auto it = byMatter.cbegin(); it != byMatter.cend(); ++it) {
        QList<qint64> seconds;
        for (const Service &s : it.value())
            seconds << s.seconds;
        std::sort(seconds.begin(), seconds.end());
        const qint64 median = seconds.at(seconds.size() / 2);
        for (const Service &s : it.value()) {
            if (s.seconds < shortShare * static_cast<double>(median))
                tally[s.teller].shorts.append(s.evidence);
        }
    }
    int totalBase = 0, totalNoShows = 0, totalTransfers = 0, totalShorts = 0;
    for (const auto &[teller, t] : tally) {
        totalBase += static_cast<int>(t.called.size());
        totalNoShows += static_cast<int>(t.noShows.size());
        totalTransfers += static_cast<int>(t.transfers.size());
        totalShorts += static_cast<int>(t.shorts.size());
    }
    QList<RiskFinding> out;
    for (const auto &[teller, t] : tally) {
        const int base = static_cast<int>(t.called.size());
        const struct
        {
            const char *what;
            const QList<RiskEvidence> &evidence;
            int total;
            const char *summary;
        } metrics[] = {{"no_shows", t.noShows, totalNoShows, "teller_outlier.no_shows.summary"},
                       {"transfers", t.transfers, totalTransfers, "teller_outlier.transfers.summary"},
                       {"short_services", t.shorts, totalShorts, "teller_outlier.short_services.summary"}};
        for (const auto &m : metrics) {
            const int count = static_cast<int>(m.evidence.size());
            if (!RiskMath::standsOut(count, base, m.total - count, totalBase - base, factor, minCount))
                continue;
            RiskFinding f;
            f.key = QStringLiteral("teller_outlier:%1:%2:%3").arg(QLatin1String(m.what)).arg(teller).arg(riskcheck::dayText(day));
            f.subject = riskcheck::staffSubject(facts, teller);
            f.summary = riskcheck::message(m.summary, {f.subject.ref, count, base, riskcheck::dayText(day), m.total - count,
                                                       totalBase - base, factor});
            f.evidence = m.evidence;
            out.append(f);
        }
    }
    return out;
}

} // namespace ow
