#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/risk/RiskTypes.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>

#include <memory>
#include <vector>

namespace ow {

class RiskFacts;

// What a check found: the key naming its evidence (an alert is never raised twice for one key),
// who or what it is about, one line of what it found, and the evidence. A check says what it
// found and what each piece of evidence shows as RiskMessages ids with their arguments, never as
// text: the server makes the text in the reader's language (the evidence's `note` stays empty).
struct RiskFinding
{
    QString key;
    RiskSubject subject;
    RiskMessage summary;
    QList<RiskEvidence> evidence;
};

// One hall's service day, as a check looks at it: [from, to) in UTC.
struct RiskDay
{
    Hall hall;
    QDate day;
    QDateTime from;
    QDateTime to;

    static RiskDay of(const Hall &hall, const QDate &day);
};

// One risk rule's check: reads the facts of a hall's day and says what fires. One small class per
// rule (RiskChecks.h makes them); the engine gives it the rule's parameters (already checked by
// RiskRuleSpecs), stores what it finds and tells the supervisors.
class RiskCheck
{
public:
    virtual ~RiskCheck() = default;
    virtual RiskRuleId id() const = 0;
    // A check that compares a teller with the hall's norm needs the whole day: only the nightly
    // sweep runs it (early in a day a handful of tickets would make anyone stand out).
    virtual bool sweepOnly() const { return false; }
    virtual Result<QList<RiskFinding>> run(const RiskDay &day, const RiskRule &rule, RiskFacts &facts) const = 0;
};

// Every check, one per RiskRuleId.
std::vector<std::unique_ptr<RiskCheck>> makeRiskChecks();

} // namespace ow
