#include "core/domain/reports/WaitHistogram.h"

namespace ow {

int WaitHistogram::barOf(qint64 seconds)
{
    if (seconds <= kBarSeconds)
        return 0;
    const qint64 bar = (seconds - 1) / kBarSeconds; // 301…600 → 1
    return bar >= kBars - 1 ? kBars - 1 : static_cast<int>(bar);
}

void WaitHistogram::add(qint64 seconds)
{
    ++m_counts[barOf(seconds)];
}

QList<WaitBin> WaitHistogram::bins() const
{
    QList<WaitBin> out;
    out.reserve(kBars);
    for (int i = 0; i < kBars; ++i) {
        const bool last = i == kBars - 1;
        out.append(WaitBin{i * kBarSeconds, last ? std::nullopt : std::optional<qint64>((i + 1) * kBarSeconds), m_counts[i]});
    }
    return out;
}

} // namespace ow
