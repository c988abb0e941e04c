// The risk rule set's screen without a server: a rule's parameters read as typed values and
// written back (a whole number stays whole on the wire); the server's field names map to a rule
// and its field; the rules' table model and the versions' model pass QAbstractItemModelTester
// through fills, marks and a change of language, and show what they should (names in the screen's
// language, levels, parameters with their units, who saved a version when on the city's clock —
// with the process in UTC, a time shows in Asia/Shanghai); the editor offers each parameter in its
// type and range, reports an edit, shows a problem under its field, and is read-only when asked.
#include "core/client/RiskRuleParameters.h"
#include "ui/admin/RiskRuleEditor.h"
#include "ui/admin/RiskRuleTableModel.h"
#include "ui/admin/RiskRuleText.h"
#include "ui/admin/RiskRuleVersionModel.h"
#include "ui/common/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QKeyEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <ctime>

using namespace ow;

namespace {

RiskRule duplicateClaim()
{
    RiskRule r;
    r.id = RiskRuleId::DuplicateClaim;
    r.nameZh = QStringLiteral("重复申领待遇");
    r.nameEn = QStringLiteral("Same benefit claimed twice");
    r.level = RiskLevel::High;
    r.parameters = {{QStringLiteral("matters"), QJsonArray{QStringLiteral("UI-001"), QStringLiteral("PE-002")}},
                    {QStringLiteral("period_days"), 180}};
    return r;
}

RiskRule tellerOutlier()
{
    RiskRule r;
    r.id = RiskRuleId::TellerOutlier;
    r.nameZh = QStringLiteral("过号、转移或超短服务异常");
    r.nameEn = QStringLiteral("No-shows, transfers or very short services out of line");
    r.level = RiskLevel::Medium;
    r.parameters = {{QStringLiteral("factor"), 2.0}, {QStringLiteral("min_count"), 5}, {QStringLiteral("short_share"), 0.2}};
    return r;
}

RiskRule ownIdNumber()
{
    RiskRule r;
    r.id = RiskRuleId::OwnIdNumber;
    r.nameZh = QStringLiteral("工作人员为本人办理业务");
    r.nameEn = QStringLiteral("Staff handling their own matter");
    r.level = RiskLevel::High;
    r.enabled = false;
    return r;
}

RiskRuleSet version(int n, QList<RiskRule> rules, const QString &by = {}, const QDateTime &at = {})
{
    RiskRuleSet s;
    s.version = n;
    s.changedBy = by;
    s.changedAt = at;
    s.rules = std::move(rules);
    return s;
}

QString display(const QAbstractItemModel &m, int row, int column)
{
    return m.data(m.index(row, column), Qt::DisplayRole).toString();
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s", qPrintable(name));
    return w;
}

} // namespace

class TestRiskRulesModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        LanguageManager::apply(QStringLiteral("zh_CN"));
    }

    void parametersReadAndWrittenTyped()
    {
        RiskRule r = duplicateClaim();
        const QList<RiskParameterValue> ps = RiskRuleParameters::of(r);
        QCOMPARE(ps.size(), 2);
        QCOMPARE(ps.at(0).name, QStringLiteral("matters"));
        QVERIFY(ps.at(0).type == RiskRuleSpecs::Type::Matters);
        QCOMPARE(ps.at(0).matters, (QStringList{QStringLiteral("UI-001"), QStringLiteral("PE-002")}));
        QCOMPARE(ps.at(1).name, QStringLiteral("period_days"));
        QVERIFY(ps.at(1).type == RiskRuleSpecs::Type::Integer);
        QCOMPARE(ps.at(1).number, 180.0);
        QCOMPARE(ps.at(1).min, 1.0);
        QCOMPARE(ps.at(1).max, 3650.0);

        RiskParameterValue period = ps.at(1);
        period.number = 90.4; // a spin box gives whole numbers; a stray fraction is rounded, never sent
        RiskRuleParameters::set(r, period);
        QVERIFY(RiskRuleSpecs::check(version(1, {r}), {}).error().extra.value(QLatin1String("fields")).toObject()
                    .value(QLatin1String("rules[0].parameters.period_days")).isUndefined());
        QCOMPARE(RiskRuleParameters::of(r).at(1).number, 90.0);
        RiskParameterValue matters = ps.at(0);
        matters.matters = {QStringLiteral("EM-005")};
        RiskRuleParameters::set(r, matters);
        QCOMPARE(RiskRuleSpecs::matters(r), QStringList{QStringLiteral("EM-005")});

        const RiskRuleSet before = version(1, {duplicateClaim(), tellerOutlier()});
        const RiskRuleSet after = version(2, {r, tellerOutlier()});
        QCOMPARE(RiskRuleParameters::changed(before, after).size(), 1);
        QCOMPARE(toString(RiskRuleParameters::changed(before, after).first()), QStringLiteral("duplicate_claim"));
        QVERIFY(RiskRuleParameters::changed(before, before).isEmpty());
    }

    void serverFieldsMapToARule_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("ours");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("part");
        QTest::newRow("parameter") << QStringLiteral("rules[3].parameters.factor") << true << 3 << QStringLiteral("parameters.factor");
        QTest::newRow("a matter") << QStringLiteral("rules[0].parameters.matters[2]") << true << 0 << QStringLiteral("parameters.matters");
        QTest::newRow("level") << QStringLiteral("rules[10].level") << true << 10 << QStringLiteral("level");
        QTest::newRow("whole rule") << QStringLiteral("rules[2]") << true << 2 << QString();
        QTest::newRow("missing rule") << QStringLiteral("rules.time_limit") << false << -1 << QString();
        QTest::newRow("not a rule") << QStringLiteral("version") << false << -1 << QString();
    }

    void serverFieldsMapToARule()
    {
        QFETCH(QString, field);
        QFETCH(bool, ours);
        QFETCH(int, rule);
        QFETCH(QString, part);
        int index = -1;
        QString at;
        QCOMPARE(RiskRuleParameters::problemAt(field, &index, &at), ours);
        QCOMPARE(index, rule);
        QCOMPARE(at, part);
    }

    void ruleTableModel()
    {
        RiskRuleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setRules({duplicateClaim(), ownIdNumber(), tellerOutlier()});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(RiskRuleId::TellerOutlier), 2);
        QCOMPARE(display(model, 0, RiskRuleTableModel::Name), QStringLiteral("重复申领待遇"));
        QCOMPARE(display(model, 0, RiskRuleTableModel::Level), QStringLiteral("高"));
        QCOMPARE(display(model, 0, RiskRuleTableModel::Enabled), QStringLiteral("启用"));
        QCOMPARE(display(model, 0, RiskRuleTableModel::Parameters), QStringLiteral("适用事项：2 项；回溯期：180 天"));
        QCOMPARE(display(model, 1, RiskRuleTableModel::Enabled), QStringLiteral("停用"));
        QCOMPARE(display(model, 1, RiskRuleTableModel::Parameters), QStringLiteral("无参数"));
        QCOMPARE(display(model, 2, RiskRuleTableModel::Parameters),
                 QStringLiteral("高于大厅平均水平：2 倍；最少样本数：5 次；超短服务阈值：0.2 倍常规服务时长"));
        QCOMPARE(model.data(model.index(0, 0), RiskRuleTableModel::RuleIdRole).toString(), QStringLiteral("duplicate_claim"));
        QCOMPARE(model.headerData(RiskRuleTableModel::Parameters, Qt::Horizontal).toString(), QStringLiteral("参数"));

        // An edit not yet saved: bold, and said so; a problem the server found: red, with its words.
        RiskRule edited = tellerOutlier();
        edited.parameters.insert(QStringLiteral("min_count"), 8);
        model.updateRule(2, edited);
        model.setChanged({RiskRuleId::TellerOutlier});
        QVERIFY(model.data(model.index(2, 0), Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.data(model.index(0, 0), Qt::FontRole).isValid());
        QCOMPARE(display(model, 2, RiskRuleTableModel::Name), QStringLiteral("过号、转移或超短服务异常（已修改）"));
        QVERIFY(display(model, 2, RiskRuleTableModel::Parameters).contains(QStringLiteral("最少样本数：8 次")));
        model.setProblems({{0, QStringLiteral("事项清单中没有该事项。")}});
        QCOMPARE(model.data(model.index(0, 3), Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
        QCOMPARE(model.data(model.index(0, 3), Qt::ToolTipRole).toString(), QStringLiteral("事项清单中没有该事项。"));

        LanguageManager::apply(QStringLiteral("en"));
        model.retranslate();
        QCOMPARE(display(model, 0, RiskRuleTableModel::Name), QStringLiteral("Same benefit claimed twice"));
        QCOMPARE(display(model, 0, RiskRuleTableModel::Parameters), QStringLiteral("Matters watched: 2 matter(s); Look-back period: 180 days"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        model.setRules({});
        QCOMPARE(model.rowCount(), 0);
    }

    void versionModel()
    {
        RiskRuleVersionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        RiskRule longer = duplicateClaim();
        longer.parameters.insert(QStringLiteral("period_days"), 365);
        RiskRule quieter = tellerOutlier();
        quieter.enabled = false;
        const QDateTime saved3(QDate(2026, 12, 7), QTime(10, 30), QTimeZone::utc());
        const QList<RiskRuleSet> versions{version(3, {longer, quieter}, QStringLiteral("admin"), saved3),
                                          version(2, {duplicateClaim(), quieter}, QStringLiteral("admin"), saved3.addDays(-1)),
                                          version(1, {duplicateClaim(), tellerOutlier()})};
        model.setVersions(versions, QTimeZone("Asia/Shanghai"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(display(model, 0, RiskRuleVersionModel::Version), QStringLiteral("3（使用中）"));
        QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(display(model, 1, RiskRuleVersionModel::Version), QStringLiteral("2"));
        QCOMPARE(display(model, 0, RiskRuleVersionModel::SavedBy), QStringLiteral("admin"));
        // The process runs in UTC: the time is the city's all the same.
        QCOMPARE(display(model, 0, RiskRuleVersionModel::SavedAt), QStringLiteral("2026-12-07 18:30"));
        QCOMPARE(display(model, 0, RiskRuleVersionModel::Changes), QStringLiteral("重复申领待遇"));
        QCOMPARE(display(model, 1, RiskRuleVersionModel::Changes), QStringLiteral("过号、转移或超短服务异常"));
        QCOMPARE(display(model, 2, RiskRuleVersionModel::Changes), QStringLiteral("随服务器发布的初始规则"));
        QCOMPARE(display(model, 2, RiskRuleVersionModel::SavedBy), QStringLiteral("（系统初始）"));
        QCOMPARE(display(model, 2, RiskRuleVersionModel::SavedAt), QString());
        QCOMPARE(model.data(model.index(1, 0), RiskRuleVersionModel::VersionRole).toInt(), 2);
        // Only the newest: what version 3 changed is not known without version 2.
        model.setVersions({versions.first()}, QTimeZone("Asia/Shanghai"));
        QCOMPARE(display(model, 0, RiskRuleVersionModel::Changes), QString());
        model.retranslate();
        model.setVersions({}, QTimeZone::utc());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(RiskRuleText::saved(versions.first(), QTimeZone("Asia/Shanghai")), QStringLiteral("由 admin 于 2026-12-07 18:30 保存"));
    }

    void editor()
    {
        RiskRuleEditor editor;
        editor.setRule(tellerOutlier(), true);
        QCOMPARE(child<QLabel>(&editor, QStringLiteral("riskRuleTitle"))->text(), QStringLiteral("过号、转移或超短服务异常"));
        auto *level = child<QComboBox>(&editor, QStringLiteral("riskRuleLevel"));
        QCOMPARE(level->currentText(), QStringLiteral("中"));
        auto *minCount = child<QSpinBox>(&editor, QStringLiteral("riskParameter_min_count"));
        QCOMPARE(minCount->value(), 5);
        QCOMPARE(minCount->minimum(), 1);
        QCOMPARE(minCount->maximum(), 1000);
        auto *share = child<QDoubleSpinBox>(&editor, QStringLiteral("riskParameter_short_share"));
        QCOMPARE(share->value(), 0.2);
        QCOMPARE(share->minimum(), 0.01);
        QCOMPARE(share->maximum(), 1.0);
        QVERIFY(minCount->isEnabled());

        editor.showProblems({{QStringLiteral("parameters.min_count"), QStringLiteral("请输入 1 到 1000 之间的整数。")},
                             {QStringLiteral("name_en"), QStringLiteral("必填。")}});
        QCOMPARE(editor.shownProblem(QStringLiteral("parameters.min_count")), QStringLiteral("请输入 1 到 1000 之间的整数。"));
        QCOMPARE(editor.shownProblem(QString()), QStringLiteral("必填。")); // no field of its own: above the fields
        QSignalSpy edited(&editor, &RiskRuleEditor::edited);
        minCount->setValue(12);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(RiskRuleSpecs::integer(*editor.rule(), "min_count"), 12);
        QCOMPARE(editor.shownProblem(QStringLiteral("parameters.min_count")), QString()); // edited: the problem goes
        level->setCurrentIndex(level->findData(QStringLiteral("high")));
        child<QCheckBox>(&editor, QStringLiteral("riskRuleEnabled"))->setChecked(false);
        QCOMPARE(toString(editor.rule()->level), QStringLiteral("high"));
        QVERIFY(!editor.rule()->enabled);

        editor.setRule(duplicateClaim(), true);
        auto *matters = child<QLineEdit>(&editor, QStringLiteral("riskParameter_matters"));
        QCOMPARE(matters->text(), QStringLiteral("UI-001, PE-002"));
        matters->clear();
        // Typed as a person types them, with Chinese commas too (QTest::keyClicks takes only Latin-1).
        for (const QChar c : QStringLiteral("UI-001，EM-005、PE-002 ")) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(matters, &press);
        }
        QCOMPARE(RiskRuleSpecs::matters(*editor.rule()),
                 (QStringList{QStringLiteral("UI-001"), QStringLiteral("EM-005"), QStringLiteral("PE-002")}));

        editor.setRule(duplicateClaim(), false);
        QVERIFY(!child<QLineEdit>(&editor, QStringLiteral("riskParameter_matters"))->isEnabled());
        QVERIFY(!child<QComboBox>(&editor, QStringLiteral("riskRuleLevel"))->isEnabled());
        QVERIFY(!child<QLabel>(&editor, QStringLiteral("riskRuleReadOnly"))->isHidden());
        editor.setRule(std::nullopt, true);
        QVERIFY(!editor.findChild<QComboBox *>(QStringLiteral("riskRuleLevel")));
    }
};

int main(int argc, char **argv)
{
    // The desk's machine may be anywhere: the city's times must not follow it.
    qputenv("TZ", "UTC");
    tzset();
    QApplication app(argc, argv);
    TestRiskRulesModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_risk_rules_models.moc"
