#pragma once

#include "core/service/risk/RiskCheck.h"

namespace ow {

// The risk checks, one small class per rule (each in its own .cpp under checks/).

// Rule 1: the same benefit matter claimed twice by one person within its period.
class DuplicateClaimCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::DuplicateClaim; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 2: a pension matter for someone below the retirement age (birth date and sex from the ID number).
class PensionUnderAgeCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::PensionUnderAge; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 3: staff handling a ticket or case of their own resident ID number.
class OwnIdNumberCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::OwnIdNumber; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 4a: one teller's out-of-order calls in a day above the threshold.
class OutOfOrderCallsCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::OutOfOrderCalls; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 4b: a teller calling numbers they made at the window (never issued at the kiosk) above the threshold.
class UnissuedNumberCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::UnissuedNumber; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 5: a teller's no-shows, transfers or very short services far above the hall's other tellers.
class TellerOutlierCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::TellerOutlier; }
    bool sweepOnly() const override { return true; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 6a: a person's operations outside the hall's opening hours (with a grace time).
class AfterHoursCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::AfterHours; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 6b: one account looking up more people within an hour than allowed.
class BulkLookupsCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::BulkLookups; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 7a: a teller's refusals far above the hall's other tellers.
class RefusalOutlierCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::RefusalOutlier; }
    bool sweepOnly() const override { return true; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 7b: one reviewer approving one receiver's cases far above chance.
class ReviewerAffinityCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::ReviewerAffinity; }
    bool sweepOnly() const override { return true; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

// Rule 8: open cases of the hall's office due within the warning days, or overdue.
class TimeLimitCheck final : public RiskCheck
{
public:
    RiskRuleId id() const override { return RiskRuleId::TimeLimit; }
    bool sweepOnly() const override { return true; }
    Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const override;
};

} // namespace ow
