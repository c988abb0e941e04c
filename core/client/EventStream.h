#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace ow {

// The live events of one hall (/api/v1/events): connects, reconnects with a back-off when the
// link drops, and hands each message on as (type, data). A `queue.snapshot` comes first after
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
    void event(const QString &type, const QJsonObject &data);
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
