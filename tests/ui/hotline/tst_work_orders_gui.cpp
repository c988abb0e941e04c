// Issue 17 through the desktop client against the real server: the hotline agent (agent1) opens
// on the 工单 tab, records a complaint call — the number shown masked as typed —, finds it in the
// list and routes it to the hall; the hall's supervisor (supervisor1) finds it on their 工单 tab,
// answers it through the 答复 dialog, and the caller's text message is listed as sent. Tellers have
// no such tab.
#include "core/client/ClientSession.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/hotline/WorkOrderTableModel.h"
#include "ui/desk/hotline/WorkOrderTimelineModel.h"
#include "ui/desk/hotline/WorkOrdersPage.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

} // namespace

class TestWorkOrdersGui : public QObject
{
    Q_OBJECT
    test::TestServer m_server;
    QTemporaryDir m_dir;
    QString m_number;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_work_orders_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
    }

    void tellersHaveNoTab()
    {
        ClientController teller(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("teller")), QStringLiteral("teller1")));
        teller.start();
        QTRY_VERIFY_WITH_TIMEOUT(teller.mainWindow() != nullptr, 20000);
        QVERIFY(!teller.mainWindow()->workOrdersPage());
    }

    void agentRecordsAndRoutesAComplaint()
    {
        ClientController agent(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("agent")), QStringLiteral("agent1")));
        agent.start();
        QTRY_VERIFY_WITH_TIMEOUT(agent.mainWindow() != nullptr, 20000);
        MainWindow *main = agent.mainWindow();
        main->resize(1400, 860);
        main->show();
        WorkOrdersPage *page = main->workOrdersPage();
        QVERIFY(page);
        auto *tabs = child<QTabWidget>(main, "mainTabs");
        QCOMPARE(tabs->currentWidget(), page);
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("工单"));
        QVERIFY(page->form());

        auto *hall = child<QComboBox>(page, "workOrderHall");
        QTRY_VERIFY_WITH_TIMEOUT(hall->findData(QStringLiteral("MY-CITY")) >= 0, 10000);
        hall->setCurrentIndex(hall->findData(QStringLiteral("MY-CITY")));
        auto *kind = child<QComboBox>(page, "workOrderKind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("complaint")));
        QTest::keyClicks(child<QLineEdit>(page, "workOrderPhone"), QStringLiteral("13912345678"));
        QCOMPARE(child<QLabel>(page, "workOrderPhoneMasked")->text(), QStringLiteral("显示为 139****5678"));
        child<QPlainTextEdit>(page, "workOrderText")->setPlainText(QStringLiteral("来电反映综合窗口排队时间过长，无人引导。"));

        QSignalSpy changed(page, &WorkOrdersPage::changed);
        child<QPushButton>(page, "recordWorkOrderButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 10000);
        QVERIFY(page->shown());
        m_number = page->shown()->workOrder.number;
        QVERIFY(m_number.startsWith(QLatin1String("GD-")));
        QCOMPARE(page->shown()->workOrder.phone, QStringLiteral("139****5678"));
        QTRY_VERIFY_WITH_TIMEOUT(page->model().rowOf(m_number) >= 0, 10000);
        QCOMPARE(page->model().data(page->model().index(page->model().rowOf(m_number), WorkOrderTableModel::Status)).toString(),
                 QStringLiteral("待处理"));
        // The form is empty again for the next call.
        QCOMPARE(child<QLineEdit>(page, "workOrderPhone")->text(), QString());

        auto *route = child<QPushButton>(page, "routeWorkOrderButton");
        QVERIFY(route->isVisible());
        route->click();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 10000);
        QCOMPARE(toString(page->shown()->workOrder.status), QStringLiteral("routed"));
        QVERIFY(child<QLabel>(page, "workOrderFacts")->text().contains(QStringLiteral("黄志强")));
        QCOMPARE(page->timeline().rowCount(), 2);
        QVERIFY(!child<QPushButton>(page, "answerWorkOrderButton")->isVisible()); // the hall answers, not the agent
    }

    void supervisorAnswers()
    {
        QVERIFY(!m_number.isEmpty());
        ClientController boss(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("boss")), QStringLiteral("supervisor1")));
        boss.start();
        QTRY_VERIFY_WITH_TIMEOUT(boss.mainWindow() != nullptr, 20000);
        MainWindow *main = boss.mainWindow();
        main->show();
        WorkOrdersPage *page = main->workOrdersPage();
        QVERIFY(page);
        QVERIFY(!page->form()); // supervisors do not record calls
        child<QTabWidget>(main, "mainTabs")->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model().rowOf(m_number) >= 0, 10000);
        QSignalSpy detailed(page, &WorkOrdersPage::detailed);
        QVERIFY(page->select(m_number));
        QTRY_VERIFY_WITH_TIMEOUT(detailed.size() >= 1, 10000);
        auto *answer = child<QPushButton>(page, "answerWorkOrderButton");
        QVERIFY(answer->isVisible());
        QSignalSpy changed(page, &WorkOrdersPage::changed);
        test::whenDialogOpens([](QDialog *d) {
            auto *ok = d->findChild<QPushButton *>(QStringLiteral("workOrderAnswerOk"));
            QVERIFY(ok && !ok->isEnabled()); // nothing written yet
            d->findChild<QPlainTextEdit *>(QStringLiteral("workOrderAnswerText"))->setPlainText(QStringLiteral("已增派导服人员，高峰时段增开窗口。"));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        answer->click();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 10000);
        QCOMPARE(toString(page->shown()->workOrder.status), QStringLiteral("answered"));
        QCOMPARE(page->shown()->notifications.size(), 1);
        // Read again once the answer is durable: the text message has gone.
        QTRY_VERIFY_WITH_TIMEOUT(page->shown()->notifications.first().sent, 10000);
        QVERIFY(child<QLabel>(page, "workOrderFacts")->text().contains(QStringLiteral("短信已发送至 139****5678")));
        QVERIFY(!answer->isVisible());
    }
};

QTEST_MAIN(TestWorkOrdersGui)
#include "tst_work_orders_gui.moc"
