// Issue 5, acceptance 5: the desktop client's status bar and its list of refused changes
// reflect what happened to the outbox, against the real server.
#include "core/client/ClientSession.h"
#include "core/client/SyncAgent.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/TestServer.h"
#include "ui/desk/ClientController.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ow;

class TestOutboxStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_outbox_status"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
    }

    void statusBarAndRefusedList()
    {
        const ClientController::Options o = test::autoLogin(m_server.url(), m_dir.path(), QStringLiteral("teller1"));
        ClientController controller(o);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        SyncAgent *sync = controller.session().sync();
        QVERIFY(sync);
        auto *pending = main->findChild<QLabel *>(QStringLiteral("outboxPending"));
        auto *problems = main->findChild<QPushButton *>(QStringLiteral("outboxProblemsButton"));
        QVERIFY(pending && problems);
        QVERIFY(!problems->isVisible());

        // A change the server refuses: kept, counted, listed with the server's translated reason.
        QVERIFY(sync->submit(QStringLiteral("POST"), QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                             {{QLatin1String("services"), QJsonArray{QStringLiteral("XX-404")}}})
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(problems->isVisible(), 10000);
        QVERIFY2(problems->text().contains(QLatin1Char('1')), qPrintable(problems->text()));
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), MainWindow::tr("All changes sent"), 10000);

        QString reason;
        int rows = -1;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("outboxProblems"));
            rows = table->rowCount();
            reason = table->item(0, 3)->text();
            table->selectRow(0);
            dialog->findChild<QPushButton *>(QStringLiteral("outboxDiscard"))->click(); // the person decides
            rows = table->rowCount() == 0 ? 0 : rows;
            dialog->reject();
        });
        problems->click();
        QCOMPARE(rows, 0);
        QCOMPARE(reason, QStringLiteral("事项目录中没有事项 XX-404。")); // the server's own words
        QTRY_VERIFY_WITH_TIMEOUT(!problems->isVisible(), 5000);

        // The server goes away: the change waits on this computer, and the status bar says so.
        m_server.stop();
        QVERIFY(sync->submit(QStringLiteral("POST"), QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                             {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}})
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isOnline(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), MainWindow::tr("%n change(s) waiting for the server", nullptr, 1), 10000);
        QVERIFY(main->findChild<QLabel *>(QStringLiteral("connectionStatus"))->text().contains(QStringLiteral("离线")));
    }

private:
    QTemporaryDir m_dir;
    test::TestServer m_server;
};

QTEST_MAIN(TestOutboxStatus)
#include "tst_outbox_status.moc"
