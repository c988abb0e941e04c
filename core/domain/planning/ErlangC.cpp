#include "core/domain/planning/ErlangC.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ow {

double ErlangC::load(double arrivalsPerHalfHour, double handlingSeconds)
{
    if (arrivalsPerHalfHour <= 0 || handlingSeconds <= 0)
        return 0;
    return arrivalsPerHalfHour * handlingSeconds / kHalfHourSeconds;
}

double ErlangC::blocking(int windows, double load)
{
    if (load <= 0)
        return windows > 0 ? 0.0 : 1.0;
    double b = 1.0;
    for (int n = 1; n <= windows; ++n)
        b = load * b / (n + load * b);
    return b;
}

double ErlangC::probabilityOfWaiting(int windows, double load)
{
    if (load <= 0)
        return 0;
    if (windows <= load)
        return 1;
    const double b = blocking(windows, load);
    return windows * b / (windows - load * (1 - b));
}

double ErlangC::probabilityWaitExceeds(int windows, double load, double waitSeconds, double handlingSeconds)
{
    if (load <= 0)
        return 0;
    if (windows <= load)
        return 1;
    const double c = probabilityOfWaiting(windows, load);
    return c * std::exp(-(windows - load) * std::max(0.0, waitSeconds) / handlingSeconds);
}

double ErlangC::meanWaitSeconds(int windows, double load, double handlingSeconds)
{
    if (load <= 0)
        return 0;
    if (windows <= load)
        return std::numeric_limits<double>::infinity();
    return probabilityOfWaiting(windows, load) * handlingSeconds / (windows - load);
}

int ErlangC::windowsNeeded(double arrivalsPerHalfHour, double handlingSeconds, double promiseSeconds, double target)
{
    const double a = load(arrivalsPerHalfHour, handlingSeconds);
    if (a <= 0)
        return 0;
    // Fewer windows than the load can never keep up; start just above it.
    for (int n = std::max(1, static_cast<int>(std::floor(a)) + 1); n <= kMaxWindows; ++n) {
        if (probabilityWaitExceeds(n, a, promiseSeconds, handlingSeconds) <= target)
            return n;
    }
    return kMaxWindows;
}

} // namespace ow
