// The 培训 band (issue 17): a teller of a training hall sees a permanent red band over every tab
// and the window's title says 培训大厅; a teller of an ordinary hall sees neither. Against the
// real server, with the hall marked by an administrator over REST.
#include "tests/support/ClientLogin.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"

#include <QJsonDocument>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestTrainingGui : public QObject
{
    Q_OBJECT
    test::TestServer m_server;


private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_training_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        test::SyncHttp http(m_server.url());
        const QString admin = http.login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        const test::HttpReply r = http.send("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ"),
                                            QJsonDocument(QJsonObject{{QLatin1String("training"), true}}).toJson(),
                                            {{"Authorization", "Bearer " + admin.toLatin1()}, {"Content-Type", "application/json"}});
        QVERIFY2(r.status == 200, r.body.constData());
    }

    void aTrainingHallsTellerSeesTheBand()
    {
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("cj_teller1")));
        MainWindow *main = test::openMainWindow(controller);
        QVERIFY(main);
        auto *band = main->findChild<QLabel *>(QStringLiteral("trainingBand"));
        QVERIFY(band);
        QTRY_VERIFY_WITH_TIMEOUT(band->isVisible(), 10000);
        QVERIFY2(band->text().startsWith(QStringLiteral("培训模式")), qPrintable(band->text()));
        QVERIFY(main->windowTitle().contains(QStringLiteral("培训大厅")));
        // Over every tab: it sits above them, not in one.
        auto *tabs = main->findChild<QTabWidget *>();
        QVERIFY(!tabs->isAncestorOf(band));
        if (const QString shots = qEnvironmentVariable("OW_SCREENSHOT_DIR"); !shots.isEmpty())
            main->grab().save(shots + QStringLiteral("/training-band.png"));
    }

    void anOrdinaryHallsTellerDoesNot()
    {
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("teller1")));
        MainWindow *main = test::openMainWindow(controller);
        QVERIFY(main);
        QTest::qWait(1500); // the halls arrive
        QVERIFY(!main->findChild<QLabel *>(QStringLiteral("trainingBand"))->isVisible());
        QVERIFY(!main->windowTitle().contains(QStringLiteral("培训")));
    }
};

QTEST_MAIN(TestTrainingGui)
#include "tst_training_gui.moc"
