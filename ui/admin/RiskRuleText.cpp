#include "ui/admin/RiskRuleText.h"

#include "ui/common/LanguageManager.h"

#include <QLocale>

namespace ow {

namespace {

struct Words
{
    const char *name;
    const char *label;
    const char *unit; // "" when the value needs none
};

// One line per parameter name RiskRuleSpecs knows (names shared by several rules mean the same).
const Words kWords[] = {
    {"matters", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Matters watched"), ""},
    {"period_days", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Look-back period"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "days")},
    {"retirement_age_male", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Retirement age, men"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "years")},
    {"retirement_age_female", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Retirement age, women"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "years")},
    {"max_per_day", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Most per teller per day"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "times")},
    {"factor", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Above the hall's norm by"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "× the norm")},
    {"min_count", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Counted from"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "occurrences")},
    {"short_share", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Very short below"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "of the usual service time")},
    {"grace_minutes", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Grace around opening hours"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "minutes")},
    {"max_per_hour", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Most lookups per hour"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "lookups")},
    {"warning_days", QT_TRANSLATE_NOOP("ow::RiskRuleText", "Warn ahead by"), QT_TRANSLATE_NOOP("ow::RiskRuleText", "working days")},
};

const Words *wordsOf(const QString &name)
{
    for (const Words &w : kWords) {
        if (name == QLatin1String(w.name))
            return &w;
    }
    return nullptr;
}

} // namespace

QString RiskRuleText::ruleName(const RiskRule &rule)
{
    const bool en = LanguageManager::current() == QLatin1String("en");
    return en && !rule.nameEn.isEmpty() ? rule.nameEn : rule.nameZh;
}

QString RiskRuleText::parameterLabel(const QString &name)
{
    const Words *w = wordsOf(name);
    return w ? tr(w->label) : name;
}

QString RiskRuleText::parameterUnit(const QString &name)
{
    const Words *w = wordsOf(name);
    return w && *w->unit ? tr(w->unit) : QString();
}

QString RiskRuleText::value(const RiskParameterValue &v)
{
    switch (v.type) {
    case RiskRuleSpecs::Type::Matters:
        return tr("%n matter(s)", nullptr, static_cast<int>(v.matters.size()));
    case RiskRuleSpecs::Type::Integer:
    case RiskRuleSpecs::Type::Number: {
        const QString number = v.type == RiskRuleSpecs::Type::Integer ? QString::number(qRound64(v.number))
                                                                      : QLocale::c().toString(v.number, 'g', 6);
        const QString unit = parameterUnit(v.name);
        return unit.isEmpty() ? number : tr("%1 %2").arg(number, unit);
    }
    }
    return {};
}

QString RiskRuleText::summary(const RiskRule &rule)
{
    QStringList parts;
    for (const RiskParameterValue &v : RiskRuleParameters::of(rule))
        parts << tr("%1: %2").arg(parameterLabel(v.name), value(v));
    return parts.isEmpty() ? tr("No parameters") : parts.join(tr("; "));
}

QString RiskRuleText::enabled(bool on)
{
    return on ? tr("On") : tr("Off");
}

QString RiskRuleText::time(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString RiskRuleText::saved(const RiskRuleSet &set, const QTimeZone &zone)
{
    if (set.changedBy.isEmpty() || !set.changedAt.isValid())
        return tr("shipped with the server");
    return tr("saved by %1 at %2").arg(set.changedBy, time(set.changedAt, zone));
}

} // namespace ow
