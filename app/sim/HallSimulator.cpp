#include "app/sim/HallSimulator.h"

#include "app/sim/SimHall.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/org/Org.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/queue/QueueService.h"
#include "core/sql/Database.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace ow::sim {

namespace {

constexpr qint64 kActor = 1;

struct WindowRun
{
    WindowProfile profile;
    bool tidal = false;
    bool open = false;
    bool closing = false; // close when the visitor at it leaves
    bool drain = false;   // close once nothing it can serve is waiting (the end of the day)
    int ticket = -1;      // index into the outcomes
    qint64 ticketId = 0;
    DaySeconds busyFrom = 0;
    DaySeconds busyUntil = 0;
    DaySeconds openedAt = 0;
    DaySeconds freeSince = 0; // idle since: the window idle longest calls first
    WindowUse use;
};

struct ShiftEvent
{
    DaySeconds at = 0;
    bool open = false;
    Shift shift;
};

// The day's loop, with its state in one place.
class Day
{
public:
    Day(SimHall &hall, const QList<Arrival> &arrivals, const QList<double> &handling, const HandlingModel &model,
        const SimOptions &options)
        : m_hall(hall), m_arrivals(arrivals), m_handling(handling), m_model(model), m_options(options),
          m_policy(options.tidalParams), m_zone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
    {}

    void addWindow(const WindowProfile &p, bool tidal)
    {
        WindowRun w;
        w.profile = p;
        w.tidal = tidal;
        w.use.window = p.number;
        w.use.tidal = tidal;
        m_windows.append(w);
    }

    void setShifts(const StaffingPlan &plan)
    {
        for (const Shift &s : plan.shifts()) {
            m_events.append({s.from, true, s});
            m_events.append({s.to, false, s});
        }
        // At one instant closings come first, so a window's next period follows its last.
        std::stable_sort(m_events.begin(), m_events.end(), [](const ShiftEvent &a, const ShiftEvent &b) {
            return a.at != b.at ? a.at < b.at : (!a.open && b.open);
        });
    }

    Result<SimResult> run()
    {
        m_result.promiseMinutes = m_options.promiseMinutes;
        DaySeconds s = std::numeric_limits<DaySeconds>::max();
        if (!m_arrivals.isEmpty())
            s = m_arrivals.first().at;
        if (!m_events.isEmpty())
            s = std::min(s, m_events.first().at);
        if (s == std::numeric_limits<DaySeconds>::max())
            return m_result;
        m_nextEval = s;
        for (;;) {
            m_hall.clock().set(at(s));
            if (auto st = step(s); !st)
                return st.error();
            const DaySeconds next = nextEvent(s);
            if (next < 0)
                break;
            s = next;
        }
        for (WindowRun &w : m_windows) {
            if (w.open)
                w.use.openSeconds += s - w.openedAt;
            m_result.windows.append(w.use);
        }
        return m_result;
    }

private:
    QDateTime at(DaySeconds s) const { return QDateTime(m_options.day, QTime(0, 0), m_zone).addSecs(s).toUTC(); }
    QString hall() const { return SimHall::hallCode(); }

    Status step(DaySeconds s)
    {
        for (WindowRun &w : m_windows) {
            if (w.ticket >= 0 && w.busyUntil <= s) {
                if (auto st = finish(w, s); !st)
                    return st;
            }
        }
        while (m_nextShift < m_events.size() && m_events.at(m_nextShift).at <= s) {
            if (auto st = apply(m_events.at(m_nextShift), s); !st)
                return st;
            ++m_nextShift;
        }
        bool arrived = false;
        while (m_nextArrival < m_arrivals.size() && m_arrivals.at(m_nextArrival).at <= s) {
            if (auto st = issue(m_nextArrival, s); !st)
                return st;
            ++m_nextArrival;
            arrived = true;
        }
        if (arrived || s >= m_nextEval) {
            if (auto st = evaluate(s); !st)
                return st;
            m_nextEval = s + m_options.evaluateEverySeconds;
        }
        // Free windows call in the order they became free (then by number), as tellers press
        // "call next" when their visitor leaves.
        QList<WindowRun *> free;
        for (WindowRun &w : m_windows) {
            if (w.open && !w.closing && w.ticket < 0)
                free.append(&w);
        }
        std::stable_sort(free.begin(), free.end(), [](const WindowRun *a, const WindowRun *b) { return a->freeSince < b->freeSince; });
        for (WindowRun *w : std::as_const(free)) {
            if (auto st = call(*w, s); !st)
                return st;
        }
        const int open = int(std::count_if(m_windows.begin(), m_windows.end(), [](const WindowRun &w) { return w.open; }));
        if (m_result.waiting.isEmpty() || m_result.waiting.last().waiting != m_line.size() || m_result.waiting.last().open != open)
            m_result.waiting.append({s, int(m_line.size()), open});
        return okStatus();
    }

    DaySeconds nextEvent(DaySeconds s) const
    {
        DaySeconds next = std::numeric_limits<DaySeconds>::max();
        bool busy = false;
        for (const WindowRun &w : m_windows) {
            if (w.ticket >= 0) {
                next = std::min(next, w.busyUntil);
                busy = true;
            }
        }
        if (m_nextShift < m_events.size())
            next = std::min(next, m_events.at(m_nextShift).at);
        if (m_nextArrival < m_arrivals.size())
            next = std::min(next, m_arrivals.at(m_nextArrival).at);
        const bool tidalOpen = std::any_of(m_windows.begin(), m_windows.end(), [](const WindowRun &w) { return w.tidal && w.open; });
        const bool moreToCome = busy || m_nextShift < m_events.size() || m_nextArrival < m_arrivals.size();
        if ((!m_line.isEmpty() || tidalOpen) && (moreToCome || tidalOpen))
            next = std::min(next, m_nextEval);
        if (next == std::numeric_limits<DaySeconds>::max())
            return -1; // nothing more will happen (a ticket nobody open can serve stays uncalled)
        return std::max(next, s + 1);
    }

    WindowRun *window(int number)
    {
        for (WindowRun &w : m_windows) {
            if (w.profile.number == number)
                return &w;
        }
        return nullptr;
    }

    Status setProfile(WindowRun &w, const WindowProfile &p)
    {
        if (w.profile.comprehensive == p.comprehensive && w.profile.categoryWeights == p.categoryWeights)
            return okStatus();
        Window profile{p.number, p.comprehensive ? WindowKind::Comprehensive : WindowKind::Dedicated, {}};
        for (const auto &cw : p.categoryWeights)
            profile.categories.append(cw.first);
        auto set = m_hall.queue().setWindowProfile(hall(), profile, kActor);
        if (!set)
            return set.error();
        w.profile = p;
        return okStatus();
    }

    Status openWindow(WindowRun &w, DaySeconds s)
    {
        w.closing = false;
        w.drain = false;
        if (w.open)
            return okStatus();
        auto opened = m_hall.queue().openWindow(hall(), w.profile.number, w.profile.number);
        if (!opened)
            return opened.error();
        w.open = true;
        w.openedAt = s;
        w.freeSince = s;
        return okStatus();
    }

    Status closeWindow(WindowRun &w, DaySeconds s)
    {
        auto closed = m_hall.queue().closeWindow(hall(), w.profile.number, kActor);
        if (!closed)
            return closed.error();
        w.open = w.closing = w.drain = false;
        w.use.openSeconds += s - w.openedAt;
        return okStatus();
    }

    Status apply(const ShiftEvent &e, DaySeconds s)
    {
        WindowRun *w = window(e.shift.window);
        if (!w)
            return Error{ErrorCode::Internal, QStringLiteral("window %1 is not in the hall").arg(e.shift.window), {}};
        if (e.open) {
            if (auto st = setProfile(*w, e.shift.profile()); !st)
                return st;
            return openWindow(*w, s);
        }
        if (!w->open)
            return okStatus();
        if (m_nextArrival >= m_arrivals.size() || s >= m_arrivals.last().at) {
            w->drain = true; // the day is over: serve whoever still waits
            return okStatus();
        }
        if (w->ticket >= 0) {
            w->closing = true;
            return okStatus();
        }
        return closeWindow(*w, s);
    }

    Status issue(int i, DaySeconds s)
    {
        const Arrival &a = m_arrivals.at(i);
        IssueRequest r;
        r.hallCode = hall();
        r.services = a.services;
        r.priorityGroup = a.priorityGroup;
        if (a.appointmentAt >= 0) {
            r.channel = Channel::Appointment;
            r.appointmentId = i + 1; // the simulated hall keeps no bookings: any id is its own
            r.appointmentAt = at(a.appointmentAt);
        }
        auto t = m_hall.queue().issue(r, 0);
        if (!t)
            return t.error();
        TicketOutcome o;
        o.number = t.value().number;
        o.issuedAt = s;
        o.handlingSeconds = int(m_handling.value(i));
        o.services = a.services;
        o.priorityGroup = a.priorityGroup;
        o.appointment = a.appointmentAt >= 0;
        m_index.insert(t.value().id, int(m_result.tickets.size()));
        m_ids.append(t.value().id);
        m_line.append(int(m_result.tickets.size()));
        m_result.tickets.append(o);
        return okStatus();
    }

    Status call(WindowRun &w, DaySeconds s)
    {
        auto called = m_hall.queue().callNext(hall(), w.profile.number, w.profile.number);
        if (!called)
            return called.error();
        if (!called.value()) {
            if (w.drain)
                return closeWindow(w, s);
            return okStatus();
        }
        const Ticket &t = *called.value();
        auto serving = m_hall.queue().startServing(t.id, w.profile.number, w.profile.number);
        if (!serving)
            return serving.error();
        const int i = m_index.value(t.id, -1);
        if (i < 0)
            return Error{ErrorCode::Internal, QStringLiteral("the queue called a ticket the day never issued"), {}};
        TicketOutcome &o = m_result.tickets[i];
        o.calledAt = s;
        o.window = w.profile.number;
        m_line.removeOne(i);
        w.ticket = i;
        w.ticketId = t.id;
        w.busyFrom = s;
        w.busyUntil = s + o.handlingSeconds;
        return okStatus();
    }

    Status finish(WindowRun &w, DaySeconds s)
    {
        QList<MatterResult> results;
        for (const QString &code : std::as_const(m_result.tickets.at(w.ticket).services))
            results.append({code, MatterOutcome::Done, {}});
        auto done = m_hall.queue().finish(w.ticketId, w.profile.number, results, w.profile.number);
        if (!done)
            return done.error();
        w.use.busySeconds += s - w.busyFrom;
        ++w.use.served;
        w.ticket = -1;
        w.ticketId = 0;
        w.freeSince = s;
        if (w.closing)
            return closeWindow(w, s);
        return okStatus();
    }

    LineSnapshot snapshot(DaySeconds s) const
    {
        LineSnapshot snap;
        snap.now = at(s);
        snap.promiseMinutes = m_options.promiseMinutes;
        const Catalogue *catalogue = m_hall.catalogue().current();
        for (int i : m_line) {
            const TicketOutcome &o = m_result.tickets.at(i);
            LineTicket t;
            t.id = m_ids.at(i);
            for (const QString &code : o.services) {
                const ServiceItem *item = catalogue ? catalogue->service(code) : nullptr;
                if (item && !t.categories.contains(item->category))
                    t.categories.append(item->category);
            }
            t.issuedAt = at(o.issuedAt);
            t.handlingSeconds = m_model.meanSeconds(o.services);
            snap.line.append(t);
        }
        for (const WindowRun &w : m_windows) {
            if (!w.open || w.closing)
                continue;
            QDateTime freeAt = snap.now;
            if (w.ticket >= 0) // expected, not drawn: the projection cannot know how long a visit will take
                freeAt = WaitProjection::expectedFreeAt(at(w.busyFrom), m_model.meanSeconds(m_result.tickets.at(w.ticket).services),
                                                        snap.now);
            snap.windows.append({w.profile, freeAt});
        }
        return snap;
    }

    Status evaluate(DaySeconds s)
    {
        const LineSnapshot snap = snapshot(s);
        const QList<ProjectedCall> calls = WaitProjection::of(snap);
        for (const ProjectedCall &c : calls) {
            TicketOutcome &o = m_result.tickets[m_index.value(c.ticketId)];
            if (c.atRisk && o.firstFlaggedAt < 0)
                o.firstFlaggedAt = s;
        }
        if (!m_options.tidal)
            return okStatus();
        QList<TidalPolicy::TidalWindow> tidal;
        for (const WindowRun &w : m_windows) {
            if (w.tidal)
                tidal.append({w.profile.number, w.open && !w.closing, w.ticket < 0, w.openedAt, {}});
        }
        double recent = 0;
        double handling = 0;
        for (auto it = m_result.tickets.crbegin(); it != m_result.tickets.crend() && it->issuedAt > s - 1800; ++it) {
            recent += 1;
            handling += m_model.meanSeconds(it->services);
        }
        const TidalPolicy::Decision d = m_policy.decide(snap, tidal, recent, recent > 0 ? handling / recent : 0, s);
        for (int n : d.open) {
            if (auto st = openWindow(*window(n), s); !st)
                return st;
        }
        for (int n : d.close) {
            WindowRun &w = *window(n);
            if (w.ticket >= 0)
                w.closing = true;
            else if (auto st = closeWindow(w, s); !st)
                return st;
        }
        return okStatus();
    }

    SimHall &m_hall;
    const QList<Arrival> &m_arrivals;
    const QList<double> &m_handling;
    const HandlingModel &m_model;
    const SimOptions &m_options;
    TidalPolicy m_policy;
    QTimeZone m_zone;
    QList<WindowRun> m_windows;
    QList<ShiftEvent> m_events;
    qsizetype m_nextShift = 0;
    qsizetype m_nextArrival = 0;
    DaySeconds m_nextEval = 0;
    QList<int> m_line;           // waiting tickets (outcome indexes), in issue order
    QList<qint64> m_ids;         // ticket id per outcome
    QHash<qint64, int> m_index;  // ticket id → outcome
    SimResult m_result;
};

} // namespace

QList<double> HallSimulator::drawHandling(const QList<Arrival> &arrivals, const HandlingModel &model, quint64 seed)
{
    // A stream of its own, so the arrivals drawn from the same seed do not shift the times.
    SimRandom random(seed ^ 0x9E3779B97F4A7C15ULL);
    QList<double> out;
    out.reserve(arrivals.size());
    for (const Arrival &a : arrivals)
        out.append(model.sample(a.services, random));
    return out;
}

Result<SimResult> HallSimulator::run(const QList<Arrival> &arrivals, const QList<double> &handlingSeconds,
                                     const StaffingPlan &plan, const HandlingModel &model, const SimOptions &options)
{
    if (handlingSeconds.size() != arrivals.size())
        return Error{ErrorCode::Internal, QStringLiteral("one handling time per arrival is needed"), {}};
    QList<WindowProfile> profiles;
    QList<int> numbers = plan.windowNumbers();
    for (int n : std::as_const(numbers))
        profiles.append(plan.firstProfile(n));
    QList<int> tidal;
    if (options.tidal) {
        const int first = numbers.isEmpty() ? 1 : numbers.last() + 1;
        for (int k = 0; k < options.tidalWindows; ++k) {
            tidal.append(first + k);
            profiles.append(WindowProfile{first + k, true, {}});
        }
    }
    HallQueueConfig rules;
    rules.promiseMinutes = options.promiseMinutes;
    auto hall = SimHall::open(profiles, rules);
    if (!hall)
        return hall.error();
    Day day(*hall.value(), arrivals, handlingSeconds, model, options);
    for (const WindowProfile &p : std::as_const(profiles))
        day.addWindow(p, tidal.contains(p.number));
    day.setShifts(plan);
    // One transaction for the whole day: a simulation needs no durability, and thousands of
    // commits each waiting for the disk would make a day take minutes instead of seconds.
    Result<SimResult> result = Error{ErrorCode::Internal, {}, {}};
    const Status ran = hall.value()->db().transaction([&]() -> Status {
        result = day.run();
        if (!result)
            return result.error();
        return okStatus();
    });
    if (!ran)
        return ran.error();
    return result;
}

} // namespace ow::sim
