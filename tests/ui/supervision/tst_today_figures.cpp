// Issue 14: the live hall screen's figures of today (今日已办 / 平均等候 / 承诺内叫号率 / 满意率),
// against the real server: a ticket served and rated changes the strip to the hand-computed
// values within a second of each event; bursts of refreshes are coalesced (one request in
// flight, one queued).
#include "core/client/ClientSession.h"
#include "core/client/HallMonitor.h"
#include "core/client/HallTodayFigures.h"
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/RatingBodies.h"
#include "core/domain/util/Clock.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/SupervisorQueueScreen.h"
#include "ui/desk/performance/PerformanceText.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestTodayFigures : public QObject
{
    Q_OBJECT
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QTemporaryDir m_dir;
    SystemClock m_clock;

    bool login(ClientSession &session, const QString &user)
    {
        QSignalSpy done(&session, &ClientSession::loginFinished);
        session.login(m_server.url(), user, QStringLiteral("demo1234"));
        if (!done.wait(20000) || !done.first().first().toBool())
            return false;
        QDeadlineTimer deadline(10000);
        while (session.halls().isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        return !session.halls().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_today_figures"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
    }

    void servedAndRatedWithinASecond()
    {
        ClientSession session(m_dir.filePath(QStringLiteral("supervisor")), m_clock);
        QVERIFY(login(session, QStringLiteral("supervisor1")));
        SupervisorQueueScreen screen(session);
        auto *served = screen.findChild<QLabel *>(QStringLiteral("todayServed"));
        auto *wait = screen.findChild<QLabel *>(QStringLiteral("todayWaitMean"));
        auto *promise = screen.findChild<QLabel *>(QStringLiteral("todayWithinPromise"));
        auto *satisfaction = screen.findChild<QLabel *>(QStringLiteral("todaySatisfaction"));
        QVERIFY(served && wait && promise && satisfaction);
        // A fresh server: nothing today yet.
        QTRY_VERIFY_WITH_TIMEOUT(screen.todayFigures().isLoaded(), 10000);
        QCOMPARE(served->text(), PerformanceText::count(0));
        QCOMPARE(wait->text(), PerformanceText::dash());
        QCOMPARE(satisfaction->text(), PerformanceText::dash());
        QTRY_VERIFY_WITH_TIMEOUT(screen.monitor().isLive(), 10000); // the events reach the screen

        const QString teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const QString kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/1"), R"({"state":"open"})",
                              {{"Authorization", "Bearer " + teller.toLatin1()}, {"Content-Type", "application/json"}})
                     .status,
                 200);
        const qint64 id = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                       {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}}, kiosk)
                              .json()
                              .value(QLatin1String("id"))
                              .toInteger();
        QVERIFY(id > 0);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/1/call-next"), {}, teller).status, 200);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/tickets/%1/serve").arg(id), {{QLatin1String("window"), 1}}, teller).status, 200);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/tickets/%1/finish").arg(id),
                              FinishRequest{1, {{QStringLiteral("CD-003"), MatterOutcome::Done, {}}}}.toJson(), teller)
                     .status,
                 200);
        // By hand: one served, called at once (well within the 15-minute promise), not rated yet.
        QTRY_COMPARE_WITH_TIMEOUT(served->text(), PerformanceText::count(1), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(promise->text(), PerformanceText::percent(1.0), 1000);
        QVERIFY2(wait->text() == PerformanceText::duration(0.0) || wait->text() == PerformanceText::duration(1.0), qPrintable(wait->text()));
        QCOMPARE(satisfaction->text(), PerformanceText::dash());

        QCOMPARE(m_http->post(QStringLiteral("/api/v1/tickets/%1/rating").arg(id),
                              RatingRequest{QStringLiteral("CD-003"), RatingLevel::VerySatisfied}.toJson(), teller)
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(satisfaction->text(), PerformanceText::percent(1.0), 1000); // 非常满意: satisfied
        QCOMPARE(served->text(), PerformanceText::count(1));
    }

    void burstsAreCoalesced()
    {
        ClientSession session(m_dir.filePath(QStringLiteral("burst")), m_clock);
        QVERIFY(login(session, QStringLiteral("supervisor1")));
        HallTodayFigures figures(session, QStringLiteral("MY-CITY"));
        QSignalSpy changed(&figures, &HallTodayFigures::changed);
        for (int i = 0; i < 10; ++i)
            figures.refresh();
        QCOMPARE(figures.requestsSent(), 1); // one in flight, the other nine folded into one queued
        QTRY_COMPARE_WITH_TIMEOUT(figures.requestsSent(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(figures.isLoaded(), 5000);
        QTest::qWait(300);
        QCOMPARE(figures.requestsSent(), 2);
        QCOMPARE(changed.count(), 1); // the second answer was the same
        QCOMPARE(figures.figures().served, 1);
        QCOMPARE(figures.day(), QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date());
    }
};

QTEST_MAIN(TestTodayFigures)
#include "tst_today_figures.moc"
