// The teller's queue panel against the real server: open the window with F7, call with F1,
// serve with F3, finish, and the waiting line follows the hall live.
#include "core/client/ClientSession.h"
#include "core/client/SyncAgent.h"
#include "core/client/TellerDesk.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/desk/ClientController.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/CitizenScreen.h"
#include "ui/desk/SupervisorQueueScreen.h"
#include "ui/desk/TellerQueuePanel.h"

#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ow;

class TestTellerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teller_panel"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QVERIFY(!m_kiosk.isEmpty());
    }

    void callServeFinishWithKeys()
    {
        for (const char *service : {"PE-001", "CD-003"}) {
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                  {{QLatin1String("services"), QJsonArray{QString::fromLatin1(service)}}}, m_kiosk)
                         .status,
                     201);
        }
        const ClientController::Options o = test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("teller2"));
        ClientController controller(o);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        TellerQueuePanel *panel = main->queuePanel();
        QVERIFY(panel);
        QTRY_VERIFY(panel->citizenScreen()->isVisible());
        main->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(main));

        auto *waiting = panel->findChild<QTableWidget *>(QStringLiteral("waitingList"));
        auto *number = panel->findChild<QLabel *>(QStringLiteral("currentTicketNumber"));
        QTRY_COMPARE_WITH_TIMEOUT(waiting->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().isLive(), 10000);

        // The buttons show their keys.
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("callNextButton"))->text().contains(QStringLiteral("F1")));

        QTest::keyClick(main, Qt::Key_F7); // open the window
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().windowState() == WindowState::Open, 10000);
        QTest::keyClick(main, Qt::Key_F1); // call next
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), QStringLiteral("B001"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(waiting->rowCount(), 1, 10000);
        QTest::keyClick(main, Qt::Key_F3); // start serving
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().current() && panel->desk().current()->state == TicketState::Serving, 10000);

        // A ticket issued now shows up in the waiting line without any click.
        m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                     {{QLatin1String("services"), QJsonArray{QStringLiteral("SI-001")}}}, m_kiosk);
        QTRY_COMPARE_WITH_TIMEOUT(waiting->rowCount(), 2, 10000);

        // The citizen-facing screen shows who serves and what is in progress…
        CitizenScreen *citizen = panel->citizenScreen();
        QVERIFY(citizen && citizen->isVisible());
        QVERIFY(citizen->findChild<QLabel *>(QStringLiteral("citizenTeller"))->text().contains(QStringLiteral("MY-C-0002")));
        QTRY_VERIFY_WITH_TIMEOUT(citizen->findChild<QLabel *>(QStringLiteral("citizenServing"))->text().contains(QStringLiteral("B001")), 5000);

        panel->desk().finishAllDone();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->desk().current(), 10000);
        QCOMPARE(number->text(), QStringLiteral("—"));

        // …and after the finish, the five levels; a bad rating opens a rectification item.
        auto *dissatisfied = citizen->findChild<QPushButton *>(QStringLiteral("rating_dissatisfied"));
        QVERIFY(dissatisfied);
        QTRY_VERIFY_WITH_TIMEOUT(dissatisfied->isVisible(), 5000);
        QCOMPARE(dissatisfied->text(), QStringLiteral("不满意"));
        QSignalSpy rated(citizen, &CitizenScreen::rated);
        QTest::mouseClick(dissatisfied, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rated.size(), 1, 10000);
        const QString supervisor = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        const QJsonArray items = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/rectifications"), supervisor)
                                     .json().value(QLatin1String("rectifications")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QLatin1String("ticket")).toString(), QStringLiteral("B001"));
        QCOMPARE(items.first().toObject().value(QLatin1String("teller_staff_no")).toString(), QStringLiteral("MY-C-0002"));
        const test::HttpReply ticket = m_http->get(QStringLiteral("/api/v1/tickets/1"),
                                                   m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234")));
        QCOMPARE(ticket.json().value(QLatin1String("state")).toString(), QStringLiteral("finished"));

        // F5 on an empty window explains instead of failing silently.
        main->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(main));
        QTest::keyClick(main, Qt::Key_F5);
        auto *message = panel->findChild<QLabel *>(QStringLiteral("queueMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 5000);
    }

    // Runs after the teller's test: window 1 open with teller2, one rectification.
    void supervisorSeesWindowsAndRectificationsLive()
    {
        const ClientController::Options o = test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("supervisor1"));
        ClientController controller(o);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        SupervisorQueueScreen *screen = controller.mainWindow()->supervisorScreen();
        QVERIFY(screen);
        QVERIFY(!controller.mainWindow()->queuePanel()); // supervisors do not call tickets
        auto *windows = screen->findChild<QTableWidget *>(QStringLiteral("supervisorWindows"));
        auto *rectifications = screen->findChild<QTableWidget *>(QStringLiteral("rectificationList"));
        QTRY_VERIFY_WITH_TIMEOUT(windows->rowCount() >= 1, 10000);
        QCOMPARE(windows->item(0, 0)->text(), QStringLiteral("1"));
        QVERIFY2(windows->item(0, 2)->text().contains(QStringLiteral("MY-C-0002")), qPrintable(windows->item(0, 2)->text()));
        QTRY_COMPARE_WITH_TIMEOUT(rectifications->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(screen->monitor().isLive(), 10000);

        // The supervisor closes window 1 from the screen; the table follows the event.
        windows->selectRow(0);
        const QString before = windows->item(0, 1)->text();
        QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("supervisorCloseWindow")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(screen->monitor().windowState(1) == WindowState::Closed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(windows->item(0, 1)->text() != before, 5000);

        // A waiting ticket appears in the longest waits, live.
        m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                     {{QLatin1String("services"), QJsonArray{QStringLiteral("LR-001")}}}, m_kiosk);
        auto *longest = screen->findChild<QTableWidget *>(QStringLiteral("longestWaits"));
        QTRY_COMPARE_WITH_TIMEOUT(longest->rowCount(), 3, 10000);
    }

    // Runs after the supervisor's test: window 1 closed, three tickets waiting.
    void f1TwiceCallsOneCitizen()
    {
        const ClientController::Options o = test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("teller2"));
        ClientController controller(o);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        TellerQueuePanel *panel = main->queuePanel();
        QVERIFY(panel);
        QTRY_VERIFY(panel->citizenScreen()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().isLive(), 10000);
        auto *number = panel->findChild<QLabel *>(QStringLiteral("currentTicketNumber"));
        auto *message = panel->findChild<QLabel *>(QStringLiteral("queueMessage"));
        SyncAgent *sync = controller.session().sync();
        QVERIFY(sync);
        const int window = panel->desk().window();

        press(main, Qt::Key_F7);
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().windowState() == WindowState::Open, 10000);
        press(main, Qt::Key_F1);
        QTRY_VERIFY_WITH_TIMEOUT(number->text() != QStringLiteral("—"), 10000);
        const QString first = number->text();
        QTRY_COMPARE_WITH_TIMEOUT(sync->pendingCount(), 0, 10000);
        const qint64 sent = sync->outbox().lastAckedSeq().value();
        const int waitingBefore = waitingCount();

        // F1 again: the panel says why, in words; nothing is sent, nobody else is called.
        press(main, Qt::Key_F1);
        QCOMPARE(message->text(), first + QStringLiteral(" 仍在本窗口：请先办结、过号或转办，再叫下一位。"));
        QTest::qWait(300);
        QCOMPARE(sync->outbox().lastAckedSeq().value(), sent);
        QCOMPARE(sync->pendingCount(), 0);
        QCOMPARE(sync->problemCount(), 0);
        QCOMPARE(number->text(), first);
        QCOMPARE(calledAt(window), QStringList{first});
        QCOMPARE(waitingCount(), waitingBefore);

        // F9 on a chosen waiting ticket: told at once, before any reason is asked for.
        auto *waiting = panel->findChild<QTableWidget *>(QStringLiteral("waitingList"));
        QTRY_VERIFY_WITH_TIMEOUT(waiting->rowCount() > 0, 10000);
        waiting->selectRow(0);
        message->clear();
        bool asked = false;
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, &watch, [&asked] {
            if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                asked = true;
                d->reject();
            }
        });
        watch.start();
        press(main, Qt::Key_F9);
        watch.stop();
        QVERIFY(!asked);
        QCOMPARE(message->text(), first + QStringLiteral(" 仍在本窗口：请先办结、过号或转办，再叫下一位。"));
        QCOMPARE(sync->outbox().lastAckedSeq().value(), sent);
        QCOMPARE(calledAt(window), QStringList{first});

        // The citizen never came (F5). Then another device calls at this window before the desk
        // has heard of it: F1 is refused by the server, and the panel names and shows its ticket.
        press(main, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), QStringLiteral("—"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->pendingCount(), 0, 10000);
        QString other;
        {
            const QSignalBlocker unheard(&panel->desk().monitor());
            const QString teller = m_http->login(QStringLiteral("teller2"), QStringLiteral("demo1234"));
            const test::HttpReply called = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/%1/call-next").arg(window), {}, teller);
            QCOMPARE(called.status, 200);
            other = called.json().value(QLatin1String("number")).toString();
            QVERIFY(!panel->desk().current());
            press(main, Qt::Key_F1);
            QTRY_COMPARE_WITH_TIMEOUT(message->text(), other + QStringLiteral(" 仍在本窗口：请先办结、过号或转办，再叫下一位。"), 10000);
            QCOMPARE(number->text(), other);
        }
        QCOMPARE(calledAt(window), QStringList{other});
        QCOMPARE(waitingCount(), waitingBefore - 1);
    }

private:
    // A key pressed at the teller's window: it must be the active one for the panel's shortcuts
    // (the citizen-facing screen is a top-level window of its own).
    static void press(QWidget *main, Qt::Key key)
    {
        main->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), main);
        QTest::keyClick(main, key);
    }

    // The numbers called or served at a window, as the server has them.
    QStringList calledAt(int window)
    {
        QStringList numbers;
        const QJsonArray atWindows = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), teller1())
                                         .json().value(QLatin1String("at_windows")).toArray();
        for (const QJsonValue &t : atWindows) {
            if (t.toObject().value(QLatin1String("window")).toInt() == window)
                numbers << t.toObject().value(QLatin1String("number")).toString();
        }
        return numbers;
    }

    int waitingCount()
    {
        return static_cast<int>(m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), teller1())
                                    .json().value(QLatin1String("waiting")).toArray().size());
    }

    QString teller1()
    {
        if (m_teller1.isEmpty())
            m_teller1 = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        return m_teller1;
    }

    QString m_teller1;
    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_kiosk;
};

QTEST_MAIN(TestTellerPanel)
#include "tst_teller_panel.moc"
