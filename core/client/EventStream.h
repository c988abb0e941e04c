#pragma once

#include "core/domain/api/QueueBodies.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace ow {

// The live events of one hall (QueueApi::eventsUrl): connects, reconnects with a back-off when the
// link drops, and hands each message on, read into a HallEvent (one that does not parse is
// dropped with a warning). A `queue.snapshot` comes first after
// every (re)connection, so a screen can always redraw from it.
class EventStream : public QObject
{
    Q_OBJECT
public:
    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    void start(const QUrl &server, const QString &hall, const QString &token);
    void stop();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void event(const ow::HallEvent &event);
    void connectedChanged(bool connected);

private:
    void open();
    void onText(const QString &text);
    void onDisconnected();

    QWebSocket *m_socket;
    QTimer m_retry;
    QUrl m_url;
    bool m_connected = false;
    bool m_running = false;
    int m_backoffMs = 500;
};

} // namespace ow
