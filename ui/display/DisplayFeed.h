#pragma once

#include "core/domain/api/QueueBodies.h"
#include "ui/display/RecentCalls.h"

#include <QMap>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace ow {

class ClientSession;
class HallMonitor;

// What the hall display shows, kept live from the hall's event stream (through HallMonitor): the
// recent calls, the waiting count per ticket prefix, and whether the stream is up. Logs the
// device in (again and again while the server cannot be reached) and watches the device's hall.
// QtCore only; the board draws it.
class DisplayFeed : public QObject
{
    Q_OBJECT
public:
    explicit DisplayFeed(ClientSession &session, QObject *parent = nullptr);
    ~DisplayFeed() override;

    // Logs in with the device account; while the server cannot be reached and nothing is cached,
    // tries again every `retryMs`. A refused password is not retried (it would lock the account).
    void connectTo(const QUrl &server, const QString &username, const QString &password);
    void setLoginRetryMs(int ms) { m_loginRetry.setInterval(ms); }

    RecentCalls &calls() { return m_calls; }
    const QMap<QString, int> &waitingByPrefix() const { return m_waiting; }
    // Per prefix, the estimated wait of a newcomer in minutes (optimistic, pessimistic); absent
    // when unknown (no window able to serve it is open).
    const QMap<QString, QPair<int, int>> &waitByPrefix() const { return m_waits; }
    int waitingTotal() const;
    bool isLive() const;
    const QString &loginError() const { return m_loginError; }

    // One event of the hall (ticket.called, ticket.recalled, …); public so that tests can play
    // events without a server.
    void handleEvent(const ow::HallEvent &event);

Q_SIGNALS:
    void called(const QString &number, int window, bool recall);
    void waitingChanged();
    void liveChanged(bool live);
    void loginChanged(); // logged in, or loginError() changed

private:
    void watch(const QString &hall);
    void onSnapshot();
    void newServiceDay(const QString &day);

    ClientSession &m_session;
    HallMonitor *m_monitor = nullptr;
    RecentCalls m_calls;
    QMap<QString, int> m_waiting;
    QMap<QString, QPair<int, int>> m_waits;
    QString m_serviceDay;
    QString m_loginError;
    QUrl m_server;
    QString m_username;
    QString m_password; // in memory only, for the retries
    QTimer m_loginRetry;
};

} // namespace ow
