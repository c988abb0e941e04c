#pragma once

#include "core/client/HallMonitor.h"
#include "core/client/api/QueueApi.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/domain/util/Error.h"

#include <QObject>

namespace ow {

class ClientSession;
class OfflineCounter;

// A teller's window, as the queue panel shows it: the window's state, the ticket at the window,
// and the hall's waiting line kept live from the event stream. Widgets call these operations and
// observe the signals; the rules stay on the server (core/queue).
class TellerDesk : public QObject
{
    Q_OBJECT
public:
    TellerDesk(ClientSession &session, QObject *parent = nullptr);
    ~TellerDesk() override;

    void setWindow(int window);
    int window() const { return m_window; }
    WindowState windowState() const { return m_windowState; }
    const std::optional<Ticket> &current() const { return m_current; }
    const QList<Ticket> &waiting() const { return m_waiting; }
    bool isLive() const;

    void open();
    void pause(const QString &reason);
    void close();
    // One citizen per window: false, with the teller told in words, while a ticket is at the
    // window — the server would refuse the call the same way (WindowOccupied). callNext and
    // callTicket ask it before sending anything.
    bool mayCall();
    void callNext();
    void recall();
    void serve();
    void finish(const QList<QPair<QString, QPair<MatterOutcome, QString>>> &outcomes); // service → (outcome, reason)
    void finishAllDone();
    void noShow();
    // A waiting (or parked) ticket out of order, with the reason the hall's record keeps.
    void callTicket(qint64 ticketId, const QString &reason);
    // Hands the current ticket on: to other matters (empty: the same), one window (0: any able
    // window), to the front or the back of the line. It keeps its number.
    void transfer(const QStringList &services, int toWindow, bool toFront, const QString &reason);
    // The citizen steps away for `minutes`; the ticket returns to its place in the line.
    void park(int minutes, const QString &reason);
    void refresh();

    // Offline window mode: with the server out of reach the window issues a walk-in ticket from
    // its leased numbers and serves it here; serve, finish and no-show then act on that ticket.
    bool isOffline() const;
    void issueWalkIn(const QStringList &services);
    OfflineCounter &offline() { return *m_offline; }

    HallMonitor &monitor() { return *m_monitor; }

Q_SIGNALS:
    void changed();
    void ticketFinished(const ow::Ticket &ticket); // for the citizen-facing screen's rating
    void message(const QString &text); // translated, for the status line
    void liveChanged(bool live);

private:
    // The ticket at the window (or `ticketId`), if it may be acted on here and now.
    std::optional<qint64> actionTarget(qint64 ticketId = 0);
    void act(const QueueWrite &write);
    void write(const QueueWrite &write, std::function<void(int status, const QJsonObject &answer)> onAnswer);
    void setWindowState(WindowState state, const QString &reason);
    void onHallChanged();
    void fail(const QString &text);
    void refused(int status, const QJsonObject &answer);
    QString stillAtWindow(const Ticket &ticket) const;
    void report(const Status &done);
    std::optional<Ticket> offlineTicket() const;

    ClientSession &m_session;
    QString m_hall;
    HallMonitor *m_monitor;
    OfflineCounter *m_offline;
    int m_window = 0;
    WindowState m_windowState = WindowState::Closed;
    std::optional<Ticket> m_current;
    QList<Ticket> m_waiting;
};

} // namespace ow
