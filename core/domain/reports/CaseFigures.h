#pragma once

#include <optional>

namespace ow {

// The case report's figures of one group (accepting hall, competent office, reviewer, matter or
// intake day) over the cases taken in at a window on the range's days, as they stand now
// (CaseTally says how each is counted).
struct CaseFigures
{
    int accepted = 0;      // 受理: accepted, verified online applications and on-the-spot ones
    int onTheSpot = 0;     // 即办: completed at the window (also accepted)
    int refused = 0;       // 不予受理 at the window
    int approved = 0;
    int rejected = 0;
    int decided = 0;       // approved + rejected
    int inSupplement = 0;  // back with the citizen now (补正)
    int pending = 0;       // committed, not decided yet (supplement included)
    int overdue = 0;       // 超期: decided late, or undecided past the due day
    int decidedInTime = 0;
    std::optional<double> inTimeShare; // decided in time, of the decided cases with a time limit

    bool operator==(const CaseFigures &) const = default;
};

} // namespace ow
