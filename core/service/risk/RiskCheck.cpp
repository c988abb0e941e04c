#include "core/service/risk/RiskCheck.h"

#include "core/service/risk/checks/RiskChecks.h"

namespace ow {

std::vector<std::unique_ptr<RiskCheck>> makeRiskChecks()
{
    std::vector<std::unique_ptr<RiskCheck>> out;
    out.push_back(std::make_unique<DuplicateClaimCheck>());
    out.push_back(std::make_unique<PensionUnderAgeCheck>());
    out.push_back(std::make_unique<OwnIdNumberCheck>());
    out.push_back(std::make_unique<OutOfOrderCallsCheck>());
    out.push_back(std::make_unique<UnissuedNumberCheck>());
    out.push_back(std::make_unique<TellerOutlierCheck>());
    out.push_back(std::make_unique<AfterHoursCheck>());
    out.push_back(std::make_unique<BulkLookupsCheck>());
    out.push_back(std::make_unique<RefusalOutlierCheck>());
    out.push_back(std::make_unique<ReviewerAffinityCheck>());
    out.push_back(std::make_unique<TimeLimitCheck>());
    return out;
}

} // namespace ow
