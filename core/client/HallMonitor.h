#pragma once

#include "core/client/api/QueueApi.h"
#include "core/domain/api/QueueBodies.h"
#include "core/domain/queue/PromiseRisk.h"
#include "core/domain/queue/QueueTypes.h"

#include <QMap>
#include <QObject>

namespace ow {

class ClientSession;
class EventStream;

// The live picture of one hall's queue for a desktop screen: the latest snapshot (windows,
// tickets at windows, waiting line, counts per prefix), redrawn from the event stream. The
// teller panel, the supervisor screen and the hall display all watch a hall through it.
class HallMonitor : public QObject
{
    Q_OBJECT
public:
    using WindowView = ow::WindowView;

    HallMonitor(ClientSession &session, QString hallCode, QObject *parent = nullptr);
    ~HallMonitor() override;

    const QString &hall() const { return m_hall; }
    bool isLive() const;
    void refresh();

    const QList<WindowView> &windows() const { return m_snapshot.windows; }
    const QList<Ticket> &waiting() const { return m_waiting; }
    const QList<Ticket> &atWindows() const { return m_atWindows; }
    const QMap<QString, int> &waitingByPrefix() const { return m_snapshot.waitingByPrefix; }
    // Per prefix, the server's wait estimate for a newcomer.
    const QMap<QString, WaitEstimate> &waitByPrefix() const { return m_snapshot.waitByPrefix; }
    WindowState windowState(int number) const;
    std::optional<Ticket> ticketAt(int window) const;
    // Every window of the hall as the org lists it (retired ones left out) with its live state —
    // closed when nobody opened it — and any other the snapshot has; by number.
    QList<WindowView> everyWindow() const;
    // The hall's promise from its queue rules (read at start and whenever the events reconnect;
    // the usual 15 minutes until then): when a waiting ticket is at risk of breaking it.
    const PromiseRisk &promise() const { return m_promise; }

Q_SIGNALS:
    void changed();
    void event(const ow::HallEvent &event);
    void liveChanged(bool live);
    void failed(const QString &message);

private:
    void apply(const QueueSnapshot &snapshot);
    void loadRules();

    ClientSession &m_session;
    QueueApi m_api;
    EventStream *m_stream;
    QString m_hall;
    QueueSnapshot m_snapshot;
    QList<Ticket> m_waiting;
    QList<Ticket> m_atWindows;
    PromiseRisk m_promise;
};

} // namespace ow
