// Rule 6b: bulk lookups — one account looking up more people (GET /citizens/{id}) within any one
// hour than allowed. One alert per account and day, with the lookups of the first such hour.
#include "core/domain/risk/RiskMath.h"
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"

#include <map>

namespace ow {

Result<QList<RiskFinding>> BulkLookupsCheck::run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const
{
    const int max = RiskRuleSpecs::integer(rule, "max_per_hour");
    auto lookups = facts.lookups();
    if (!lookups)
        return lookups.error();
    std::map<qint64, QList<RiskLookup>> byAccount; // each in time order (the query's)
    for (const RiskLookup &l : lookups.value())
        byAccount[l.accountId].append(l);
    QList<RiskFinding> out;
    for (const auto &[account, list] : byAccount) {
        QList<QDateTime> times;
        for (const RiskLookup &l : list)
            times << l.at;
        const auto dense = RiskMath::denseHour(times, max);
        if (!dense)
            continue;
        RiskFinding f;
        f.key = QStringLiteral("bulk_lookups:%1:%2").arg(account).arg(riskcheck::dayText(day));
        f.subject = riskcheck::staffSubject(facts, account);
        for (qsizetype i = dense->first; i <= dense->second; ++i)
            f.evidence.append({RiskEvidenceKind::Lookup, list.at(i).id, list.at(i).at, {},
                               riskcheck::message("evidence.lookup", {mask(PersonalData::ResidentIdNumber, list.at(i).idNumber)})});
        f.summary = riskcheck::message(
            "bulk_lookups.summary",
            {f.subject.ref, static_cast<int>(f.evidence.size()),
             list.at(dense->first).at.toTimeZone(timeZoneOf(day.hall)).toString(QStringLiteral("yyyy-MM-dd HH:mm")), max});
        out.append(f);
    }
    return out;
}

} // namespace ow
