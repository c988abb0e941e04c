#pragma once

#include "core/domain/reports/QueueFigures.h"

#include <QList>
#include <QString>

#include <optional>

namespace ow {

// How the performance tab ranks halls, windows and tellers (排名): by one figure, best first.
// Rows without the figure (no rating, no call) are not ranked; rows with the same value share a
// rank and the next rank skips (1, 2, 2, 4), as league tables do.
class QueueRanking
{
public:
    enum class By { Satisfaction, WithinPromise, WaitMean, Served };

    // The figure's value, when the row has one.
    static std::optional<double> value(const QueueFigures &f, By by);
    // Higher is better, except for waits.
    static bool higherIsBetter(By by) { return by != By::WaitMean; }
    // For each of `figures` its rank from 1, or 0 when it has no value.
    static QList<int> ranks(const QList<QueueFigures> &figures, By by);
};

} // namespace ow
