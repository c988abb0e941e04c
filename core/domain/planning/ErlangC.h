#pragma once

namespace ow {

// The Erlang C queue (M/M/N): Poisson arrivals, exponential handling times, N windows, one line.
// The staffing advice asks it how many windows keep the chance of waiting longer than the
// promise at or below a target. The formulas are written out in docs/planning.md.
//
// Computed through the Erlang B recurrence, B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), which
// needs neither factorials nor powers and so stays exact to rounding for hundreds of windows.
class ErlangC
{
public:
    static constexpr double kHalfHourSeconds = 1800.0;
    static constexpr int kMaxWindows = 1000;

    // Offered load A in Erlangs: arrivals per half-hour × mean handling seconds / 1800.
    static double load(double arrivalsPerHalfHour, double handlingSeconds);
    // Erlang B: the share of arrivals that would find every window busy if none could wait.
    static double blocking(int windows, double load);
    // Erlang C: the probability that an arrival has to wait at all. 1 when windows ≤ load (the
    // line grows without end).
    static double probabilityOfWaiting(int windows, double load);
    // P(wait > t) = C(N, A) · exp(−(N − A) · t / handling time).
    static double probabilityWaitExceeds(int windows, double load, double waitSeconds, double handlingSeconds);
    // The mean wait of all arrivals, C(N, A) · handling / (N − A); infinite when windows ≤ load.
    static double meanWaitSeconds(int windows, double load, double handlingSeconds);
    // The fewest windows with P(wait > promise) ≤ target; 0 when nobody comes.
    static int windowsNeeded(double arrivalsPerHalfHour, double handlingSeconds, double promiseSeconds,
                             double target = 0.05);
};

} // namespace ow
