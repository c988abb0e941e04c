#include "core/service/queue/QueueService.h"

#include "core/domain/queue/Dispatcher.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/ResidentId.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow {

namespace {
// How long the handling times read from a hall's history are used before being read again.
constexpr qint64 kHistoryMaxAgeSeconds = 300;

// A ticket as live screens and the snapshot list it: masked, with its hall.
QueuedTicket publicTicket(const Ticket &t, const QString &hallCode)
{
    return QueuedTicket{t, hallCode, std::nullopt};
}
} // namespace

QueueService::QueueService(Database &db, const Clock &clock, const CatalogueService &catalogue, HallQueueConfig config)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_config(std::move(config)), m_tickets(db)
{}

QueueService::~QueueService() = default;

// What is kept in memory of a hall was just read or changed inside a transaction: if that is
// rolled back, the hall's memory is forgotten (and read again when next needed). A request that
// is refused before it writes leaves every hall's line as it was.
void QueueService::forgetOnRollback(qint64 hallId)
{
    m_db.onRollback([this, hallId] {
        m_lines.remove(hallId);
        m_nextReturn.remove(hallId);
        m_views.remove(hallId);
    });
}

// The line itself, not a copy: a copy held while a ticket is written would make the write
// through copy the whole line.
Result<const QList<Ticket> *> QueueService::waitingLine(const Hall &h)
{
    const QString day = serviceDay(h);
    auto it = m_lines.find(h.id);
    if (it == m_lines.end() || it->day != day) {
        auto loaded = m_tickets.list(h.id, day, {TicketState::Waiting});
        if (!loaded)
            return loaded.error();
        it = m_lines.insert(h.id, Line{day, std::move(loaded).value()});
        forgetOnRollback(h.id);
    }
    return &it->waiting;
}

// After a ticket row was written (inside the current transaction): the same change in memory.
void QueueService::written(const Ticket &t)
{
    m_views.remove(t.hallId);
    forgetOnRollback(t.hallId);
    if (t.state == TicketState::Parked) {
        const auto known = m_nextReturn.find(t.hallId);
        if (known != m_nextReturn.end()) {
            if (!t.parkedUntil.isValid())
                m_nextReturn.erase(known); // due at once: look next time
            else if (!known->isValid() || t.parkedUntil < *known)
                *known = t.parkedUntil;
        }
    }
    const auto it = m_lines.find(t.hallId);
    if (it == m_lines.end() || it->day != t.serviceDay)
        return;
    QList<Ticket> &line = it->waiting;
    line.removeIf([&t](const Ticket &w) { return w.id == t.id; });
    if (t.state != TicketState::Waiting)
        return;
    const auto pos = std::lower_bound(line.begin(), line.end(), t, [](const Ticket &a, const Ticket &b) {
        return a.queueKey < b.queueKey || (a.queueKey == b.queueKey && a.id < b.id);
    });
    line.insert(pos, t);
}

Result<const Hall *> QueueService::hall(const QString &code)
{
    if (m_halls.isEmpty()) {
        auto halls = OrgRepository(m_db).halls();
        if (!halls)
            return halls.error();
        for (const Hall &h : halls.value()) {
            m_halls.insert(h.code, h);
            m_hallCodes.insert(h.id, h.code);
        }
    }
    const auto it = m_halls.constFind(code);
    if (it == m_halls.constEnd())
        return notFoundError(QStringLiteral("unknown hall %1").arg(code));
    return &*it;
}

Result<const Hall *> QueueService::hallById(qint64 id)
{
    if (m_halls.isEmpty()) {
        if (auto h = hall(QString()); !h && h.error().code != ErrorCode::NotFound)
            return h.error();
    }
    const auto code = m_hallCodes.constFind(id);
    if (code == m_hallCodes.constEnd())
        return notFoundError(QStringLiteral("unknown hall id %1").arg(id));
    return hall(*code);
}

QString QueueService::serviceDay(const Hall &h) const
{
    return ow::serviceDay(h, m_clock.now()).toString(Qt::ISODate);
}

void QueueService::publish(const QString &type, const Hall &h, const QJsonObject &payload)
{
    m_views.remove(h.id); // whatever is announced changes what the hall's screens show
    if (!m_listener)
        return;
    // Told only once it is durable: inside a sync push or a commit group that is later.
    m_db.afterCommit([this, event = QueueEvent{type, h.id, h.code, payload}] {
        if (m_listener)
            m_listener(event);
    });
}

Result<Ticket> QueueService::issue(const IssueRequest &req, qint64 actorId)
{
    auto h = hall(req.hallCode);
    if (!h)
        return h.error();
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    if (req.services.isEmpty())
        return invalidFieldError(QStringLiteral("services"), QStringLiteral("at least one service is required"));
    Ticket t;
    for (const QString &code : req.services) {
        const ServiceItem *s = catalogue->service(code);
        if (!s)
            return invalidFieldError(QStringLiteral("services"), QStringLiteral("unknown service %1").arg(code));
        t.matters.append({s->code, s->category, MatterOutcome::Pending, {}});
    }
    if (!req.priorityGroup.isEmpty() && !m_config.priorityGroups.contains(req.priorityGroup))
        return invalidFieldError(QStringLiteral("priority_group"), QStringLiteral("unknown priority group %1").arg(req.priorityGroup));
    const QDateTime now = m_clock.now();
    if (!req.residentId.isEmpty()) {
        const auto problem = ResidentId::check(req.residentId, now.date());
        if (problem != ResidentId::Problem::None)
            return invalidFieldError(QStringLiteral("resident_id"), ResidentId::problemText(problem));
        t.residentId = ResidentId::parse(req.residentId, now.date())->text();
    }
    const Category *category = catalogue->category(t.matters.first().category);
    t.hallId = (*h)->id;
    t.serviceDay = serviceDay(**h);
    t.prefix = category ? category->prefix : QStringLiteral("Z");
    t.channel = req.channel;
    t.priorityGroup = req.priorityGroup;
    t.phone = req.phone.trimmed();
    t.issuedAt = now;
    t.state = TicketState::Waiting;
    t.queueKey = static_cast<double>(now.toMSecsSinceEpoch()) / 1000.0;
    t.appointmentId = req.appointmentId;
    t.appointmentAt = req.appointmentAt;

    Status st = m_db.transaction([&]() -> Status {
        // Numbers restart at the hall's midnight, or run on over night where the hall keeps them
        // (then 999 is followed by 001 again).
        auto seq = m_tickets.nextSequence(t.hallId, m_config.keepNumbersOvernight ? QStringLiteral("*") : t.serviceDay, t.prefix);
        if (!seq)
            return seq.error();
        if (!m_config.keepNumbersOvernight && seq.value() > 999)
            return conflictError(QStringLiteral("numbers for prefix %1 are used up today").arg(t.prefix));
        t.sequence = (seq.value() - 1) % 999 + 1;
        if (m_config.keepNumbersOvernight) {
            auto taken = m_tickets.findByNumber(t.hallId, t.serviceDay, t.prefix + QStringLiteral("%1").arg(t.sequence, 3, 10, QLatin1Char('0')));
            if (!taken)
                return taken.error();
            if (taken.value())
                return conflictError(QStringLiteral("numbers for prefix %1 are used up today").arg(t.prefix));
        }
        t.number = t.prefix + QStringLiteral("%1").arg(t.sequence, 3, 10, QLatin1Char('0'));
        auto id = m_tickets.insert(t);
        if (!id)
            return id.error();
        t.id = id.value();
        written(t);
        return m_tickets.appendEvent(t, TicketEventKind::Issued, actorId, now);
    });
    if (!st)
        return st.error();
    publish(QStringLiteral("ticket.issued"), **h, publicTicket(t, (*h)->code).toJson());
    offerIdleWindows(**h);
    return t;
}

Result<WindowStatus> QueueService::setWindow(const QString &hallCode, int window, WindowState state, qint64 tellerId,
                                             const QString &reason)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    const auto &ws = (*h)->windows;
    if (std::none_of(ws.begin(), ws.end(), [window](const Window &w) { return w.number == window; }))
        return notFoundError(QStringLiteral("hall %1 has no window %2").arg(hallCode).arg(window));
    auto current = m_tickets.window((*h)->id, window);
    if (!current)
        return current.error();
    WindowStatus status = current.value().value_or(WindowStatus{window, WindowState::Closed, 0, {}, {}, 0, false, {}, {}});
    status.state = state;
    status.tellerId = state == WindowState::Closed ? 0 : (tellerId ? tellerId : status.tellerId);
    status.reason = reason;
    status.since = m_clock.now();
    if (auto st = m_tickets.saveWindow((*h)->id, status); !st)
        return st.error();
    publish(QStringLiteral("window.changed"), **h, WindowStateResult{window, state, reason, std::nullopt}.toJson());
    if (state == WindowState::Open)
        offerIdleWindows(**h);
    return status;
}

Result<WindowStatus> QueueService::openWindow(const QString &hallCode, int window, qint64 tellerId)
{
    return setWindow(hallCode, window, WindowState::Open, tellerId, {});
}

Result<WindowStatus> QueueService::pauseWindow(const QString &hallCode, int window, const QString &reason, qint64 actorId)
{
    if (reason.trimmed().isEmpty())
        return invalidFieldError(QStringLiteral("reason"), QStringLiteral("a pause needs a reason"));
    return setWindow(hallCode, window, WindowState::Paused, actorId, reason.trimmed());
}

Result<WindowStatus> QueueService::closeWindow(const QString &hallCode, int window, qint64 actorId)
{
    return setWindow(hallCode, window, WindowState::Closed, actorId, {});
}

Result<WindowProfile> QueueService::profile(const Hall &h, int window) const
{
    for (const Window &w : h.windows) {
        if (w.number != window)
            continue;
        WindowProfile p{window, w.kind == WindowKind::Comprehensive, {}};
        QStringList categories = w.categories;
        for (auto it = w.weights.constBegin(); it != w.weights.constEnd(); ++it) {
            if (!categories.contains(it.key()) && p.comprehensive)
                categories << it.key(); // a comprehensive window may still prefer some queues
        }
        categories.sort();
        for (const QString &c : std::as_const(categories))
            p.categoryWeights.append({c, w.weight(c)});
        return p;
    }
    return notFoundError(QStringLiteral("hall %1 has no window %2").arg(h.code).arg(window));
}

Result<QList<WindowProfile>> QueueService::openProfiles(const Hall &h)
{
    auto states = m_tickets.windows(h.id);
    if (!states)
        return states.error();
    QList<WindowProfile> open;
    for (const WindowStatus &w : states.value()) {
        if (w.state != WindowState::Open)
            continue;
        if (auto p = profile(h, w.number))
            open.append(p.value());
    }
    return open;
}

Result<std::optional<Ticket>> QueueService::callNext(const QString &hallCode, int window, qint64 actorId)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    return callNextAt(**h, window, actorId, false);
}

Result<std::optional<Ticket>> QueueService::callNextAt(const Hall &h, int window, qint64 actorId, bool automatic)
{
    auto windowProfile = profile(h, window);
    if (!windowProfile)
        return windowProfile.error();
    auto status = m_tickets.window(h.id, window);
    if (!status)
        return status.error();
    if (!status.value() || status.value()->state != WindowState::Open)
        return conflictError(QStringLiteral("window %1 is not open").arg(window));
    if (auto free = windowIsFree(h, window); !free)
        return free.error();
    const QDateTime now = m_clock.now();
    std::optional<Ticket> called;
    Status st = m_db.transaction([&]() -> Status {
        if (auto r = returnDueParked(h); !r)
            return r;
        auto waiting = waitingLine(h);
        if (!waiting)
            return waiting.error();
        WindowStatus ws = *status.value();
        const QList<Ticket> &line = *waiting.value();
        const auto pick = Dispatcher::pickNext(windowProfile.value(), line, now, m_config, ws.priorityStreak);
        if (!pick)
            return okStatus();
        const auto chosen = std::find_if(line.begin(), line.end(), [&pick](const Ticket &t) { return t.id == pick->ticketId; });
        if (chosen == line.end())
            return Error{ErrorCode::Internal, QStringLiteral("picked ticket %1 is not waiting").arg(pick->ticketId), {}};
        const Ticket ticket = *chosen; // written below changes the line
        ws.priorityStreak = pick->reason == Dispatcher::Reason::Priority ? ws.priorityStreak + 1 : 0;
        QJsonObject detail{{QLatin1String("reason"), Dispatcher::toString(pick->reason)}};
        if (automatic)
            detail.insert(QLatin1String("auto_assign"), true);
        auto done = callChosen(h, ticket, ws, actorId, detail);
        if (!done)
            return done.error();
        called = done.value();
        return okStatus();
    });
    if (!st)
        return st.error();
    if (called)
        publish(QStringLiteral("ticket.called"), h, publicTicket(*called, h.code).toJson());
    return called;
}

Status QueueService::windowIsFree(const Hall &h, int window)
{
    auto held = m_tickets.atWindow(h.id, serviceDay(h), window);
    if (!held)
        return held.error();
    if (held.value())
        return WindowOccupied{*held.value()}.toError();
    return okStatus();
}

// Inside the caller's transaction: the ticket is called to the window, with its event.
Result<Ticket> QueueService::callChosen(const Hall &h, Ticket t, WindowStatus ws, qint64 actorId, const QJsonObject &detail)
{
    const QDateTime now = m_clock.now();
    t.state = TicketState::Called;
    t.windowNumber = ws.number;
    t.tellerId = actorId;
    t.calledAt = now;
    t.lastCalledAt = now;
    t.recalls = 0;
    t.parkedUntil = {};
    if (auto s = m_tickets.update(t, false); !s)
        return s.error();
    written(t);
    if (auto s = m_tickets.appendEvent(t, TicketEventKind::Called, actorId, now, detail); !s)
        return s.error();
    if (auto s = m_tickets.saveWindow(h.id, ws); !s)
        return s.error();
    return t;
}

Status QueueService::returnDueParked(const Hall &h)
{
    const QDateTime now = m_clock.now();
    // Known: nobody parked, or nobody due yet — no query (call-next runs this every time).
    if (const auto known = m_nextReturn.constFind(h.id);
        known != m_nextReturn.constEnd() && (!known->isValid() || *known > now))
        return okStatus();
    auto parked = m_tickets.list(h.id, serviceDay(h), {TicketState::Parked});
    if (!parked)
        return parked.error();
    QDateTime next;
    for (Ticket t : parked.value()) {
        if (t.parkedUntil.isValid() && t.parkedUntil > now) {
            if (!next.isValid() || t.parkedUntil < next)
                next = t.parkedUntil;
            continue;
        }
        // Back to its old place in the line (its queue key is unchanged), for any able window.
        t.state = TicketState::Waiting;
        t.parkedUntil = {};
        t.windowNumber = 0;
        if (auto s = m_tickets.update(t); !s)
            return s;
        written(t);
        if (auto s = m_tickets.appendEvent(t, TicketEventKind::Returned, 0, now); !s)
            return s;
    }
    m_nextReturn.insert(h.id, next);
    forgetOnRollback(h.id);
    return okStatus();
}

Result<Ticket> QueueService::callTicket(qint64 ticketId, int window, const QString &reason, qint64 actorId)
{
    if (reason.trimmed().isEmpty())
        return invalidFieldError(QStringLiteral("reason"), QStringLiteral("calling out of order needs a reason"));
    auto t = m_tickets.find(ticketId);
    if (!t)
        return t.error();
    if (!t.value())
        return notFoundError(QStringLiteral("no ticket %1").arg(ticketId));
    Ticket ticket = *t.value();
    if (ticket.state != TicketState::Waiting && ticket.state != TicketState::Parked)
        return conflictError(QStringLiteral("ticket %1 is %2").arg(ticket.number, toString(ticket.state)));
    auto h = hallById(ticket.hallId);
    if (!h)
        return h.error();
    auto p = profile(**h, window);
    if (!p)
        return p.error();
    auto status = m_tickets.window(ticket.hallId, window);
    if (!status)
        return status.error();
    if (!status.value() || status.value()->state != WindowState::Open)
        return conflictError(QStringLiteral("window %1 is not open").arg(window));
    if (auto free = windowIsFree(**h, window); !free)
        return free.error();
    if (!p.value().canServe(ticket))
        return conflictError(QStringLiteral("window %1 cannot serve ticket %2").arg(window).arg(ticket.number));
    Result<Ticket> called = Error{ErrorCode::Internal, {}, {}};
    Status st = m_db.transaction([&]() -> Status {
        called = callChosen(**h, ticket, *status.value(), actorId,
                            {{QLatin1String("reason"), QStringLiteral("out_of_order")}, {QLatin1String("note"), reason.trimmed()}});
        return called ? okStatus() : Status(called.error());
    });
    if (!st)
        return st.error();
    publish(QStringLiteral("ticket.called"), **h, publicTicket(called.value(), (*h)->code).toJson());
    return called;
}

// What the timeline keeps of a transfer or a supervisor's move: where to, front or back, the
// new matters and the note.
QJsonObject QueueService::transferDetail(const TransferRequest &req, int toWindow)
{
    QJsonObject detail{{QLatin1String("to_window"), toWindow},
                       {QLatin1String("position"), req.toFront ? QStringLiteral("front") : QStringLiteral("back")}};
    if (!req.services.isEmpty())
        detail.insert(QLatin1String("services"), QJsonArray::fromStringList(req.services));
    if (!req.reason.trimmed().isEmpty())
        detail.insert(QLatin1String("note"), req.reason.trimmed());
    return detail;
}

Result<QList<TicketMatter>> QueueService::pendingMatters(const QStringList &services) const
{
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    QList<TicketMatter> matters;
    for (const QString &code : services) {
        const ServiceItem *s = catalogue->service(code);
        if (!s)
            return invalidFieldError(QStringLiteral("services"), QStringLiteral("unknown service %1").arg(code));
        matters.append({s->code, s->category, MatterOutcome::Pending, {}});
    }
    return matters;
}

Result<Ticket> QueueService::transfer(qint64 ticketId, int window, const TransferRequest &req, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called, TicketState::Serving});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    auto h = hallById(ticket.hallId);
    if (!h)
        return h.error();
    if (!req.services.isEmpty()) {
        auto matters = pendingMatters(req.services);
        if (!matters)
            return matters.error();
        ticket.matters = matters.value();
    }
    int target = req.toWindow;
    if (req.toTeller) {
        auto windows = m_tickets.windows(ticket.hallId);
        if (!windows)
            return windows.error();
        const auto it = std::find_if(windows.value().begin(), windows.value().end(), [&](const WindowStatus &w) {
            return w.tellerId == req.toTeller && w.state != WindowState::Closed;
        });
        if (it == windows.value().end())
            return conflictError(QStringLiteral("teller %1 is not at a window").arg(req.toTeller));
        target = it->number;
    }
    if (target) {
        auto p = profile(**h, target);
        if (!p)
            return p.error();
        WindowProfile unrestricted = p.value();
        Ticket probe = ticket;
        probe.targetWindow = 0;
        if (!unrestricted.canServe(probe))
            return conflictError(QStringLiteral("window %1 cannot serve ticket %2").arg(target).arg(ticket.number));
    }
    if (target == window)
        return conflictError(QStringLiteral("ticket %1 is already at window %2").arg(ticket.number).arg(window));
    double key = static_cast<double>(m_clock.now().toMSecsSinceEpoch()) / 1000.0;
    if (req.toFront) {
        auto waiting = m_tickets.list(ticket.hallId, ticket.serviceDay, {TicketState::Waiting});
        if (!waiting)
            return waiting.error();
        double front = ticket.queueKey;
        for (const Ticket &w : waiting.value())
            front = std::min(front, w.queueKey);
        key = front - 1.0;
    }
    ticket.state = TicketState::Waiting;
    ticket.windowNumber = 0;
    ticket.targetWindow = target;
    ticket.queueKey = key;
    ticket.servingSince = {};
    ticket.recalls = 0;
    QJsonObject detail = transferDetail(req, target);
    detail.insert(QLatin1String("from_window"), window);
    auto done = commit(ticket, TicketEventKind::Transferred, actorId, detail);
    if (done)
        offerIdleWindows(**h);
    return done;
}

Result<Ticket> QueueService::park(qint64 ticketId, int window, int minutes, const QString &reason, qint64 actorId)
{
    if (minutes <= 0 || minutes > m_config.maxParkMinutes)
        return invalidFieldError(QStringLiteral("minutes"), QStringLiteral("between 1 and %1 minutes").arg(m_config.maxParkMinutes));
    auto t = loadForWindow(ticketId, window, {TicketState::Called, TicketState::Serving});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    ticket.state = TicketState::Parked;
    ticket.parkedUntil = m_clock.now().addSecs(qint64(minutes) * 60);
    ticket.servingSince = {};
    QJsonObject detail{{QLatin1String("minutes"), minutes}, {QLatin1String("until"), ticket.parkedUntil.toString(Qt::ISODate)}};
    if (!reason.trimmed().isEmpty())
        detail.insert(QLatin1String("note"), reason.trimmed());
    auto done = commit(ticket, TicketEventKind::Parked, actorId, detail);
    if (done) {
        if (auto h = hallById(ticket.hallId))
            offerIdleWindows(**h);
    }
    return done;
}

Result<Window> QueueService::setWindowProfile(const QString &hallCode, const Window &wanted, qint64 actorId)
{
    Q_UNUSED(actorId);
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    if (auto p = profile(**h, wanted.number); !p)
        return p.error();
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    Window w = wanted;
    w.categories.removeDuplicates();
    if (w.kind == WindowKind::Dedicated && w.categories.isEmpty())
        return invalidFieldError(QStringLiteral("categories"), QStringLiteral("a dedicated window serves at least one category"));
    for (const QString &c : std::as_const(w.categories)) {
        if (!catalogue->category(c))
            return invalidFieldError(QStringLiteral("categories"), QStringLiteral("unknown category %1").arg(c));
    }
    for (auto it = w.weights.constBegin(); it != w.weights.constEnd(); ++it) {
        if (!catalogue->category(it.key()))
            return invalidFieldError(QStringLiteral("weights"), QStringLiteral("unknown category %1").arg(it.key()));
        if (it.value() < 1 || it.value() > 10)
            return invalidFieldError(QStringLiteral("weights"), QStringLiteral("weights are 1 to 10"));
    }
    if (auto st = OrgRepository(m_db).updateWindow((*h)->id, w); !st)
        return st.error();
    Hall &cached = m_halls[hallCode];
    for (Window &existing : cached.windows) {
        if (existing.number == w.number)
            existing = w;
    }
    publish(QStringLiteral("window.changed"), cached, WindowProfileBody::of(w).toJson());
    offerIdleWindows(cached);
    return w;
}

Result<Ticket> QueueService::moveWaiting(qint64 ticketId, const TransferRequest &req, qint64 actorId)
{
    auto t = m_tickets.find(ticketId);
    if (!t)
        return t.error();
    if (!t.value())
        return notFoundError(QStringLiteral("no ticket %1").arg(ticketId));
    Ticket ticket = *t.value();
    if (ticket.state != TicketState::Waiting)
        return conflictError(QStringLiteral("ticket %1 is %2").arg(ticket.number, toString(ticket.state)));
    auto h = hallById(ticket.hallId);
    if (!h)
        return h.error();
    if (!req.services.isEmpty()) {
        auto matters = pendingMatters(req.services);
        if (!matters)
            return matters.error();
        ticket.matters = matters.value();
    }
    if (req.toWindow) {
        auto p = profile(**h, req.toWindow);
        if (!p)
            return p.error();
        Ticket probe = ticket;
        probe.targetWindow = 0;
        if (!p.value().canServe(probe))
            return conflictError(QStringLiteral("window %1 cannot serve ticket %2").arg(req.toWindow).arg(ticket.number));
    }
    ticket.targetWindow = req.toWindow;
    auto waiting = m_tickets.list(ticket.hallId, ticket.serviceDay, {TicketState::Waiting});
    if (!waiting)
        return waiting.error();
    double front = ticket.queueKey;
    double back = ticket.queueKey;
    for (const Ticket &w : waiting.value()) {
        front = std::min(front, w.queueKey);
        back = std::max(back, w.queueKey);
    }
    ticket.queueKey = req.toFront ? front - 1.0 : back + 1.0;
    QJsonObject detail = transferDetail(req, req.toWindow);
    detail.insert(QLatin1String("moved_by_supervisor"), true);
    auto done = commit(ticket, TicketEventKind::Transferred, actorId, detail);
    if (done)
        offerIdleWindows(**h);
    return done;
}

Result<WindowStatus> QueueService::setAutoAssign(const QString &hallCode, int window, bool on, qint64 actorId)
{
    Q_UNUSED(actorId);
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    if (auto p = profile(**h, window); !p)
        return p.error();
    auto current = m_tickets.window((*h)->id, window);
    if (!current)
        return current.error();
    WindowStatus status = current.value().value_or(WindowStatus{window, WindowState::Closed, 0, {}, m_clock.now(), 0, false, {}, {}});
    status.autoAssign = on;
    if (auto st = m_tickets.saveWindow((*h)->id, status); !st)
        return st.error();
    m_autoAssignHalls.reset(); // read again on the next offer
    m_db.onRollback([this] { m_autoAssignHalls.reset(); });
    publish(QStringLiteral("window.changed"), **h, WindowStateResult{window, status.state, std::nullopt, on}.toJson());
    offerIdleWindows(**h);
    return status;
}

// Every open auto-assign window with nobody at it gets the next ticket it may serve.
void QueueService::offerIdleWindows(const Hall &h)
{
    if (m_offering)
        return; // calls made here must not offer again
    if (!m_autoAssignHalls) {
        // Which halls have an auto-assign window at all, read once: most halls have none, and
        // then issuing a ticket costs no extra query.
        QSet<qint64> halls;
        auto q = m_db.exec(QStringLiteral("SELECT DISTINCT hall_id FROM window_states WHERE auto_assign = 1"));
        if (!q)
            return;
        while (q.value().next())
            halls.insert(q.value().value(0).toLongLong());
        m_autoAssignHalls = halls;
        m_db.onRollback([this] { m_autoAssignHalls.reset(); }); // read inside a change that may not stay
    }
    if (!m_autoAssignHalls->contains(h.id))
        return;
    m_offering = true;
    if (auto windows = m_tickets.windows(h.id)) {
        for (const WindowStatus &w : windows.value()) {
            // A window with a ticket at it is refused by callNextAt, as a teller's call is.
            if (w.autoAssign && w.state == WindowState::Open)
                (void)callNextAt(h, w.number, w.tellerId, true);
        }
    }
    m_offering = false;
}

Result<WaitEstimator> QueueService::estimator(const Hall &h)
{
    const QDateTime now = m_clock.now();
    History &history = m_history[h.id];
    if (!history.loadedAt.isValid() || history.loadedAt.secsTo(now) >= kHistoryMaxAgeSeconds || history.loadedAt > now) {
        auto times = m_tickets.handlingTimes(h.id, now.addDays(-m_config.historyDays));
        if (!times)
            return times.error();
        history.times = times.value();
        history.loadedAt = now;
    }
    const Catalogue *catalogue = m_catalogue.current();
    return WaitEstimator(history.times, [catalogue](const QString &code) {
        return WaitEstimator::catalogueDefaultSeconds(catalogue ? catalogue->service(code) : nullptr);
    });
}

Result<std::optional<Ticket>> QueueService::ticketByNumber(const QString &hallCode, const QString &serviceDay, const QString &number)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    return m_tickets.findByNumber((*h)->id, serviceDay, number.trimmed().toUpper());
}

Result<QJsonObject> QueueService::publicStatus(const QString &hallCode, const QString &serviceDay, const QString &number)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    if (QDate::fromString(serviceDay, Qt::ISODate).isNull())
        return notFoundError(QStringLiteral("bad service day"));
    if (auto st = m_db.transaction([&] { return returnDueParked(**h); }); !st)
        return st.error();
    auto found = m_tickets.findByNumber((*h)->id, serviceDay, number.trimmed().toUpper());
    if (!found)
        return found.error();
    if (!found.value())
        return notFoundError(QStringLiteral("no ticket %1 on %2").arg(number, serviceDay));
    const Ticket &t = *found.value();
    QJsonArray matters;
    for (const TicketMatter &m : t.matters)
        matters.append(m.serviceCode);
    QJsonObject o{{QLatin1String("hall"), (*h)->code},
                  {QLatin1String("hall_name_zh"), (*h)->name.zh},
                  {QLatin1String("hall_name_en"), (*h)->name.en},
                  {QLatin1String("number"), t.number},
                  {QLatin1String("service_day"), t.serviceDay},
                  {QLatin1String("state"), toString(t.state)},
                  {QLatin1String("issued_at"), t.issuedAt.toString(Qt::ISODate)},
                  {QLatin1String("matters"), matters}};
    if (t.state == TicketState::Called || t.state == TicketState::Serving)
        o.insert(QLatin1String("window"), t.windowNumber);
    if (t.state == TicketState::Parked)
        o.insert(QLatin1String("parked_until"), t.parkedUntil.toString(Qt::ISODate));
    if (t.state == TicketState::Waiting && serviceDay == this->serviceDay(**h)) {
        if (auto wait = estimate(t))
            o.insert(QLatin1String("wait"), wait.value().toJson());
    }
    return o;
}

Result<WaitEstimate> QueueService::estimate(const Ticket &ticket)
{
    auto h = hallById(ticket.hallId);
    if (!h)
        return h.error();
    auto est = estimator(**h);
    if (!est)
        return est.error();
    auto open = openProfiles(**h);
    if (!open)
        return open.error();
    if (ticket.serviceDay != serviceDay(**h))
        return WaitEstimate{};
    auto waiting = waitingLine(**h); // in memory: issuing a ticket does not read the whole line
    if (!waiting)
        return waiting.error();
    return est.value().estimate(ticket, *waiting.value(), open.value());
}

Result<Ticket> QueueService::loadForWindow(qint64 ticketId, int window, QList<TicketState> allowed)
{
    auto t = m_tickets.find(ticketId);
    if (!t)
        return t.error();
    if (!t.value())
        return notFoundError(QStringLiteral("no ticket %1").arg(ticketId));
    const Ticket &ticket = *t.value();
    if (!allowed.contains(ticket.state))
        return conflictError(QStringLiteral("ticket %1 is %2").arg(ticket.number, toString(ticket.state)));
    if (ticket.windowNumber != window)
        return conflictError(QStringLiteral("ticket %1 belongs to window %2").arg(ticket.number).arg(ticket.windowNumber));
    return ticket;
}

Result<Ticket> QueueService::commit(Ticket ticket, TicketEventKind kind, qint64 actorId, const QJsonObject &detail)
{
    const QDateTime now = m_clock.now();
    Status st = m_db.transaction([&]() -> Status {
        if (auto s = m_tickets.update(ticket); !s)
            return s;
        written(ticket);
        return m_tickets.appendEvent(ticket, kind, actorId, now, detail);
    });
    if (!st)
        return st.error();
    if (auto h = hallById(ticket.hallId))
        publish(QStringLiteral("ticket.") + toString(kind), **h, publicTicket(ticket, (*h)->code).toJson());
    return ticket;
}

Result<Ticket> QueueService::recall(qint64 ticketId, int window, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    const QDateTime now = m_clock.now();
    const qint64 since = ticket.lastCalledAt.secsTo(now);
    if (since < m_config.recallGapSeconds) {
        return conflictError(QStringLiteral("recall %1 again in %2 s").arg(ticket.number).arg(m_config.recallGapSeconds - since));
    }
    if (ticket.recalls >= m_config.maxRecalls) {
        // Recalled as often as allowed and still not here: a no-show, automatically.
        ticket.state = TicketState::NoShow;
        ticket.finishedAt = now;
        return commit(ticket, TicketEventKind::NoShow, actorId, {{QLatin1String("automatic"), true}});
    }
    ticket.recalls += 1;
    ticket.lastCalledAt = now;
    return commit(ticket, TicketEventKind::Recalled, actorId);
}

Result<Ticket> QueueService::startServing(qint64 ticketId, int window, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    ticket.state = TicketState::Serving;
    ticket.servingSince = m_clock.now();
    return commit(ticket, TicketEventKind::Serving, actorId);
}

Result<Ticket> QueueService::finish(qint64 ticketId, int window, const QList<MatterResult> &results, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Serving});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    for (TicketMatter &m : ticket.matters) {
        const auto it = std::find_if(results.begin(), results.end(),
                                     [&m](const MatterResult &r) { return r.serviceCode == m.serviceCode; });
        if (it == results.end())
            return invalidFieldError(QStringLiteral("matters"), QStringLiteral("no outcome for %1").arg(m.serviceCode));
        if (it->outcome == MatterOutcome::Pending)
            return invalidFieldError(QStringLiteral("matters"), QStringLiteral("outcome of %1 is still pending").arg(m.serviceCode));
        if (it->outcome == MatterOutcome::Refused && it->reason.trimmed().isEmpty())
            return invalidFieldError(QStringLiteral("reason"), QStringLiteral("a refusal needs a reason"));
        m.outcome = it->outcome;
        m.reason = it->reason.trimmed();
    }
    ticket.state = TicketState::Finished;
    ticket.finishedAt = m_clock.now();
    auto done = commit(ticket, TicketEventKind::Finished, actorId);
    if (auto h = hallById(ticket.hallId); done && h)
        offerIdleWindows(**h);
    return done;
}

Result<Ticket> QueueService::markNoShow(qint64 ticketId, int window, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    ticket.state = TicketState::NoShow;
    ticket.finishedAt = m_clock.now();
    auto done = commit(ticket, TicketEventKind::NoShow, actorId);
    if (auto h = hallById(ticket.hallId); done && h)
        offerIdleWindows(**h);
    return done;
}

Result<QString> QueueService::hallCodeOf(qint64 hallId)
{
    auto h = hallById(hallId);
    if (!h)
        return h.error();
    return (*h)->code;
}

Result<QString> QueueService::hallOfTicket(qint64 ticketId)
{
    auto hallId = m_tickets.hallOf(ticketId);
    if (!hallId)
        return hallId.error();
    if (hallId.value() == 0)
        return notFoundError(QStringLiteral("no ticket %1").arg(ticketId));
    return hallCodeOf(hallId.value());
}

void QueueService::notify(const QString &type, qint64 hallId, const QJsonObject &payload)
{
    if (auto h = hallById(hallId))
        publish(type, **h, payload);
}

Result<std::optional<Ticket>> QueueService::ticket(qint64 id) const
{
    return m_tickets.find(id);
}

Result<QueueSnapshot> QueueService::snapshot(const QString &hallCode)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    if (auto st = m_db.transaction([&] { return returnDueParked(**h); }); !st)
        return st.error();
    const QString day = serviceDay(**h);
    auto live = m_tickets.list((*h)->id, day,
                               {TicketState::Waiting, TicketState::Called, TicketState::Serving, TicketState::Parked});
    if (!live)
        return live.error();
    auto windows = m_tickets.windows((*h)->id);
    if (!windows)
        return windows.error();
    auto est = estimator(**h);
    if (!est)
        return est.error();
    auto open = openProfiles(**h);
    if (!open)
        return open.error();
    QList<Ticket> line;
    for (const Ticket &t : live.value()) {
        if (t.state == TicketState::Waiting)
            line.append(t);
    }
    const QHash<qint64, WaitEstimate> estimates = est.value().estimateAll(line, open.value());
    QueueSnapshot snap;
    snap.hall = (*h)->code;
    snap.serviceDay = day;
    for (const Ticket &t : live.value()) {
        QueuedTicket q = publicTicket(t, (*h)->code);
        if (t.state == TicketState::Waiting) {
            q.wait = estimates.value(t.id);
            snap.waiting.append(q);
            snap.waitingByPrefix[t.prefix] += 1;
            snap.waitByPrefix.insert(t.prefix, *q.wait); // what a newcomer of the prefix may expect: the last one's
        } else if (t.state == TicketState::Parked) {
            snap.parked.append(q);
        } else {
            snap.atWindows.append(q);
        }
    }
    for (const WindowStatus &w : windows.value())
        snap.windows.append({w.number, w.state, w.tellerId, w.tellerName, w.tellerStaffNo, w.reason, w.autoAssign, w.since});
    return snap;
}

HallView HallView::of(QueueSnapshot snapshot)
{
    HallView v{std::move(snapshot), {}, {}, {}};
    v.json = QJsonDocument(v.snapshot.toJson()).toJson(QJsonDocument::Compact);
    v.deflated = qCompress(v.json, 1).mid(4); // without Qt's 4-byte length: a plain zlib stream
    v.etag = '"' + QCryptographicHash::hash(v.json, QCryptographicHash::Sha1).toHex().left(24) + '"';
    return v;
}

Result<std::shared_ptr<const HallView>> QueueService::view(const QString &hallCode)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    const Hall &hall = **h;
    const QString day = serviceDay(hall);
    if (const auto it = m_views.constFind(hall.id);
        it != m_views.constEnd() && it->day == day && m_clock.now() < it->staleAt)
        return it->view;
    auto snap = snapshot(hallCode);
    if (!snap)
        return snap.error();
    auto built = std::make_shared<const HallView>(HallView::of(std::move(snap).value()));
    m_views.insert(hall.id, CachedView{built, day, viewStaleAt(hall)});
    forgetOnRollback(hall.id); // read inside a change that may not stay
    return built;
}

// The snapshot's waits depend on the handling-time history (read again every few minutes) and
// its line on parked tickets coming back: the view lasts until the first of these.
QDateTime QueueService::viewStaleAt(const Hall &h) const
{
    QDateTime at = m_history.value(h.id).loadedAt.addSecs(kHistoryMaxAgeSeconds);
    if (const QDateTime back = m_nextReturn.value(h.id); back.isValid() && back < at)
        at = back;
    return at;
}

Result<QList<TicketHistoryEntry>> QueueService::events(qint64 ticketId) const
{
    auto rows = m_tickets.events(ticketId);
    if (!rows)
        return rows.error();
    QList<TicketHistoryEntry> out;
    for (const QJsonObject &row : rows.value()) {
        auto entry = TicketHistoryEntry::fromJson(row);
        if (!entry)
            return Error{ErrorCode::Internal, QStringLiteral("ticket %1: unreadable event").arg(ticketId), {}};
        out.append(std::move(entry).value());
    }
    return out;
}

} // namespace ow
