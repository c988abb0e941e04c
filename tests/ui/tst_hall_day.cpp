// Issue 3, acceptance 3: one citizen's visit across every device of a hall, all real widgets
// against the real server. A ticket taken at the kiosk is called from a teller's window with
// its call-next button (F1), appears on the hall display and is announced, is served and finished, and the citizen's
// bad rating lands on the supervisor's screen as a rectification item.
//
// With OW_HALL_SHOTS=DIR each screen is saved as a PNG at the moment that matters; run it under
// Xvfb with QT_QPA_PLATFORM=xcb to see the real windows (bench/../docs show how).
#include "core/client/ClientSession.h"
#include "core/client/TellerDesk.h"
#include "core/domain/util/Clock.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/TestServer.h"
#include "tests/ui/display/FakeSpeaker.h"
#include "ui/desk/CitizenScreen.h"
#include "ui/desk/ClientController.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/SupervisorQueueScreen.h"
#include "ui/desk/TellerQueuePanel.h"
#include "ui/display/DisplayBoard.h"
#include "ui/display/DisplayFeed.h"
#include "ui/kiosk/KioskScreen.h"
#include "ui/kiosk/TicketPrinter.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestHallDay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_hall_day"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
    }

    void kioskTellerDisplaySupervisor()
    {
        // The hall display, with a fake voice so the announcement can be checked.
        ClientSession displaySession(m_dir.filePath(QStringLiteral("display")), m_clock);
        test::FakeSpeaker speaker(10);
        DisplayBoard board(displaySession, m_clock, &speaker, {});
        board.announcements()->setPauseMs(0);
        board.resize(1920, 1080);
        board.show();
        board.connectTo(m_server.url(), QStringLiteral("display-city"), QStringLiteral("device1234"));
        QTRY_VERIFY_WITH_TIMEOUT(board.feed().isLive(), 15000);

        // The supervisor watches the hall.
        ClientController supervisor(options(QStringLiteral("supervisor1")));
        supervisor.start();
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.mainWindow() != nullptr, 20000);
        SupervisorQueueScreen *watch = supervisor.mainWindow()->supervisorScreen();
        QVERIFY(watch);
        QTRY_VERIFY_WITH_TIMEOUT(watch->monitor().isLive(), 15000);
        auto *rectifications = watch->findChild<QTableWidget *>(QStringLiteral("rectificationList"));
        QCOMPARE(rectifications->rowCount(), 0);

        // A citizen takes a ticket for a card matter at the kiosk.
        ClientSession kioskSession(m_dir.filePath(QStringLiteral("kiosk")), m_clock);
        kioskSession.login(m_server.url(), QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QTRY_VERIFY_WITH_TIMEOUT(kioskSession.isLoggedIn() && kioskSession.catalogue(), 15000);
        KioskScreen kiosk(kioskSession, m_clock, TicketPrinter::pdfDirectory(m_dir.filePath(QStringLiteral("tickets"))));
        kiosk.setReturnDelayMs(60000);
        kiosk.resize(1600, 900);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        QSignalSpy issued(&kiosk, &KioskScreen::ticketIssued);
        for (const char *name : {"categoryButton_card", "matterButton_CD-003", "mattersNextButton", "priorityButton_none",
                                 "skipIdButton", "issueButton"})
            QVERIFY2(tap(kiosk, QString::fromLatin1(name)), name);
        QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 1, 15000);
        const QString number = issued.first().first().toString();
        QVERIFY(number.startsWith(QLatin1Char('E')));
        shot(&kiosk, QStringLiteral("1-kiosk-ticket"));
        QTRY_VERIFY_WITH_TIMEOUT(QDir(m_dir.filePath(QStringLiteral("tickets"))).entryList({QStringLiteral("*.pdf")}).size() == 1,
                                 10000);

        // A teller opens the window and calls the next ticket.
        ClientController teller(options(QStringLiteral("teller2")));
        teller.start();
        QTRY_VERIFY_WITH_TIMEOUT(teller.mainWindow() != nullptr, 20000);
        MainWindow *main = teller.mainWindow();
        TellerQueuePanel *panel = main->queuePanel();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().isLive(), 15000);
        QTRY_VERIFY(panel->citizenScreen()->isVisible());
        // The F-keys themselves are tested in tst_teller_panel; here the buttons that show them.
        QVERIFY(tap(*panel, QStringLiteral("openWindowButton")));
        auto *message = panel->findChild<QLabel *>(QStringLiteral("queueMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(panel->desk().windowState() == WindowState::Open, qPrintable(message->text()), 10000);
        QVERIFY(tap(*panel, QStringLiteral("callNextButton")));
        auto *current = panel->findChild<QLabel *>(QStringLiteral("currentTicketNumber"));
        QTRY_COMPARE_WITH_TIMEOUT(current->text(), number, 10000);
        const int window = panel->desk().window();
        QVERIFY(window > 0);
        shot(main, QStringLiteral("2-teller-called"));

        // The display shows who is called to which window, and says it in Mandarin.
        auto *now = board.findChild<QLabel *>(QStringLiteral("nowCalling"));
        QTRY_VERIFY_WITH_TIMEOUT(now->accessibleName().contains(number), 10000);
        QVERIFY2(now->accessibleName().contains(QString::number(window)), qPrintable(now->accessibleName()));
        QTRY_VERIFY_WITH_TIMEOUT(!speaker.texts().isEmpty(), 10000);
        QVERIFY2(speaker.texts().last().contains(number) && speaker.texts().last().contains(QStringLiteral("窗口")),
                 qPrintable(speaker.texts().last()));
        shot(&board, QStringLiteral("3-display"));

        // The supervisor sees the window busy with that ticket.
        auto *windows = watch->findChild<QTableWidget *>(QStringLiteral("supervisorWindows"));
        QTRY_VERIFY_WITH_TIMEOUT(tableHas(windows, number), 10000);

        // Served, finished; the citizen rates 非常不满意 on the citizen-facing screen.
        QVERIFY(tap(*panel, QStringLiteral("serveButton")));
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().current() && panel->desk().current()->state == TicketState::Serving, 10000);
        panel->desk().finishAllDone();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->desk().current(), 10000);
        CitizenScreen *citizen = panel->citizenScreen();
        auto *veryBad = citizen->findChild<QPushButton *>(QStringLiteral("rating_very_dissatisfied"));
        QVERIFY(veryBad);
        QTRY_VERIFY_WITH_TIMEOUT(veryBad->isVisible(), 10000);
        shot(citizen, QStringLiteral("4-citizen-rating"));
        QSignalSpy rated(citizen, &CitizenScreen::rated);
        QTest::mouseClick(veryBad, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rated.size(), 1, 10000);

        // …and it lands on the supervisor's screen without a refresh.
        QTRY_COMPARE_WITH_TIMEOUT(rectifications->rowCount(), 1, 15000);
        QVERIFY(tableHas(rectifications, number));
        shot(supervisor.mainWindow(), QStringLiteral("5-supervisor-rectification"));
    }

private:
    ClientController::Options options(const QString &user)
    {
        const ClientController::Options o = test::autoLogin(m_server.url(), m_dir.filePath(user), user);
        return o;
    }

    static bool tap(QWidget &screen, const QString &name)
    {
        auto *b = screen.findChild<QPushButton *>(name);
        if (!b)
            return false;
        if (!QTest::qWaitFor([b] { return b->isVisible() && b->isEnabled(); }, 5000))
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    }

    static bool tableHas(const QTableWidget *table, const QString &text)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->item(r, c) && table->item(r, c)->text().contains(text))
                    return true;
            }
        }
        return false;
    }

    static void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("OW_HALL_SHOTS");
        if (dir.isEmpty() || !QDir().mkpath(dir))
            return;
        QTest::qWait(100);
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    test::TestServer m_server;
};

QTEST_MAIN(TestHallDay)
#include "tst_hall_day.moc"
