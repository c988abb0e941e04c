// Issue 15, transport security: the real server serving HTTPS and WSS with a certificate made by
// `openssl` at test time; the client's REST calls and event stream verifying it against the CA
// file they are given; a client trusting another CA (or only the system's) refusing the server
// before it sends anything; and the server refusing to start with TLS files it cannot use.
#include "core/client/ApiClient.h"
#include "core/client/ClientSession.h"
#include "core/client/EventStream.h"
#include "core/client/TlsTrust.h"
#include "core/client/api/SessionApi.h"
#include "core/domain/util/Clock.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ow;

namespace {

const QString kPassword = QStringLiteral("demo1234");

// The server's stderr and exit code for these arguments (it must exit by itself).
struct Run
{
    int exitCode = -1;
    QString output;
};
Run runServer(const QStringList &args)
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(OW_SERVER_BINARY), QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                          QStringLiteral("--db"), dir.filePath(QStringLiteral("ow.sqlite")),
                                                          QStringLiteral("--data-dir"), dir.path()}
                                                  + args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        r.output = QStringLiteral("(still running)") + QString::fromUtf8(p.readAll());
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll());
    // Refused before anything was opened: no database file was made.
    if (QFile::exists(dir.filePath(QStringLiteral("ow.sqlite"))))
        r.output += QStringLiteral("\n(database created)");
    return r;
}

Result<LoginAnswer> login(ApiClient &api, const QString &user, const QString &password = kPassword)
{
    std::optional<Result<LoginAnswer>> out;
    SessionApi(api).login({user, password}, [&out](Result<LoginAnswer> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000))
        return Error{ErrorCode::Internal, QStringLiteral("no answer"), {}};
    return *out;
}

} // namespace

class TestServerTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pki.make());
        QVERIFY(m_otherPki.make());
        m_server = std::make_unique<test::TestServer>(
            QString(), QStringList{QStringLiteral("--tls-cert"), m_pki.serverCertificate(), QStringLiteral("--tls-key"), m_pki.serverKey()});
        QVERIFY(m_server->start());
        QCOMPARE(m_server->url().scheme(), QStringLiteral("https"));
        auto trust = TlsTrust::fromCaFile(m_pki.caFile());
        QVERIFY(trust);
        m_trust = trust.value();
    }

    void cleanupTestCase() { m_server.reset(); }

    void restOverHttpsVerifiesTheServer()
    {
        ApiClient api;
        api.setBaseUrl(m_server->url());
        api.setTlsTrust(m_trust);
        auto answer = login(api, QStringLiteral("teller1"));
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().detail));
        QCOMPARE(answer.value().account.username, QStringLiteral("teller1"));
        // …and by its name as well as its address (the certificate names both).
        QUrl byName = m_server->url();
        byName.setHost(QStringLiteral("localhost"));
        api.setBaseUrl(byName);
        QVERIFY(login(api, QStringLiteral("teller2")));
    }

    void eventStreamOverWss()
    {
        ApiClient api;
        api.setBaseUrl(m_server->url());
        api.setTlsTrust(m_trust);
        auto kiosk = login(api, QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QVERIFY(kiosk);
        auto teller = login(api, QStringLiteral("teller1"));
        QVERIFY(teller);

        EventStream stream;
        stream.setTlsTrust(m_trust);
        QList<HallEvent> events;
        connect(&stream, &EventStream::event, this, [&events](const HallEvent &e) { events.append(e); });
        stream.start(m_server->url(), QStringLiteral("MY-CITY"), teller.value().token);
        QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 10000);
        QCOMPARE(events.first().type, QStringLiteral("queue.snapshot"));

        // A ticket issued at the kiosk reaches the stream over the encrypted socket.
        api.setToken(kiosk.value().token);
        std::optional<Result<ApiReply>> issued;
        const QJsonObject body{{QLatin1String("services"), QJsonArray{QStringLiteral("CD-001")}}};
        api.send("POST", QStringLiteral("/api/v1/halls/MY-CITY/tickets"), &body, [&issued](Result<ApiReply> r) { issued = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(issued.has_value(), 10000);
        QVERIFY(*issued);
        QCOMPARE(issued->value().status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(),
                                             [](const HallEvent &e) { return e.type == QLatin1String("ticket.issued"); }),
                                 10000);
    }

    void clientWithAnotherCaRefusesAndSendsNothing()
    {
        auto other = TlsTrust::fromCaFile(m_otherPki.caFile());
        QVERIFY(other);
        const int loginsBefore = m_server->readOutput().count("POST /api/v1/sessions");

        QTemporaryDir data;
        SystemClock clock;
        ClientSession session(data.path(), clock);
        session.setTlsTrust(other.value());
        QSignalSpy finished(&session, &ClientSession::loginFinished);
        session.login(m_server->url(), QStringLiteral("teller1"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        // The user is told why and what to do, naming the CA file; not let in offline.
        QVERIFY2(message.contains(m_otherPki.caFile()), qPrintable(message));
        QVERIFY2(message.contains(m_server->url().host()), qPrintable(message));
        QVERIFY(!session.isLoggedIn());
        QCOMPARE(session.state(), ConnectionState::Offline);

        // The event stream does not connect either.
        EventStream stream;
        stream.setTlsTrust(other.value());
        stream.start(m_server->url(), QStringLiteral("MY-CITY"), QStringLiteral("any-token"));
        QTest::qWait(1500);
        QVERIFY(!stream.isConnected());
        stream.stop();

        // The server saw no login: the password never left the client.
        QTest::qWait(200);
        QCOMPARE(m_server->readOutput().count("POST /api/v1/sessions"), loginsBefore);
        QVERIFY(m_server->readOutput().contains("TLS connection from 127.0.0.1 dropped"));
    }

    void systemAuthoritiesAloneDoNotTrustTheHallsCa()
    {
        ApiClient api;
        api.setBaseUrl(m_server->url());
        api.setTlsTrust(TlsTrust()); // no CA file: the system's authorities
        auto answer = login(api, QStringLiteral("teller1"));
        QVERIFY(!answer);
        QVERIFY(TlsTrust::isHandshakeFailure(answer.error()));
        QVERIFY2(answer.error().detail.contains(QStringLiteral("--ca-file")), qPrintable(answer.error().detail));
    }

    void caFileThatCannotBeUsed()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.crt"));
        auto none = TlsTrust::fromCaFile(missing);
        QVERIFY(!none);
        QVERIFY(none.error().detail.contains(missing));
        // A key is not a certificate.
        auto key = TlsTrust::fromCaFile(m_pki.serverKey());
        QVERIFY(!key);
        QVERIFY(key.error().detail.contains(m_pki.serverKey()));
    }

    void plainHttpToTheTlsPortGetsNoAnswer()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray received;
        QDeadlineTimer deadline(8000);
        while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            socket.waitForReadyRead(200);
            received += socket.readAll();
        }
        received += socket.readAll();
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState); // the server hung up
        QVERIFY2(!received.contains("HTTP/"), received.constData());
        QVERIFY(!received.contains("ok"));

        // The same through the client with an http:// address: unavailable, no answer.
        ApiClient api;
        QUrl plain = m_server->url();
        plain.setScheme(QStringLiteral("http"));
        api.setBaseUrl(plain);
        auto answer = login(api, QStringLiteral("teller1"));
        QVERIFY(!answer);
        QCOMPARE(toString(answer.error().code), toString(ErrorCode::Unavailable));
    }

    void serverRefusesTlsFilesItCannotUse_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("key of another certificate") << QStringLiteral("mismatch");
        QTest::newRow("missing certificate") << QStringLiteral("missing");
        QTest::newRow("certificate file is not one") << QStringLiteral("not-a-cert");
        QTest::newRow("key file is not one") << QStringLiteral("not-a-key");
        QTest::newRow("certificate without key") << QStringLiteral("cert-only");
        QTest::newRow("key without certificate") << QStringLiteral("key-only");
    }

    void serverRefusesTlsFilesItCannotUse()
    {
        QFETCH(QString, which);
        const QString cert = m_pki.serverCertificate();
        const QString key = m_pki.serverKey();
        const QString missing = QDir(m_pki.dir()).filePath(QStringLiteral("missing.crt"));
        const QString tlsCert = QStringLiteral("--tls-cert");
        const QString tlsKey = QStringLiteral("--tls-key");
        QStringList args;
        QString named; // the file the error must name
        if (which == QLatin1String("mismatch")) {
            args = {tlsCert, cert, tlsKey, m_otherPki.serverKey()};
            named = m_otherPki.serverKey();
        } else if (which == QLatin1String("missing")) {
            args = {tlsCert, missing, tlsKey, key};
            named = missing;
        } else if (which == QLatin1String("not-a-cert")) {
            args = {tlsCert, key, tlsKey, key};
            named = key;
        } else if (which == QLatin1String("not-a-key")) {
            args = {tlsCert, cert, tlsKey, cert};
            named = cert;
        } else if (which == QLatin1String("cert-only")) {
            args = {tlsCert, cert};
            named = QStringLiteral("--tls-key");
        } else {
            args = {tlsKey, key};
            named = QStringLiteral("--tls-cert");
        }
        const Run r = runServer(args);
        QVERIFY2(r.exitCode > 0, qPrintable(r.output));
        QVERIFY2(!r.output.contains(QStringLiteral("listening on")), qPrintable(r.output));
        QVERIFY2(!r.output.contains(QStringLiteral("(database created)")), qPrintable(r.output));
        QVERIFY2(r.output.contains(named), qPrintable(r.output));
    }

private:
    test::TestCertificates m_pki{QStringLiteral("hall")};
    test::TestCertificates m_otherPki{QStringLiteral("elsewhere")};
    std::unique_ptr<test::TestServer> m_server;
    TlsTrust m_trust;
};

QTEST_MAIN(TestServerTls)
#include "tst_server_tls.moc"
