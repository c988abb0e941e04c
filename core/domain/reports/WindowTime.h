#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/queue/QueueTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace ow {

// One recorded change of a window's state (table window_events), as reports read it: the teller
// is the one whose window time the new state is (none for closed).
struct WindowEventRow
{
    qint64 id = 0;
    qint64 hallId = 0;
    int window = 0;
    WindowState state = WindowState::Closed;
    qint64 tellerId = 0;
    QDateTime at;
    QDate serviceDay;
};

// A ticket at a window: from its call there until it left it (finished, a no-show, parked,
// transferred, cancelled). `until` invalid: still there.
struct WindowStay
{
    int window = 0;
    QDateTime from;
    QDateTime until;
    bool operator==(const WindowStay &) const = default;
};

// A window's time in milliseconds (the report rounds to seconds): open counts open and paused
// (the window is staffed), paused the paused part, idle the open, not paused part with no
// ticket at the window.
struct WindowSeconds
{
    qint64 openMs = 0;
    qint64 pausedMs = 0;
    qint64 idleMs = 0;

    WindowSeconds &operator+=(const WindowSeconds &o)
    {
        openMs += o.openMs;
        pausedMs += o.pausedMs;
        idleMs += o.idleMs;
        return *this;
    }
    bool operator==(const WindowSeconds &) const = default;
};

// The share of one teller in one window's time on one service day.
struct WindowTimeShare
{
    int window = 0;
    qint64 tellerId = 0;
    QDate day;
    WindowSeconds time;
    bool operator==(const WindowTimeShare &) const = default;
};

// A service day at a hall: its midnight-to-midnight span in the hall's zone, and when the hall
// opens and closes that weekday (both invalid when its hours list no such weekday).
struct HallDay
{
    QDate day;
    QDateTime start;
    QDateTime end;
    QDateTime opens;
    QDateTime closes;

    static HallDay of(const Hall &hall, const QDate &day);
};

// How long each window was open, paused and idle on a service day, from its recorded state
// changes and the tickets that were at it:
// - each state lasts until the window's next change that day;
// - the day's last state lasts until the hall's closing time that day (midnight when its hours
//   list no such weekday) — never less than nothing: a window opened after closing and left
//   open counts no further;
// - a window still open or paused at the end of a day is so again the next day from the hall's
//   opening time (its live state did not change) until its first change; not at all when the
//   hall lists no hours that weekday (when it reopened is unknown; counting from midnight would
//   count the night);
// - nothing counts past `now` (today's report counts an open window up to now) or outside the day;
// - the time belongs to the teller of the state (who opened the window; a pause keeps the
//   teller who was at it).
class WindowTime
{
public:
    // One window's shares on one day, a share per teller (in the order first met). `before` is
    // the window's last change before the day (none: closed); `events` its changes of the day
    // (any order: sorted by time, then id); `stays` the tickets at it (any day, any order).
    static QList<WindowTimeShare> ofDay(const HallDay &day, int window, const std::optional<WindowEventRow> &before,
                                        QList<WindowEventRow> events, const QList<WindowStay> &stays, const QDateTime &now);
};

} // namespace ow
