#pragma once

#include "core/domain/risk/RiskTypes.h"

#include <functional>

namespace ow {

// What each rule's parameters are — their names, types and ranges — in one table, for checking a
// rule set before it is kept and for reading a parameter in the engine. A rule set passes when it
// names every rule once, each with both names, and exactly its parameters, each of the right type
// and within its range (matters: known catalogue codes, 1–50 of them, none twice).
class RiskRuleSpecs
{
public:
    enum class Type { Integer, Number, Matters };
    struct Parameter
    {
        const char *name;
        Type type;
        double min;
        double max;
        // What a value out of range is told (an "ow::Errors" source text, translated by the
        // server into the request's language, so it names its range in full).
        const char *range;
    };
    static QList<Parameter> parametersOf(RiskRuleId rule);

    // Ok, or ValidationFailed naming each problem under "rules[i]…" ("ow::Errors" source texts,
    // which the server translates; the field's name says which rule, parameter or matter).
    static Status check(const RiskRuleSet &set, const std::function<bool(const QString &)> &knownMatter);
    // The rules of a request body, read and checked: ValidationFailed when the body does not read.
    static Result<RiskRuleSet> read(const QJsonObject &body, const std::function<bool(const QString &)> &knownMatter);

    // A checked rule's parameter (the engine reads only sets that passed `check`).
    static int integer(const RiskRule &rule, const char *name);
    static double number(const RiskRule &rule, const char *name);
    static QStringList matters(const RiskRule &rule, const char *name = "matters");
};

} // namespace ow
