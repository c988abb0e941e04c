#pragma once

#include "core/domain/planning/WaitProjection.h"

namespace ow {

// The tidal policy's settings.
struct TidalParams
{
    int minOpenSeconds = 30 * 60; // a colleague called to the counter stays a while
    double closeBelow = 0.6;      // share of the promise the longest projected wait must stay under
    double target = 0.05;         // P(wait > promise) for the Erlang C floor
    bool erlangFloor = false;     // measured: on the county day it costs about 10 staff-hours for no gain (docs/planning.md)
};

// When to open a tidal window (潮汐窗口) and when it may close again, asked once a minute:
//   open  — as many closed tidal windows as it takes for no waiting ticket to be projected past
//           the promise (WaitProjection), and at least as many as Erlang C asks for the arrivals
//           of the last half-hour (the line alone does not yet show a peak that is starting);
//   close — one idle tidal window that has been open for its minimum stint, when without it no
//           ticket is projected past `closeBelow` of the promise and Erlang C agrees.
class TidalPolicy
{
public:
    using Params = TidalParams;
    struct TidalWindow
    {
        int number = 0;
        bool open = false;
        bool idle = true;
        qint64 openedAt = 0; // seconds, on the same scale as `now`
        WindowProfile profile; // what it serves once opened (number 0: comprehensive)
    };
    struct Decision
    {
        QList<int> open;
        QList<int> close;
    };

    explicit TidalPolicy(Params params = TidalParams()) : m_params(params) {}
    const Params &params() const { return m_params; }

    // `snapshot`: the line and every open window (tidal ones too). `recentArrivals`: tickets
    // issued in the last half-hour, `meanHandlingSeconds` their expected mean.
    Decision decide(const LineSnapshot &snapshot, const QList<TidalWindow> &tidal, double recentArrivals,
                    double meanHandlingSeconds, qint64 now) const;

private:
    static qint64 longestProjectedWait(const QList<ProjectedCall> &calls);
    Params m_params;
};

} // namespace ow
