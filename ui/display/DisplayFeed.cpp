#include "ui/display/DisplayFeed.h"

#include "core/client/ClientSession.h"
#include "core/client/TellerDesk.h"
#include "core/net/EventStream.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDisplay, "ow.display")

namespace ow {

DisplayFeed::DisplayFeed(ClientSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_events(new EventStream(this))
{
    m_loginRetry.setSingleShot(true);
    m_loginRetry.setInterval(15000);
    connect(&m_loginRetry, &QTimer::timeout, this, [this]() { m_session.login(m_server, m_username, m_password); });
    // Bursts of events (a teller calling, then serving) cost one snapshot.
    m_snapshotDebounce.setSingleShot(true);
    m_snapshotDebounce.setInterval(200);
    connect(&m_snapshotDebounce, &QTimer::timeout, this, &DisplayFeed::requestSnapshot);

    connect(m_events, &EventStream::event, this, &DisplayFeed::handleEvent);
    connect(m_events, &EventStream::connectedChanged, this, &DisplayFeed::liveChanged);
    connect(&m_session, &ClientSession::loginFinished, this, [this](bool ok, const QString &message) {
        m_loginError = ok ? QString() : message;
        if (ok) {
            m_hall = m_session.account().hallCode;
            startStream();
        } else if (m_session.state() == ConnectionState::Offline) {
            m_loginRetry.start(); // unreachable and nothing cached yet: keep trying
        }
        Q_EMIT loginChanged();
    });
    connect(&m_session, &ClientSession::stateChanged, this, [this](ConnectionState s) {
        if (s == ConnectionState::Online)
            startStream();
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
    return m_events->isConnected();
}

void DisplayFeed::startStream()
{
    // Logged in offline there is no token yet; the session logs in again once the server is back.
    if (m_hall.isEmpty() || !m_session.api().hasToken() || m_events->isConnected())
        return;
    m_events->start(m_session.server(), m_hall, m_session.api().token());
}

void DisplayFeed::handleEvent(const QString &type, const QJsonObject &data)
{
    if (type == QLatin1String("queue.snapshot")) {
        applySnapshot(data);
        return;
    }
    if (type == QLatin1String("ticket.called") || type == QLatin1String("ticket.recalled")) {
        // Events carry masked tickets; only the number and the calling window are used.
        const Ticket t = TellerDesk::ticketFromJson(data);
        if (!t.number.isEmpty() && t.windowNumber > 0) {
            const bool recall = type == QLatin1String("ticket.recalled");
            m_calls.add(t.number, t.windowNumber, recall);
            Q_EMIT called(t.number, t.windowNumber, recall);
        }
    }
    // Any change in the hall may change who waits: count again from a fresh snapshot.
    m_snapshotDebounce.start();
}

void DisplayFeed::applySnapshot(const QJsonObject &snapshot)
{
    QMap<QString, int> waiting;
    const QJsonObject counts = snapshot.value(QLatin1String("waiting_by_prefix")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value().toInt() > 0)
            waiting.insert(it.key(), it.value().toInt());
    }
    if (waiting != m_waiting) {
        m_waiting = waiting;
        Q_EMIT waitingChanged();
    }

    // After a (re)start, show who is at the windows now, latest call first, without announcing.
    QList<Ticket> atWindows;
    for (const QJsonValue &v : snapshot.value(QLatin1String("at_windows")).toArray()) {
        const Ticket t = TellerDesk::ticketFromJson(v.toObject());
        if (!t.number.isEmpty() && t.windowNumber > 0)
            atWindows.append(t);
    }
    std::stable_sort(atWindows.begin(), atWindows.end(),
                     [](const Ticket &a, const Ticket &b) { return a.calledAt > b.calledAt; });
    QList<RecentCalls::Entry> entries;
    for (const Ticket &t : atWindows)
        entries.append({t.number, t.windowNumber, t.recalls > 0, 1});
    m_calls.seed(entries);
}

void DisplayFeed::requestSnapshot()
{
    if (m_hall.isEmpty() || !m_session.api().hasToken())
        return;
    if (m_snapshotInFlight) {
        m_snapshotAgain = true;
        return;
    }
    m_snapshotInFlight = true;
    m_session.api().queueSnapshot(m_hall, [self = QPointer<DisplayFeed>(this)](Result<ApiReply> r) {
        if (self)
            self->onSnapshotReply(r);
    });
}

void DisplayFeed::onSnapshotReply(const Result<ApiReply> &r)
{
    m_snapshotInFlight = false;
    if (r && r.value().status == 200)
        applySnapshot(r.value().json);
    else if (!r)
        qCInfo(lcDisplay) << "queue snapshot failed:" << r.error().detail;
    if (m_snapshotAgain) {
        m_snapshotAgain = false;
        requestSnapshot();
    }
}

} // namespace ow
