#include "ui/display/DisplayFeed.h"

#include "core/client/ClientSession.h"
#include "core/client/HallMonitor.h"

#include <algorithm>

namespace ow {

DisplayFeed::DisplayFeed(ClientSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_loginRetry.setSingleShot(true);
    m_loginRetry.setInterval(15000);
    connect(&m_loginRetry, &QTimer::timeout, this, [this]() { m_session.login(m_server, m_username, m_password); });
    connect(&m_session, &ClientSession::loginFinished, this, [this](bool ok, const QString &message) {
        m_loginError = ok ? QString() : message;
        if (ok)
            watch(m_session.account().hallCode);
        else if (m_session.state() == ConnectionState::Offline)
            m_loginRetry.start(); // unreachable and nothing cached yet: keep trying
        Q_EMIT loginChanged();
    });
}

DisplayFeed::~DisplayFeed() = default;

void DisplayFeed::connectTo(const QUrl &server, const QString &username, const QString &password)
{
    m_server = server;
    m_username = username;
    m_password = password;
    m_loginError.clear();
    m_session.login(server, username, password);
}

int DisplayFeed::waitingTotal() const
{
    int total = 0;
    for (int n : m_waiting)
        total += n;
    return total;
}

bool DisplayFeed::isLive() const
{
    return m_monitor && m_monitor->isLive();
}

void DisplayFeed::watch(const QString &hall)
{
    // Logged in offline there is no token yet: the monitor starts streaming once the session
    // is back online.
    if (m_monitor && m_monitor->hall() == hall)
        return;
    delete m_monitor;
    m_monitor = new HallMonitor(m_session, hall, this);
    connect(m_monitor, &HallMonitor::event, this, &DisplayFeed::handleEvent);
    connect(m_monitor, &HallMonitor::changed, this, &DisplayFeed::onSnapshot);
    connect(m_monitor, &HallMonitor::liveChanged, this, &DisplayFeed::liveChanged);
}

void DisplayFeed::handleEvent(const HallEvent &event)
{
    if (!event.ticket || (event.type != QLatin1String("ticket.called") && event.type != QLatin1String("ticket.recalled")))
        return; // other changes reach the board through the snapshot that follows
    // Events carry masked tickets; only the number and the calling window are used.
    const Ticket &t = event.ticket->ticket;
    newServiceDay(t.serviceDay);
    if (t.number.isEmpty() || t.windowNumber <= 0)
        return;
    const bool recall = event.type == QLatin1String("ticket.recalled");
    m_calls.add(t.number, t.windowNumber, recall);
    Q_EMIT called(t.number, t.windowNumber, recall);
}

void DisplayFeed::newServiceDay(const QString &day)
{
    // Numbers start again each service day: yesterday's A001 is not today's.
    if (day.isEmpty() || day == m_serviceDay)
        return;
    if (!m_serviceDay.isEmpty())
        m_calls.clear();
    m_serviceDay = day;
}

void DisplayFeed::onSnapshot()
{
    QList<Ticket> atWindows = m_monitor->atWindows();
    if (!atWindows.isEmpty())
        newServiceDay(atWindows.first().serviceDay);
    else if (!m_monitor->waiting().isEmpty())
        newServiceDay(m_monitor->waiting().first().serviceDay);

    QMap<QString, int> waiting;
    const QMap<QString, int> &counts = m_monitor->waitingByPrefix();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > 0)
            waiting.insert(it.key(), it.value());
    }
    QMap<QString, QPair<int, int>> waits;
    const QMap<QString, WaitEstimate> &estimates = m_monitor->waitByPrefix();
    for (auto it = estimates.begin(); it != estimates.end(); ++it) {
        if (waiting.contains(it.key()) && it.value().known())
            waits.insert(it.key(), {it.value().optimisticMinutes(), it.value().pessimisticMinutes()});
    }
    if (waiting != m_waiting || waits != m_waits) {
        m_waiting = waiting;
        m_waits = waits;
        Q_EMIT waitingChanged();
    }

    // After a (re)start, show who is at the windows now, latest call first, without announcing.
    atWindows.removeIf([](const Ticket &t) { return t.number.isEmpty() || t.windowNumber <= 0; });
    std::stable_sort(atWindows.begin(), atWindows.end(), [](const Ticket &a, const Ticket &b) { return a.calledAt > b.calledAt; });
    QList<RecentCalls::Entry> entries;
    for (const Ticket &t : std::as_const(atWindows))
        entries.append({t.number, t.windowNumber, t.recalls > 0, 1});
    m_calls.seed(entries);
}

} // namespace ow
