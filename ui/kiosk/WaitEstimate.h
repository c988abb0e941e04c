#pragma once

#include <optional>

namespace ow {

// A deliberately pessimistic wait for the kiosk until a real wait-estimate service exists:
// five minutes per person ahead, shared by the open windows, rounded up to whole minutes.
// No estimate when no window is open (the wait is then unknown, not short).
inline std::optional<int> estimatedWaitMinutes(int peopleAhead, int openWindows)
{
    constexpr int kMinutesPerPerson = 5;
    if (peopleAhead < 0 || openWindows <= 0)
        return std::nullopt;
    return (kMinutesPerPerson * peopleAhead + openWindows - 1) / openWindows;
}

} // namespace ow
