#include "ui/admin/RiskRulesPage.h"

#include "core/client/AdminClient.h" // errorText, AdminApi::fieldProblems: how any refusal reads
#include "core/client/ClientSession.h"
#include "core/client/RiskRuleParameters.h"
#include "core/client/api/RiskApi.h"
#include "ui/admin/Confirm.h"
#include "ui/admin/RiskRuleEditor.h"
#include "ui/admin/RiskRuleTableModel.h"
#include "ui/admin/RiskRuleText.h"
#include "ui/admin/RiskRuleVersionModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

// How many versions the list shows (the newest): each is one request.
constexpr int kVersionsListed = 30;

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

RiskRulesPage::RiskRulesPage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_editable(session.isLoggedIn() && session.account().isCityAdministrator())
    , m_rules(new RiskRuleTableModel(this))
    , m_versions(new RiskRuleVersionModel(this))
    , m_editor(new RiskRuleEditor(this))
    , m_hint(new QLabel(this))
    , m_state(new QLabel(this))
    , m_backToCurrent(new QPushButton(this))
    , m_ruleTable(new QTableView(this))
    , m_message(new QLabel(this))
    , m_discard(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_versionsTitle(new QLabel(this))
    , m_versionTable(new QTableView(this))
{
    setObjectName(QStringLiteral("riskRulesPage"));
    m_state->setObjectName(QStringLiteral("riskRulesState"));
    m_backToCurrent->setObjectName(QStringLiteral("riskRulesBackToCurrent"));
    m_ruleTable->setObjectName(QStringLiteral("riskRuleTable"));
    m_message->setObjectName(QStringLiteral("riskRulesMessage"));
    m_discard->setObjectName(QStringLiteral("riskRulesDiscard"));
    m_save->setObjectName(QStringLiteral("riskRulesSave"));
    m_versionTable->setObjectName(QStringLiteral("riskRuleVersionTable"));
    setFocusProxy(m_ruleTable);

    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    QFont f = m_state->font();
    f.setBold(true);
    m_state->setFont(f);
    m_state->setWordWrap(true);
    m_message->setWordWrap(true);
    m_versionsTitle->setFont(f);
    m_ruleTable->setModel(m_rules);
    setUpTable(m_ruleTable);
    m_versionTable->setModel(m_versions);
    setUpTable(m_versionTable);
    m_save->setVisible(m_editable);
    m_discard->setVisible(m_editable);
    m_backToCurrent->hide();

    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    auto *rulesSplit = new QSplitter(Qt::Horizontal, this);
    rulesSplit->addWidget(m_ruleTable);
    rulesSplit->addWidget(editorScroll);
    rulesSplit->setStretchFactor(0, 3);
    rulesSplit->setStretchFactor(1, 2);
    rulesSplit->setSizes({720, 420});
    rulesSplit->setChildrenCollapsible(false);

    auto *stateLine = new QHBoxLayout;
    stateLine->addWidget(m_state, 1);
    stateLine->addWidget(m_backToCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(stateLine);
    topLayout->addWidget(rulesSplit, 1);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_versionsTitle);
    bottomLayout->addWidget(m_versionTable, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);

    connect(m_ruleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RiskRulesPage::showSelectedRule);
    connect(m_versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RiskRulesPage::versionChosen);
    connect(m_editor, &RiskRuleEditor::edited, this, &RiskRulesPage::ruleEdited);
    connect(m_save, &QPushButton::clicked, this, &RiskRulesPage::confirmSave);
    connect(m_discard, &QPushButton::clicked, this, &RiskRulesPage::discard);
    connect(m_backToCurrent, &QPushButton::clicked, this, [this] { showVersion(m_inForce ? m_inForce->version : 0); });
    retranslate();
    updateButtons();
}

QTimeZone RiskRulesPage::zone() const
{
    if (m_session.isLoggedIn()) {
        for (const Hall &h : m_session.halls()) {
            if (h.code == m_session.account().hallCode)
                return timeZoneOf(h);
        }
    }
    return QTimeZone::systemTimeZone();
}

int RiskRulesPage::shownVersion() const
{
    return m_viewed ? m_viewed->version : m_inForce ? m_inForce->version : 0;
}

bool RiskRulesPage::hasChanges() const
{
    return m_inForce && !(m_draft.rules == m_inForce->rules);
}

int RiskRulesPage::selectedRow() const
{
    const QModelIndex current = m_ruleTable->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RiskRulesPage::load()
{
    if (!m_session.isLoggedIn() || !m_session.api().hasToken())
        return;
    QPointer<RiskRulesPage> self(this);
    RiskApi(m_session.api()).rules([self](Result<RiskRuleSet> r) {
        if (!self)
            return;
        if (!r) {
            self->say(errorText(r.error()), true);
            Q_EMIT self->loaded();
            return;
        }
        // Edits not yet saved stay while the version they start from is still the one in force.
        const bool keepEdits = self->hasChanges() && self->m_inForce->version == r.value().version;
        self->m_inForce = r.value();
        if (!keepEdits) {
            self->m_draft = r.value();
            self->m_problems.clear();
        }
        self->showRules();
        RiskApi(self->m_session.api()).history(r.value().version, kVersionsListed, [self](Result<QList<RiskRuleSet>> h) {
            if (!self)
                return;
            if (!h) {
                self->say(errorText(h.error()), true);
            } else {
                const int shown = self->shownVersion();
                self->m_history = h.value();
                self->m_choosing = true; // the list is filled: no version is chosen by that
                self->m_versions->setVersions(self->m_history, self->zone());
                self->m_versionTable->resizeColumnsToContents();
                for (int column : {int(RiskRuleVersionModel::Version), int(RiskRuleVersionModel::SavedBy), int(RiskRuleVersionModel::SavedAt)})
                    self->m_versionTable->setColumnWidth(column, self->m_versionTable->columnWidth(column) + 16);
                const int row = self->m_versions->rowOf(shown);
                if (row >= 0)
                    self->m_versionTable->selectRow(row);
                self->m_choosing = false;
            }
            Q_EMIT self->loaded();
        });
    });
}

void RiskRulesPage::showRules()
{
    const int row = std::max(0, selectedRow());
    const RiskRuleSet &shown = m_viewed ? *m_viewed : m_draft;
    m_rules->setRules(shown.rules);
    if (m_viewed || !m_inForce) {
        m_rules->setChanged({});
    } else {
        const QList<RiskRuleId> changed = RiskRuleParameters::changed(*m_inForce, m_draft);
        m_rules->setChanged(QSet<RiskRuleId>(changed.begin(), changed.end()));
        QHash<int, QString> marks;
        for (auto it = m_problems.begin(); it != m_problems.end(); ++it) {
            if (!it.value().isEmpty())
                marks.insert(m_rules->rowOf(it.key()), *it.value().begin());
        }
        m_rules->setProblems(marks);
    }
    m_ruleTable->resizeColumnsToContents();
    // Room around the short words (高, 启用) so they do not touch the grid; long names elided.
    for (int column : {int(RiskRuleTableModel::Level), int(RiskRuleTableModel::Enabled)})
        m_ruleTable->setColumnWidth(column, m_ruleTable->columnWidth(column) + 16);
    m_ruleTable->setColumnWidth(RiskRuleTableModel::Name, std::min(m_ruleTable->columnWidth(RiskRuleTableModel::Name) + 8, 280));
    if (m_rules->rowCount() > 0)
        m_ruleTable->setCurrentIndex(m_rules->index(std::min(row, m_rules->rowCount() - 1), 0));
    showSelectedRule();
    retranslate();
    updateButtons();
}

void RiskRulesPage::showSelectedRule()
{
    const RiskRule *rule = m_rules->rule(selectedRow());
    if (!rule) {
        m_editor->setRule(std::nullopt, false);
        return;
    }
    m_editor->setRule(*rule, m_editable && !m_viewed);
    if (!m_viewed)
        m_editor->showProblems(m_problems.value(rule->id));
}

bool RiskRulesPage::selectRule(RiskRuleId id)
{
    const int row = m_rules->rowOf(id);
    if (row < 0)
        return false;
    m_ruleTable->setCurrentIndex(m_rules->index(row, 0));
    return true;
}

void RiskRulesPage::ruleEdited(const RiskRule &rule)
{
    if (m_viewed || !m_editable)
        return;
    for (RiskRule &r : m_draft.rules) {
        if (r.id == rule.id)
            r = rule;
    }
    m_problems.remove(rule.id);
    const int row = m_rules->rowOf(rule.id);
    m_rules->updateRule(row, rule);
    const QList<RiskRuleId> changed = RiskRuleParameters::changed(*m_inForce, m_draft);
    m_rules->setChanged(QSet<RiskRuleId>(changed.begin(), changed.end()));
    QHash<int, QString> marks;
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it) {
        if (!it.value().isEmpty())
            marks.insert(m_rules->rowOf(it.key()), *it.value().begin());
    }
    m_rules->setProblems(marks);
    m_message->clear();
    retranslate(); // "changes not saved yet"
    updateButtons();
}

bool RiskRulesPage::showVersion(int version)
{
    if (m_inForce && version == m_inForce->version) {
        m_viewed.reset();
    } else {
        const int row = m_versions->rowOf(version);
        if (row < 0)
            return false;
        m_viewed = *m_versions->version(row);
    }
    const int row = m_versions->rowOf(version);
    if (row >= 0 && m_versionTable->currentIndex().row() != row) {
        m_choosing = true;
        m_versionTable->selectRow(row);
        m_choosing = false;
    }
    showRules();
    return true;
}

void RiskRulesPage::versionChosen()
{
    if (m_choosing)
        return;
    const RiskRuleSet *v = m_versions->version(m_versionTable->currentIndex().row());
    if (v)
        showVersion(v->version);
}

void RiskRulesPage::discard()
{
    if (!m_inForce)
        return;
    m_draft = *m_inForce;
    m_problems.clear();
    m_message->clear();
    showRules();
}

void RiskRulesPage::confirmSave()
{
    if (!m_inForce || !hasChanges())
        return;
    const auto changed = RiskRuleParameters::changed(*m_inForce, m_draft);
    if (!Confirm::ask(this, tr("Save as a new version"),
                      tr("Save the changes to %n rule(s) as version %1 of the risk rules? Every hall's checks use it from "
                         "their next run; alerts already raised keep the version that raised them.",
                         nullptr, static_cast<int>(changed.size()))
                          .arg(m_inForce->version + 1),
                      tr("Save")))
        return;
    save();
}

void RiskRulesPage::save()
{
    if (!m_editable || !m_inForce || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const RiskRuleSet sent = m_draft;
    QPointer<RiskRulesPage> self(this);
    RiskApi(m_session.api()).setRules(sent, [self, sent](Result<RiskRuleSet> r) {
        if (!self)
            return;
        self->m_busy = false;
        if (!r) {
            self->refused(r.error());
        } else {
            self->m_inForce = r.value();
            self->m_draft = r.value();
            self->m_problems.clear();
            self->m_viewed.reset();
            self->say(tr("Saved as version %1. The rules run with it from their next check.").arg(r.value().version));
            self->load();
        }
        self->updateButtons();
        Q_EMIT self->answered();
    });
}

void RiskRulesPage::refused(const Error &error)
{
    m_problems.clear();
    QStringList general;
    const QHash<QString, QString> fields = AdminApi::fieldProblems(error);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        int index = -1;
        QString part;
        if (RiskRuleParameters::problemAt(it.key(), &index, &part) && index >= 0 && index < m_draft.rules.size()) {
            QHash<QString, QString> &mine = m_problems[m_draft.rules.at(index).id];
            mine.insert(part, mine.contains(part) ? mine.value(part) + QLatin1Char('\n') + it.value() : it.value());
        } else {
            general << it.value();
        }
    }
    QString text = errorText(error);
    if (!m_problems.isEmpty())
        text = tr("The server did not take the rules: see the rules marked in red.");
    if (!general.isEmpty())
        text += QLatin1Char(' ') + general.join(QLatin1Char(' '));
    say(text, true);
    showRules();
    // The first rule with a problem is the one to look at.
    for (const RiskRule &r : std::as_const(m_draft.rules)) {
        if (m_problems.contains(r.id)) {
            selectRule(r.id);
            break;
        }
    }
}

void RiskRulesPage::updateButtons()
{
    const bool canSave = m_editable && !m_viewed && hasChanges() && !m_busy;
    m_save->setEnabled(canSave);
    m_discard->setEnabled(m_editable && !m_viewed && hasChanges() && !m_busy);
}

void RiskRulesPage::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b3261e;") : QStringLiteral("color:#1e7d32;"));
    m_message->setText(text);
}

void RiskRulesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load();
}

void RiskRulesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RiskRulesPage::retranslate()
{
    m_hint->setText(m_editable ? tr("The risk rules every hall's checks run by. Select a rule to change its level, whether it runs "
                                    "and its parameters, then save the whole set as a new version; earlier versions stay readable "
                                    "below, and alerts keep the version that raised them.")
                               : tr("The risk rules every hall's checks run by (read only: only the city's administrator changes them)."));
    if (m_viewed) {
        m_state->setText(tr("Viewing version %1 (read only), %2.").arg(m_viewed->version).arg(RiskRuleText::saved(*m_viewed, zone())));
    } else if (m_inForce) {
        m_state->setText(tr("Version %1 in force, %2.").arg(m_inForce->version).arg(RiskRuleText::saved(*m_inForce, zone()))
                         + (hasChanges() ? QLatin1Char(' ') + tr("Changes not saved yet.") : QString()));
    } else {
        m_state->setText(tr("The rules have not been read yet."));
    }
    m_backToCurrent->setVisible(m_viewed.has_value());
    m_backToCurrent->setText(tr("Back to the version in force"));
    m_discard->setText(tr("&Discard changes"));
    m_save->setText(tr("&Save as a new version…"));
    m_versionsTitle->setText(tr("Versions"));
    m_rules->retranslate();
    m_versions->retranslate();
}

} // namespace ow
