// The real server: health, login/logout, the lockout, and who may reach which endpoint.
#include "core/service/store/ServerSchema.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
const QString kPassword = QStringLiteral("demo1234");
const QString kDevicePassword = QStringLiteral("device1234");

QJsonObject credentials(const QString &user, const QString &password)
{
    return {{QLatin1String("username"), user}, {QLatin1String("password"), password}};
}
} // namespace

class TestServerHealthAuth : public QObject
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

    void health()
    {
        const HttpReply r = m_http->get(QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject h = r.json();
        QCOMPARE(h.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(h.value(QLatin1String("version")).toString(), QStringLiteral("0.1.0"));
        QCOMPARE(h.value(QLatin1String("schema")).toInt(-1), ServerSchema::latestVersion());
        QCOMPARE(h.value(QLatin1String("instance")).toString().size(), 32); // made once with the database
        QCOMPARE(h.value(QLatin1String("administrator")).toBool(), true); // the demo city has one
        QCOMPARE(h.size(), 5);
    }

    void withoutValidTokenIsUnauthorized_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization"); // empty: no header
        const QList<QPair<QByteArray, QString>> endpoints{
            {"GET", QStringLiteral("/api/v1/me")},
            {"GET", QStringLiteral("/api/v1/catalogue")},
            {"GET", QStringLiteral("/api/v1/org/halls")},
            {"DELETE", QStringLiteral("/api/v1/sessions/current")},
        };
        const QList<QPair<const char *, QByteArray>> auths{
            {"no header", QByteArray()},
            {"garbage token", QByteArray("Bearer garbage")},
            {"random 43-char token", QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")},
            {"empty bearer", QByteArray("Bearer ")},
            {"basic auth", QByteArray("Basic dGVsbGVyMTpkZW1vMTIzNA==")},
        };
        for (const auto &[method, path] : endpoints) {
            for (const auto &[label, value] : auths)
                QTest::addRow("%s %s, %s", method.constData(), qPrintable(path), label) << method << path << value;
        }
    }

    void withoutValidTokenIsUnauthorized()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({QByteArray("Authorization"), authorization});
        const HttpReply r = m_http->send(method, path, {}, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(!r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    }

    void loginSucceeds()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/sessions"), credentials(QStringLiteral("teller1"), kPassword));
        QCOMPARE(r.status, 201);
        const QJsonObject body = r.json();
        const QString token = body.value(QLatin1String("token")).toString();
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));

        const QDateTime expires = QDateTime::fromString(body.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
        QVERIFY(expires.isValid());
        const qint64 lifetime = before.secsTo(expires);
        QVERIFY2(lifetime > 12 * 3600 - 120 && lifetime <= 12 * 3600 + 5, qPrintable(QString::number(lifetime)));

        const QJsonObject account = body.value(QLatin1String("account")).toObject();
        QCOMPARE(account.value(QLatin1String("username")).toString(), QStringLiteral("teller1"));
        QCOMPARE(account.value(QLatin1String("role")).toString(), QStringLiteral("teller"));
        QCOMPARE(account.value(QLatin1String("name_zh")).toString(), QStringLiteral("王丽"));
        const QJsonObject hall = account.value(QLatin1String("hall")).toObject();
        QCOMPARE(hall.value(QLatin1String("code")).toString(), QStringLiteral("MY-CITY"));
        QCOMPARE(hall.value(QLatin1String("level")).toString(), QStringLiteral("city"));
        const QJsonArray permissions = account.value(QLatin1String("permissions")).toArray();
        QVERIFY(permissions.contains(QStringLiteral("catalogue.read")));
        QVERIFY(!permissions.contains(QStringLiteral("admin.manage")));
        // Nothing secret in the answer.
        QVERIFY(!r.body.contains("argon2"));
        QVERIFY(!account.contains(QLatin1String("password_hash")));
        QVERIFY(!account.contains(QLatin1String("failed_logins")));

        // The token works.
        const HttpReply me = m_http->get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QLatin1String("username")).toString(), QStringLiteral("teller1"));
        QCOMPARE(me.json().value(QLatin1String("role")).toString(), QStringLiteral("teller"));
    }

    void badCredentials_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << QStringLiteral("teller3") << QStringLiteral("demo12345");
        QTest::newRow("unknown user") << QStringLiteral("nobody") << kPassword;
        QTest::newRow("device password for staff") << QStringLiteral("teller3") << kDevicePassword;
    }

    void badCredentials()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/sessions"), credentials(username, password));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_credentials"));
        QVERIFY(!r.json().contains(QLatin1String("token")));
    }

    void lockoutAfterFiveFailures()
    {
        // teller2 is this test's own account, so the lock does not disturb the others.
        const QJsonObject wrong = credentials(QStringLiteral("teller2"), QStringLiteral("wrong-password"));
        for (int i = 1; i <= 4; ++i) {
            const HttpReply r = m_http->post(QStringLiteral("/api/v1/sessions"), wrong);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_credentials"));
        }
        const HttpReply fifth = m_http->post(QStringLiteral("/api/v1/sessions"), wrong);
        QCOMPARE(fifth.status, 423);
        QCOMPARE(fifth.errorCode(), QStringLiteral("account_locked"));
        QCOMPARE(fifth.json().value(QLatin1String("error")).toObject().value(QLatin1String("retry_after_seconds")).toInt(),
                 15 * 60);

        const HttpReply right = m_http->post(QStringLiteral("/api/v1/sessions"), credentials(QStringLiteral("teller2"), kPassword));
        QCOMPARE(right.status, 423);
        QCOMPARE(right.errorCode(), QStringLiteral("account_locked"));
        const int retry = right.json().value(QLatin1String("error")).toObject().value(QLatin1String("retry_after_seconds")).toInt();
        QVERIFY2(retry > 0 && retry <= 15 * 60, qPrintable(QString::number(retry)));
        QVERIFY(!right.json().contains(QLatin1String("token")));

        // Another account of the same hall still logs in.
        QVERIFY(!m_http->login(QStringLiteral("teller4"), kPassword).isEmpty());
    }

    void logoutRevokesToken()
    {
        const QString token = m_http->login(QStringLiteral("teller1"), kPassword);
        QVERIFY(!token.isEmpty());
        const QString other = m_http->login(QStringLiteral("teller1"), kPassword);
        QVERIFY(!other.isEmpty());
        const HttpReply out = m_http->send("DELETE", QStringLiteral("/api/v1/sessions/current"), {},
                                           {{QByteArray("Authorization"), "Bearer " + token.toLatin1()}});
        QCOMPARE(out.status, 204);
        QVERIFY(out.body.isEmpty());

        const HttpReply me = m_http->get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.errorCode(), QStringLiteral("unauthorized"));
        const HttpReply again = m_http->send("DELETE", QStringLiteral("/api/v1/sessions/current"), {},
                                             {{QByteArray("Authorization"), "Bearer " + token.toLatin1()}});
        QCOMPARE(again.status, 401);
        // Only that session ended.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), other).status, 200);
    }

    void roleAccess_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("display: catalogue") << QStringLiteral("display-city") << kDevicePassword
                                            << QStringLiteral("/api/v1/catalogue") << 403;
        QTest::newRow("display: halls") << QStringLiteral("display-city") << kDevicePassword
                                        << QStringLiteral("/api/v1/org/halls") << 403;
        QTest::newRow("display: me") << QStringLiteral("display-city") << kDevicePassword << QStringLiteral("/api/v1/me")
                                     << 200;
        QTest::newRow("kiosk: catalogue") << QStringLiteral("kiosk-city") << kDevicePassword
                                          << QStringLiteral("/api/v1/catalogue") << 200;
        QTest::newRow("kiosk: halls") << QStringLiteral("kiosk-city") << kDevicePassword
                                      << QStringLiteral("/api/v1/org/halls") << 403;
        QTest::newRow("reviewer: halls") << QStringLiteral("reviewer1") << kPassword << QStringLiteral("/api/v1/org/halls")
                                         << 200;
        QTest::newRow("admin: catalogue") << QStringLiteral("admin") << kPassword << QStringLiteral("/api/v1/catalogue")
                                          << 200;
    }

    void roleAccess()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, path);
        QFETCH(int, status);
        const QString token = tokenFor(username, password);
        QVERIFY2(!token.isEmpty(), qPrintable(username));
        const HttpReply r = m_http->get(path, token);
        QCOMPARE(r.status, status);
        if (status == 403) {
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
            QVERIFY(r.header("WWW-Authenticate").isEmpty());
        }
    }

    void routing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString nf = QStringLiteral("not_found");
        const QString mna = QStringLiteral("method_not_allowed");
        QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/api/v1/nothing-here") << true << 404 << nf;
        QTest::newRow("unknown path, no token") << QByteArray("GET") << QStringLiteral("/api/v2/me") << false << 404 << nf;
        QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << false << 404 << nf;
        QTest::newRow("trailing slash") << QByteArray("GET") << QStringLiteral("/health/") << false << 404 << nf;
        QTest::newRow("PUT me") << QByteArray("PUT") << QStringLiteral("/api/v1/me") << true << 405 << mna;
        QTest::newRow("PUT me, no token") << QByteArray("PUT") << QStringLiteral("/api/v1/me") << false << 405 << mna;
        QTest::newRow("POST health") << QByteArray("POST") << QStringLiteral("/health") << false << 405 << mna;
        QTest::newRow("GET sessions") << QByteArray("GET") << QStringLiteral("/api/v1/sessions") << false << 405 << mna;
        QTest::newRow("DELETE catalogue") << QByteArray("DELETE") << QStringLiteral("/api/v1/catalogue") << true << 405 << mna;
    }

    void routing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, withToken);
        QFETCH(int, status);
        QFETCH(QString, code);
        Headers headers;
        if (withToken)
            headers.append({QByteArray("Authorization"), "Bearer " + tokenFor(QStringLiteral("teller1"), kPassword).toLatin1()});
        const HttpReply r = m_http->send(method, path, {}, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
    }

    void serverSurvived()
    {
        QVERIFY(m_server->isRunning());
        QCOMPARE(m_http->get(QStringLiteral("/health")).status, 200);
    }

private:
    // One login per account for the whole class: Argon2id makes logins deliberately slow.
    QString tokenFor(const QString &user, const QString &password)
    {
        if (!m_tokens.contains(user))
            m_tokens.insert(user, m_http->login(user, password));
        return m_tokens.value(user);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_tokens;
};

QTEST_GUILESS_MAIN(TestServerHealthAuth)
#include "tst_server_health_auth.moc"
