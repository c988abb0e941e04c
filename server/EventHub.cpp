#include "server/EventHub.h"

#include "core/domain/org/SupervisionScope.h"
#include "core/domain/risk/RiskMessages.h"
#include "core/domain/util/LanguagePack.h"
#include "core/service/security/AuthService.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcEvents, "ow.server.events")

namespace ow {

namespace {
QString message(const QJsonObject &event)
{
    return QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
}
} // namespace

EventHub::EventHub(QAbstractHttpServer &http, AuthService &auth, QueueService &queue, const LanguagePack &languages,
                   QObject *parent)
    : QObject(parent), m_http(http), m_auth(auth), m_queue(queue), m_languages(languages)
{
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &EventHub::accept);
    m_recheck.setInterval(kRecheckMs);
    connect(&m_recheck, &QTimer::timeout, this, &EventHub::recheck);
    m_recheck.start();
}

EventHub::~EventHub() = default;

void EventHub::accept()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        const QUrl url = socket->requestUrl();
        const QUrlQuery query(url);
        if (url.path() != QLatin1String("/api/v1/events")) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not_found"));
            continue;
        }
        const QString token = query.queryItemValue(QStringLiteral("token"));
        auto who = m_auth.authenticate(token);
        if (!who) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
            continue;
        }
        if (who.value().mustChangePassword) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("password_change_required"));
            continue;
        }
        const QString hall = query.queryItemValue(QStringLiteral("hall"));
        const bool mayWatch = Permissions::allows(who.value().role, Permission::QueueView);
        if (!mayWatch || !requireHall(who.value(), hall, HallScope::OwnOrSupervisor)) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("forbidden"));
            continue;
        }
        auto snapshot = m_queue.snapshot(hall);
        if (!snapshot) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, toString(snapshot.error().code));
            continue;
        }
        QWebSocket *raw = socket.get();
        connect(raw, &QWebSocket::disconnected, this, [this, raw]() { drop(raw); });
        HallEvent first;
        first.type = QStringLiteral("queue.snapshot");
        first.hall = hall;
        first.snapshot = snapshot.value();
        raw->sendTextMessage(message(first.toJson()));
        const QString lang = query.queryItemValue(QStringLiteral("lang"));
        m_subscribers.push_back({std::move(socket), hall, token,
                                 lang.isEmpty() ? LanguagePack::defaultLanguage() : LanguagePack::normalize(lang)});
        qCInfo(lcEvents, "subscriber for %s (%d now)", qUtf8Printable(hall), subscriberCount());
    }
}

void EventHub::recheck()
{
    QList<QWebSocket *> ended;
    for (const Subscriber &s : m_subscribers) {
        auto who = m_auth.authenticate(s.token);
        if (!who || who.value().mustChangePassword)
            ended.append(s.socket.get());
    }
    for (QWebSocket *socket : std::as_const(ended)) {
        qCInfo(lcEvents, "subscriber for a session that ended: closed");
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
    }
}

void EventHub::drop(QWebSocket *socket)
{
    const auto it = std::find_if(m_subscribers.begin(), m_subscribers.end(),
                                 [socket](const Subscriber &s) { return s.socket.get() == socket; });
    if (it == m_subscribers.end())
        return;
    it->socket.release()->deleteLater(); // we are inside its signal
    m_subscribers.erase(it);
}

void EventHub::publish(const QueueEvent &event)
{
    QString text; // written once, and only for a hall somebody is watching
    for (const Subscriber &s : m_subscribers) {
        if (s.hallCode != event.hallCode)
            continue;
        if (text.isEmpty())
            text = message(HallEvent::envelope(event.type, event.hallCode, event.payload));
        s.socket->sendTextMessage(text);
        // Out now, as ApiServer::send does with answers: events are published after a group's
        // commit, and the event loop would otherwise write them only after every answer of the
        // group (measured: the display heard a call 31 ms after the teller's answer, p50).
        s.socket->flush();
    }
}

bool EventHub::supervisorWatches(const QString &hallCode) const
{
    for (const Subscriber &s : m_subscribers) {
        if (s.hallCode != hallCode)
            continue;
        if (auto who = m_auth.authenticate(s.token); who && Permissions::allows(who.value().role, Permission::QueueSupervise))
            return true;
    }
    return false;
}

void EventHub::publishToSupervisors(const QString &type, const QString &hallCode, const QJsonObject &payload)
{
    QString text;
    for (const Subscriber &s : m_subscribers) {
        if (s.hallCode != hallCode)
            continue;
        auto who = m_auth.authenticate(s.token); // the session cache: a lookup per stream
        if (!who || !Permissions::allows(who.value().role, Permission::QueueSupervise))
            continue;
        if (text.isEmpty())
            text = message(HallEvent::envelope(type, hallCode, payload));
        s.socket->sendTextMessage(text);
        s.socket->flush();
    }
}

void EventHub::publishRisk(const QString &type, const RiskAlert &alert, const QList<Hall> &halls)
{
    QHash<QString, QString> text; // by language, each written once
    for (const Subscriber &s : m_subscribers) {
        // The session cache makes this a lookup per stream; only supervisors hear of risks.
        auto who = m_auth.authenticate(s.token);
        if (!who || who.value().role != Role::Supervisor || !SupervisionScope(who.value(), halls).oversees(alert.hall))
            continue;
        QString &said = text[s.language];
        if (said.isEmpty()) {
            RiskAlert told = alert;
            RiskMessages::localize(told, m_languages, s.language);
            said = message(QJsonObject{{QLatin1String("type"), type}, {QLatin1String("hall"), alert.hall}, {QLatin1String("data"), told.toJson()}});
        }
        s.socket->sendTextMessage(said);
        s.socket->flush();
    }
}

void EventHub::publishWorkOrder(const QString &type, const WorkOrderItem &item, const QList<Hall> &halls)
{
    QString text;
    for (const Subscriber &s : m_subscribers) {
        auto who = m_auth.authenticate(s.token);
        if (!who || who.value().role != Role::Supervisor || !SupervisionScope(who.value(), halls).oversees(item.hall))
            continue;
        if (text.isEmpty())
            text = message(QJsonObject{{QLatin1String("type"), type}, {QLatin1String("hall"), item.hall}, {QLatin1String("data"), item.toJson()}});
        s.socket->sendTextMessage(text);
        s.socket->flush();
    }
}

} // namespace ow
