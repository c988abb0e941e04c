#include "app/sim/SimTypes.h"

namespace ow::sim {

QString clockTextFull(DaySeconds s)
{
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString clockText(DaySeconds s)
{
    if (s % 60 != 0)
        return clockTextFull(s);
    return QStringLiteral("%1:%2").arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
}

WindowProfile Shift::profile() const
{
    WindowProfile p{window, comprehensive, {}};
    for (const QString &c : categories)
        p.categoryWeights.append({c, 1});
    return p;
}

} // namespace ow::sim
