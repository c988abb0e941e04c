#include "ui/admin/RiskRuleEditor.h"

#include "ui/admin/RiskRuleText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow {

namespace {

const RiskLevel kLevels[] = {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High};

QString parameterField(const QString &name)
{
    return QStringLiteral("parameters.") + name;
}

QStringList codesIn(const QString &text)
{
    // Commas (either width), the enumeration comma and spaces all separate codes.
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString problemStyle()
{
    return QStringLiteral("color:#b3261e;");
}

} // namespace

RiskRuleEditor::RiskRuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_ruleProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("riskRuleEditor"));
    m_title->setObjectName(QStringLiteral("riskRuleTitle"));
    m_readOnly->setObjectName(QStringLiteral("riskRuleReadOnly"));
    m_ruleProblem->setObjectName(QStringLiteral("riskProblem_"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_ruleProblem->setWordWrap(true);
    m_ruleProblem->setStyleSheet(problemStyle());
    m_ruleProblem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_ruleProblem);
    layout->addStretch();
    rebuild();
}

void RiskRuleEditor::setRule(const std::optional<RiskRule> &rule, bool editable)
{
    m_rule = rule;
    m_editable = editable;
    rebuild();
}

QLabel *RiskRuleEditor::problemLabel(const QString &field)
{
    auto *label = new QLabel(m_body);
    label->setObjectName(QStringLiteral("riskProblem_") + field);
    label->setWordWrap(true);
    label->setStyleSheet(problemStyle());
    label->hide();
    m_problems.insert(field, label);
    return label;
}

void RiskRuleEditor::rebuild()
{
    // The fields differ from rule to rule: built anew for each.
    delete m_body;
    m_body = nullptr;
    m_form = nullptr;
    m_level = nullptr;
    m_enabled = nullptr;
    m_levelLabel = nullptr;
    m_problems.clear();
    m_ruleProblem->hide();
    retranslate();
    if (!m_rule)
        return;
    m_body = new QWidget(this);
    m_form = new QFormLayout(m_body);
    m_form->setContentsMargins(0, 4, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_level = new QComboBox(m_body);
    m_level->setObjectName(QStringLiteral("riskRuleLevel"));
    for (RiskLevel level : kLevels)
        m_level->addItem(riskLevelText(level), toString(level));
    m_level->setCurrentIndex(m_level->findData(toString(m_rule->level)));
    m_levelLabel = new QLabel(m_body);
    auto *levelBox = new QWidget(m_body);
    auto *levelLayout = new QVBoxLayout(levelBox);
    levelLayout->setContentsMargins(0, 0, 0, 0);
    m_level->setMinimumWidth(120);
    levelLayout->addWidget(m_level, 0, Qt::AlignLeft);
    levelLayout->addWidget(problemLabel(QStringLiteral("level")));
    m_form->addRow(m_levelLabel, levelBox);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_rule->level = kLevels[std::max(0, i)];
        changed(QStringLiteral("level"));
    });

    m_enabled = new QCheckBox(m_body);
    m_enabled->setObjectName(QStringLiteral("riskRuleEnabled"));
    m_enabled->setChecked(m_rule->enabled);
    m_form->addRow(QString(), m_enabled);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_rule->enabled = on;
        changed(QStringLiteral("enabled"));
    });

    for (const RiskParameterValue &p : RiskRuleParameters::of(*m_rule)) {
        const QString field = parameterField(p.name);
        auto *box = new QWidget(m_body);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *line = new QHBoxLayout;
        QWidget *input = nullptr;
        switch (p.type) {
        case RiskRuleSpecs::Type::Integer: {
            auto *spin = new QSpinBox(box);
            spin->setRange(static_cast<int>(p.min), static_cast<int>(p.max));
            spin->setValue(qRound(p.number));
            connect(spin, &QSpinBox::valueChanged, this, [this, p, field](int v) {
                RiskParameterValue value = p;
                value.number = v;
                RiskRuleParameters::set(*m_rule, value);
                changed(field);
            });
            input = spin;
            break;
        }
        case RiskRuleSpecs::Type::Number: {
            auto *spin = new QDoubleSpinBox(box);
            spin->setDecimals(2);
            spin->setRange(p.min, p.max);
            spin->setSingleStep(p.max <= 1 ? 0.05 : 0.5);
            spin->setValue(p.number);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, p, field](double v) {
                RiskParameterValue value = p;
                value.number = v;
                RiskRuleParameters::set(*m_rule, value);
                changed(field);
            });
            input = spin;
            break;
        }
        case RiskRuleSpecs::Type::Matters: {
            auto *edit = new QLineEdit(p.matters.join(QStringLiteral(", ")), box);
            edit->setToolTip(tr("Catalogue codes of the matters, separated by commas"));
            connect(edit, &QLineEdit::textEdited, this, [this, p, field](const QString &text) {
                RiskParameterValue value = p;
                value.matters = codesIn(text);
                RiskRuleParameters::set(*m_rule, value);
                changed(field);
            });
            input = edit;
            break;
        }
        }
        input->setObjectName(QStringLiteral("riskParameter_") + p.name);
        if (p.type != RiskRuleSpecs::Type::Matters)
            input->setToolTip(tr("From %1 to %2").arg(QLocale().toString(p.min), QLocale().toString(p.max)));
        input->setEnabled(m_editable);
        // A number needs little room; the matters' codes take the width.
        const bool wide = p.type == RiskRuleSpecs::Type::Matters;
        if (!wide)
            input->setMinimumWidth(120);
        line->addWidget(input, wide ? 1 : 0);
        const QString unit = RiskRuleText::parameterUnit(p.name);
        if (!unit.isEmpty())
            line->addWidget(new QLabel(unit, box));
        if (!wide)
            line->addStretch(1);
        boxLayout->addLayout(line);
        boxLayout->addWidget(problemLabel(field));
        auto *label = new QLabel(RiskRuleText::parameterLabel(p.name), m_body);
        label->setBuddy(input);
        m_form->addRow(label, box);
    }
    if (RiskRuleParameters::of(*m_rule).isEmpty())
        m_form->addRow(new QLabel(tr("This rule has no parameters."), m_body));
    m_level->setEnabled(m_editable);
    m_enabled->setEnabled(m_editable);
    static_cast<QVBoxLayout *>(layout())->insertWidget(3, m_body);
    retranslate();
}

void RiskRuleEditor::changed(const QString &field)
{
    if (QLabel *l = m_problems.value(field)) {
        l->clear();
        l->hide();
    }
    Q_EMIT edited(*m_rule);
}

void RiskRuleEditor::showProblems(const QHash<QString, QString> &problems)
{
    for (QLabel *l : std::as_const(m_problems)) {
        l->clear();
        l->hide();
    }
    m_ruleProblem->clear();
    m_ruleProblem->hide();
    QStringList elsewhere;
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        QLabel *l = m_problems.value(it.key());
        if (!l) { // a field without a place of its own (the names, the rule as a whole)
            elsewhere << it.value();
            continue;
        }
        l->setText(l->text().isEmpty() ? it.value() : l->text() + QLatin1Char('\n') + it.value());
        l->show();
    }
    if (!elsewhere.isEmpty()) {
        elsewhere.removeDuplicates();
        m_ruleProblem->setText(elsewhere.join(QLatin1Char('\n')));
        m_ruleProblem->show();
    }
}

QString RiskRuleEditor::shownProblem(const QString &field) const
{
    if (field.isEmpty())
        return m_ruleProblem->isHidden() ? QString() : m_ruleProblem->text();
    const QLabel *l = m_problems.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void RiskRuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        // The labels, units and levels are built in the language of the moment: anew, once the
        // event has gone through the children that are about to be replaced.
        QMetaObject::invokeMethod(this, &RiskRuleEditor::rebuild, Qt::QueuedConnection);
    QWidget::changeEvent(event);
}

void RiskRuleEditor::retranslate()
{
    m_title->setText(m_rule ? RiskRuleText::ruleName(*m_rule) : tr("Select a rule to see its settings."));
    m_readOnly->setText(!m_rule || m_editable ? QString() : tr("Read only: only the city's administrator changes the rules, and only in the version in force."));
    m_readOnly->setVisible(m_rule && !m_editable);
    if (m_levelLabel)
        m_levelLabel->setText(tr("Alert level"));
    if (m_enabled)
        m_enabled->setText(tr("The rule runs"));
}

} // namespace ow
