// FaultProxy: relays each accepted test-client connection to the upstream server through its own
// socket, and decides once per request whether to pass it on untouched or to inject a fault.

#include "tests/support/FaultProxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ow::test {

namespace {

// Half of the chunk, but when the body starts in it, cut halfway through the body: a client that
// got the whole header and part of the body reports an error (or a short body), whereas one cut
// off inside the header takes it for a closed keep-alive connection and re-sends the request.
qsizetype truncationPoint(const QByteArray &reply)
{
    const qsizetype headerEnd = reply.indexOf("\r\n\r\n");
    if (headerEnd < 0 || headerEnd + 4 >= reply.size())
        return reply.size() / 2;
    const qsizetype bodyStart = headerEnd + 4;
    return bodyStart + (reply.size() - bodyStart) / 2;
}

} // namespace

// One client connection and its upstream twin. It owns both sockets (as children), so every
// connection made with the relay as context object dies with it.
class FaultProxy::Relay : public QObject
{
public:
    Relay(FaultProxy &proxy, QTcpSocket *client);
    void abort(); // drop both sides at once

private:
    void onClientData();
    void onUpstreamData();
    void onSocketStateChanged(QAbstractSocket::SocketState state);
    bool startRequest(); // false if the fault ended the connection
    void releaseHeldRequest();
    void forwardRequest();
    void truncateReply(const QByteArray &reply);
    void resetClient();
    void retire();

    FaultProxy &m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    QByteArray m_request; // request bytes not yet forwarded upstream
    Fault m_fault = Fault::None;
    bool m_awaitingRequest = true; // the next client bytes start a new request
    bool m_forwarded = false;      // the current request has reached the upstream socket
    bool m_holding = false;        // a Delay fault is holding the request back
    bool m_retired = false;
};

FaultProxy::Relay::Relay(FaultProxy &proxy, QTcpSocket *client)
    : QObject(&proxy), m_proxy(proxy), m_client(client), m_upstream(new QTcpSocket(this))
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, &Relay::onClientData);
    connect(m_client, &QTcpSocket::stateChanged, this, &Relay::onSocketStateChanged);
    connect(m_upstream, &QTcpSocket::connected, this, &Relay::forwardRequest);
    connect(m_upstream, &QTcpSocket::readyRead, this, &Relay::onUpstreamData);
    connect(m_upstream, &QTcpSocket::stateChanged, this, &Relay::onSocketStateChanged);
    m_upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), proxy.m_upstreamPort);
}

void FaultProxy::Relay::abort()
{
    if (m_retired)
        return;
    retire();
    m_client->abort();
    m_upstream->abort();
}

void FaultProxy::Relay::onClientData()
{
    const QByteArray data = m_client->readAll();
    if (m_retired || data.isEmpty())
        return;
    if (m_awaitingRequest) {
        m_awaitingRequest = false;
        m_forwarded = false;
        m_fault = m_proxy.beginRequest();
        if (!startRequest())
            return;
    }
    m_request += data;
    forwardRequest();
}

bool FaultProxy::Relay::startRequest()
{
    switch (m_fault) {
    case Fault::Delay:
        m_holding = true;
        QTimer::singleShot(m_proxy.m_odds.delayMs, this, &Relay::releaseHeldRequest);
        return true;
    case Fault::DropRequest:
        abort();
        return false;
    case Fault::Reset:
        resetClient();
        abort();
        return false;
    default:
        return true;
    }
}

void FaultProxy::Relay::releaseHeldRequest()
{
    m_holding = false;
    forwardRequest();
}

void FaultProxy::Relay::forwardRequest()
{
    if (m_retired || m_holding || m_request.isEmpty()
        || m_upstream->state() != QAbstractSocket::ConnectedState)
        return;
    m_upstream->write(m_request);
    m_request.clear();
    m_forwarded = true;
}

void FaultProxy::Relay::onUpstreamData()
{
    const QByteArray reply = m_upstream->readAll();
    if (m_retired || reply.isEmpty())
        return;
    m_awaitingRequest = true;
    switch (m_fault) {
    case Fault::TruncateReply:
        truncateReply(reply);
        return;
    case Fault::LoseReply:
        abort();
        return;
    default:
        m_client->write(reply);
    }
}

void FaultProxy::Relay::truncateReply(const QByteArray &reply)
{
    m_client->write(reply.left(truncationPoint(reply)));
    m_client->flush(); // hand the part to the kernel before abort() discards the write buffer
    abort();
}

// Linger with a zero timeout makes the close that follows send an RST instead of a FIN.
void FaultProxy::Relay::resetClient()
{
#ifdef Q_OS_UNIX
    const linger reset{1, 0};
    ::setsockopt(static_cast<int>(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                 sizeof reset);
#endif
}

// One side hung up: let the other finish sending what it has, then close it too.
void FaultProxy::Relay::onSocketStateChanged(QAbstractSocket::SocketState state)
{
    if (m_retired || state != QAbstractSocket::UnconnectedState)
        return;
    const bool clientOpen = m_client->state() != QAbstractSocket::UnconnectedState;
    const bool upstreamOpen = m_upstream->state() != QAbstractSocket::UnconnectedState;
    if (!clientOpen && !upstreamOpen)
        retire();
    else if (clientOpen)
        m_client->disconnectFromHost();
    else
        m_upstream->disconnectFromHost();
}

void FaultProxy::Relay::retire()
{
    m_retired = true;
    const bool relayedUntouched = m_fault == Fault::None || m_fault == Fault::Delay;
    if (m_forwarded && !m_awaitingRequest && relayedUntouched)
        ++m_proxy.m_unanswered;
    m_client->disconnect(this);
    m_upstream->disconnect(this);
    m_proxy.forget(this);
    deleteLater();
}

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::acceptPending);
}

FaultProxy::~FaultProxy()
{
    closeAll();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

QUrl FaultProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FaultProxy::setOdds(const Odds &odds)
{
    m_odds = odds;
}

void FaultProxy::setSeed(quint32 seed)
{
    m_random.seed(seed);
}

void FaultProxy::forceNext(Fault fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_forced.append(fault);
}

void FaultProxy::clearForced()
{
    m_forced.clear();
}

int FaultProxy::count(Fault fault) const
{
    return m_counts.at(static_cast<std::size_t>(fault));
}

int FaultProxy::requests() const
{
    return m_requests;
}

int FaultProxy::unanswered() const
{
    return m_unanswered;
}

void FaultProxy::closeAll()
{
    const QSet<Relay *> relays = std::exchange(m_relays, {});
    for (Relay *relay : relays)
        relay->abort();
}

void FaultProxy::acceptPending()
{
    while (QTcpSocket *client = m_server.nextPendingConnection())
        m_relays.insert(new Relay(*this, client));
}

FaultProxy::Fault FaultProxy::beginRequest()
{
    ++m_requests;
    const Fault fault = m_forced.isEmpty() ? randomFault() : m_forced.takeFirst();
    ++m_counts.at(static_cast<std::size_t>(fault));
    return fault;
}

FaultProxy::Fault FaultProxy::randomFault()
{
    const std::pair<double, Fault> table[] = {
        {m_odds.delay, Fault::Delay},
        {m_odds.dropRequest, Fault::DropRequest},
        {m_odds.reset, Fault::Reset},
        {m_odds.truncateReply, Fault::TruncateReply},
        {m_odds.loseReply, Fault::LoseReply},
    };
    double roll = m_random.generateDouble();
    for (const auto &[odds, fault] : table) {
        if (roll < odds)
            return fault;
        roll -= odds;
    }
    return Fault::None;
}

void FaultProxy::forget(Relay *relay)
{
    m_relays.remove(relay);
}

} // namespace ow::test
