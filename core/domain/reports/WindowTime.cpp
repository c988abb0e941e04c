#include "core/domain/reports/WindowTime.h"

#include <algorithm>

namespace ow {

namespace {

struct Span
{
    qint64 from = 0; // ms since the epoch
    qint64 until = 0;
};

// The stays at `window` as disjoint spans in time order (a stay still running ends at `now`).
QList<Span> busySpans(int window, const QList<WindowStay> &stays, qint64 now)
{
    QList<Span> spans;
    for (const WindowStay &s : stays) {
        if (s.window != window || !s.from.isValid())
            continue;
        const qint64 until = s.until.isValid() ? s.until.toMSecsSinceEpoch() : now;
        if (until > s.from.toMSecsSinceEpoch())
            spans.append({s.from.toMSecsSinceEpoch(), until});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    QList<Span> merged;
    for (const Span &s : std::as_const(spans)) {
        if (!merged.isEmpty() && s.from <= merged.last().until)
            merged.last().until = std::max(merged.last().until, s.until);
        else
            merged.append(s);
    }
    return merged;
}

qint64 overlap(const QList<Span> &busy, qint64 from, qint64 until)
{
    qint64 sum = 0;
    for (const Span &s : busy) {
        if (s.from >= until)
            break;
        sum += std::max<qint64>(0, std::min(s.until, until) - std::max(s.from, from));
    }
    return sum;
}

} // namespace

HallDay HallDay::of(const Hall &hall, const QDate &day)
{
    const QTimeZone zone = timeZoneOf(hall);
    HallDay d;
    d.day = day;
    d.start = QDateTime(day, QTime(0, 0), zone).toUTC();
    d.end = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    for (const OpeningHours &h : hall.hours) {
        if (h.weekday == day.dayOfWeek() && h.open.isValid() && h.close.isValid()) {
            d.opens = QDateTime(day, h.open, zone).toUTC();
            d.closes = QDateTime(day, h.close, zone).toUTC();
        }
    }
    return d;
}

QList<WindowTimeShare> WindowTime::ofDay(const HallDay &day, int window, const std::optional<WindowEventRow> &before,
                                         QList<WindowEventRow> events, const QList<WindowStay> &stays, const QDateTime &now)
{
    std::sort(events.begin(), events.end(), [](const WindowEventRow &a, const WindowEventRow &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    struct Segment
    {
        qint64 from;
        WindowState state;
        qint64 tellerId;
    };
    QList<Segment> segments;
    if (before && before->state != WindowState::Closed && day.opens.isValid())
        segments.append({day.opens.toMSecsSinceEpoch(), before->state, before->tellerId});
    for (const WindowEventRow &e : std::as_const(events))
        segments.append({e.at.toMSecsSinceEpoch(), e.state, e.tellerId});

    const qint64 dayStart = day.start.toMSecsSinceEpoch();
    const qint64 limit = std::min(day.end.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
    const qint64 cutoff = (day.closes.isValid() ? day.closes : day.end).toMSecsSinceEpoch();
    const QList<Span> busy = busySpans(window, stays, now.toMSecsSinceEpoch());
    QList<WindowTimeShare> out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments.at(i);
        if (s.state == WindowState::Closed)
            continue;
        const qint64 end = i + 1 < segments.size() ? segments.at(i + 1).from : cutoff;
        const qint64 from = std::max(s.from, dayStart);
        const qint64 until = std::min(end, limit);
        if (until <= from)
            continue;
        auto share = std::find_if(out.begin(), out.end(), [&s](const WindowTimeShare &x) { return x.tellerId == s.tellerId; });
        if (share == out.end())
            share = out.insert(out.end(), WindowTimeShare{window, s.tellerId, day.day, {}});
        share->time.openMs += until - from;
        if (s.state == WindowState::Paused)
            share->time.pausedMs += until - from;
        else
            share->time.idleMs += (until - from) - overlap(busy, from, until);
    }
    return out;
}

} // namespace ow
