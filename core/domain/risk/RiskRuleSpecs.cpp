#include "core/domain/risk/RiskRuleSpecs.h"

#include <QtGlobal>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace ow {

namespace {

constexpr int kMaxMatters = 50;

void checkParameter(const RiskRuleSpecs::Parameter &p, const QJsonValue &v, const QString &at,
                    const std::function<bool(const QString &)> &knownMatter, QJsonObject &problems)
{
    if (v.isUndefined() || v.isNull()) {
        problems.insert(at, QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Required.")));
        return;
    }
    switch (p.type) {
    case RiskRuleSpecs::Type::Integer: {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < p.min || d > p.max)
            problems.insert(at, QString::fromLatin1(p.range));
        return;
    }
    case RiskRuleSpecs::Type::Number: {
        const double d = v.toDouble();
        if (!v.isDouble() || d < p.min || d > p.max)
            problems.insert(at, QString::fromLatin1(p.range));
        return;
    }
    case RiskRuleSpecs::Type::Matters: {
        if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > kMaxMatters) {
            problems.insert(at, QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "A list of 1 to 50 matter codes.")));
            return;
        }
        QSet<QString> seen;
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString code = items.at(i).toString();
            const QString here = QStringLiteral("%1[%2]").arg(at).arg(i);
            if (!items.at(i).isString() || code.isEmpty())
                problems.insert(here, QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "A matter code.")));
            else if (seen.contains(code))
                problems.insert(here, QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "This matter is listed twice.")));
            else if (knownMatter && !knownMatter(code))
                problems.insert(here, QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "There is no such matter in the catalogue.")));
            seen.insert(code);
        }
        return;
    }
    }
}

} // namespace

QList<RiskRuleSpecs::Parameter> RiskRuleSpecs::parametersOf(RiskRuleId rule)
{
    switch (rule) {
    case RiskRuleId::DuplicateClaim:
        return {{"matters", Type::Matters, 1, kMaxMatters, nullptr}, {"period_days", Type::Integer, 1, 3650, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 1 to 3650.")}};
    case RiskRuleId::PensionUnderAge:
        return {{"matters", Type::Matters, 1, kMaxMatters, nullptr},
                {"retirement_age_male", Type::Integer, 40, 80, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 40 to 80.")},
                {"retirement_age_female", Type::Integer, 40, 80, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 40 to 80.")}};
    case RiskRuleId::OwnIdNumber:
        return {};
    case RiskRuleId::OutOfOrderCalls:
    case RiskRuleId::UnissuedNumber:
        return {{"max_per_day", Type::Integer, 1, 1000, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 1 to 1000.")}};
    case RiskRuleId::TellerOutlier:
        return {{"factor", Type::Number, 1, 100, QT_TRANSLATE_NOOP("ow::Errors", "Enter a number from 1 to 100.")},
                {"min_count", Type::Integer, 1, 1000, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 1 to 1000.")},
                {"short_share", Type::Number, 0.01, 1, QT_TRANSLATE_NOOP("ow::Errors", "Enter a number from 0.01 to 1.")}};
    case RiskRuleId::AfterHours:
        return {{"grace_minutes", Type::Integer, 0, 240, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 0 to 240.")}};
    case RiskRuleId::BulkLookups:
        return {{"max_per_hour", Type::Integer, 1, 10000, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 1 to 10000.")}};
    case RiskRuleId::RefusalOutlier:
        return {{"factor", Type::Number, 1, 100, QT_TRANSLATE_NOOP("ow::Errors", "Enter a number from 1 to 100.")}, {"min_count", Type::Integer, 1, 1000, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 1 to 1000.")}};
    case RiskRuleId::ReviewerAffinity:
        return {{"factor", Type::Number, 1, 100, QT_TRANSLATE_NOOP("ow::Errors", "Enter a number from 1 to 100.")},
                {"min_count", Type::Integer, 1, 1000, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 1 to 1000.")},
                {"period_days", Type::Integer, 1, 366, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 1 to 366.")}};
    case RiskRuleId::TimeLimit:
        return {{"warning_days", Type::Integer, 0, 10, QT_TRANSLATE_NOOP("ow::Errors", "Enter a whole number from 0 to 10.")}};
    }
    return {};
}

Status RiskRuleSpecs::check(const RiskRuleSet &set, const std::function<bool(const QString &)> &knownMatter)
{
    QJsonObject problems;
    QSet<RiskRuleId> seen;
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const RiskRule &rule = set.rules.at(i);
        const QString at = QStringLiteral("rules[%1]").arg(i);
        if (seen.contains(rule.id)) {
            problems.insert(at + QStringLiteral(".id"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "This rule is given twice.")));
            continue;
        }
        seen.insert(rule.id);
        if (rule.nameZh.isEmpty())
            problems.insert(at + QStringLiteral(".name_zh"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Required.")));
        if (rule.nameEn.isEmpty())
            problems.insert(at + QStringLiteral(".name_en"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Required.")));
        const QList<Parameter> spec = parametersOf(rule.id);
        QSet<QString> known;
        for (const Parameter &p : spec) {
            known.insert(QString::fromLatin1(p.name));
            checkParameter(p, rule.parameters.value(QLatin1String(p.name)),
                           at + QStringLiteral(".parameters.") + QLatin1String(p.name), knownMatter, problems);
        }
        for (auto it = rule.parameters.begin(); it != rule.parameters.end(); ++it) {
            if (!known.contains(it.key()))
                problems.insert(at + QStringLiteral(".parameters.") + it.key(), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "This rule has no such parameter.")));
        }
    }
    for (RiskRuleId id : allRiskRules()) {
        if (!seen.contains(id))
            problems.insert(QStringLiteral("rules.") + toString(id), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "This rule is missing: give every rule once.")));
    }
    if (!problems.isEmpty())
        return invalidFieldsError(problems);
    return okStatus();
}

Result<RiskRuleSet> RiskRuleSpecs::read(const QJsonObject &body, const std::function<bool(const QString &)> &knownMatter)
{
    // An unknown rule id is named as the rule set's problem, with the others, not as a bad body.
    QJsonObject problems;
    const QJsonArray items = body.value(QLatin1String("rules")).toArray();
    if (!body.value(QLatin1String("rules")).isArray())
        problems.insert(QStringLiteral("rules"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Required.")));
    RiskRuleSet set;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("rules[%1]").arg(i);
        const QJsonObject item = items.at(i).toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        if (!riskRuleIdFromString(id)) {
            problems.insert(at + QStringLiteral(".id"), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "There is no such rule.")));
            continue;
        }
        auto rule = RiskRule::fromJson(item);
        if (!rule) {
            const QJsonObject fields = rule.error().extra.value(QLatin1String("fields")).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                problems.insert(at + QLatin1Char('.') + it.key(), QStringLiteral(QT_TRANSLATE_NOOP("ow::Errors", "Required, or of the wrong type.")));
            continue;
        }
        set.rules.append(rule.value());
    }
    if (problems.isEmpty()) {
        if (auto checked = check(set, knownMatter); !checked)
            return checked.error();
    }
    if (!problems.isEmpty())
        return invalidFieldsError(problems);
    // In the one order the engine and the screens use.
    std::sort(set.rules.begin(), set.rules.end(), [](const RiskRule &a, const RiskRule &b) { return a.id < b.id; });
    return set;
}

int RiskRuleSpecs::integer(const RiskRule &rule, const char *name)
{
    return rule.parameters.value(QLatin1String(name)).toInt();
}

double RiskRuleSpecs::number(const RiskRule &rule, const char *name)
{
    return rule.parameters.value(QLatin1String(name)).toDouble();
}

QStringList RiskRuleSpecs::matters(const RiskRule &rule, const char *name)
{
    QStringList out;
    for (const QJsonValue &v : rule.parameters.value(QLatin1String(name)).toArray())
        out << v.toString();
    return out;
}

} // namespace ow
