#pragma once

#include "core/service/queue/QueueService.h"

#include <QObject>

#include <memory>
#include <vector>

class QAbstractHttpServer;
class QWebSocket;

namespace ow {

class AuthService;

// /api/v1/events: a WebSocket per hall. Clients connect with ?hall=CODE&token=TOKEN (browsers
// and Qt cannot set headers on a WebSocket handshake), get a `queue.snapshot` first, then every
// queue event of that hall as JSON text messages: {"type","hall","data"}.
class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(QAbstractHttpServer &http, AuthService &auth, QueueService &queue, QObject *parent = nullptr);
    ~EventHub() override;

    void publish(const QueueEvent &event);
    int subscriberCount() const { return static_cast<int>(m_subscribers.size()); }

private:
    struct Subscriber
    {
        std::unique_ptr<QWebSocket> socket;
        QString hallCode;
    };
    void accept();
    void drop(QWebSocket *socket);

    QAbstractHttpServer &m_http;
    AuthService &m_auth;
    QueueService &m_queue;
    std::vector<Subscriber> m_subscribers;
};

} // namespace ow
