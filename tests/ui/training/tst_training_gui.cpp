// The 培训 band (issue 17): a teller of a training hall sees a permanent red band over every tab
// and the window's title says 培训大厅; a teller of an ordinary hall sees neither. A trainer starts
// a bundled scenario from the 培训 tab and reads its report; the trainee's window then shows the
// scenario's citizen at the counter and what they hand over. Against the real server, with the
// hall marked by an administrator over REST.
#include "tests/support/ClientLogin.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "tests/support/TrainingHall.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/training/TrainingCitizenCard.h"
#include "ui/desk/training/TrainingPage.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>

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
        QCOMPARE(test::markTrainingHall(http, admin, QStringLiteral("MY-FC-CJ")), 200);
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

    void aTrainerStartsABundledScenario()
    {
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("fc_supervisor")));
        MainWindow *main = test::openMainWindow(controller);
        QVERIFY(main);
        TrainingPage *page = main->trainingPage();
        QVERIFY(page);
        auto *tabs = main->findChild<QTabWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(tabs->indexOf(page) >= 0, 10000); // once the halls say there is a training hall
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("培训"));
        tabs->setCurrentWidget(page);
        auto *hall = page->findChild<QComboBox *>(QStringLiteral("trainingHall"));
        QTRY_COMPARE(hall->currentData().toString(), QStringLiteral("MY-FC-CJ"));
        auto *scenario = page->findChild<QComboBox *>(QStringLiteral("trainingScenario"));
        QCOMPARE(scenario->count(), TrainingPage::bundledScenarios().size());
        QVERIFY(scenario->count() >= 2);
        // A file that does not fit is refused with its problems named, and is not offered.
        QTemporaryDir files;
        QFile broken(files.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"arrivals":[]})");
        broken.close();
        QVERIFY(!page->loadScenarioFile(broken.fileName()));
        QVERIFY2(page->findChild<QLabel *>(QStringLiteral("trainingStatus"))->text().contains(QStringLiteral("不符合培训情景格式")),
                 qPrintable(page->findChild<QLabel *>(QStringLiteral("trainingStatus"))->text()));
        QCOMPARE(scenario->count(), TrainingPage::bundledScenarios().size());
        scenario->setCurrentIndex(0);
        QVERIFY2(scenario->currentText().startsWith(QStringLiteral("第一个上午")), qPrintable(scenario->currentText()));
        // No trainee: said, nothing started.
        auto *start = page->findChild<QPushButton *>(QStringLiteral("startTrainingButton"));
        auto *status = page->findChild<QLabel *>(QStringLiteral("trainingStatus"));
        start->click();
        QCOMPARE(status->text(), QStringLiteral("请输入学员的用户名。"));
        page->findChild<QLineEdit *>(QStringLiteral("trainingTrainee"))->setText(QStringLiteral("cj_teller1"));
        start->click();
        auto *report = page->findChild<QTextBrowser *>(QStringLiteral("trainingReport"));
        QTRY_VERIFY_WITH_TIMEOUT(report->toPlainText().contains(QStringLiteral("第一个上午")), 10000);
        QVERIFY2(status->text().startsWith(QStringLiteral("培训已开始")), qPrintable(status->text()));
        QVERIFY(page->shownSession() && page->shownSession()->session.running());
        QCOMPARE(page->shownSession()->arrivals.size(), 6);
        QVERIFY(report->toPlainText().contains(QStringLiteral("（培训）")));
        QVERIFY(report->toPlainText().contains(QStringLiteral("参保缴费凭证"))); // left at home by the second citizen
        if (const QString shots = qEnvironmentVariable("OW_SCREENSHOT_DIR"); !shots.isEmpty())
            main->grab().save(shots + QStringLiteral("/training-trainer.png"));
    }

    void theTraineesWindowShowsTheCitizen()
    {
        test::SyncHttp http(m_server.url());
        const QString teller = http.login(QStringLiteral("cj_teller1"), QStringLiteral("demo1234"));
        QCOMPARE(http.send("PUT", QStringLiteral("/api/v1/halls/MY-FC-CJ/windows/1"), R"({"state":"open"})",
                           {{"Authorization", "Bearer " + teller.toLatin1()}, {"Content-Type", "application/json"}})
                     .status,
                 200);
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("cj_teller1")));
        MainWindow *main = test::openMainWindow(controller);
        QVERIFY(main);
        auto *card = main->findChild<TrainingCitizenCard *>(QStringLiteral("trainingCitizenCard"));
        QVERIFY(card);
        QVERIFY(!card->isVisible());
        auto *call = main->findChild<QPushButton *>(QStringLiteral("callNextButton"));
        QTRY_VERIFY_WITH_TIMEOUT(call->isEnabled(), 10000);
        call->click();
        QTRY_VERIFY_WITH_TIMEOUT(card->isVisible(), 10000);
        // The first citizen of the scenario brings both of SI-008's required materials.
        QVERIFY2(card->text().contains(QStringLiteral("（培训）")), qPrintable(card->text()));
        QVERIFY2(card->text().contains(QStringLiteral("居民身份证原件")) && card->text().contains(QStringLiteral("参保缴费凭证")),
                 qPrintable(card->text()));
        if (const QString shots = qEnvironmentVariable("OW_SCREENSHOT_DIR"); !shots.isEmpty())
            main->grab().save(shots + QStringLiteral("/training-trainee.png"));
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
