#include "core/domain/reports/QueueRanking.h"

namespace ow {

std::optional<double> QueueRanking::value(const QueueFigures &f, By by)
{
    switch (by) {
    case By::Satisfaction:
        return f.satisfaction;
    case By::WithinPromise:
        return f.withinPromiseShare;
    case By::WaitMean:
        return f.waitMean;
    case By::Served:
        return f.issued > 0 ? std::optional<double>(f.served) : std::nullopt;
    }
    return std::nullopt;
}

QList<int> QueueRanking::ranks(const QList<QueueFigures> &figures, By by)
{
    QList<int> out;
    out.reserve(figures.size());
    for (const QueueFigures &f : figures) {
        const auto mine = value(f, by);
        if (!mine) {
            out << 0;
            continue;
        }
        int better = 0;
        for (const QueueFigures &other : figures) {
            const auto v = value(other, by);
            if (v && (higherIsBetter(by) ? *v > *mine : *v < *mine))
                ++better;
        }
        out << better + 1;
    }
    return out;
}

} // namespace ow
