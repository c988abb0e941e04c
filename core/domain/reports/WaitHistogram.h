#pragma once

#include <QList>

#include <optional>

namespace ow {

// One bar of a wait histogram: the waits w with `fromSeconds` < w ≤ `toSeconds` (the first bar
// from 0 included; the last one open, no `toSeconds`), and how many there were.
struct WaitBin
{
    qint64 fromSeconds = 0;
    std::optional<qint64> toSeconds;
    int count = 0;
    bool operator==(const WaitBin &) const = default;
};

// How the waits of a report (issue → first call) spread: bars of five minutes up to an hour,
// then one bar for every longer wait — thirteen bars, always all of them. A bar ends on its upper
// bound (a 15-minute wait is in 10–15), as a wait counts within a promise when not longer than it,
// so a promise of whole five minutes falls on a bar's edge.
class WaitHistogram
{
public:
    static constexpr qint64 kBarSeconds = 5 * 60;
    static constexpr int kBars = 13; // 12 of five minutes, then "an hour and more"

    void add(qint64 seconds);
    QList<WaitBin> bins() const;
    // The bar a wait falls in (0…kBars-1).
    static int barOf(qint64 seconds);

private:
    int m_counts[kBars] = {};
};

} // namespace ow
