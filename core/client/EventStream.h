#pragma once

#include "core/client/TlsTrust.h"
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

    // Whom a wss:// server must prove to be; a certificate that does not verify is logged and
    // the stream keeps trying with its back-off (the REST calls tell the user).
    void setTlsTrust(const TlsTrust &trust);
    // `language`: that of the texts the events carry (QueueApi::eventsUrl).
    void start(const QUrl &server, const QString &hall, const QString &token, const QString &language = {});
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
    TlsTrust m_trust;
    bool m_connected = false;
    bool m_running = false;
    int m_backoffMs = 500;
};

} // namespace ow
