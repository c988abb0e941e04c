// Failed logins limited per source address (issue 15), through the real server on loopback:
// after 20 refused logins from one address (any accounts, unknown names too) the 21st attempt —
// even with the right password — gets 429 with Retry-After and a translated message; another
// address is not paused, and the accounts' own counts and locks are as the failures left them.
// The answers are also checked against docs/api/openapi.yaml.
#include "core/domain/api/SessionBodies.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
const QString kPassword = QStringLiteral("demo1234");
const QString kLogin = QStringLiteral("/api/v1/sessions");
} // namespace

class TestContractLoginLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        // Only refusals go through m_http here (the one success comes over a raw socket), so no
        // answer type is expected: the recorded ones are checked against the description.
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("login_limit"));
    }

    void twentyFirstAttemptIsRefused()
    {
        // 3 wrong passwords for teller2 (its own lock is at 5), 5 for teller3 (locked by the
        // fifth), 12 unknown names: 20 refusals from 127.0.0.1.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(login(QStringLiteral("teller2"), QStringLiteral("wrong")).status, 401);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(login(QStringLiteral("teller3"), QStringLiteral("wrong")).status, i < 5 ? 401 : 423);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(login(QStringLiteral("nobody%1").arg(i), QStringLiteral("wrong")).status, 401);

        const HttpReply zh = login(QStringLiteral("nobody"), QStringLiteral("wrong"));
        QCOMPARE(zh.status, 429);
        QCOMPARE(zh.errorCode(), QStringLiteral("too_many_requests"));
        bool number = false;
        const int retry = zh.header("Retry-After").toInt(&number);
        QVERIFY2(number && retry > 0 && retry <= 15 * 60, zh.header("Retry-After").constData());
        QCOMPARE(zh.json().value(QLatin1String("error")).toObject().value(QLatin1String("retry_after_seconds")).toInt(), retry);
        QCOMPARE(message(zh), QStringLiteral("本机登录失败次数过多，已暂停从本机登录，请稍后再试。"));

        const HttpReply en = login(QStringLiteral("teller1"), QStringLiteral("wrong"), "en");
        QCOMPARE(en.status, 429);
        QCOMPARE(message(en), QStringLiteral("Too many failed logins from this computer: logins from it are paused for a while. "
                                             "Please try again later."));
        // The right password is refused too, and an unknown name gets the very same answer.
        const HttpReply right = login(QStringLiteral("teller1"), kPassword);
        QCOMPARE(right.status, 429);
        QCOMPARE(right.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")),
                 zh.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")));
        QCOMPARE(message(right), message(zh));
    }

    void otherAddressAndAccountsUnaffected()
    {
        // 127.0.0.2 is loopback as well (Linux answers the whole 127/8), but another address.
        const auto locked = rawLogin(QStringLiteral("teller3"), kPassword);
        if (locked.first == -1)
            QSKIP("cannot send from 127.0.0.2 on this system");
        // teller3's lock is its own and still holds; teller2's three failures did not lock it.
        QCOMPARE(locked.first, 423);
        QCOMPARE(rawLogin(QStringLiteral("teller2"), kPassword).first, 201);
        // And 127.0.0.1 is still paused.
        QCOMPARE(login(QStringLiteral("teller2"), kPassword).status, 429);
    }

    void everyAnswerFitsTheContract()
    {
        const QStringList problems = m_check->problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_check.reset();
        m_http.reset();
        m_server.reset();
    }

private:
    HttpReply login(const QString &user, const QString &password, const QByteArray &language = "zh-CN")
    {
        return m_http->send("POST", kLogin, QJsonDocument(LoginRequest{user, password}.toJson()).toJson(QJsonDocument::Compact),
                            {{"Content-Type", "application/json"}, {"Accept-Language", language}});
    }

    static QString message(const HttpReply &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }

    // A login sent from 127.0.0.2 over a plain socket (the HTTP client cannot choose its source
    // address): the status, and the raw answer; -1 if the socket cannot be bound there.
    QPair<int, QByteArray> rawLogin(const QString &user, const QString &password)
    {
        QTcpSocket socket;
        if (!socket.bind(QHostAddress(QStringLiteral("127.0.0.2"))))
            return {-1, {}};
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return {-1, {}};
        const QByteArray body = QJsonDocument(LoginRequest{user, password}.toJson()).toJson(QJsonDocument::Compact);
        socket.write("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
                     "Content-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        // Only the status line is needed: read until the head is complete.
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(15000))
            answer += socket.readAll();
        // "HTTP/1.1 201 Created"
        return {answer.mid(9, 3).toInt(), answer};
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
};

QTEST_GUILESS_MAIN(TestContractLoginLimit)
#include "tst_contract_login_limit.moc"
