// QueueService, the windows: opening, pausing and closing them, what each serves (its profile),
// and auto-assign. The ticket operations are in QueueService.cpp.
#include "core/service/queue/QueueService.h"

#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/WindowEventLog.h"
#include "core/sql/Database.h"

namespace ow {

Result<WindowStatus> QueueService::setWindow(const QString &hallCode, int window, WindowState state, qint64 tellerId,
                                             const QString &reason)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    const auto &ws = (*h)->windows;
    if (std::none_of(ws.begin(), ws.end(), [window](const Window &w) { return w.number == window; }))
        return notFoundError(QStringLiteral("hall %1 has no window %2").arg(hallCode).arg(window));
    auto current = windowState((*h)->id, window);
    if (!current)
        return current.error();
    WindowStatus status = current.value().value_or(WindowStatus{window, WindowState::Closed, 0, {}, {}, 0, false, {}, {}});
    // Whose window time the new state is: a pause (perhaps by a supervisor) stays the time of
    // the teller who was at the window.
    const qint64 before = status.state != WindowState::Closed ? status.tellerId : 0;
    status.state = state;
    status.tellerId = state == WindowState::Closed ? 0 : (tellerId ? tellerId : status.tellerId);
    status.reason = reason;
    status.since = m_clock.now();
    const qint64 owner = state == WindowState::Closed ? 0 : (state == WindowState::Paused && before ? before : status.tellerId);
    // The live state and its history change together.
    const Status saved = m_db.transaction([&]() -> Status {
        if (auto st = saveWindowState((*h)->id, status); !st)
            return st;
        return WindowEventLog(m_db).append((*h)->id, window, state, reason, owner, tellerId, status.since,
                                           ow::serviceDay(**h, status.since));
    });
    if (!saved)
        return saved.error();
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
    auto states = windowStates(h.id);
    if (!states)
        return states.error();
    QList<WindowProfile> open;
    for (const WindowStatus &w : *states.value()) {
        if (w.state != WindowState::Open)
            continue;
        if (auto p = profile(h, w.number))
            open.append(p.value());
    }
    return open;
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
    for (const Window &existing : (*h)->windows) {
        if (existing.number == w.number) { // what a profile does not carry stays as it was
            w.label = existing.label;
            w.retired = existing.retired;
            w.autoAssign = existing.autoAssign;
        }
    }
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

Result<WindowStatus> QueueService::setAutoAssign(const QString &hallCode, int window, bool on, qint64 actorId)
{
    Q_UNUSED(actorId);
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    if (auto p = profile(**h, window); !p)
        return p.error();
    auto current = windowState((*h)->id, window);
    if (!current)
        return current.error();
    WindowStatus status = current.value().value_or(WindowStatus{window, WindowState::Closed, 0, {}, m_clock.now(), 0, false, {}, {}});
    status.autoAssign = on;
    if (auto st = saveWindowState((*h)->id, status); !st)
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
    if (auto windows = m_tickets.windows(h.id)) { // a copy: the calls below write window states
        for (const WindowStatus &w : windows.value()) {
            // A window with a ticket at it is refused by callNextAt, as a teller's call is.
            if (w.autoAssign && w.state == WindowState::Open)
                (void)callNextAt(h, w.number, w.tellerId, true);
        }
    }
    m_offering = false;
}

} // namespace ow
