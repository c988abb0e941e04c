// The 风险 page's parts without a server: the alerts' table model passes QAbstractItemModelTester
// through a fill, a refill and a retranslation, shows each level in its colour, each status, the
// rule's name in the screen's language and the subject; the alert's form shows the evidence and
// the disposals, is open only while the alert waits for a hall the supervisor oversees, and checks
// the disposal as the supervisor types — a dismissal or an escalation needs its reason, with the
// server's own words — and builds the request from what was typed.
#include "ui/admin/FormFeedback.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/risk/RiskAlertForm.h"
#include "ui/desk/risk/RiskAlertTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <ctime>

using namespace ow;

namespace {

const QDateTime kRaised(QDate(2026, 10, 14), QTime(1, 30), QTimeZone::utc());

RiskAlert alert(qint64 id, RiskLevel level, RiskAlertStatus status)
{
    RiskAlert a;
    a.id = id;
    a.rule = RiskRuleId::BulkLookups;
    a.ruleVersion = 2;
    a.ruleName = {QStringLiteral("批量查询群众信息"), QStringLiteral("Bulk citizen lookups")};
    a.level = level;
    a.hall = a.owner = QStringLiteral("MY-CITY-A");
    a.day = QDate(2026, 10, 14);
    a.subject = {RiskSubjectKind::Staff, QStringLiteral("teller1"), 2, QStringLiteral("王丽")};
    a.summary = QStringLiteral("31 lookups within 60 min (threshold 30)");
    a.evidenceCount = 31;
    a.raisedAt = kRaised;
    a.status = status;
    return a;
}

QList<Hall> halls()
{
    Hall city;
    city.code = QStringLiteral("MY-CITY");
    city.name = {QStringLiteral("市民中心"), QStringLiteral("City hall")};
    Hall county;
    county.code = QStringLiteral("MY-CITY-A");
    county.parentCode = city.code;
    county.level = OrgLevel::County;
    county.name = {QStringLiteral("东区大厅"), QStringLiteral("East district hall")};
    return {city, county};
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

} // namespace

class TestRiskModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { LanguageManager::apply(QStringLiteral("zh_CN")); }
    void cleanup() { LanguageManager::apply(QStringLiteral("zh_CN")); }

    void modelPassesTheTesterAndShowsAlerts()
    {
        RiskAlertTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        RiskAlert resident = alert(2, RiskLevel::Medium, RiskAlertStatus::Escalated);
        resident.subject = {RiskSubjectKind::Resident, QStringLiteral("110101********1234"), 0, {}};
        resident.owner = QStringLiteral("MY-CITY");
        RiskAlert ticket = alert(3, RiskLevel::Low, RiskAlertStatus::Dismissed);
        ticket.subject = {RiskSubjectKind::Ticket, QStringLiteral("A003"), 40, {}};
        ticket.ruleName = {};
        model.setAlerts({alert(1, RiskLevel::High, RiskAlertStatus::Open), resident, ticket});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RiskAlertTableModel::ColumnCount));
        model.setHalls(halls());

        auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
        QCOMPARE(text(0, RiskAlertTableModel::Level), QStringLiteral("高"));
        QCOMPARE(text(1, RiskAlertTableModel::Level), QStringLiteral("中"));
        QCOMPARE(text(2, RiskAlertTableModel::Level), QStringLiteral("低"));
        QCOMPARE(text(0, RiskAlertTableModel::Status), QStringLiteral("待处置"));
        QCOMPARE(text(1, RiskAlertTableModel::Status), QStringLiteral("已上报"));
        QCOMPARE(text(2, RiskAlertTableModel::Status), QStringLiteral("已排除"));
        QCOMPARE(text(0, RiskAlertTableModel::Rule), QStringLiteral("批量查询群众信息"));
        QCOMPARE(text(2, RiskAlertTableModel::Rule), QStringLiteral("bulk_lookups")); // no name sent: the id
        QCOMPARE(text(0, RiskAlertTableModel::HallColumn), QStringLiteral("东区大厅"));
        QCOMPARE(text(0, RiskAlertTableModel::Subject), QStringLiteral("工作人员 王丽（teller1）"));
        QCOMPARE(text(1, RiskAlertTableModel::Subject), QStringLiteral("群众 110101********1234"));
        QCOMPARE(text(2, RiskAlertTableModel::Subject), QStringLiteral("票号 A003"));
        QCOMPARE(text(0, RiskAlertTableModel::Summary), QStringLiteral("31 lookups within 60 min (threshold 30)"));
        // On the hall's clock (Asia/Shanghai), not the machine's: the test runs with TZ=UTC.
        QCOMPARE(text(0, RiskAlertTableModel::RaisedAt), QStringLiteral("2026-10-14 09:30"));
        QVERIFY(kRaised.toLocalTime().toString(QStringLiteral("HH:mm")) == QStringLiteral("01:30"));
        QCOMPARE(model.data(model.index(0, RiskAlertTableModel::Evidence)).toInt(), 31);
        QCOMPARE(model.headerData(RiskAlertTableModel::Level, Qt::Horizontal).toString(), QStringLiteral("等级"));
        QCOMPARE(model.headerData(RiskAlertTableModel::Evidence, Qt::Horizontal).toString(), QStringLiteral("证据"));
        // The level in its colour; a disposed alert grey elsewhere in its row, an open one bold.
        QCOMPARE(model.data(model.index(0, RiskAlertTableModel::Level), Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
        QVERIFY(model.data(model.index(0, RiskAlertTableModel::Level), Qt::ForegroundRole).value<QBrush>().color()
                != model.data(model.index(1, RiskAlertTableModel::Level), Qt::ForegroundRole).value<QBrush>().color());
        QVERIFY(!model.data(model.index(0, RiskAlertTableModel::Rule), Qt::ForegroundRole).isValid());
        QCOMPARE(model.data(model.index(2, RiskAlertTableModel::Rule), Qt::ForegroundRole).value<QBrush>().color(), QColor(0x5f, 0x63, 0x68));
        QVERIFY(model.data(model.index(0, RiskAlertTableModel::Status), Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.data(model.index(2, RiskAlertTableModel::Status), Qt::FontRole).isValid());
        // An escalated alert says whose decision it waits for.
        QCOMPARE(model.data(model.index(1, RiskAlertTableModel::HallColumn), Qt::ToolTipRole).toString(), QStringLiteral("等待市民中心处置"));
        QCOMPARE(model.data(model.index(1, 0), RiskAlertTableModel::StatusRole).toString(), QStringLiteral("escalated"));
        QCOMPARE(model.data(model.index(0, 0), RiskAlertTableModel::LevelRole).toString(), QStringLiteral("high"));
        QCOMPARE(model.data(model.index(2, 0), RiskAlertTableModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.at(1)->id, 2);
        QVERIFY(!model.at(9));

        // In English, and filled again with fewer.
        LanguageManager::apply(QStringLiteral("en"));
        model.retranslate();
        QCOMPARE(text(0, RiskAlertTableModel::Level), QStringLiteral("High"));
        QCOMPARE(text(0, RiskAlertTableModel::Status), QStringLiteral("Open"));
        QCOMPARE(text(0, RiskAlertTableModel::Rule), QStringLiteral("Bulk citizen lookups"));
        QCOMPARE(text(0, RiskAlertTableModel::HallColumn), QStringLiteral("East district hall"));
        QCOMPARE(text(0, RiskAlertTableModel::Subject), QStringLiteral("Staff 王丽 (teller1)"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        model.setAlerts({alert(5, RiskLevel::High, RiskAlertStatus::Open)});
        QCOMPARE(model.rowCount(), 1);
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void nothingSelected()
    {
        RiskAlertForm form(std::nullopt, halls(), {QStringLiteral("MY-CITY-A")});
        QVERIFY(!child<QWidget>(&form, "riskDisposeGroup")->isEnabled());
        QVERIFY(!child<QPushButton>(&form, "riskDisposeButton")->isEnabled());
        QCOMPARE(child<QLabel>(&form, "riskAlertSummary")->text(), QStringLiteral("请在左侧列表中选择一条预警。"));
    }

    void showsEvidenceAndDisposals()
    {
        RiskAlert a = alert(1, RiskLevel::High, RiskAlertStatus::Escalated);
        a.evidence = {{RiskEvidenceKind::Lookup, 11, kRaised.addSecs(-60), QStringLiteral("lookup 110101********1234")},
                      {RiskEvidenceKind::TicketEvent, 12, kRaised, QStringLiteral("A003 called")}};
        a.owner = QStringLiteral("MY-CITY");
        a.disposals = {{RiskDisposalAction::Escalate, QStringLiteral("涉及多个窗口，请市中心核查"), 8, QStringLiteral("supervisor2"),
                        QStringLiteral("赵敏"), kRaised.addSecs(600), QStringLiteral("MY-CITY-A"), QStringLiteral("MY-CITY")}};
        // Waiting above the supervisor's own hall: shown, not theirs to dispose of.
        RiskAlertForm form(a, halls(), {QStringLiteral("MY-CITY-A")});
        auto *evidence = child<QTableWidget>(&form, "riskEvidence");
        QCOMPARE(evidence->rowCount(), 2);
        QCOMPARE(evidence->item(0, 1)->text(), QStringLiteral("群众信息查询"));
        QCOMPARE(evidence->item(1, 2)->text(), QStringLiteral("A003 called"));
        QCOMPARE(evidence->item(1, 0)->text(), QStringLiteral("2026-10-14 09:30:00")); // the hall's clock
        auto *history = child<QTableWidget>(&form, "riskDisposals");
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("上报至市民中心"));
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("赵敏（supervisor2）"));
        QCOMPARE(history->item(0, 0)->text(), QStringLiteral("2026-10-14 09:40:00"));
        QVERIFY(child<QLabel>(&form, "riskAlertSummary")->text().contains(QStringLiteral("2026-10-14 09:30:00")));
        QCOMPARE(history->item(0, 3)->text(), QStringLiteral("东区大厅"));
        QCOMPARE(history->item(0, 4)->text(), QStringLiteral("涉及多个窗口，请市中心核查"));
        QVERIFY(child<QLabel>(&form, "riskAlertSummary")->text().contains(QStringLiteral("批量查询群众信息")));
        QVERIFY(!child<QWidget>(&form, "riskDisposeGroup")->isEnabled());
        QCOMPARE(child<QLabel>(&form, "riskAlertState")->text(), QStringLiteral("该预警已上报，等待市民中心的主管处置。"));

        // The city's supervisor may; there is no hall above the city to escalate to.
        RiskAlertForm city(a, halls(), {QStringLiteral("MY-CITY"), QStringLiteral("MY-CITY-A")});
        QVERIFY(child<QWidget>(&city, "riskDisposeGroup")->isEnabled());
        QVERIFY(!child<QRadioButton>(&city, "riskEscalate")->isEnabled());
        QVERIFY(child<QRadioButton>(&city, "riskDismiss")->isEnabled());
        QVERIFY(child<QLabel>(&city, "riskAlertState")->text().isEmpty());
    }

    void disposalChecksAsYouType()
    {
        RiskAlertForm form(alert(1, RiskLevel::High, RiskAlertStatus::Open), halls(), {QStringLiteral("MY-CITY-A")});
        auto *submit = child<QPushButton>(&form, "riskDisposeButton");
        auto *reason = child<QPlainTextEdit>(&form, "riskReason");
        QVERIFY(child<QWidget>(&form, "riskDisposeGroup")->isEnabled());
        QVERIFY(child<QRadioButton>(&form, "riskEscalate")->isEnabled());
        // Nothing chosen yet: no button, the form says what is missing.
        QVERIFY(!submit->isEnabled());
        QVERIFY(!form.disposal());
        QCOMPARE(child<QLabel>(&form, "riskDisposalProblem")->text(), QStringLiteral("请选择处置方式：确认、排除或上报。"));
        // A dismissal without its reason is refused under the reason, in the server's words.
        child<QRadioButton>(&form, "riskDismiss")->click();
        QVERIFY(!submit->isEnabled());
        reason->setPlainText(QStringLiteral("  "));
        QCOMPARE(form.feedback().shownProblem(QStringLiteral("reason")), QStringLiteral("请说明排除或上报该预警的理由。"));
        QVERIFY(!submit->isEnabled());
        reason->setPlainText(QString(RiskDisposalRequest::kMaxReason + 1, QLatin1Char('x')));
        QVERIFY(!submit->isEnabled());
        QVERIFY(!form.feedback().shownProblem(QStringLiteral("reason")).isEmpty());
        reason->setPlainText(QStringLiteral("系同一群众为家属代办，查询有正当理由"));
        QVERIFY(submit->isEnabled());
        QCOMPARE(form.feedback().shownProblem(QStringLiteral("reason")), QString());
        QSignalSpy asked(&form, &RiskAlertForm::disposalRequested);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        const RiskDisposalRequest sent = asked.first().first().value<RiskDisposalRequest>();
        QCOMPARE(toString(sent.action), QStringLiteral("dismiss"));
        QCOMPARE(sent.reason, QStringLiteral("系同一群众为家属代办，查询有正当理由"));
        // A confirmation needs none.
        reason->clear();
        child<QRadioButton>(&form, "riskConfirm")->click();
        QVERIFY(submit->isEnabled());
        child<QRadioButton>(&form, "riskEscalate")->click();
        QVERIFY(!submit->isEnabled());

        // The server's refusal shows as it was given.
        form.showRefusal(QStringLiteral("该预警已处置。"), {});
        QCOMPARE(child<QLabel>(&form, "riskDisposalProblem")->text(), QStringLiteral("该预警已处置。"));
        // Disposed of: the form closes; another alert is not this form's.
        RiskAlert done = alert(1, RiskLevel::High, RiskAlertStatus::Confirmed);
        form.setAlert(done);
        QVERIFY(!child<QWidget>(&form, "riskDisposeGroup")->isEnabled());
        QCOMPARE(child<QLabel>(&form, "riskAlertState")->text(), QStringLiteral("该预警已处置完毕。"));
        RiskAlert other = alert(7, RiskLevel::Low, RiskAlertStatus::Open);
        form.setAlert(other);
        QCOMPARE(form.alert()->id, 1);
    }
};

int main(int argc, char **argv)
{
    // A desk whose machine runs in UTC still shows an alert's times on its hall's clock.
    qputenv("TZ", "UTC");
    tzset();
    QApplication app(argc, argv);
    TestRiskModel test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_risk_model.moc"
