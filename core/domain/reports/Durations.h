#pragma once

#include <QList>

#include <optional>

namespace ow {

// A sample of durations in whole seconds (the waits or handling times of a report's group) and
// what a report says of it: count, mean, percentiles, maximum. Empty: no mean, no percentile.
//
// Percentiles are nearest-rank: the p-th percentile of n values sorted ascending is the value of
// rank ⌈p/100 × n⌉ (1-based). It is always a duration that really occurred, never interpolated;
// p50 of {60, 120, 180, 240} is 120, p90 of ten values is the ninth, p90 of one value is that value.
class Durations
{
public:
    void add(qint64 seconds);
    int count() const { return static_cast<int>(m_values.size()); }
    // Rounded to a tenth of a second.
    std::optional<double> mean() const;
    std::optional<double> percentile(int p) const;
    std::optional<double> max() const;

    // The nearest-rank percentile of values sorted ascending (p in 1…100).
    static std::optional<qint64> nearestRank(const QList<qint64> &sorted, int p);

private:
    const QList<qint64> &sorted() const;
    mutable QList<qint64> m_values;
    mutable bool m_sorted = true;
    qint64 m_sum = 0;
};

} // namespace ow
