// Issue 14: the supervisor's live screen lists every window of the hall — closed ones too, shown
// closed — and both it and the teller's waiting line flag a waiting ticket by the hall's own
// promise (its queue rules, PromiseRisk: at risk from three minutes before it, never earlier than
// four fifths of it; broken once past), not a fixed 12 minutes. Against the real server, with
// the desk's clock moved on so that a ticket issued now has waited minutes.
#include "core/client/ClientSession.h"
#include "core/client/HallMonitor.h"
#include "core/client/TellerDesk.h"
#include "core/domain/api/QueueRulesBodies.h"
#include "core/domain/util/Clock.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/SupervisorQueueScreen.h"
#include "ui/desk/TellerQueuePanel.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(ow::PromiseRisk::Level)

namespace {
const QString kHall = QStringLiteral("MY-CITY");
} // namespace

class TestPromiseScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_promise_screens"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        const QString kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QVERIFY(!m_admin.isEmpty() && !kiosk.isEmpty());
        // One ticket waits in the hall through the whole suite.
        const test::HttpReply issued = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                                    {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}}, kiosk);
        QCOMPARE(issued.status, 201);
        m_issuedAt = QDateTime::fromString(issued.json().value(QLatin1String("issued_at")).toString(), Qt::ISODate);
        QVERIFY(m_issuedAt.isValid());
    }

    void everyWindowIsListed()
    {
        // Window 2 open today; the hall has eight.
        const QString teller = m_http->login(QStringLiteral("teller2"), QStringLiteral("demo1234"));
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/2"), R"({"state":"open"})",
                              {{"Authorization", "Bearer " + teller.toLatin1()}, {"Content-Type", "application/json"}})
                     .status,
                 200);
        FakeClock clock(QDateTime::currentDateTimeUtc());
        ClientSession session(m_dir.filePath(QStringLiteral("windows")), clock);
        QVERIFY(login(session, QStringLiteral("supervisor1")));
        SupervisorQueueScreen screen(session);
        auto *windows = screen.findChild<QTableWidget *>(QStringLiteral("supervisorWindows"));
        QTRY_COMPARE_WITH_TIMEOUT(windows->rowCount(), 8, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(windows->item(1, 1)->text(), QStringLiteral("开放"), 10000);
        for (int row = 0; row < 8; ++row) {
            QCOMPARE(windows->item(row, 0)->data(Qt::UserRole).toInt(), row + 1);
            if (row != 1)
                QCOMPARE(windows->item(row, 1)->text(), QStringLiteral("关闭"));
        }
        QCOMPARE(screen.monitor().everyWindow().size(), 8);
        QCOMPARE(screen.monitor().windows().size(), 1); // what the queue alone knows: the window opened
    }

    void flaggedByTheHallsPromise_data()
    {
        QTest::addColumn<int>("promise"); // 0: the server's default rules (15 minutes)
        QTest::addColumn<int>("waited");  // seconds the desk's clock is past the ticket's issue
        QTest::addColumn<PromiseRisk::Level>("level");
        QTest::addColumn<QString>("text");
        using L = PromiseRisk::Level;
        QTest::newRow("15 min, waited 11") << 0 << 11 * 60 << L::None << QString();
        QTest::newRow("15 min, waited 13") << 0 << 13 * 60 << L::AtRisk << QStringLiteral("即将超过 15 分钟承诺");
        QTest::newRow("15 min, waited 16") << 0 << 16 * 60 << L::Broken << QStringLiteral("已超 15 分钟承诺");
        QTest::newRow("30 min, waited 13") << 30 << 13 * 60 << L::None << QString();
        QTest::newRow("30 min, waited 28") << 30 << 28 * 60 << L::AtRisk << QStringLiteral("即将超过 30 分钟承诺");
        QTest::newRow("10 min, waited 8:30") << 10 << 8 * 60 + 30 << L::AtRisk << QStringLiteral("即将超过 10 分钟承诺");
        QTest::newRow("10 min, waited 13") << 10 << 13 * 60 << L::Broken << QStringLiteral("已超 10 分钟承诺");
    }

    void flaggedByTheHallsPromise()
    {
        QFETCH(int, promise);
        QFETCH(int, waited);
        QFETCH(PromiseRisk::Level, level);
        QFETCH(QString, text);
        setPromise(promise);
        FakeClock clock(m_issuedAt.addSecs(waited));

        // The supervisor's longest waits.
        ClientSession supervisorSession(m_dir.filePath(QStringLiteral("supervisor-%1-%2").arg(promise).arg(waited)), clock);
        QVERIFY(login(supervisorSession, QStringLiteral("supervisor1")));
        SupervisorQueueScreen screen(supervisorSession);
        QTRY_COMPARE_WITH_TIMEOUT(screen.monitor().promise().promiseMinutes(), promise ? promise : 15, 10000);
        auto *longest = screen.findChild<QTableWidget *>(QStringLiteral("longestWaits"));
        QTRY_VERIFY_WITH_TIMEOUT(longest->rowCount() >= 1 && longest->item(0, 2), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(longest->item(0, 2)->text(), text, 5000);
        QVERIFY(longest->item(0, 2)->data(Qt::UserRole).value<int>() == static_cast<int>(level));

        // The teller's waiting line, on the same clock.
        ClientSession tellerSession(m_dir.filePath(QStringLiteral("teller-%1-%2").arg(promise).arg(waited)), clock);
        QVERIFY(login(tellerSession, QStringLiteral("teller1")));
        TellerQueuePanel panel(tellerSession);
        QTRY_COMPARE_WITH_TIMEOUT(panel.desk().monitor().promise().promiseMinutes(), promise ? promise : 15, 10000);
        auto *waiting = panel.findChild<QTableWidget *>(QStringLiteral("waitingList"));
        QTRY_VERIFY_WITH_TIMEOUT(waiting->rowCount() >= 1 && waiting->item(0, 0), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(waiting->item(0, 0)->data(Qt::UserRole).toInt() == static_cast<int>(level), 5000);
        QCOMPARE(waiting->item(0, 0)->background().color().isValid() && waiting->item(0, 0)->background().style() != Qt::NoBrush,
                 level != PromiseRisk::Level::None);
    }

private:
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

    // The hall's own promise, or (0) back to the server's rules.
    void setPromise(int minutes)
    {
        const QString path = QStringLiteral("/api/v1/admin/halls/MY-CITY/queue-rules");
        const QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + m_admin.toLatin1()}, {"Content-Type", "application/json"}};
        if (!minutes) {
            const int status = m_http->send("DELETE", path, {}, headers).status;
            QVERIFY(status == 204 || status == 404);
            return;
        }
        QueueRules rules = HallQueueRules::fromJson(m_http->get(path, m_admin).json()).value().rules;
        rules.promiseMinutes = minutes;
        QCOMPARE(m_http->send("PUT", path, QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact), headers).status, 200);
    }

    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_admin;
    QDateTime m_issuedAt;
};

QTEST_MAIN(TestPromiseScreens)
#include "tst_promise_screens.moc"
