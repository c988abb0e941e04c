#include "core/service/planning/PromiseWatch.h"

#include "core/domain/api/StaffingBodies.h"
#include "core/domain/queue/PromiseRisk.h"
#include "core/service/planning/StaffingService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/reports/ScopedHall.h"

#include <QTimeZone>

namespace ow {

namespace {

// What each ticket of the line is about, by id: its number and matters.
struct LineEntry
{
    QString number;
    QStringList services;
    QStringList categories;
};

} // namespace

Result<QList<PromiseRiskTicket>> PromiseWatch::atRisk(const QString &hallCode, HallAdvice *advice)
{
    auto line = m_queue.line(hallCode);
    if (!line)
        return line.error();
    auto view = m_queue.view(hallCode);
    if (!view)
        return view.error();
    LineSnapshot snap = std::move(line).value();
    const PromiseRisk promise(snap.promiseMinutes);
    snap.warnBeforeSeconds = snap.promiseMinutes * 60 - promise.atRiskFromSeconds();

    QHash<qint64, LineEntry> entries;
    for (const QueuedTicket &q : view.value()->snapshot.waiting) {
        LineEntry &e = entries[q.ticket.id];
        e.number = q.ticket.number;
        for (const TicketMatter &m : q.ticket.matters) {
            e.services << m.serviceCode;
            if (m.outcome == MatterOutcome::Pending && !e.categories.contains(m.category))
                e.categories << m.category;
        }
    }
    QList<PromiseRiskTicket> out;
    const QList<ProjectedCall> calls = WaitProjection::of(snap);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const ProjectedCall &c = calls.at(i);
        if (!c.atRisk)
            continue;
        const LineEntry e = entries.value(c.ticketId);
        out.append({c.ticketId, e.number, e.services, snap.line.at(i).issuedAt, c.callAt, c.waitSeconds, c.breaksPromise,
                    snap.promiseMinutes});
    }
    if (!advice)
        return out;

    const QueueSnapshot &queueView = view.value()->snapshot;
    advice->hall = queueView.hall;
    advice->at = snap.now;
    advice->promiseMinutes = snap.promiseMinutes;
    advice->warnBeforeMinutes = snap.warnBeforeSeconds / 60;
    advice->waiting = int(snap.line.size());
    advice->openWindows = int(snap.windows.size());
    advice->atRisk = out;

    // The profile a tidal window gets: what the tickets breaking the promise (else those at risk) ask for.
    QStringList wanted;
    for (const PromiseRiskTicket &t : out) {
        if (!t.breaksPromise && advice->breaking() > 0)
            continue;
        for (const QString &c : entries.value(t.ticketId).categories) {
            if (!wanted.contains(c))
                wanted << c;
        }
    }
    wanted.sort();
    const bool dedicated = !wanted.isEmpty() && wanted.size() <= kMaxDedicatedCategories;

    auto hall = m_queue.hall(hallCode);
    if (!hall)
        return hall.error();
    advice->timeZone = (*hall)->timeZone;
    QHash<int, const WindowView *> states;
    for (const WindowView &w : queueView.windows)
        states.insert(w.number, &w);
    QSet<int> busy;
    for (const QueuedTicket &q : queueView.atWindows)
        busy.insert(q.ticket.windowNumber);
    QList<TidalPolicy::TidalWindow> windows;
    QHash<int, const Window *> byNumber;
    for (const Window &w : (*hall)->windows) {
        if (w.retired)
            continue;
        byNumber.insert(w.number, &w);
        const WindowView *state = states.value(w.number);
        const WindowState s = state ? state->state : WindowState::Closed;
        if (s == WindowState::Paused)
            continue; // a teller on a break comes back: not the supervisor's to open
        TidalPolicy::TidalWindow t;
        t.number = w.number;
        t.open = s == WindowState::Open;
        t.idle = !busy.contains(w.number);
        t.openedAt = state && state->since.isValid() ? state->since.toSecsSinceEpoch() : 0;
        QList<QPair<QString, int>> weights;
        for (const QString &c : std::as_const(wanted))
            weights.append({c, 1});
        t.profile = dedicated ? WindowProfile{w.number, false, weights} : WindowProfile{w.number, true, {}};
        windows.append(t);
    }
    const TidalPolicy::Decision d = TidalPolicy().decide(snap, windows, 0, 0, snap.now.toSecsSinceEpoch());
    for (int n : d.open) {
        const Window *w = byNumber.value(n);
        advice->open.append({n, w ? w->label : QString(), dedicated ? WindowKind::Dedicated : WindowKind::Comprehensive,
                             dedicated ? wanted : QStringList()});
    }
    advice->mayClose = d.close;
    return out;
}

Result<HallAdvice> PromiseWatch::advice(const QString &hallCode, const Account &who)
{
    auto scoped = hallInReportScope(m_db, who, hallCode);
    if (!scoped)
        return scoped.error();
    const Hall &hall = scoped.value();
    HallAdvice advice;
    if (auto r = atRisk(hall.code, &advice); !r)
        return r.error();
    if (!advice.open.isEmpty() && m_plans) {
        // Until when: today's staffing plan (none when the hall has no history).
        const QString today = m_queue.serviceDay(hall);
        if (auto plan = m_plans->plan(hall.code, today, QStringLiteral("1"), who); plan && !plan.value().days.isEmpty())
            advice.openUntil = neededUntil(plan.value().days.first(), advice.openWindows, advice.at, timeZoneOf(hall));
    }
    return advice;
}

Result<QList<PromiseRiskTicket>> PromiseWatch::newlyAtRisk(const QString &hallCode)
{
    auto now = atRisk(hallCode, nullptr);
    if (!now)
        return now.error();
    auto view = m_queue.view(hallCode);
    if (!view)
        return view.error();
    Watched &w = m_watched[hallCode];
    if (w.day != view.value()->snapshot.serviceDay) {
        w.day = view.value()->snapshot.serviceDay;
        w.told.clear();
    }
    QList<PromiseRiskTicket> fresh;
    for (const PromiseRiskTicket &t : now.value()) {
        if (!w.told.contains(t.ticketId)) {
            w.told.insert(t.ticketId);
            fresh.append(t);
        }
    }
    return fresh;
}

QDateTime PromiseWatch::neededUntil(const StaffingDay &today, int windows, const QDateTime &now, const QTimeZone &zone)
{
    if (today.slots.isEmpty())
        return {};
    const QDateTime local = now.toTimeZone(zone);
    if (local.date() != today.date)
        return {};
    for (const HalfHourAdvice &a : today.slots) {
        const QDateTime start(today.date, a.start, zone);
        if (start.addSecs(30 * 60) <= now)
            continue; // past
        if (start > now && a.windows <= windows)
            return start;
    }
    // Needed to the end of the forecast day: until its last half-hour ends.
    const QDateTime end = QDateTime(today.date, today.slots.last().start, zone).addSecs(30 * 60);
    return end > now ? end : QDateTime();
}

} // namespace ow
