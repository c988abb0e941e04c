#pragma once

#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/domain/risk/RiskTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// One parameter of a risk rule as a typed value, for the rule set's screen: its name, type and
// range as RiskRuleSpecs gives them, and its value (a number for Integer and Number, codes for
// Matters). Screens read and write rules only through these, never the rule's JSON.
struct RiskParameterValue
{
    QString name;
    RiskRuleSpecs::Type type = RiskRuleSpecs::Type::Integer;
    double min = 0;
    double max = 0;
    double number = 0;   // Integer and Number
    QStringList matters; // Matters: catalogue codes, in the order given

    bool operator==(const RiskParameterValue &) const = default;
};

class RiskRuleParameters
{
public:
    // The rule's parameters in the order of its spec (a value the rule lacks or holds with the wrong
    // type reads as 0 / no codes; the server names such a set's problems when it is sent).
    static QList<RiskParameterValue> of(const RiskRule &rule);
    // The rule with `value` as its parameter `value.name` (an Integer is stored as a whole number).
    static void set(RiskRule &rule, const RiskParameterValue &value);
    // The rules of `after` that differ from `before` (names, level, enabled flag or parameters).
    static QList<RiskRuleId> changed(const RiskRuleSet &before, const RiskRuleSet &after);
    // Which rule and which of its fields a problem the server named is about, against the list
    // that was sent: "rules[3].parameters.matters[2]" → 3, "parameters.matters"; "rules[1].level" →
    // 1, "level"; "rules[2]" → 2, "". False when the field is not one rule's ("rules.time_limit").
    static bool problemAt(const QString &field, int *rule, QString *part);
};

} // namespace ow
