// The guide desk's screen against the real server (issue 17): guide1 looks a matter up from the
// citizen's question, ticks three of its four materials, reads the one-time notice and issues a
// ticket; then logs a question as a consultation. The teller who calls the ticket sees
// "导服台已预审材料：4 项中 3 项，缺 …" on the queue panel.
#include "core/client/TellerDesk.h"
#include "core/domain/api/GuideBodies.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/TellerQueuePanel.h"
#include "ui/desk/guide/GuidePage.h"
#include "ui/desk/guide/MaterialCheckModel.h"
#include "ui/desk/guide/MatterResultModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ow;

class TestGuideGui : public QObject
{
    Q_OBJECT
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QTemporaryDir m_dir;
    QString m_number;
    QString m_missing;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_guide_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
    }

    void guideFindsPrechecksAndIssues()
    {
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path() + QStringLiteral("/guide"), QStringLiteral("guide1")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow *main = controller.mainWindow();
        GuidePage *page = main->guidePage();
        QVERIFY(page);
        QVERIFY(!main->queuePanel()); // the guide calls nobody
        auto *tabs = main->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QCOMPARE(tabs->widget(0), page);
        QCOMPARE(tabs->tabText(0), QStringLiteral("导服台"));

        // The citizen's question, as the guide types it.
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("guideSearch"));
        QSignalSpy searched(page, &GuidePage::searched);
        search->setText(QStringLiteral("我失业了，失业金怎么领？"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(searched.size(), 1, 10000);
        QVERIFY(page->results().rowCount() > 0);
        QCOMPARE(page->results().codeAt(0), QStringLiteral("UI-001"));
        // The best match is chosen: its checklist and one-time notice are shown.
        QTRY_VERIFY(page->materials().matter());
        QCOMPARE(page->materials().matter()->code, QStringLiteral("UI-001"));
        QCOMPARE(page->materials().rowCount(), 4);
        const QString notice = page->findChild<QTextBrowser *>(QStringLiteral("oneTimeNotice"))->toPlainText();
        QVERIFY2(notice.contains(QStringLiteral("一次性告知")), qPrintable(notice));

        // Three of four ticked.
        const ServiceItem &item = *page->materials().matter();
        for (int i = 0; i < 3; ++i)
            page->materials().setPresent(item.materials.at(i).code, true);
        m_missing = item.materials.at(3).name.zh;
        const QString expected = QStringLiteral("导服台已预审材料：4 项中 3 项，缺 %1").arg(m_missing);
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("guidePrecheckSummary"))->text(), expected);

        // 取号: the number is shown.
        QSignalSpy issued(page, &GuidePage::ticketIssued);
        auto *issue = page->findChild<QPushButton *>(QStringLiteral("issueTicketButton"));
        QCOMPARE(issue->text(), QStringLiteral("取号"));
        QTest::mouseClick(issue, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 1, 10000);
        m_number = issued.first().first().value<QueuedTicket>().ticket.number;
        QVERIFY(!m_number.isEmpty());
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("issuedNumber"))->text(), m_number);

        // 仅咨询: a question about a lost card, logged with its matter.
        QSignalSpy logged(page, &GuidePage::consultationLogged);
        search->setText(QStringLiteral("社保卡丢了"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(searched.size(), 2, 10000);
        QTRY_COMPARE(page->materials().matter()->code, QStringLiteral("CD-006"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("consultOnlyButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(logged.size(), 1, 10000);
        const Consultation c = logged.first().first().value<Consultation>();
        QCOMPARE(c.service, QStringLiteral("CD-006"));
        QCOMPARE(c.by, QStringLiteral("guide1"));
        QVERIFY(c.durationSeconds >= 0);
        const QString guide = m_http->login(QStringLiteral("guide1"), QStringLiteral("demo1234"));
        auto list = ConsultationList::fromJson(m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/consultations"), guide).json());
        QVERIFY(list.ok());
        QCOMPARE(list.value().count, 1);
    }

    void tellerSeesThePrecheck()
    {
        QVERIFY(!m_number.isEmpty());
        ClientController controller(test::autoLogin(m_server.url(), m_dir.path() + QStringLiteral("/teller"), QStringLiteral("teller2")));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        TellerQueuePanel *panel = controller.mainWindow()->queuePanel();
        QVERIFY(panel);
        QVERIFY(!controller.mainWindow()->guidePage());
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().isLive(), 15000);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("openWindowButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->desk().windowState() == WindowState::Open, 10000);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("callNextButton")), Qt::LeftButton);
        auto *number = panel->findChild<QLabel *>(QStringLiteral("currentTicketNumber"));
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), m_number, 10000);
        auto *precheck = panel->findChild<QLabel *>(QStringLiteral("precheckSummary"));
        QTRY_COMPARE_WITH_TIMEOUT(precheck->text(), QStringLiteral("导服台已预审材料：4 项中 3 项，缺 %1").arg(m_missing), 5000);
        QVERIFY(precheck->isVisible());
    }
};

QTEST_MAIN(TestGuideGui)
#include "tst_guide_gui.moc"
