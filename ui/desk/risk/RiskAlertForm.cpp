#include "ui/desk/risk/RiskAlertForm.h"

#include "core/domain/risk/RiskDisposalRules.h"
#include "ui/admin/FormFeedback.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/risk/RiskAlertTableModel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

const QString kAction = QStringLiteral("action");
const QString kReason = QStringLiteral("reason");

QTableWidget *readOnlyTable(QWidget *parent, const char *name, int columns)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setColumnCount(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    // Each column as wide as its content, the last (the note, the reason) takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < rows.at(i).size(); ++c)
            table->setItem(i, c, new QTableWidgetItem(rows.at(i).at(c)));
    }
    table->resizeRowsToContents();
}

} // namespace

RiskAlertForm::RiskAlertForm(const std::optional<RiskAlert> &alert, const QList<Hall> &halls, const QSet<QString> &overseen, QWidget *parent)
    : QWidget(parent)
    , m_alert(alert)
    , m_halls(halls)
    , m_overseen(overseen)
    , m_summary(new QLabel(this))
    , m_evidenceTitle(new QLabel(this))
    , m_evidence(readOnlyTable(this, "riskEvidence", 3))
    , m_historyTitle(new QLabel(this))
    , m_history(readOnlyTable(this, "riskDisposals", 5))
    , m_disposeGroup(new QGroupBox(this))
    , m_actionLabel(new QLabel(m_disposeGroup))
    , m_actions(new QButtonGroup(this))
    , m_confirm(new QRadioButton(m_disposeGroup))
    , m_dismiss(new QRadioButton(m_disposeGroup))
    , m_escalate(new QRadioButton(m_disposeGroup))
    , m_reasonLabel(new QLabel(m_disposeGroup))
    , m_reason(new QPlainTextEdit(m_disposeGroup))
    , m_problem(new QLabel(m_disposeGroup))
    , m_submit(new QPushButton(m_disposeGroup))
    , m_state(new QLabel(this))
    , m_feedback(new FormFeedback(m_submit, m_problem, this))
{
    setObjectName(QStringLiteral("riskAlertForm"));
    m_summary->setObjectName(QStringLiteral("riskAlertSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_disposeGroup->setObjectName(QStringLiteral("riskDisposeGroup"));
    m_confirm->setObjectName(QStringLiteral("riskConfirm"));
    m_dismiss->setObjectName(QStringLiteral("riskDismiss"));
    m_escalate->setObjectName(QStringLiteral("riskEscalate"));
    m_reason->setObjectName(QStringLiteral("riskReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);
    m_problem->setObjectName(QStringLiteral("riskDisposalProblem"));
    m_submit->setObjectName(QStringLiteral("riskDisposeButton"));
    m_state->setObjectName(QStringLiteral("riskAlertState"));
    m_state->setWordWrap(true);
    m_actions->addButton(m_confirm, static_cast<int>(RiskDisposalAction::Confirm));
    m_actions->addButton(m_dismiss, static_cast<int>(RiskDisposalAction::Dismiss));
    m_actions->addButton(m_escalate, static_cast<int>(RiskDisposalAction::Escalate));

    auto *choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(m_confirm);
    choices->addWidget(m_dismiss);
    choices->addWidget(m_escalate);
    choices->addStretch(1);
    auto *choiceBox = new QWidget(m_disposeGroup);
    choiceBox->setLayout(choices);
    auto *form = new QFormLayout(m_disposeGroup);
    form->addRow(m_actionLabel, m_feedback->wrap(kAction, choiceBox));
    form->addRow(m_reasonLabel, m_feedback->wrap(kReason, m_reason));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_submit);
    form->addRow(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_evidenceTitle);
    layout->addWidget(m_evidence, 2);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_disposeGroup);

    connect(m_actions, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        m_feedback->touch(kAction);
        revalidate();
    });
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        m_feedback->touch(kReason);
        revalidate();
    });
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (const auto d = disposal())
            Q_EMIT disposalRequested(*d);
    });
    m_disposeGroup->setEnabled(isDisposable());
    m_escalate->setEnabled(hasHallAbove());
    retranslate();
}

bool RiskAlertForm::hasHallAbove() const
{
    // The city's top hall has nobody above it: the server would refuse the escalation.
    for (const Hall &h : m_halls) {
        if (m_alert && h.code == m_alert->owner)
            return !h.parentCode.isEmpty();
    }
    return true; // not known here: the server decides
}

bool RiskAlertForm::isDisposable() const
{
    if (!m_alert)
        return false;
    const bool waiting = m_alert->status == RiskAlertStatus::Open || m_alert->status == RiskAlertStatus::Escalated;
    return waiting && m_overseen.contains(m_alert->owner);
}

std::optional<RiskDisposalRequest> RiskAlertForm::disposal() const
{
    const int id = m_actions->checkedId();
    if (id < 0)
        return std::nullopt;
    RiskDisposalRequest r;
    r.action = static_cast<RiskDisposalAction>(id);
    r.reason = m_reason->toPlainText().trimmed();
    return r;
}

void RiskAlertForm::setAlert(const RiskAlert &alert)
{
    if (!m_alert || alert.id != m_alert->id)
        return;
    m_alert = alert;
    m_disposeGroup->setEnabled(isDisposable());
    m_escalate->setEnabled(hasHallAbove());
    redrawAlert();
    revalidate();
}

void RiskAlertForm::setBusy(bool busy)
{
    m_feedback->setBusy(busy);
}

void RiskAlertForm::showRefusal(const QString &message, const QHash<QString, QString> &fields)
{
    m_feedback->showRefusal(message, fields);
}

void RiskAlertForm::revalidate()
{
    FieldProblems problems;
    const auto d = disposal();
    if (!d) {
        problems.append({kAction, tr("Choose confirm, dismiss or escalate.")});
    } else {
        problems = RiskDisposalRules::check(*d);
    }
    m_feedback->show(problems);
}

void RiskAlertForm::redrawAlert()
{
    m_evidence->setRowCount(0);
    m_history->setRowCount(0);
    m_state->clear();
    if (!m_alert) {
        m_summary->setText(tr("Select an alert in the list."));
        return;
    }
    const RiskAlert &a = *m_alert;
    // Every time of the alert on the clock of the hall where it happened, like its service day.
    const auto localTime = [this, &a](const QDateTime &at) {
        return RiskAlertTableModel::hallTime(m_halls, a.hall, at, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    const QString lang = LanguageManager::current();
    const QString rule = a.ruleName.in(lang).isEmpty() ? toString(a.rule) : a.ruleName.in(lang);
    const QString level =
        QStringLiteral("<span style='color:%1'><b>%2</b></span>").arg(RiskAlertTableModel::levelColor(a.level).name(), riskLevelText(a.level));
    m_summary->setText(tr("<b>%1</b> · level %2 · %3<br>%4 · %5 · service day %6<br>%7<br><span style='color:#5f6368'>Raised %8 · "
                          "rule set version %9</span>")
                           .arg(rule.toHtmlEscaped(), level, riskAlertStatusText(a.status),
                                RiskAlertTableModel::hallName(m_halls, a.hall).toHtmlEscaped(),
                                RiskAlertTableModel::subjectText(a.subject).toHtmlEscaped(), a.day.toString(Qt::ISODate),
                                a.summary.toHtmlEscaped(), localTime(a.raisedAt), QString::number(a.ruleVersion)));
    QList<QStringList> evidence;
    for (const RiskEvidence &e : a.evidence)
        evidence.append({localTime(e.at), RiskAlertTableModel::evidenceKindText(e.kind), e.note});
    fill(m_evidence, evidence);
    QList<QStringList> history;
    for (const RiskDisposal &d : a.disposals) {
        const QString who = d.byName.isEmpty() ? d.by : QStringLiteral("%1（%2）").arg(d.byName, d.by);
        const QString action = d.action == RiskDisposalAction::Escalate && !d.escalatedTo.isEmpty()
                                   ? tr("Escalated to %1").arg(RiskAlertTableModel::hallName(m_halls, d.escalatedTo))
                                   : RiskAlertTableModel::actionText(d.action);
        history.append({localTime(d.at), action, who, RiskAlertTableModel::hallName(m_halls, d.hall), d.reason});
    }
    fill(m_history, history);
    if (a.status == RiskAlertStatus::Confirmed || a.status == RiskAlertStatus::Dismissed)
        m_state->setText(tr("This alert has been disposed of."));
    else if (!m_overseen.contains(a.owner))
        m_state->setText(tr("This alert waits for the supervisors of %1.").arg(RiskAlertTableModel::hallName(m_halls, a.owner)));
}

void RiskAlertForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RiskAlertForm::retranslate()
{
    m_evidenceTitle->setText(tr("Evidence"));
    m_evidence->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("Note")});
    m_historyTitle->setText(tr("Disposal history"));
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("Disposal"), tr("By"), tr("Hall"), tr("Reason")});
    m_disposeGroup->setTitle(tr("Dispose of the alert"));
    m_actionLabel->setText(tr("Decision:"));
    m_confirm->setText(tr("Confirm the risk"));
    m_dismiss->setText(tr("Dismiss (false alarm)"));
    m_escalate->setText(tr("Escalate to the hall above"));
    m_reasonLabel->setText(tr("Reason:"));
    m_reason->setPlaceholderText(tr("Required to dismiss or escalate"));
    m_submit->setText(tr("Submit disposal"));
    redrawAlert();
    revalidate();
}

} // namespace ow
