// Issue 5, the pull: the desktop client copies the cases of its hall that changed since its cursor
// into its local file (read offline), and never overwrites a case with a change of its own still
// waiting in the outbox — that one is read again once the change is settled. Against the real
// server, the client's connection through a fault proxy.
#include "core/client/CaseClient.h"
#include "core/client/ClientSession.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/ResidentId.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;


class TestCasePull : public QObject
{
    Q_OBJECT
    test::TestServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void pullKeepsCopiesAndSparesPendingCases()
    {
        test::FaultProxy proxy(m_server.port());
        QVERIFY(proxy.listen());
        QTemporaryDir dir;
        SystemClock clock;
        ClientSession session(dir.path(), clock);
        QSignalSpy login(&session, &ClientSession::loginFinished);
        session.login(proxy.url(), QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QTRY_COMPARE_WITH_TIMEOUT(login.size(), 1, 10000);
        QVERIFY(login.first().first().toBool());
        CaseClient cases(session);
        QSignalSpy pulled(&cases, &CaseClient::pulled);

        // Two cases taken in at another window of the hall: the pull copies both.
        test::SyncHttp http(m_server.url());
        const QString teller2 = http.login(QStringLiteral("teller2"), QStringLiteral("demo1234"));
        const QString base = QStringLiteral("51070319900202123");
        const QString id = base + ResidentId::checksumCharacter(base);
        const QString a = http.post(QStringLiteral("/api/v1/cases"), test::si008Intake(id, QStringLiteral("周敏"), 2), teller2).json().value(QLatin1String("number")).toString();
        const QString b = http.post(QStringLiteral("/api/v1/cases"), test::si008Intake(id, QStringLiteral("周敏"), 2), teller2).json().value(QLatin1String("number")).toString();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        cases.pull();
        QTRY_COMPARE_WITH_TIMEOUT(pulled.size(), 1, 10000);
        QVERIFY(cases.cachedCase(a) && cases.cachedCase(b));
        QCOMPARE(toString(cases.cachedCase(b)->facts.state), QStringLiteral("in_review"));
        const auto stateOf = [&](const QString &n) { return toString(cases.cachedCase(n)->facts.state); };

        // A change of this window to case A waits in the outbox (the link is down) …
        session.sync()->setBackoff(60000, 60000);
        test::FaultProxy::Odds down;
        down.reset = 1.0;
        proxy.setOdds(down);
        cases.act(a, CaseAction::ReceiveSupplement, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!session.sync()->isOnline(), 10000);
        QCOMPARE(session.sync()->pendingCount(), 1);

        // … while both cases are decided at the server (whichever reviewer holds each approves it).
        for (const QString &r : {QStringLiteral("reviewer1"), QStringLiteral("reviewer2"), QStringLiteral("reviewer3")}) {
            const QString token = http.login(r, QStringLiteral("demo1234"));
            for (const QString &n : {a, b})
                http.post(QStringLiteral("/api/v1/cases/%1/actions").arg(n), {{QLatin1String("action"), QStringLiteral("approve")}}, token);
        }
        QCOMPARE(http.get(QStringLiteral("/api/v1/cases/") + a, teller2).json().value(QLatin1String("state")).toString(), QStringLiteral("approved"));

        // The link is back; the pull refreshes B but leaves A, which has a change pending.
        proxy.setOdds({});
        cases.pull();
        QTRY_COMPARE_WITH_TIMEOUT(pulled.size(), 2, 10000);
        QCOMPARE(stateOf(b), QStringLiteral("approved"));
        QCOMPARE(stateOf(a), QStringLiteral("in_review"));
        QCOMPARE(pulled.last().first().toInt(), 1);

        // The change is settled (refused: a decided case takes no supplement); A is read again.
        QSignalSpy refused(&cases, &CaseClient::actionRefused);
        session.sync()->flush();
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(a), QStringLiteral("approved"), 10000);

        // Offline, a case opens from its copy.
        proxy.setOdds(down);
        QSignalSpy loaded(&cases, &CaseClient::caseLoaded);
        cases.open(b);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
        QCOMPARE(loaded.first().first().value<CaseView>().number, b);
    }
};

QTEST_MAIN(TestCasePull)
#include "tst_case_pull.moc"
