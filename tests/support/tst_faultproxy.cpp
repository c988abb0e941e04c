// Tests for FaultProxy: each fault, forced and at random, seen by QNetworkAccessManager through
// the proxy in front of a tiny keep-alive HTTP server that counts the requests it answers.

#include "tests/support/FaultProxy.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <utility>

using ow::test::FaultProxy;
using Fault = FaultProxy::Fault;

namespace {

// Answers every request (GETs, no body) with a keep-alive "ok".
class OkServer : public QObject
{
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &OkServer::acceptPending);
        return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }
    int openConnections() const { return m_open; }

private:
    void acceptPending()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_open;
            connect(socket, &QTcpSocket::readyRead, socket,
                    [this, socket, pending = QByteArray()]() mutable {
                        pending += socket->readAll();
                        answerComplete(socket, pending);
                    });
            connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                --m_open;
                socket->deleteLater();
            });
        }
    }

    void answerComplete(QTcpSocket *socket, QByteArray &pending)
    {
        for (qsizetype end = pending.indexOf("\r\n\r\n"); end >= 0;
             end = pending.indexOf("\r\n\r\n")) {
            pending.remove(0, end + 4);
            ++m_requests;
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok");
        }
    }

    QTcpServer m_server;
    int m_requests = 0;
    int m_open = 0;
};

struct Outcome
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    qint64 elapsedMs = 0;
    bool ok() const { return finished && error == QNetworkReply::NoError && body == "ok"; }
};

// QNetworkAccessManager (Qt 6.4) re-sends a request at most twice when its connection closes
// before a reply byte arrives; forcing a fault this many times makes it reach the caller.
constexpr int outlastResends = 3;

} // namespace

class tst_FaultProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void plainRelay();
    void dropRequest();
    void loseReply();
    void lostReplyIsResentByQnam();
    void truncateReply();
    void reset();
    void delay();
    void randomFaults();
    void closeAll();

private:
    QNetworkReply *get(const QString &path);
    Outcome fetch(const QString &path);
    Outcome fetchWithFault(Fault fault, int times);

    std::unique_ptr<OkServer> m_upstream;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void tst_FaultProxy::init()
{
    m_upstream = std::make_unique<OkServer>();
    QVERIFY(m_upstream->listen());
    m_proxy = std::make_unique<FaultProxy>(m_upstream->port());
    QVERIFY(m_proxy->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_FaultProxy::cleanup()
{
    m_nam.reset();
    m_proxy.reset();
    m_upstream.reset();
}

QNetworkReply *tst_FaultProxy::get(const QString &path)
{
    QUrl url = m_proxy->url();
    url.setPath(path);
    return m_nam->get(QNetworkRequest(url));
}

Outcome tst_FaultProxy::fetch(const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = get(path);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Outcome out;
    out.finished = finished.wait(5000);
    out.elapsedMs = clock.elapsed();
    out.error = reply->error();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

// One good request to open a keep-alive connection, then one with the fault forced `times` times;
// forced faults left over by the client's re-sends are cleared.
Outcome tst_FaultProxy::fetchWithFault(Fault fault, int times)
{
    if (!fetch(QStringLiteral("/warm-up")).ok())
        return {};
    m_proxy->forceNext(fault, times);
    const Outcome out = fetch(QStringLiteral("/faulty"));
    m_proxy->clearForced();
    return out;
}

void tst_FaultProxy::plainRelay()
{
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i)
        replies.append(get(QStringLiteral("/plain/%1").arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             5000);
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
    }
    QCOMPARE(m_upstream->requests(), 20);
    QCOMPARE(m_proxy->requests(), 20);
    QCOMPARE(m_proxy->count(Fault::None), 20);
}

void tst_FaultProxy::dropRequest()
{
    const Outcome out = fetchWithFault(Fault::DropRequest, outlastResends);
    QVERIFY(out.finished);
    QCOMPARE(out.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_proxy->count(Fault::DropRequest) >= 1);
    QCOMPARE(m_upstream->requests(), 1);
    QVERIFY(fetch(QStringLiteral("/after")).ok());
    QCOMPARE(m_upstream->requests(), 2);
}

void tst_FaultProxy::loseReply()
{
    const Outcome out = fetchWithFault(Fault::LoseReply, outlastResends);
    QVERIFY(out.finished);
    QCOMPARE(out.error, QNetworkReply::RemoteHostClosedError);
    const int lost = m_proxy->count(Fault::LoseReply);
    QVERIFY(lost >= 1);
    QCOMPARE(m_upstream->requests(), 1 + lost); // each attempt reached the server
    QVERIFY(fetch(QStringLiteral("/after")).ok());
}

// The hazard LoseReply exists to expose: the client re-sends on its own, so the server applies
// the request twice while the caller sees a single success.
void tst_FaultProxy::lostReplyIsResentByQnam()
{
    const Outcome out = fetchWithFault(Fault::LoseReply, 1);
    QVERIFY(out.ok());
    QCOMPARE(m_proxy->count(Fault::LoseReply), 1);
    QCOMPARE(m_proxy->requests(), 3);
    QCOMPARE(m_upstream->requests(), 3);
}

void tst_FaultProxy::truncateReply()
{
    const Outcome out = fetchWithFault(Fault::TruncateReply, 1);
    QVERIFY(out.finished);
    QVERIFY(out.error != QNetworkReply::NoError || out.body.size() < 2);
    QCOMPARE(m_proxy->requests(), 2); // cut in the body, so not re-sent
    QCOMPARE(m_upstream->requests(), 2);
}

void tst_FaultProxy::reset()
{
    const Outcome out = fetchWithFault(Fault::Reset, outlastResends);
    QVERIFY(out.finished);
    QCOMPARE(out.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_proxy->count(Fault::Reset) >= 1);
    QCOMPARE(m_upstream->requests(), 1);
    QVERIFY(fetch(QStringLiteral("/after")).ok());
}

void tst_FaultProxy::delay()
{
    FaultProxy::Odds odds;
    odds.delayMs = 300;
    m_proxy->setOdds(odds);
    m_proxy->forceNext(Fault::Delay);
    const Outcome out = fetch(QStringLiteral("/delay"));
    QVERIFY(out.ok());
    QVERIFY2(out.elapsedMs >= 250, qPrintable(QString::number(out.elapsedMs)));
    QCOMPARE(m_proxy->count(Fault::Delay), 1);
    QCOMPARE(m_upstream->requests(), 1);
}

// One request at a time, so the seeded faults fall on the same requests on every run. Every
// request the server saw is accounted for: answered ok, its reply lost or truncated on purpose, or
// abandoned by the client (QNetworkAccessManager sometimes re-sends a request it had already sent).
void tst_FaultProxy::randomFaults()
{
    FaultProxy::Odds odds;
    odds.delay = odds.dropRequest = odds.reset = odds.truncateReply = odds.loseReply = 0.06;
    odds.delayMs = 50;
    m_proxy->setOdds(odds);
    m_proxy->setSeed(20240601);
    int ok = 0;
    for (int i = 0; i < 200; ++i) {
        const Outcome out = fetch(QStringLiteral("/random/%1").arg(i));
        QVERIFY2(out.finished, qPrintable(QString::number(i)));
        ok += out.ok();
    }
    const int faults = m_proxy->requests() - m_proxy->count(Fault::None);
    QVERIFY2(faults >= 30 && faults <= 90, qPrintable(QString::number(faults)));
    const int lost = m_proxy->count(Fault::LoseReply);
    const int truncated = m_proxy->count(Fault::TruncateReply);
    const int unanswered = m_proxy->unanswered();
    QVERIFY2(m_upstream->requests() == ok + lost + truncated + unanswered,
             qPrintable(QStringLiteral("upstream %1, ok %2, lost %3, truncated %4, unanswered %5")
                            .arg(m_upstream->requests())
                            .arg(ok)
                            .arg(lost)
                            .arg(truncated)
                            .arg(unanswered)));
}

void tst_FaultProxy::closeAll()
{
    QVERIFY(fetch(QStringLiteral("/before")).ok());
    QCOMPARE(m_upstream->openConnections(), 1);
    m_proxy->closeAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_upstream->openConnections(), 0, 5000);
    QVERIFY(fetch(QStringLiteral("/after")).ok());
}

QTEST_GUILESS_MAIN(tst_FaultProxy)
#include "tst_faultproxy.moc"
