// Rule 2: a pension matter taken in for someone below the retirement age. The birth date and the
// sex come from the resident ID number (its 7th–14th and 17th characters); the age is counted
// on the hall's day of the intake.
#include "core/domain/risk/RiskMath.h"
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/domain/util/ResidentId.h"
#include "core/service/risk/checks/CheckSupport.h"
#include "core/service/risk/checks/RiskChecks.h"

namespace ow {

Result<QList<RiskFinding>> PensionUnderAgeCheck::run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const
{
    const QStringList matters = RiskRuleSpecs::matters(rule);
    const int male = RiskRuleSpecs::integer(rule, "retirement_age_male");
    const int female = RiskRuleSpecs::integer(rule, "retirement_age_female");
    auto intakes = facts.intakes();
    if (!intakes)
        return intakes.error();
    QList<RiskFinding> out;
    for (const RiskCaseEvent &e : intakes.value()) {
        if (e.action == QLatin1String("refuse") || !matters.contains(e.service))
            continue;
        const auto id = ResidentId::parse(e.applicantId, day.day);
        if (!id)
            continue;
        const int age = RiskMath::ageOn(id->birthDate(), day.day);
        const int retirement = id->isMale() ? male : female;
        if (age >= retirement)
            continue;
        RiskFinding f;
        f.key = QStringLiteral("pension_under_age:%1").arg(e.caseId);
        f.subject = riskcheck::caseSubject(e);
        f.summary = riskcheck::message(id->isMale() ? "pension_under_age.summary_male" : "pension_under_age.summary_female",
                                       {e.service, e.caseNumber, mask(PersonalData::ResidentIdNumber, e.applicantId), age, retirement});
        f.evidence = {riskcheck::caseEvidence(e)};
        out.append(f);
    }
    return out;
}

} // namespace ow
