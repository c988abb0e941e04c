// Issue 15, the 风险 tab, through the desktop client against the real server: a teller works at a
// hall outside its opening hours, the after-hours rule fires, and the alert appears on the
// supervisor's tab by itself (the event stream's risk.alert_raised) with today's figures; the
// supervisor opens it (rule, evidence), cannot dismiss it without a reason, dismisses it with one,
// and the server holds the disposal (who, the reason) while the tab lists it under 已排除. An
// alert disposed of elsewhere in the meantime is refused, and the refusal reads in Chinese.
//
// With OW_RISK_SHOTS=DIR the tab is saved as PNGs (run under Xvfb with QT_QPA_PLATFORM=xcb).
#include "core/client/ClientSession.h"
#include "core/client/HallMonitor.h"
#include "tests/support/ClientLogin.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/admin/FormFeedback.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/risk/RiskAlertForm.h"
#include "ui/desk/risk/RiskAlertTableModel.h"
#include "ui/desk/risk/RiskPage.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OW_RISK_SHOTS");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// The row of the alert the rule raised about `subject` (-1 when not listed).
int rowAbout(const RiskAlertTableModel &model, RiskRuleId rule, const QString &subject)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const RiskAlert *a = model.at(row);
        if (a->rule == rule && a->subject.ref == subject)
            return row;
    }
    return -1;
}

} // namespace

class TestRiskGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_risk_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        m_admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        m_supervisor = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        QVERIFY(!m_admin.isEmpty() && !m_supervisor.isEmpty());
    }

    void onlySupervisorsHaveTheTab()
    {
        ClientController teller(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("teller")), QStringLiteral("teller1")));
        teller.start();
        QTRY_VERIFY_WITH_TIMEOUT(teller.mainWindow() != nullptr, 20000);
        QVERIFY(!teller.mainWindow()->riskPage());
        QVERIFY(!teller.mainWindow()->findChild<RiskPage *>());
    }

    void supervisorDismissesAnAlertFromTheDesk()
    {
        ClientController supervisor(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("supervisor")), QStringLiteral("supervisor1")));
        supervisor.start();
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.mainWindow() != nullptr, 20000);
        MainWindow *main = supervisor.mainWindow();
        main->resize(1500, 900);
        main->show();
        RiskPage *page = main->riskPage();
        QVERIFY(page);
        auto *tabs = child<QTabWidget>(main, "mainTabs");
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("风险"));
        tabs->setCurrentWidget(page);
        RiskAlertTableModel &model = page->model();
        // Open ones by default, at the supervisor's hall and the halls below.
        QCOMPARE(toString(*page->filter().status), QStringLiteral("open"));
        QCOMPARE(page->filter().hall, QStringLiteral("MY-CITY"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "riskToday")->text().contains(QStringLiteral("新增预警 <b>0</b> 条")), 15000);
        // Today is the hall's service day, whatever the machine's date (UTC here: another day
        // from 16:00 to midnight).
        const QString hallDay = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
        QTRY_VERIFY2_WITH_TIMEOUT(child<QLabel>(page, "riskToday")->text().contains(QStringLiteral("（%1）").arg(hallDay)),
                                  qPrintable(child<QLabel>(page, "riskToday")->text()), 10000);

        // Work outside opening hours at two halls below the city: the rule fires at each, and the
        // alerts come to the tab over the event stream (nobody presses 刷新).
        const QString cj = workAfterHours(QStringLiteral("MY-FC-CJ"), QStringLiteral("cj_teller1"));
        const QString yx = workAfterHours(QStringLiteral("MY-YX"), QStringLiteral("yx_teller1"));
        QVERIFY(!cj.isEmpty() && !yx.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowAbout(model, RiskRuleId::AfterHours, QStringLiteral("cj_teller1")) >= 0
                                     && rowAbout(model, RiskRuleId::AfterHours, QStringLiteral("yx_teller1")) >= 0,
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "riskToday")->text().contains(QStringLiteral("新增预警 <b>2</b> 条")), 10000);
        int row = rowAbout(model, RiskRuleId::AfterHours, QStringLiteral("cj_teller1"));
        auto text = [&](int r, int column) { return model.data(model.index(r, column)).toString(); };
        QCOMPARE(text(row, RiskAlertTableModel::Rule), QStringLiteral("非工作时间办理业务"));
        QCOMPARE(text(row, RiskAlertTableModel::Level), QStringLiteral("中"));
        QCOMPARE(text(row, RiskAlertTableModel::Status), QStringLiteral("待处置"));
        QCOMPARE(text(row, RiskAlertTableModel::HallColumn), QStringLiteral("涪城区城郊街道便民服务中心人社窗口"));
        QVERIFY(text(row, RiskAlertTableModel::Subject).startsWith(QStringLiteral("工作人员 ")));
        QVERIFY(model.data(model.index(row, RiskAlertTableModel::Evidence)).toInt() >= 1);
        const qint64 cjAlert = model.at(row)->id;
        const qint64 yxAlert = model.at(rowAbout(model, RiskRuleId::AfterHours, QStringLiteral("yx_teller1")))->id;

        // Another supervisor's decision comes first: the desk's is refused, in Chinese.
        QSignalSpy detailed(page, &RiskPage::detailed);
        QVERIFY(page->select(yxAlert));
        QTRY_VERIFY_WITH_TIMEOUT(detailed.size() >= 1 && page->form().alert() && page->form().alert()->id == yxAlert, 10000);
        child<QRadioButton>(&page->form(), "riskConfirm")->click();
        QVERIFY(child<QPushButton>(&page->form(), "riskDisposeButton")->isEnabled());
        // The stream would tell the tab at once; held back here, so the desk sends its decision
        // as a supervisor would who clicked just then.
        auto *monitor = main->findChild<HallMonitor *>();
        QVERIFY(monitor);
        std::optional<QSignalBlocker> deaf(std::in_place, monitor);
        const test::HttpReply elsewhere = m_http->post(QStringLiteral("/api/v1/risk/alerts/%1/disposal").arg(yxAlert),
                                                       {{QLatin1String("action"), QStringLiteral("confirm")}}, m_supervisor);
        QCOMPARE(elsewhere.status, 200);
        QTest::mouseClick(child<QPushButton>(&page->form(), "riskDisposeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&page->form(), "riskDisposalProblem")->text().startsWith(QStringLiteral("该预警已处置")), 10000);
        // The form then shows what was decided, and by whom; the list no longer offers it.
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&page->form(), "riskAlertState")->text(), QStringLiteral("该预警已处置完毕。"), 10000);
        QVERIFY(!child<QWidget>(&page->form(), "riskDisposeGroup")->isEnabled());
        QCOMPARE(child<QTableWidget>(&page->form(), "riskDisposals")->rowCount(), 1);
        QCOMPARE(child<QTableWidget>(&page->form(), "riskDisposals")->item(0, 1)->text(), QStringLiteral("确认"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(yxAlert), -1, 10000);
        deaf.reset();

        // The after-hours alert: its rule, its evidence.
        detailed.clear();
        QVERIFY(page->select(cjAlert));
        QTRY_VERIFY_WITH_TIMEOUT(detailed.size() >= 1 && page->form().alert() && page->form().alert()->id == cjAlert, 10000);
        RiskAlertForm *form = &page->form();
        QVERIFY(child<QLabel>(form, "riskAlertSummary")->text().contains(QStringLiteral("非工作时间办理业务")));
        QVERIFY(child<QTableWidget>(form, "riskEvidence")->rowCount() >= 1);
        QCOMPARE(child<QTableWidget>(form, "riskDisposals")->rowCount(), 0);
        auto *submit = child<QPushButton>(form, "riskDisposeButton");
        QVERIFY(!submit->isEnabled()); // nothing chosen yet
        shot(main, QStringLiteral("1-risk-alert-selected"));

        // 排除 without a reason is refused in the form, as it is typed.
        child<QRadioButton>(form, "riskDismiss")->click();
        auto *reason = child<QPlainTextEdit>(form, "riskReason");
        reason->setPlainText(QStringLiteral("   "));
        QVERIFY(!submit->isEnabled());
        QCOMPARE(form->feedback().shownProblem(QStringLiteral("reason")), QStringLiteral("请说明排除或上报该预警的理由。"));
        QCOMPARE(child<QLabel>(form, "riskDisposalProblem")->text(), QStringLiteral("请说明排除或上报该预警的理由。"));
        const QString why = QStringLiteral("经核实为延时服务，已报备加班，属正常办理");
        reason->setPlainText(why);
        QTRY_VERIFY(submit->isEnabled());
        shot(main, QStringLiteral("2-risk-dismissal-typed"));
        QSignalSpy disposed(page, &RiskPage::disposed);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(disposed.size(), 1, 10000);
        QCOMPARE(toString(page->form().alert()->status), QStringLiteral("dismissed"));
        QVERIFY(!child<QWidget>(&page->form(), "riskDisposeGroup")->isEnabled());
        QCOMPARE(child<QTableWidget>(&page->form(), "riskDisposals")->rowCount(), 1);
        QCOMPARE(child<QTableWidget>(&page->form(), "riskDisposals")->item(0, 4)->text(), why);

        // The server holds it: dismissed by supervisor1, with the reason.
        const test::HttpReply held = m_http->get(QStringLiteral("/api/v1/risk/alerts/%1").arg(cjAlert), m_supervisor);
        QCOMPARE(held.status, 200);
        const RiskAlert stored = RiskAlert::fromJson(held.json()).value();
        QCOMPARE(toString(stored.status), QStringLiteral("dismissed"));
        QCOMPARE(stored.disposals.size(), 1);
        QCOMPARE(toString(stored.disposals.first().action), QStringLiteral("dismiss"));
        QCOMPARE(stored.disposals.first().reason, why);
        QCOMPARE(stored.disposals.first().by, QStringLiteral("supervisor1"));

        // Gone from the open ones; there under 已排除, and the day's figures count it.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(cjAlert), -1, 10000);
        auto *status = child<QComboBox>(page, "riskStatusFilter");
        status->setCurrentIndex(status->findText(QStringLiteral("已排除")));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(cjAlert) >= 0, 10000);
        QCOMPARE(text(model.rowOf(cjAlert), RiskAlertTableModel::Status), QStringLiteral("已排除"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "riskToday")->text().contains(QStringLiteral("已处置 <b>2</b> 条")), 10000);
        QVERIFY(page->select(cjAlert));
        QTRY_VERIFY_WITH_TIMEOUT(page->form().alert() && page->form().alert()->id == cjAlert, 10000);
        shot(main, QStringLiteral("3-risk-dismissed"));
    }

private:
    // The hall opens for one minute a day, twelve hours from now; its teller issues a ticket now.
    // The subject the alert will name: the teller's user name ("" when the work was refused).
    QString workAfterHours(const QString &hall, const QString &teller)
    {
        const QTime now = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).time();
        const QTime open = QTime(now.hour(), 0).addSecs(12 * 3600);
        QJsonArray hours;
        for (int d = 1; d <= 7; ++d)
            hours.append(QJsonObject{{QLatin1String("weekday"), d},
                                     {QLatin1String("open"), open.toString(QStringLiteral("HH:mm"))},
                                     {QLatin1String("close"), open.addSecs(60).toString(QStringLiteral("HH:mm"))}});
        const test::HttpReply patched = m_http->send("PATCH", QStringLiteral("/api/v1/admin/halls/%1").arg(hall),
                                                     QJsonDocument(QJsonObject{{QLatin1String("hours"), hours}}).toJson(),
                                                     {{"Authorization", "Bearer " + m_admin.toLatin1()}, {"Content-Type", "application/json"}});
        if (patched.status != 200) {
            qWarning() << patched.status << patched.body;
            return {};
        }
        const QString token = m_http->login(teller, QStringLiteral("demo1234"));
        const test::HttpReply issued = m_http->post(QStringLiteral("/api/v1/halls/%1/tickets").arg(hall),
                                                    {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}}, token);
        if (issued.status != 201) {
            qWarning() << issued.status << issued.body;
            return {};
        }
        return teller;
    }

    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_admin;
    QString m_supervisor;
};

QTEST_MAIN(TestRiskGui)
#include "tst_risk_gui.moc"
