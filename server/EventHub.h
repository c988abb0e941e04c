#pragma once

#include "core/domain/api/WorkOrderBodies.h"
#include "core/domain/risk/RiskTypes.h"
#include "core/service/queue/QueueService.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QAbstractHttpServer;
class QWebSocket;

namespace ow {

class AuthService;
class LanguagePack;

// /api/v1/events: a WebSocket per hall. Clients connect with ?hall=CODE&token=TOKEN (browsers
// and Qt cannot set headers on a WebSocket handshake), get a `queue.snapshot` first, then every
// queue event of that hall as JSON text messages: {"type","hall","data"}. A session that ends —
// logged out, expired, its account disabled or its password reset — loses its stream within
// kRecheckMs; an account that must first change its one-time password gets none.
class EventHub : public QObject
{
    Q_OBJECT
public:
    // `languages`: for the texts of risk alerts, made in each stream's language (its `lang`).
    EventHub(QAbstractHttpServer &http, AuthService &auth, QueueService &queue, const LanguagePack &languages,
             QObject *parent = nullptr);
    ~EventHub() override;

    void publish(const QueueEvent &event);
    // A risk alert raised or disposed of (`type` risk.alert_raised / risk.alert_disposed): to every
    // stream of a supervisor who oversees the alert's hall (SupervisionScope over `halls`),
    // whichever hall the stream watches.
    void publishRisk(const QString &type, const RiskAlert &alert, const QList<Hall> &halls);
    // Something only supervisors hear of (a ticket at risk of breaking the promise: ticket.at_risk):
    // to the streams of `hallCode` whose account may supervise the queue.
    void publishToSupervisors(const QString &type, const QString &hallCode, const QJsonObject &payload);
    // Whether a stream of `hallCode` belongs to an account that may supervise the queue.
    bool supervisorWatches(const QString &hallCode) const;
    // A 12333 work order routed to or answered by a hall: to the supervisors overseeing it.
    void publishWorkOrder(const QString &type, const WorkOrderItem &item, const QList<Hall> &halls);
    int subscriberCount() const { return static_cast<int>(m_subscribers.size()); }
    static constexpr int kRecheckMs = 2000;

private:
    struct Subscriber
    {
        std::unique_ptr<QWebSocket> socket;
        QString hallCode;
        QString token;
        QString language; // zh_CN (default) or en
    };
    void accept();
    void drop(QWebSocket *socket);
    // Closes the streams whose session no longer lets them watch (AuthService's session cache
    // makes this a lookup per stream).
    void recheck();

    QAbstractHttpServer &m_http;
    AuthService &m_auth;
    QueueService &m_queue;
    const LanguagePack &m_languages;
    std::vector<Subscriber> m_subscribers;
    QTimer m_recheck;
};

} // namespace ow
