// The desktop client against the real onewindow-server: log in, search the catalogue, then
// start again with the server stopped and work from the cached catalogue, offline.
#include "core/domain/util/ErrorMessages.h"
#include "core/domain/util/LanguagePack.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/TestServer.h"
#include "ui/desk/CatalogueBrowser.h"
#include "ui/desk/ClientController.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/LoginDialog.h"
#include "ui/desk/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {
ClientController::Options optionsFor(const QString &dataDir, const QUrl &server, const QString &user, const QString &password)
{
    ClientController::Options o = test::autoLogin(server, dataDir, user, password);
    o.probeIntervalMs = 200;
    return o;
}
} // namespace

class TestClientGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_client_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_dataDir.isValid());
        QVERIFY(m_server.start());
    }

    void loginShowsCatalogueAndSearchWorks()
    {
        ClientController controller(optionsFor(m_dataDir.path(), m_server.url(), QStringLiteral("teller1"), QStringLiteral("demo1234")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        QVERIFY(main->isVisible());
        CatalogueBrowser *browser = main->catalogueBrowser();
        QTRY_VERIFY_WITH_TIMEOUT(browser->visibleServiceCount() >= 60, 10000);
        const int all = browser->visibleServiceCount();

        auto *search = main->findChild<QLineEdit *>(QStringLiteral("catalogueSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("ylbx"));
        QCOMPARE(search->text(), QStringLiteral("ylbx"));
        QVERIFY(browser->visibleServiceCount() > 0);
        QVERIFY(browser->visibleServiceCount() < all);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("CD-003"));
        QCOMPARE(browser->visibleServiceCount(), 1);
        auto *details = main->findChild<QWidget *>(QStringLiteral("serviceDetails"));
        QVERIFY(details);

        auto *connection = main->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QVERIFY(connection);
        QTRY_VERIFY_WITH_TIMEOUT(connection->property("online").toBool(), 10000);
        auto *user = main->findChild<QLabel *>(QStringLiteral("currentUser"));
        QVERIFY(user);
        QVERIFY2(user->text().contains(QStringLiteral("MY-C-0001")), qPrintable(user->text()));
        QCOMPARE(controller.session().account().username, QStringLiteral("teller1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.session().lastSync().isValid(), 10000);
    }

    void wrongPasswordStaysOnLoginWithMessage()
    {
        ClientController controller(optionsFor(m_dataDir.path(), m_server.url(), QStringLiteral("teller3"), QStringLiteral("wrong-pass")));
        controller.start();
        LoginDialog *dialog = controller.loginDialog();
        QVERIFY(dialog);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("loginMessage"));
        QVERIFY(message);
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 20000);
        QCOMPARE(message->text(), errorMessage(ErrorCode::InvalidCredentials, m_languages, QStringLiteral("zh_CN")));
        QVERIFY(!controller.mainWindow());
    }

    void languageSwitchRetranslatesTheWindow()
    {
        ClientController controller(optionsFor(m_dataDir.path(), m_server.url(), QStringLiteral("teller1"), QStringLiteral("demo1234")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        auto *tabs = controller.mainWindow()->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        const int catalogueTab = tabs->indexOf(controller.mainWindow()->catalogueBrowser());
        QVERIFY(catalogueTab >= 0);
        const QString chinese = tabs->tabText(catalogueTab);
        controller.mainWindow()->findChild<QAction *>(QStringLiteral("englishAction"))->trigger();
        // LanguageChange reaches the widgets through the event queue.
        QTRY_COMPARE(tabs->tabText(catalogueTab), QStringLiteral("Service catalogue"));
        controller.mainWindow()->findChild<QAction *>(QStringLiteral("chineseAction"))->trigger();
        QTRY_COMPARE(tabs->tabText(catalogueTab), chinese);
        QVERIFY2(chinese != QStringLiteral("Service catalogue"), "zh_CN must translate the tab");
    }

    // Must run last: stops the server.
    void restartOfflineShowsCachedCatalogue()
    {
        m_server.stop();
        ClientController controller(optionsFor(m_dataDir.path(), m_server.url(), QStringLiteral("teller1"), QStringLiteral("demo1234")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        QCOMPARE(controller.session().state(), ConnectionState::Offline);
        QVERIFY(main->catalogueBrowser()->visibleServiceCount() >= 60);
        auto *connection = main->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QVERIFY(!connection->property("online").toBool());
        QVERIFY2(connection->text().contains(MainWindow::tr("Offline — working from local data")), qPrintable(connection->text()));
        auto *notice = main->findChild<QLabel *>(QStringLiteral("offlineNotice"));
        QVERIFY(notice && !notice->isHidden());

        // The offline login checks the password against the verifier saved at the last login.
        ClientController wrong(optionsFor(m_dataDir.path(), m_server.url(), QStringLiteral("teller1"), QStringLiteral("not-it")));
        wrong.start();
        auto *message = wrong.loginDialog()->findChild<QLabel *>(QStringLiteral("loginMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 20000);
        QVERIFY(!wrong.mainWindow());

        // A user who never logged in here cannot work offline.
        ClientController stranger(optionsFor(m_dataDir.path(), m_server.url(), QStringLiteral("teller2"), QStringLiteral("demo1234")));
        stranger.start();
        auto *strangerMessage = stranger.loginDialog()->findChild<QLabel *>(QStringLiteral("loginMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(!strangerMessage->text().isEmpty(), 20000);
        QVERIFY(!stranger.mainWindow());

        // When the server returns, the offline session gets a real one and goes online.
        QVERIFY(m_server.start());
        // The restarted server listens on a new ephemeral port, so point the session at it.
        controller.session().api().setBaseUrl(m_server.url());
        QTRY_VERIFY_WITH_TIMEOUT(controller.session().state() == ConnectionState::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(connection->property("online").toBool(), 5000);
    }

private:
    QTemporaryDir m_dataDir;
    ow::test::TestServer m_server;
    LanguagePack m_languages;
};

QTEST_MAIN(TestClientGui)
#include "tst_client_gui.moc"
