#pragma once

#include <optional>

namespace ow {

// The queue report's figures of one group (a hall, window, teller, matter, category, day or
// hour) over a range of service days, every one derived from recorded events (QueueTally says
// how each is counted). Durations in seconds; shares from 0 to 1; none where there is nothing to
// measure (no wait without a call).
struct QueueFigures
{
    int issued = 0;
    int called = 0;      // called at least once
    int served = 0;      // finished
    int noShow = 0;
    int transferred = 0; // handed on at least once
    int parked = 0;      // parked at least once
    std::optional<double> waitMean;
    std::optional<double> waitP50;
    std::optional<double> waitP90;
    std::optional<double> waitMax;
    int withinPromise = 0;                     // first called within the hall's promise
    std::optional<double> withinPromiseShare;  // of those called
    int handled = 0;                           // served, with a handling time
    std::optional<double> handlingMean;
    std::optional<double> handlingP90;
    std::optional<double> standardMean;        // the matters' standard time, over the same tickets
    int withinStandard = 0;                    // handled within their standard time
    std::optional<double> withinStandardShare; // of those handled
    int verySatisfied = 0;
    int satisfied = 0;
    int basicallySatisfied = 0;
    int dissatisfied = 0;
    int veryDissatisfied = 0;
    int ratings = 0;
    std::optional<double> satisfaction; // very satisfied + satisfied, of every rating
    int badReviews = 0;                 // dissatisfied + very dissatisfied
    int rectificationsOpen = 0;
    int rectificationsOverdue = 0;      // open with the due day passed (also counted as open)
    int rectificationsClosed = 0;
    int complaints = 0;                 // 12333 complaints about the group's tickets (work orders linked to them)
    // The windows' time (WindowTime says how it is counted), in whole seconds: open (open or
    // paused: the window staffed), the paused part of it, and idle (open, not paused, no ticket
    // at the window). Only in hall, window, teller and day rows and in the total; none in rows by
    // matter, category or hour, which no window time belongs to.
    // Questions answered without a ticket (consultations: guide desk, 12333, online) on the
    // range's days, and their summed duration in seconds: consultation load apart from handling.
    // Only in hall and day rows and in the total (none with a window filter).
    std::optional<double> consultations;
    std::optional<double> consultationSeconds;
    std::optional<double> openSeconds;
    std::optional<double> pausedSeconds;
    std::optional<double> idleSeconds;

    bool operator==(const QueueFigures &) const = default;
};

} // namespace ow
