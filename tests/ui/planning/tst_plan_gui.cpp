// The 15-minute promise in the desktop client against the real server (issue 16): the
// supervisor's 15分钟承诺 tab — a ticket projected past the promise counted on the tab while the
// supervisor looks elsewhere, listed with its projected call, the advice to open a tidal window
// with its profile, the one click that opens it (checked over REST: the window is open with that
// profile, and the ticket is no longer at risk), and the staffing plan for tomorrow and the week
// from the demo's history. The item models pass QAbstractItemModelTester.
#include "core/domain/api/QueueBodies.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/planning/PlanPage.h"
#include "ui/desk/planning/PromiseRiskModel.h"
#include "ui/desk/planning/StaffingPlanModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ow;
using ow::test::SyncHttp;

namespace {

// With OW_SCREENSHOT_DIR set, the window as it is now, for a person to look at.
void shot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

const QTimeZone kShanghai("Asia/Shanghai");

} // namespace

class TestPlanGui : public QObject
{
    Q_OBJECT
    test::TestServer m_server{QString(), {QStringLiteral("--demo-history")}};


private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_plan_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_server.start());
    }

    void modelsPassTheTester()
    {
        PromiseRiskModel risks;
        QAbstractItemModelTester t1(&risks, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QDateTime issued(QDate(2026, 12, 7), QTime(9, 30), kShanghai);
        risks.setTickets({{7, QStringLiteral("A003"), {QStringLiteral("SI-001")}, issued, issued.addSecs(16 * 60), 16 * 60, true, 15},
                          {8, QStringLiteral("B001"), {QStringLiteral("XX-999")}, issued, {}, -1, true, 15},
                          {9, QStringLiteral("A004"), {QStringLiteral("SI-001")}, issued, issued.addSecs(13 * 60), 13 * 60, false, 15}},
                         kShanghai, nullptr);
        QCOMPARE(risks.rowCount(), 3);
        QCOMPARE(risks.index(0, PromiseRiskModel::IssuedColumn).data().toString(), QStringLiteral("09:30"));
        QCOMPARE(risks.index(0, PromiseRiskModel::CallColumn).data().toString(), QStringLiteral("09:46"));
        QCOMPARE(risks.index(0, PromiseRiskModel::WaitColumn).data().toString(), QStringLiteral("16 分钟"));
        QCOMPARE(risks.index(0, PromiseRiskModel::StateColumn).data().toString(), QStringLiteral("将超出15分钟承诺"));
        QCOMPARE(risks.index(1, PromiseRiskModel::CallColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(risks.index(1, PromiseRiskModel::StateColumn).data().toString(), QStringLiteral("没有开放窗口可办"));
        QCOMPARE(risks.index(1, PromiseRiskModel::MattersColumn).data().toString(), QStringLiteral("XX-999")); // unknown: its code
        QCOMPARE(risks.index(2, PromiseRiskModel::StateColumn).data().toString(), QStringLiteral("临近15分钟承诺"));
        QCOMPARE(risks.index(2, PromiseRiskModel::NumberColumn).data(PromiseRiskModel::TicketIdRole).toLongLong(), 9);

        StaffingPlanModel plan;
        QAbstractItemModelTester t2(&plan, QAbstractItemModelTester::FailureReportingMode::Fatal);
        HallStaffingPlan p;
        p.hall = QStringLiteral("MY-FC");
        StaffingDay monday{QDate(2026, 12, 7), ForecastBasis::SameWeekday, {{QTime(9, 0), 20, 420, 4.7, 7, 0.03}, {QTime(14, 0), 9, 420, 2.1, 4, 0.04}}, 7, 5.5};
        StaffingDay tuesday{QDate(2026, 12, 8), ForecastBasis::SameWeekday, {{QTime(8, 30), 4, 420, 0.9, 2, 0.01}, {QTime(9, 0), 12, 420, 2.8, 5, 0.02}}, 5, 3.5};
        plan.setPlan(p);
        QCOMPARE(plan.rowCount(), 0);
        p.days = {monday, tuesday};
        plan.setPlan(p);
        QCOMPARE(plan.columnCount(), 2);
        QCOMPARE(plan.rowCount(), 3); // 08:30, 09:00, 14:00: every half-hour either day expects visitors
        QCOMPARE(plan.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("08:30"));
        QCOMPARE(plan.index(0, 0).data().toString(), QString()); // Monday expects nobody at 08:30
        QCOMPARE(plan.index(1, 0).data().toInt(), 7);
        QCOMPARE(plan.index(2, 1).data().toString(), QString());
        QCOMPARE(plan.windowsAt(1, QTime(9, 0)), 5);
        QVERIFY(plan.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("7 个窗口")));
    }

    void theSupervisorOpensTheAdvisedTidalWindow()
    {
        SyncHttp http(m_server.url());
        const QString teller = http.login(QStringLiteral("fc_teller1"), QStringLiteral("demo1234"));
        QVERIFY(!teller.isEmpty());

        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("fc_supervisor")));
        MainWindow *main = test::openMainWindow(controller, QSize{1280, 860});
        QVERIFY(main);
        auto *tabs = main->findChild<QTabWidget *>();
        PlanPage *page = main->planPage();
        QVERIFY(tabs && page);
        QVERIFY(tabs->currentWidget() != page);
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("15分钟承诺"));
        QTest::qWait(1500); // the live queue's stream connects

        // One window open, four tickets of about 7 minutes each (the demo's history of the
        // matter): the third is projected close to the promise, the fourth past it.
        test::QueueDriver queue(http);
        QVERIFY(queue.open(QStringLiteral("MY-FC"), 1, teller));
        QList<qint64> tickets;
        for (int i = 0; i < 4; ++i)
            tickets << queue.issue(QStringLiteral("MY-FC"), teller, {QStringLiteral("SI-001")});
        QVERIFY(!tickets.contains(0));
        // Heard while the supervisor looks at another tab: counted on the plan's tab.
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(tabs->indexOf(page)), QStringLiteral("15分钟承诺 (2)"), 15000);

        QSignalSpy advised(page, &PlanPage::adviceLoaded);
        tabs->setCurrentWidget(page);
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(tabs->indexOf(page)), QStringLiteral("15分钟承诺"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(page->riskModel()->rowCount() == 2, 10000);
        QCOMPARE(page->riskModel()->tickets().at(0).ticketId, tickets.at(2));
        QVERIFY(!page->riskModel()->tickets().at(0).breaksPromise);
        QCOMPARE(page->riskModel()->tickets().at(1).ticketId, tickets.at(3));
        QVERIFY(page->riskModel()->tickets().at(1).breaksPromise);
        QVERIFY2(page->summary().contains(QStringLiteral("1 张票预计超出15分钟承诺")), qPrintable(page->summary()));
        auto *advice = page->findChild<QLabel *>(QStringLiteral("tidalAdvice"));
        QVERIFY2(advice->text().contains(QStringLiteral("窗口 2（社会保险登记与转移专窗）")), qPrintable(advice->text()));
        auto *button = page->findChild<QPushButton *>(QStringLiteral("openTidal2"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("开启窗口 2"));
        QTRY_VERIFY_WITH_TIMEOUT(page->planModel()->rowCount() > 0, 10000); // tomorrow, from the demo's history
        shot(main, QStringLiteral("plan-warning"));

        QSignalSpy opened(page, &PlanPage::tidalOpened);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QCOMPARE(opened.first().first().toInt(), 2);
        // Over REST: window 2 open, dedicated to social insurance.
        const test::HttpReply q = http.get(QStringLiteral("/api/v1/halls/MY-FC/queue"), teller);
        QCOMPARE(q.status, 200);
        const QueueSnapshot snap = QueueSnapshot::fromJson(q.json()).value();
        const auto w2 = std::find_if(snap.windows.begin(), snap.windows.end(), [](const WindowView &w) { return w.number == 2; });
        QVERIFY(w2 != snap.windows.end());
        QCOMPARE(toString(w2->state), QStringLiteral("open"));
        const test::HttpReply halls = http.get(QStringLiteral("/api/v1/org/halls"), teller);
        QVERIFY(QString::fromUtf8(halls.body).contains(QStringLiteral("\"social_insurance\"")));
        // The advice asked again: nobody at risk, nothing to open.
        QTRY_VERIFY_WITH_TIMEOUT(page->riskModel()->rowCount() == 0, 10000);
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("openTidal2")));
        QVERIFY2(page->summary().contains(QStringLiteral("15 分钟内")), qPrintable(page->summary()));
    }

    void thePlanForTheWeek()
    {
        QTemporaryDir dir;
        ClientController controller(test::autoLogin(m_server.url(), dir.path(), QStringLiteral("fc_supervisor")));
        MainWindow *main = test::openMainWindow(controller, QSize{1280, 860});
        QVERIFY(main);
        PlanPage *page = main->planPage();
        main->findChild<QTabWidget *>()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->planModel()->columnCount() == 1, 10000);
        QSignalSpy loaded(page, &PlanPage::planLoaded);
        page->findChild<QComboBox *>(QStringLiteral("planSpan"))->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(page->planModel()->columnCount(), 7);
        const QDate tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(kShanghai).date().addDays(1);
        QCOMPARE(page->planModel()->plan().days.first().date, tomorrow);
        int busiest = 0;
        for (const StaffingDay &d : page->planModel()->plan().days)
            busiest = std::max(busiest, d.peakWindows);
        QVERIFY(busiest >= 2); // the demo's morning peak needs more than one window
        const QString basis = page->findChild<QLabel *>(QStringLiteral("planBasis"))->text();
        QVERIFY2(basis.contains(QStringLiteral("本厅")) && basis.contains(QStringLiteral("预测误差")), qPrintable(basis));
        shot(main, QStringLiteral("plan-week"));
    }
};

QTEST_MAIN(TestPlanGui)
#include "tst_plan_gui.moc"
