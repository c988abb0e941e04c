// The hall's queue as screens fetch it, over HTTP against the real onewindow-server: the same
// ETag until something changes, 304 to a caller who holds it, a new tag after a change, the
// deflate coding for callers that accept it (the same JSON once inflated), and a token checked
// once and then answered from memory still ends at logout.
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

using namespace ow::test;

namespace {
const QString kQueue = QStringLiteral("/api/v1/halls/MY-CITY/queue");

QList<QPair<QByteArray, QByteArray>> headers(const QString &token, QList<QPair<QByteArray, QByteArray>> more = {})
{
    more.prepend({QByteArray("Authorization"), "Bearer " + token.toLatin1()});
    return more;
}

// HTTP's deflate coding is a zlib stream; qUncompress wants Qt's 4-byte length in front.
QByteArray inflate(const QByteArray &zlib, qsizetype expectedSize)
{
    QByteArray framed(4, '\0');
    qToBigEndian(static_cast<quint32>(expectedSize), framed.data());
    return qUncompress(framed + zlib);
}
} // namespace

class TestServerQueueView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        m_display = m_http->login(QStringLiteral("display-city"), QStringLiteral("device1234"));
        QVERIFY(!m_kiosk.isEmpty() && !m_display.isEmpty());
    }

    void unchangedQueueAnswers304UntilSomethingHappens()
    {
        issue();
        const HttpReply first = m_http->get(kQueue, m_display);
        QCOMPARE(first.status, 200);
        const QByteArray tag = first.header("ETag");
        QVERIFY(tag.startsWith('"') && tag.endsWith('"') && tag.size() > 2);
        QCOMPARE(first.header("Cache-Control"), QByteArray("no-cache"));
        QCOMPARE(m_http->get(kQueue, m_display).header("ETag"), tag);

        const HttpReply same = m_http->send("GET", kQueue, {}, headers(m_display, {{"If-None-Match", tag}}));
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(same.header("ETag"), tag);

        const int waiting = first.json().value(QLatin1String("waiting")).toArray().size();
        issue();
        const HttpReply changed = m_http->send("GET", kQueue, {}, headers(m_display, {{"If-None-Match", tag}}));
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("ETag") != tag);
        QCOMPARE(changed.json().value(QLatin1String("waiting")).toArray().size(), waiting + 1);
    }

    void deflateForCallersThatAcceptIt()
    {
        issue();
        const HttpReply plain = m_http->send("GET", kQueue, {}, headers(m_display, {{"Accept-Encoding", "identity"}}));
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("Content-Encoding").isEmpty());
        QVERIFY(QJsonDocument::fromJson(plain.body).isObject());

        const HttpReply packed = m_http->send("GET", kQueue, {}, headers(m_display, {{"Accept-Encoding", "gzip, deflate"}}));
        QCOMPARE(packed.status, 200);
        QCOMPARE(packed.header("Content-Encoding"), QByteArray("deflate"));
        QCOMPARE(packed.header("Vary"), QByteArray("Accept-Encoding"));
        QCOMPARE(packed.header("ETag"), plain.header("ETag"));
        QVERIFY(packed.body.size() < plain.body.size());
        QCOMPARE(inflate(packed.body, plain.body.size()), plain.body);

        const HttpReply refused = m_http->send("GET", kQueue, {}, headers(m_display, {{"Accept-Encoding", "deflate;q=0"}}));
        QVERIFY(refused.header("Content-Encoding").isEmpty());
        QCOMPARE(refused.body, plain.body);
    }

    void aRememberedTokenStillEndsAtLogout()
    {
        const QString token = m_http->login(QStringLiteral("display-city"), QStringLiteral("device1234"));
        QCOMPARE(m_http->get(kQueue, token).status, 200);
        QCOMPARE(m_http->get(kQueue, token).status, 200); // the second is answered from memory
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/v1/sessions/current"), {}, headers(token)).status, 204);
        QCOMPARE(m_http->get(kQueue, token).status, 401);
        QCOMPARE(m_http->get(kQueue, m_display).status, 200); // another session of the same account
    }

private:
    void issue()
    {
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                              {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}}, m_kiosk)
                     .status,
                 201);
    }

    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_kiosk;
    QString m_display;
};

QTEST_MAIN(TestServerQueueView)
#include "tst_server_queue_view.moc"
