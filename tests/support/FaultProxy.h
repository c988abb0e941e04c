#pragma once

// A loopback TCP proxy for tests that sits between an HTTP/1.1 client and a real server and
// injects network faults (delays, dropped requests, resets, truncated or lost replies), either
// at random with given odds or forced for the next requests. Runs on the caller's event loop.

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

#include <array>

namespace ow::test {

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,          // relay both ways
        Delay,         // hold the request for Odds::delayMs, then relay it
        DropRequest,   // never forward the request, close the client connection
        Reset,         // never forward the request, reset the client connection (RST)
        TruncateReply, // forward the request, pass on part of the reply, then cut the client off
        LoseReply,     // forward the request (the server applies it), drop the reply, cut off
    };
    Q_ENUM(Fault)

    // Probability of each fault per request; the rest of the time the request is relayed.
    struct Odds
    {
        double delay = 0;
        double dropRequest = 0;
        double reset = 0;
        double truncateReply = 0;
        double loseReply = 0;
        int delayMs = 200;
    };

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(); // on an ephemeral port of 127.0.0.1
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT

    void setOdds(const Odds &odds); // all zero (the default): a plain relay
    void setSeed(quint32 seed);     // makes the random choice of faults repeatable
    // The next `times` requests get exactly this fault, whatever the odds; calls queue up.
    // QNetworkAccessManager silently re-sends a request whose connection closes before any reply
    // byte arrived, so to make such a fault reach the caller, force it a few times and then
    // clearForced() what the re-sends did not use.
    void forceNext(Fault fault, int times = 1);
    void clearForced();

    int count(Fault fault) const; // requests that got this fault (None: relayed untouched)
    int requests() const;         // requests seen so far
    // Requests relayed untouched (None or Delay) whose connection closed before any of the reply
    // came back: the server has them, the client never saw their answer.
    int unanswered() const;
    void closeAll(); // abort every open connection, both sides

private:
    class Relay;
    friend class Relay;

    void acceptPending();
    Fault beginRequest(); // counts a new request and decides its fault
    Fault randomFault();
    void forget(Relay *relay);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    Odds m_odds;
    QRandomGenerator m_random;
    QList<Fault> m_forced;
    std::array<int, 6> m_counts{};
    int m_requests = 0;
    int m_unanswered = 0;
    QSet<Relay *> m_relays;
};

} // namespace ow::test
