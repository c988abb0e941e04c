#include "core/domain/reports/Durations.h"

#include <algorithm>
#include <cmath>

namespace ow {

void Durations::add(qint64 seconds)
{
    if (!m_values.isEmpty() && seconds < m_values.last())
        m_sorted = false;
    m_values.append(seconds);
    m_sum += seconds;
}

const QList<qint64> &Durations::sorted() const
{
    if (!m_sorted) {
        std::sort(m_values.begin(), m_values.end());
        m_sorted = true;
    }
    return m_values;
}

std::optional<double> Durations::mean() const
{
    if (m_values.isEmpty())
        return std::nullopt;
    return std::round(static_cast<double>(m_sum) * 10.0 / static_cast<double>(m_values.size())) / 10.0;
}

std::optional<double> Durations::percentile(int p) const
{
    const auto v = nearestRank(sorted(), p);
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}

std::optional<double> Durations::max() const
{
    return percentile(100);
}

std::optional<qint64> Durations::nearestRank(const QList<qint64> &sorted, int p)
{
    if (sorted.isEmpty() || p < 1 || p > 100)
        return std::nullopt;
    // ⌈p × n / 100⌉ in integers: no rounding error at exact ranks (p90 of 10 values is rank 9).
    const qsizetype n = sorted.size();
    const qsizetype rank = (static_cast<qsizetype>(p) * n + 99) / 100;
    return sorted.at(std::clamp<qsizetype>(rank, 1, n) - 1);
}

} // namespace ow
