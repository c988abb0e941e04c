// The real server against bad input: malformed and oversized bodies, missing fields, the
// language of error messages, and a batch of random garbage that must never bring it down.
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
const QString kSessions = QStringLiteral("/api/v1/sessions");
constexpr qint64 kMaxBody = 1024 * 1024; // the server's default --max-body

bool hasHan(const QString &text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

// One request over a bare socket, for what QNetworkAccessManager will not send: no
// Accept-Language at all, or bytes that are not HTTP.
HttpReply rawExchange(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    HttpReply out;
    if (!socket.waitForConnected(5000))
        return out;
    socket.write(bytes);
    QByteArray data;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(200))
            data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        qsizetype length = 0;
        for (const QByteArray &line : data.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (data.size() >= end + 4 + length)
            break;
    }
    data += socket.readAll();
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return out;
    const QList<QByteArray> lines = data.left(end).split('\n');
    out.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            out.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    out.body = data.mid(end + 4);
    return out;
}

QString messageOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}
} // namespace

class TestServerInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_server.reset();
    }

    void init() { QVERIFY(m_server->isRunning()); }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated object") << QByteArray("{\"username\": \"teller1\", \"password\": ");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain text") << QByteArray("username=teller1&password=demo1234");
        QTest::newRow("single quotes") << QByteArray("{'username': 'teller1'}");
        QTest::newRow("array") << QByteArray("[\"teller1\", \"demo1234\"]");
        QTest::newRow("array of object") << QByteArray("[{\"username\": \"teller1\", \"password\": \"demo1234\"}]");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("string") << QByteArray("\"teller1\"");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::newRow("invalid UTF-8") << QByteArray("{\"username\":\"\xff\xfe\",\"password\":\"x\"}");
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        const HttpReply r = m_http->send("POST", kSessions, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_json"));
        QVERIFY(!messageOf(r).isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
    }

    void controlCharactersInStrings()
    {
        // Qt's parser takes a raw NUL inside a string (strict JSON would not); it must reach the
        // rules as an ordinary wrong user name, not break anything.
        static const char raw[] = "{\"username\":\"tel\0ler1\",\"password\":\"demo1234\"}";
        const QByteArray body(raw, sizeof(raw) - 1);
        QCOMPARE(body.count('\0'), 1);
        const HttpReply r = m_http->send("POST", kSessions, body);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_credentials"));
    }

    void missingFields_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("fields"); // exactly these are reported
        const QString u = QStringLiteral("username");
        const QString p = QStringLiteral("password");
        QTest::newRow("no password") << QJsonObject{{u, QStringLiteral("teller1")}} << QStringList{p};
        QTest::newRow("no username") << QJsonObject{{p, QStringLiteral("demo1234")}} << QStringList{u};
        QTest::newRow("empty object") << QJsonObject{} << QStringList{p, u};
        QTest::newRow("empty password") << QJsonObject{{u, QStringLiteral("teller1")}, {p, QString()}} << QStringList{p};
        QTest::newRow("blank username") << QJsonObject{{u, QStringLiteral("   ")}, {p, QStringLiteral("x")}} << QStringList{u};
        QTest::newRow("numeric password") << QJsonObject{{u, QStringLiteral("teller1")}, {p, 1234}} << QStringList{p};
        QTest::newRow("null username") << QJsonObject{{u, QJsonValue::Null}, {p, QStringLiteral("x")}} << QStringList{u};
        QTest::newRow("array password") << QJsonObject{{u, QStringLiteral("teller1")}, {p, QJsonArray{1}}} << QStringList{p};
    }

    void missingFields()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, fields);
        const HttpReply r = m_http->post(kSessions, body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("validation_failed"));
        const QJsonObject reported = r.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject();
        QStringList keys = reported.keys();
        keys.sort();
        QCOMPARE(keys, fields);
        for (const QString &f : fields)
            QCOMPARE(reported.value(f).toString(), QStringLiteral("required"));
    }

    void bodyLimit_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        // A login for an unknown user padded to `size` bytes with a long password.
        QTest::newRow("exactly the limit") << kMaxBody << 401 << QStringLiteral("invalid_credentials");
        QTest::newRow("one byte over") << kMaxBody + 1 << 413 << QStringLiteral("payload_too_large");
        QTest::newRow("1.5 MiB") << kMaxBody * 3 / 2 << 413 << QStringLiteral("payload_too_large");
    }

    void bodyLimit()
    {
        QFETCH(qint64, size);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QByteArray head = "{\"username\":\"nobody\",\"password\":\"";
        const QByteArray tail = "\"}";
        const QByteArray body = head + QByteArray(size - head.size() - tail.size(), 'p') + tail;
        QCOMPARE(body.size(), size);
        const HttpReply r = m_http->send("POST", kSessions, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
    }

    void messageLanguage_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage"); // null: no header at all
        QTest::addColumn<QByteArray>("contentLanguage");
        QTest::addColumn<bool>("english");
        QTest::newRow("en") << QByteArray("en") << QByteArray("en") << true;
        QTest::newRow("en-US with q") << QByteArray("en-US,en;q=0.9") << QByteArray("en") << true;
        QTest::newRow("no header") << QByteArray() << QByteArray("zh-CN") << false;
        QTest::newRow("zh-CN") << QByteArray("zh-CN,zh;q=0.9") << QByteArray("zh-CN") << false;
        QTest::newRow("unsupported") << QByteArray("fr-FR") << QByteArray("zh-CN") << false;
    }

    void messageLanguage()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QByteArray, contentLanguage);
        QFETCH(bool, english);
        // A bare socket: QNetworkAccessManager would add the system's Accept-Language itself.
        QByteArray request = "POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                             "Content-Type: application/json\r\nContent-Length: 5\r\n";
        if (!acceptLanguage.isNull())
            request += "Accept-Language: " + acceptLanguage + "\r\n";
        request += "\r\n{oops";
        const HttpReply r = rawExchange(m_server->port(), request);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_json")); // codes are never translated
        QCOMPARE(r.header("Content-Language"), contentLanguage);
        const QString message = messageOf(r);
        const QString source = QStringLiteral("The request body is not valid JSON.");
        if (english) {
            QCOMPARE(message, source);
        } else {
            QVERIFY(!message.isEmpty());
            // Translations are maintained separately (translations_complete checks them); an
            // untranslated message is reported here, not failed.
            if (message == source || !hasHan(message))
                qWarning("no Chinese message for invalid_json: %s", qPrintable(message));
        }
    }

    void notHttpAtAll_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        static const char binary[] = "\x00\x01\x02\xff\xfe\r\n\r\n";
        QTest::newRow("binary") << QByteArray(binary, sizeof(binary) - 1);
        QTest::newRow("bad request line") << QByteArray("HELLO\r\n\r\n");
        QTest::newRow("bad version") << QByteArray("GET /health HTTP/9.9\r\n\r\n");
        QTest::newRow("huge header") << "GET /health HTTP/1.1\r\nX-Big: " + QByteArray(100000, 'x') + "\r\n\r\n";
        QTest::newRow("lying content-length") << QByteArray("POST /api/v1/sessions HTTP/1.1\r\nContent-Length: 99999\r\n\r\n{}");
        QTest::newRow("negative content-length") << QByteArray("POST /api/v1/sessions HTTP/1.1\r\nContent-Length: -5\r\n\r\n{}");
    }

    void notHttpAtAll()
    {
        QFETCH(QByteArray, bytes);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(bytes);
        socket.waitForBytesWritten(2000);
        socket.waitForReadyRead(300); // whatever it answers, if anything
        socket.abort();
        QVERIFY(m_server->isRunning());
        QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
    }

    void randomGarbageNeverCrashes()
    {
        // Deterministic, so a failure can be replayed: same seed, same 50 bodies.
        QRandomGenerator rng(20261102);
        const QByteArray valid = "{\"username\":\"nobody\",\"password\":\"demo1234\"}";
        const QList<QByteArray> methods{"POST", "PUT", "PATCH", "DELETE", "GET"};
        const QStringList paths{kSessions, QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/catalogue"),
                                QStringLiteral("/api/v1/sessions/current"), QStringLiteral("/health")};
        for (int i = 0; i < 50; ++i) {
            QByteArray body;
            switch (i % 3) {
            case 0: { // raw random bytes
                body.resize(rng.bounded(1, 4096));
                for (char &c : body)
                    c = static_cast<char>(rng.bounded(256));
                break;
            }
            case 1: { // a valid login with a few bytes flipped
                body = valid;
                const int flips = rng.bounded(1, 6);
                for (int f = 0; f < flips; ++f)
                    body[rng.bounded(int(body.size()))] ^= static_cast<char>(rng.bounded(1, 256));
                break;
            }
            default: { // structurally valid JSON of the wrong shape
                const int depth = rng.bounded(1, 40);
                body = QByteArray(depth, '{').replace("{", "{\"a\":") + QByteArray::number(rng.generate())
                       + QByteArray(depth, '}');
                break;
            }
            }
            const QByteArray method = methods[rng.bounded(int(methods.size()))];
            const QString path = i % 2 ? kSessions : paths[rng.bounded(int(paths.size()))];
            const HttpReply r = m_http->send(method, path, body);
            QVERIFY2(r.status >= 200 && r.status < 500,
                     qPrintable(QStringLiteral("#%1 %2 %3 -> %4").arg(i).arg(QString::fromLatin1(method), path).arg(r.status)));
            if (r.status >= 400)
                QVERIFY2(!r.errorCode().isEmpty(), qPrintable(QStringLiteral("#%1 error without a code").arg(i)));
        }
        QVERIFY(m_server->isRunning());
        const HttpReply health = m_http->get(QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        // And it still does real work.
        QVERIFY(!m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234")).isEmpty());
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
};

QTEST_GUILESS_MAIN(TestServerInput)
#include "tst_server_input.moc"
