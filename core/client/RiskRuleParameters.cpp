#include "core/client/RiskRuleParameters.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace ow {

QList<RiskParameterValue> RiskRuleParameters::of(const RiskRule &rule)
{
    QList<RiskParameterValue> out;
    for (const RiskRuleSpecs::Parameter &p : RiskRuleSpecs::parametersOf(rule.id)) {
        RiskParameterValue v;
        v.name = QString::fromLatin1(p.name);
        v.type = p.type;
        v.min = p.min;
        v.max = p.max;
        const QJsonValue json = rule.parameters.value(v.name);
        if (p.type == RiskRuleSpecs::Type::Matters) {
            for (const QJsonValue &code : json.toArray())
                v.matters << code.toString();
        } else {
            v.number = json.toDouble();
        }
        out << v;
    }
    return out;
}

void RiskRuleParameters::set(RiskRule &rule, const RiskParameterValue &value)
{
    switch (value.type) {
    case RiskRuleSpecs::Type::Integer:
        // A whole number on the wire, so the server's check sees an integer (180, not 180.0).
        rule.parameters.insert(value.name, static_cast<qint64>(std::llround(value.number)));
        return;
    case RiskRuleSpecs::Type::Number:
        rule.parameters.insert(value.name, value.number);
        return;
    case RiskRuleSpecs::Type::Matters:
        rule.parameters.insert(value.name, QJsonArray::fromStringList(value.matters));
        return;
    }
}

QList<RiskRuleId> RiskRuleParameters::changed(const RiskRuleSet &before, const RiskRuleSet &after)
{
    QList<RiskRuleId> out;
    for (const RiskRule &r : after.rules) {
        const RiskRule *old = before.rule(r.id);
        if (!old || !(*old == r))
            out << r.id;
    }
    return out;
}

bool RiskRuleParameters::problemAt(const QString &field, int *rule, QString *part)
{
    // rules[3].parameters.matters[2] → 3, "parameters.matters"; rules[1].level → 1, "level".
    static const QRegularExpression re(QStringLiteral(R"(^rules\[(\d+)\](?:\.([A-Za-z_.]+))?)"));
    const QRegularExpressionMatch m = re.match(field);
    if (!m.hasMatch())
        return false;
    if (rule)
        *rule = m.captured(1).toInt();
    if (part)
        *part = m.captured(2);
    return true;
}

} // namespace ow
