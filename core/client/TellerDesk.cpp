#include "core/client/TellerDesk.h"

#include "core/client/ClientSession.h"
#include "core/client/HallMonitor.h"
#include "core/client/OfflineCounter.h"
#include "core/client/SyncAgent.h"

#include <QPointer>

namespace ow {

TellerDesk::TellerDesk(ClientSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_hall(session.isLoggedIn() ? session.account().hallCode : QString())
    , m_monitor(new HallMonitor(session, m_hall, this))
    , m_offline(new OfflineCounter(session, this))
{
    connect(m_offline, &OfflineCounter::message, this, &TellerDesk::fail);
    connect(m_offline, &OfflineCounter::changed, this, &TellerDesk::onHallChanged);
    connect(&session, &ClientSession::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Online)
            m_offline->renew(); // back: top the leased numbers up for the next outage
        onHallChanged();
    });
    connect(m_monitor, &HallMonitor::changed, this, &TellerDesk::onHallChanged);
    connect(m_monitor, &HallMonitor::liveChanged, this, &TellerDesk::liveChanged);
    connect(m_monitor, &HallMonitor::failed, this, &TellerDesk::fail);
}

TellerDesk::~TellerDesk() = default;

bool TellerDesk::isLive() const
{
    return m_monitor->isLive();
}

void TellerDesk::setWindow(int window)
{
    m_window = window;
    m_current.reset();
    m_offline->setWindow(window);
    if (!isOffline())
        m_offline->renew();
    refresh();
}

bool TellerDesk::isOffline() const
{
    return m_session.state() == ConnectionState::Offline;
}

std::optional<Ticket> TellerDesk::offlineTicket() const
{
    const auto &o = m_offline->current();
    if (!o)
        return std::nullopt;
    Ticket t;
    t.number = o->number;
    t.state = o->state;
    t.windowNumber = m_window;
    t.issuedAt = o->issuedAt;
    t.serviceDay = m_offline->serviceDayOf(o->issuedAt);
    t.calledAt = o->calledAt;
    t.servingSince = o->servingSince;
    for (const QString &code : o->services) {
        TicketMatter m;
        m.serviceCode = code;
        t.matters.append(m);
    }
    return t;
}

void TellerDesk::issueWalkIn(const QStringList &services)
{
    auto issued = m_offline->issue(services);
    if (!issued) {
        fail(issued.error().detail);
        return;
    }
    Q_EMIT message(tr("Offline: ticket %1 from this window's reserved numbers; it reaches the server when the connection is back.")
                       .arg(issued.value().number));
}

void TellerDesk::report(const Status &done)
{
    if (!done)
        fail(done.error().detail);
}

void TellerDesk::fail(const QString &text)
{
    Q_EMIT message(text);
}

void TellerDesk::refresh()
{
    m_monitor->refresh();
}

void TellerDesk::onHallChanged()
{
    m_waiting = m_monitor->waiting();
    m_current = m_offline->current() ? offlineTicket() : m_monitor->ticketAt(m_window);
    m_windowState = m_monitor->windowState(m_window);
    Q_EMIT changed();
}

// Every change goes into the outbox first and is sent from there: a window keeps its record when
// the network drops, and a change is never applied twice.
void TellerDesk::write(const QueueWrite &w, std::function<void(int, const QJsonObject &)> onAnswer)
{
    SyncAgent *sync = m_session.sync();
    if (!sync) {
        fail(tr("Please log in again."));
        return;
    }
    QPointer<TellerDesk> self(this);
    auto op = sync->submit(w.method, w.path, w.body, [self, onAnswer = std::move(onAnswer)](int status, const QJsonObject &answer) {
        if (!self)
            return;
        if (status >= 400) {
            self->refused(status, answer);
            return;
        }
        onAnswer(status, answer);
    });
    if (!op) {
        fail(op.error().detail);
        return;
    }
    if (!sync->isOnline())
        Q_EMIT message(tr("Saved on this computer; it is sent as soon as the server can be reached."));
}

// The server's refusal, in the status line, and the window read again. A call refused because a
// ticket is at the window (called from another device, say) shows that ticket here at once.
void TellerDesk::refused(int status, const QJsonObject &answer)
{
    if (const auto held = WindowOccupied::fromAnswer(answer); held && held->ticket.windowNumber == m_window) {
        m_current = held->ticket;
        Q_EMIT changed();
        fail(stillAtWindow(held->ticket));
    } else {
        OutboxOp op;
        op.answer = answer;
        fail(op.reason().isEmpty() ? tr("The server refused this (%1).").arg(status) : op.reason());
    }
    refresh();
}

bool TellerDesk::mayCall()
{
    if (!m_current)
        return true;
    fail(stillAtWindow(*m_current));
    return false;
}

QString TellerDesk::stillAtWindow(const Ticket &ticket) const
{
    return tr("%1 is still at your window: finish it, mark it no-show or transfer it before calling the next.").arg(ticket.number);
}

void TellerDesk::setWindowState(WindowState state, const QString &reason)
{
    write(QueueApi::setWindowStateWrite(m_hall, m_window, WindowStateChange{state, reason, std::nullopt}),
          [this](int, const QJsonObject &) { refresh(); });
}

void TellerDesk::open()
{
    setWindowState(WindowState::Open, {});
}

void TellerDesk::pause(const QString &reason)
{
    setWindowState(WindowState::Paused, reason);
}

void TellerDesk::close()
{
    setWindowState(WindowState::Closed, {});
}

void TellerDesk::callNext()
{
    if (isOffline() || m_offline->current()) {
        fail(m_offline->current() ? tr("Finish the ticket at the window first.")
                                  : tr("Offline: the hall's line cannot be reached; issue a walk-in ticket for the citizen at the window."));
        return;
    }
    if (!mayCall())
        return;
    write(QueueApi::callNextWrite(m_hall, m_window), [this](int status, const QJsonObject &answer) {
        if (status == 204) {
            Q_EMIT message(tr("Nobody this window can serve is waiting."));
            return;
        }
        if (auto called = Ticket::fromJson(answer))
            m_current = std::move(called).value();
        Q_EMIT changed();
        refresh();
    });
}

std::optional<qint64> TellerDesk::actionTarget(qint64 ticketId)
{
    if (!ticketId && !m_current) {
        Q_EMIT message(tr("There is no ticket at this window."));
        return std::nullopt;
    }
    if (m_offline->current()) {
        fail(tr("Offline, a ticket can be served, finished or marked as a no-show; nothing else."));
        return std::nullopt;
    }
    return ticketId ? ticketId : m_current->id;
}

void TellerDesk::act(const QueueWrite &w)
{
    write(w, [this](int, const QJsonObject &answer) {
        auto read = Ticket::fromJson(answer);
        const Ticket t = read ? std::move(read).value() : Ticket();
        if (t.state == TicketState::Called || t.state == TicketState::Serving)
            m_current = t;
        else
            m_current.reset();
        Q_EMIT changed();
        if (t.state == TicketState::Finished)
            Q_EMIT ticketFinished(t);
        refresh();
    });
}

void TellerDesk::callTicket(qint64 ticketId, const QString &reason)
{
    if (!mayCall())
        return;
    if (const auto id = actionTarget(ticketId))
        act(QueueApi::callTicketWrite(*id, {m_window, reason}));
}

void TellerDesk::transfer(const QStringList &services, int toWindow, bool toFront, const QString &reason)
{
    if (const auto id = actionTarget())
        act(QueueApi::transferWrite(*id, {m_window, services, toWindow, 0, toFront, reason}));
}

void TellerDesk::park(int minutes, const QString &reason)
{
    if (const auto id = actionTarget())
        act(QueueApi::parkWrite(*id, {m_window, minutes, reason}));
}

void TellerDesk::recall()
{
    if (const auto id = actionTarget())
        act(QueueApi::recallWrite(*id, m_window));
}

void TellerDesk::serve()
{
    if (m_offline->current()) {
        report(m_offline->serve());
        return;
    }
    if (const auto id = actionTarget())
        act(QueueApi::serveWrite(*id, m_window));
}

void TellerDesk::noShow()
{
    if (m_offline->current()) {
        report(m_offline->noShow());
        return;
    }
    if (const auto id = actionTarget())
        act(QueueApi::noShowWrite(*id, m_window));
}

void TellerDesk::finish(const QList<QPair<QString, QPair<MatterOutcome, QString>>> &outcomes)
{
    QList<MatterResult> results;
    for (const auto &[service, result] : outcomes)
        results.append({service, result.first, result.second});
    if (m_offline->current()) {
        const auto finished = offlineTicket();
        if (auto st = m_offline->finish(results); !st) {
            fail(st.error().detail);
            return;
        }
        Q_EMIT ticketFinished(*finished); // the citizen rates it; the rating follows it through the outbox
        return;
    }
    if (const auto id = actionTarget())
        act(QueueApi::finishWrite(*id, {m_window, results}));
}

void TellerDesk::finishAllDone()
{
    if (!m_current)
        return;
    QList<QPair<QString, QPair<MatterOutcome, QString>>> outcomes;
    for (const TicketMatter &m : m_current->matters)
        outcomes.append({m.serviceCode, {MatterOutcome::Done, {}}});
    finish(outcomes);
}

} // namespace ow
