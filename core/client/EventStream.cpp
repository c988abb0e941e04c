#include "core/client/EventStream.h"

#include "core/client/api/QueueApi.h"

#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcEventStream, "ow.client.events")

namespace ow {

EventStream::EventStream(QObject *parent) : QObject(parent), m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EventStream::open);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onText);
    connect(m_socket, &QWebSocket::connected, this, [this]() {
        m_backoffMs = 500;
        m_connected = true;
        Q_EMIT connectedChanged(true);
    });
    connect(m_socket, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        qCWarning(lcEventStream).noquote() << m_trust.refusal(m_url.adjusted(QUrl::RemoveQuery), errors, QString());
    });
    m_socket->setSslConfiguration(m_trust.configuration());
}

void EventStream::setTlsTrust(const TlsTrust &trust)
{
    m_trust = trust;
    m_socket->setSslConfiguration(m_trust.configuration());
}

EventStream::~EventStream()
{
    m_running = false;
    m_socket->abort();
}

void EventStream::start(const QUrl &server, const QString &hall, const QString &token, const QString &language)
{
    m_url = QueueApi::eventsUrl(server, hall, token, language);
    m_running = true;
    open();
}

void EventStream::stop()
{
    m_running = false;
    m_retry.stop();
    m_socket->close();
}

void EventStream::open()
{
    if (m_running)
        m_socket->open(m_url);
}

void EventStream::onText(const QString &text)
{
    auto read = QueueApi::readEvent(text);
    if (!read) {
        qCWarning(lcEventStream) << "event dropped:" << read.error().detail << read.error().extra;
        return;
    }
    Q_EMIT event(read.value());
}

void EventStream::onDisconnected()
{
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
    if (!m_running)
        return;
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, 15000);
}

} // namespace ow
