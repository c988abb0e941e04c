#pragma once

#include "core/client/RiskRuleParameters.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace ow {

// The words of the risk rule set's screen: each parameter's label and unit, a value as a person
// reads it, a rule's parameters in one line, and who saved a version when — translated, in the
// current language.
class RiskRuleText
{
    Q_DECLARE_TR_FUNCTIONS(ow::RiskRuleText)
public:
    static QString ruleName(const RiskRule &rule);           // in the screen's language
    static QString parameterLabel(const QString &name);      // 回溯期, 每人每日上限 …
    static QString parameterUnit(const QString &name);       // 天, 分钟, 倍 … ("" when none)
    static QString value(const RiskParameterValue &value);   // 180 天, 2 倍, 6 项事项
    static QString summary(const RiskRule &rule);            // 回溯期 180 天；适用事项 6 项 (— when none)
    static QString enabled(bool on);                         // 启用 / 停用
    // "2026-12-07 18:30" in `zone` ("" for an invalid time).
    static QString time(const QDateTime &at, const QTimeZone &zone);
    // Who saved the version when, or that it is the set shipped with the server.
    static QString saved(const RiskRuleSet &set, const QTimeZone &zone);
};

} // namespace ow
