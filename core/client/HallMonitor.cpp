#include "core/client/HallMonitor.h"

#include "core/client/ClientSession.h"
#include "core/client/EventStream.h"

#include <QPointer>
#include <QSet>

namespace ow {

namespace {
QList<Ticket> ticketsOf(const QList<QueuedTicket> &queued)
{
    QList<Ticket> out;
    out.reserve(queued.size());
    for (const QueuedTicket &q : queued)
        out.append(q.ticket);
    return out;
}
} // namespace

HallMonitor::HallMonitor(ClientSession &session, QString hallCode, QObject *parent)
    : QObject(parent), m_session(session), m_api(session.api()), m_stream(new EventStream(this)), m_hall(std::move(hallCode))
{
    m_stream->setTlsTrust(m_session.api().tlsTrust());
    connect(m_stream, &EventStream::event, this, [this](const HallEvent &e) {
        if (e.snapshot) {
            apply(*e.snapshot);
            return;
        }
        Q_EMIT event(e);
        if (!e.atRisk) // a warning changes nothing in the queue
            refresh(); // redraw from a fresh snapshot: simple, and the snapshot is small
    });
    connect(m_stream, &EventStream::connectedChanged, this, &HallMonitor::liveChanged);
    connect(m_stream, &EventStream::connectedChanged, this, [this](bool connected) {
        if (connected)
            loadRules(); // an administrator may have changed them while we were away
    });
    connect(&m_session, &ClientSession::stateChanged, this, [this](ConnectionState s) {
        if (s == ConnectionState::Online && m_session.api().hasToken() && !m_stream->isConnected())
            m_stream->start(m_session.server(), m_hall, m_session.api().token(), m_session.api().language());
    });
    if (m_session.api().hasToken()) {
        m_stream->start(m_session.server(), m_hall, m_session.api().token(), m_session.api().language());
        loadRules();
    }
}

void HallMonitor::loadRules()
{
    if (m_hall.isEmpty() || !m_session.api().hasToken())
        return;
    m_api.queueRules(m_hall, [self = QPointer<HallMonitor>(this)](Result<HallQueueRules> r) {
        if (!self || !r)
            return; // offline: the promise known so far
        self->m_promise = PromiseRisk(r.value().rules.promiseMinutes);
        Q_EMIT self->changed();
    });
}

QList<WindowView> HallMonitor::everyWindow() const
{
    QMap<int, WindowView> byNumber;
    QSet<int> retired;
    for (const Hall &h : m_session.halls()) {
        if (h.code != m_hall)
            continue;
        for (const Window &w : h.windows) {
            if (w.retired)
                retired.insert(w.number);
            else
                byNumber.insert(w.number, WindowView{w.number, WindowState::Closed, 0, {}, {}, {}, w.autoAssign, {}});
        }
    }
    for (const WindowView &w : m_snapshot.windows) {
        if (!retired.contains(w.number) || w.state != WindowState::Closed)
            byNumber.insert(w.number, w);
    }
    return byNumber.values();
}

HallMonitor::~HallMonitor() = default;

bool HallMonitor::isLive() const
{
    return m_stream->isConnected();
}

void HallMonitor::refresh()
{
    if (m_hall.isEmpty() || !m_session.api().hasToken())
        return;
    m_api.queueSnapshot(m_hall, [this](Result<QueueSnapshot> r) {
        if (!r) {
            Q_EMIT failed(r.error().detail);
            return;
        }
        apply(r.value());
    });
}

void HallMonitor::apply(const QueueSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_waiting = ticketsOf(snapshot.waiting);
    m_atWindows = ticketsOf(snapshot.atWindows);
    Q_EMIT changed();
}

WindowState HallMonitor::windowState(int number) const
{
    for (const WindowView &w : m_snapshot.windows) {
        if (w.number == number)
            return w.state;
    }
    return WindowState::Closed;
}

std::optional<Ticket> HallMonitor::ticketAt(int window) const
{
    for (const Ticket &t : m_atWindows) {
        if (t.windowNumber == window)
            return t;
    }
    return std::nullopt;
}

} // namespace ow
