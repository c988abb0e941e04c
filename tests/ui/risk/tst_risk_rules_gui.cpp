// Issue 15, the risk rule set through the desktop client against the real server. The city's
// administrator opens 管理 › 风险规则: version 1 (the shipped rules) in force; changes the after-hours
// rule's grace, saves after confirming, and the server holds version 2 with that value (read back
// over REST) while the screen lists both versions and shows version 1 read-only on request. A bad
// value (a matter the catalogue does not have) is refused: the server's words in Chinese under the
// field, the rule marked, and the server still at version 2. A supervisor opens the rules from the
// 风险 tab read-only (the server lets them read, not change), and a PUT of theirs is refused.
#include "tests/support/ClientLogin.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/RiskRuleEditor.h"
#include "ui/admin/RiskRuleTableModel.h"
#include "ui/admin/RiskRuleVersionModel.h"
#include "ui/admin/RiskRulesPage.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/risk/RiskPage.h"

#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
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

// A rule of the set the server answered, by id.
QJsonObject ruleIn(const QJsonObject &set, const char *id)
{
    for (const QJsonValue &r : set.value(QLatin1String("rules")).toArray()) {
        if (r.toObject().value(QLatin1String("id")).toString() == QLatin1String(id))
            return r.toObject();
    }
    return {};
}

QJsonObject parametersOf(const QJsonObject &set, const char *id)
{
    return ruleIn(set, id).value(QLatin1String("parameters")).toObject();
}

} // namespace

class TestRiskRulesGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::TestServer m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_adminToken;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_risk_rules_gui"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_http = std::make_unique<test::SyncHttp>(m_server.url());
        m_adminToken = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        QVERIFY(!m_adminToken.isEmpty());
    }

    void administratorSavesANewVersion()
    {
        ClientController admin(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("admin")), QStringLiteral("admin")));
        admin.start();
        QTRY_VERIFY_WITH_TIMEOUT(admin.mainWindow() != nullptr, 20000);
        MainWindow *main = admin.mainWindow();
        main->resize(1400, 900);
        main->show();
        AdminPage *adminPage = main->adminPage();
        QVERIFY(adminPage);
        RiskRulesPage *page = adminPage->riskRulesPage();
        QVERIFY(page);
        QVERIFY(page->isEditable());
        QCOMPARE(adminPage->sections()->tabText(adminPage->sections()->indexOf(page)), QStringLiteral("风险规则"));
        QSignalSpy loaded(page, &RiskRulesPage::loaded);
        child<QTabWidget>(main, "mainTabs")->setCurrentWidget(adminPage);
        adminPage->sections()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1 && page->inForce(), 15000);
        QCOMPARE(page->inForce()->version, 1);
        QCOMPARE(page->rulesModel()->rowCount(), 11);
        QCOMPARE(page->versionsModel()->rowCount(), 1);
        QVERIFY(child<QLabel>(page, "riskRulesState")->text().startsWith(QStringLiteral("当前使用第 1 版，随服务器发布的初始规则")));
        auto *save = child<QPushButton>(page, "riskRulesSave");
        QVERIFY(save->isVisible());
        QVERIFY(!save->isEnabled()); // nothing changed yet

        // The after-hours rule: its grace from 30 to 45 minutes.
        QVERIFY(page->selectRule(RiskRuleId::AfterHours));
        RiskRuleEditor *editor = page->editor();
        QCOMPARE(child<QLabel>(editor, "riskRuleTitle")->text(), QStringLiteral("非工作时间办理业务"));
        auto *grace = child<QSpinBox>(editor, "riskParameter_grace_minutes");
        QCOMPARE(grace->value(), 30);
        grace->setValue(45);
        const int row = page->rulesModel()->rowOf(RiskRuleId::AfterHours);
        QVERIFY(page->rulesModel()->data(page->rulesModel()->index(row, RiskRuleTableModel::Parameters)).toString().contains(QStringLiteral("45 分钟")));
        QVERIFY(page->rulesModel()->data(page->rulesModel()->index(row, RiskRuleTableModel::Name)).toString().endsWith(QStringLiteral("（已修改）")));
        QVERIFY(save->isEnabled());

        QSignalSpy answered(page, &RiskRulesPage::answered);
        QString question;
        test::whenDialogOpens([&question](QDialog *d) {
            question = d->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        });
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(question.contains(QStringLiteral("风险规则第 2 版")));
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() == 1, 15000);
        QCOMPARE(page->inForce()->version, 2);
        QVERIFY(child<QLabel>(page, "riskRulesMessage")->text().startsWith(QStringLiteral("已保存为第 2 版")));

        // The server holds it, and version 1 is as it was.
        const test::HttpReply now = m_http->get(QStringLiteral("/api/v1/risk/rules"), m_adminToken);
        QCOMPARE(now.status, 200);
        QCOMPARE(now.json().value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(now.json().value(QLatin1String("changed_by")).toString(), QStringLiteral("admin"));
        QCOMPARE(parametersOf(now.json(), "after_hours").value(QLatin1String("grace_minutes")).toInt(), 45);
        const test::HttpReply first = m_http->get(QStringLiteral("/api/v1/risk/rules/versions/1"), m_adminToken);
        QCOMPARE(parametersOf(first.json(), "after_hours").value(QLatin1String("grace_minutes")).toInt(), 30);

        // The list of versions: 2 (in force, saved by admin, the after-hours rule changed), then 1.
        QTRY_COMPARE_WITH_TIMEOUT(page->versionsModel()->rowCount(), 2, 15000);
        RiskRuleVersionModel *versions = page->versionsModel();
        QCOMPARE(versions->data(versions->index(0, RiskRuleVersionModel::Version)).toString(), QStringLiteral("2（使用中）"));
        QCOMPARE(versions->data(versions->index(0, RiskRuleVersionModel::SavedBy)).toString(), QStringLiteral("admin"));
        QCOMPARE(versions->data(versions->index(0, RiskRuleVersionModel::Changes)).toString(), QStringLiteral("非工作时间办理业务"));
        QVERIFY(!save->isEnabled());

        // Version 1, read only, then back.
        QVERIFY(page->showVersion(1));
        QCOMPARE(page->shownVersion(), 1);
        QVERIFY(page->selectRule(RiskRuleId::AfterHours));
        QCOMPARE(child<QSpinBox>(page->editor(), "riskParameter_grace_minutes")->value(), 30);
        QVERIFY(!child<QSpinBox>(page->editor(), "riskParameter_grace_minutes")->isEnabled());
        QVERIFY(child<QLabel>(page, "riskRulesState")->text().startsWith(QStringLiteral("正在查看第 1 版（只读）")));
        QTest::mouseClick(child<QPushButton>(page, "riskRulesBackToCurrent"), Qt::LeftButton);
        QCOMPARE(page->shownVersion(), 2);
        QVERIFY(page->selectRule(RiskRuleId::AfterHours));
        QCOMPARE(child<QSpinBox>(page->editor(), "riskParameter_grace_minutes")->value(), 45);

        // A matter the catalogue does not have: refused, in the server's words under the field.
        QVERIFY(page->selectRule(RiskRuleId::DuplicateClaim));
        auto *matters = child<QLineEdit>(page->editor(), "riskParameter_matters");
        const QString before = matters->text();
        matters->setFocus();
        matters->end(false);
        QTest::keyClicks(matters, QStringLiteral(", XX-999"));
        QVERIFY(save->isEnabled());
        page->save();
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() == 2, 15000);
        QCOMPARE(page->inForce()->version, 2);
        QVERIFY(page->selectRule(RiskRuleId::DuplicateClaim));
        QCOMPARE(page->editor()->shownProblem(QStringLiteral("parameters.matters")), QStringLiteral("事项清单中没有该事项。"));
        const int bad = page->rulesModel()->rowOf(RiskRuleId::DuplicateClaim);
        QCOMPARE(page->rulesModel()->data(page->rulesModel()->index(bad, 0), Qt::ToolTipRole).toString(), QStringLiteral("事项清单中没有该事项。"));
        QCOMPARE(child<QLabel>(page, "riskRulesMessage")->text(), QStringLiteral("服务器未接受这些规则：请查看标红的规则。"));
        const test::HttpReply still = m_http->get(QStringLiteral("/api/v1/risk/rules"), m_adminToken);
        QCOMPARE(still.json().value(QLatin1String("version")).toInt(), 2);
        QVERIFY(!parametersOf(still.json(), "duplicate_claim").value(QLatin1String("matters")).toArray().contains(QStringLiteral("XX-999")));
        QCOMPARE(parametersOf(still.json(), "after_hours").value(QLatin1String("grace_minutes")).toInt(), 45);

        // Discarding puts the set in force back in the editor.
        QTest::mouseClick(child<QPushButton>(page, "riskRulesDiscard"), Qt::LeftButton);
        QVERIFY(!page->hasChanges());
        QVERIFY(page->selectRule(RiskRuleId::DuplicateClaim));
        QCOMPARE(child<QLineEdit>(page->editor(), "riskParameter_matters")->text(), before);
        QCOMPARE(page->editor()->shownProblem(QStringLiteral("parameters.matters")), QString());

        const QString shots = qEnvironmentVariable("OW_RISK_SHOTS");
        if (!shots.isEmpty() && QDir().mkpath(shots))
            main->grab().save(QDir(shots).filePath(QStringLiteral("risk-rules.png")));
    }

    void supervisorReadsOnly()
    {
        ClientController supervisor(test::autoLogin(m_server.url(), m_dir.filePath(QStringLiteral("supervisor")), QStringLiteral("supervisor1")));
        supervisor.start();
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.mainWindow() != nullptr, 20000);
        MainWindow *main = supervisor.mainWindow();
        main->show();
        QVERIFY(!main->adminPage());
        RiskPage *risk = main->riskPage();
        QVERIFY(risk);
        auto *button = child<QPushButton>(risk, "riskRulesButton");
        QCOMPARE(button->text(), QStringLiteral("规则设置…"));
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = child<QDialog>(risk, "riskRulesDialog");
        QVERIFY(dialog->isVisible());
        auto *page = child<RiskRulesPage>(dialog, "riskRulesPage");
        QVERIFY(!page->isEditable());
        QTRY_VERIFY_WITH_TIMEOUT(page->inForce() && page->versionsModel()->rowCount() >= 2, 15000);
        QCOMPARE(page->inForce()->version, 2);
        QVERIFY(!child<QPushButton>(page, "riskRulesSave")->isVisible());
        QVERIFY(page->selectRule(RiskRuleId::AfterHours));
        auto *grace = child<QSpinBox>(page->editor(), "riskParameter_grace_minutes");
        QCOMPARE(grace->value(), 45);
        QVERIFY(!grace->isEnabled());
        QVERIFY(!child<QLabel>(page->editor(), "riskRuleReadOnly")->isHidden());
        page->save(); // not theirs: nothing is sent
        QCOMPARE(page->inForce()->version, 2);

        // And the server would refuse them anyway.
        const QString token = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        const test::HttpReply rules = m_http->get(QStringLiteral("/api/v1/risk/rules"), token);
        QCOMPARE(rules.status, 200);
        const QJsonObject body{{QLatin1String("rules"), rules.json().value(QLatin1String("rules"))}};
        const test::HttpReply put = m_http->send("PUT", QStringLiteral("/api/v1/risk/rules"), QJsonDocument(body).toJson(),
                                                 {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
        QCOMPARE(put.status, 403);
    }
};

QTEST_MAIN(TestRiskRulesGui)
#include "tst_risk_rules_gui.moc"
