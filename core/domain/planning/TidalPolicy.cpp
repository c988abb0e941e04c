#include "core/domain/planning/TidalPolicy.h"

#include "core/domain/planning/ErlangC.h"

#include <algorithm>
#include <limits>

namespace ow {

qint64 TidalPolicy::longestProjectedWait(const QList<ProjectedCall> &calls)
{
    qint64 longest = 0;
    for (const ProjectedCall &c : calls)
        longest = std::max(longest, c.known() ? c.waitSeconds : std::numeric_limits<qint64>::max());
    return longest;
}

TidalPolicy::Decision TidalPolicy::decide(const LineSnapshot &snapshot, const QList<TidalWindow> &tidal, double recentArrivals,
                                          double meanHandlingSeconds, qint64 now) const
{
    Decision d;
    QList<int> closed;
    QList<WindowProfile> profiles;
    for (const TidalWindow &t : tidal) {
        if (t.open)
            continue;
        closed.append(t.number);
        profiles.append(t.profile.number == t.number ? t.profile : WindowProfile{t.number, true, {}});
    }
    const int openCount = int(snapshot.windows.size());
    const int erlang = m_params.erlangFloor
                           ? ErlangC::windowsNeeded(recentArrivals, meanHandlingSeconds, snapshot.promiseMinutes * 60.0, m_params.target)
                           : 0;

    // Open: the fewest extra windows with nobody projected past the promise.
    int need = int(closed.size());
    LineSnapshot more = snapshot;
    for (int k = 0; k <= closed.size(); ++k) {
        if (k > 0)
            more.windows.append(LineWindow{profiles.at(k - 1), snapshot.now});
        if (WaitProjection::breaking(WaitProjection::of(more)) == 0) {
            need = k;
            break;
        }
    }
    need = std::min(int(closed.size()), std::max(need, erlang - openCount));
    for (int k = 0; k < need; ++k)
        d.open.append(closed.at(k));
    if (need > 0)
        return d;

    // Close: the highest-numbered idle tidal window past its stint, if the line keeps well
    // within the promise without it.
    for (auto it = tidal.rbegin(); it != tidal.rend(); ++it) {
        if (!it->open || !it->idle || now - it->openedAt < m_params.minOpenSeconds)
            continue;
        if (erlang > openCount - 1)
            break;
        LineSnapshot fewer = snapshot;
        fewer.windows.removeIf([n = it->number](const LineWindow &w) { return w.profile.number == n; });
        if (fewer.windows.isEmpty() && !fewer.line.isEmpty())
            break;
        if (longestProjectedWait(WaitProjection::of(fewer)) <= qint64(m_params.closeBelow * snapshot.promiseMinutes * 60))
            d.close.append(it->number);
        break;
    }
    return d;
}

} // namespace ow
