#pragma once

#include "core/domain/queue/QueueTypes.h"

#include <QJsonObject>
#include <QObject>

namespace ow {

class ClientSession;
class EventStream;

// The live picture of one hall's queue for a desktop screen: the latest snapshot (windows,
// tickets at windows, waiting line, counts per prefix), redrawn from the event stream. The
// teller panel and the supervisor screen both watch a hall through it.
class HallMonitor : public QObject
{
    Q_OBJECT
public:
    struct WindowView
    {
        int number = 0;
        WindowState state = WindowState::Closed;
        QString tellerName;
        QString tellerStaffNo;
        QString reason;
        QDateTime since;
    };

    HallMonitor(ClientSession &session, QString hallCode, QObject *parent = nullptr);
    ~HallMonitor() override;

    const QString &hall() const { return m_hall; }
    bool isLive() const;
    void refresh();

    const QList<WindowView> &windows() const { return m_windows; }
    const QList<Ticket> &waiting() const { return m_waiting; }
    const QList<Ticket> &atWindows() const { return m_atWindows; }
    QJsonObject waitingByPrefix() const { return m_counts; }
    // Per prefix, the server's wait estimate for a newcomer (people_ahead, optimistic_minutes…).
    QJsonObject waitByPrefix() const { return m_waits; }
    WindowState windowState(int number) const;
    std::optional<Ticket> ticketAt(int window) const;

    static Ticket ticketFromJson(const QJsonObject &o);

Q_SIGNALS:
    void changed();
    void event(const QString &type, const QJsonObject &data);
    void liveChanged(bool live);
    void failed(const QString &message);

private:
    void apply(const QJsonObject &snapshot);

    ClientSession &m_session;
    EventStream *m_stream;
    QString m_hall;
    QList<WindowView> m_windows;
    QList<Ticket> m_waiting;
    QList<Ticket> m_atWindows;
    QJsonObject m_counts;
    QJsonObject m_waits;
};

} // namespace ow
