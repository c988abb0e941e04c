#pragma once

#include "app/sim/SimResult.h"

#include <QByteArray>

namespace ow::sim {

// The waiting count over the day (and the open windows) as an SVG picture, written as text:
// no painting library, and the same result gives the same bytes.
class WaitChartSvg
{
public:
    static QByteArray draw(const SimResult &result, const QString &title);
};

} // namespace ow::sim
