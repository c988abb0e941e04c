#include "ui/admin/QueueRulesPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "core/domain/org/AdminRules.h"
#include "ui/admin/AdminText.h"
#include "ui/admin/Confirm.h"
#include "ui/admin/FormFeedback.h"
#include "ui/admin/HallComboBox.h"
#include "ui/admin/PriorityGroupModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

const QString kGroups = QStringLiteral("priority_groups");

QSpinBox *spinBox(QWidget *parent, const char *name, int low, int high)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(low, high);
    box->setAlignment(Qt::AlignRight);
    box->setMinimumWidth(110);
    return box;
}

// A field as FormFeedback shows it: a group's cell under the list as a whole.
QString formField(const QString &field)
{
    return field.startsWith(kGroups) ? kGroups : field;
}

} // namespace

QueueRulesPage::QueueRulesPage(ClientSession &session, AdminClient &admin, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(admin)
    , m_groups(new PriorityGroupModel(this))
    , m_hint(new QLabel(this))
    , m_hallLabel(new QLabel(this))
    , m_hallBox(new HallComboBox(this))
    , m_source(new QLabel(this))
    , m_callingBox(new QGroupBox(this))
    , m_promiseLabel(new QLabel(this))
    , m_promise(spinBox(this, "promiseMinutes", QueueRules::kMinPromise, QueueRules::kMaxPromise))
    , m_recallsLabel(new QLabel(this))
    , m_recalls(spinBox(this, "maxRecalls", 0, QueueRules::kMaxRecalls))
    , m_gapLabel(new QLabel(this))
    , m_gap(spinBox(this, "recallGapSeconds", 0, QueueRules::kMaxRecallGap))
    , m_ratioLabel(new QLabel(this))
    , m_ratio(spinBox(this, "priorityRatio", QueueRules::kMinRatio, QueueRules::kMaxRatio))
    , m_ratioHint(new QLabel(this))
    , m_numberingLabel(new QLabel(this))
    , m_overnight(new QCheckBox(this))
    , m_capacityLabel(new QLabel(this))
    , m_capacity(spinBox(this, "slotCapacity", QueueRules::kMinCapacity, QueueRules::kMaxCapacity))
    , m_groupsBox(new QGroupBox(this))
    , m_groupsHint(new QLabel(this))
    , m_groupTable(new QTableView(this))
    , m_addGroup(new QPushButton(this))
    , m_removeGroup(new QPushButton(this))
    , m_groupUp(new QPushButton(this))
    , m_groupDown(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_defaults(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("queueRulesPage"));
    m_hallBox->setObjectName(QStringLiteral("queueRulesHall"));
    m_source->setObjectName(QStringLiteral("queueRulesSource"));
    m_overnight->setObjectName(QStringLiteral("keepNumbersOvernight"));
    m_groupTable->setObjectName(QStringLiteral("priorityGroupTable"));
    m_addGroup->setObjectName(QStringLiteral("addPriorityGroupButton"));
    m_removeGroup->setObjectName(QStringLiteral("removePriorityGroupButton"));
    m_groupUp->setObjectName(QStringLiteral("priorityGroupUpButton"));
    m_groupDown->setObjectName(QStringLiteral("priorityGroupDownButton"));
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_defaults->setObjectName(QStringLiteral("useCityDefaultsButton"));
    m_save->setObjectName(QStringLiteral("saveQueueRulesButton"));
    m_message->setObjectName(QStringLiteral("queueRulesMessage"));
    m_feedback = new FormFeedback(m_save, m_summary, this);
    setFocusProxy(m_hallBox);

    m_hallLabel->setBuddy(m_hallBox);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_ratioHint->setWordWrap(true);
    m_ratioHint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_groupsHint->setWordWrap(true);
    m_groupsHint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_message->setWordWrap(true);
    m_groupTable->setModel(m_groups);
    m_groupTable->setTabKeyNavigation(false);
    m_groupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_groupTable->setAlternatingRowColors(true);
    m_groupTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupTable->horizontalHeader()->setSectionResizeMode(PriorityGroupModel::NameEn, QHeaderView::Stretch);
    m_groupTable->horizontalHeader()->setMinimumSectionSize(90);
    m_groupTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *hallRow = new QHBoxLayout;
    hallRow->addWidget(m_hallLabel);
    hallRow->addWidget(m_hallBox, 2);
    hallRow->addSpacing(12);
    hallRow->addWidget(m_source, 3);

    auto *form = new QFormLayout(m_callingBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_promiseLabel, m_feedback->wrap(QStringLiteral("promise_minutes"), m_promise));
    form->addRow(m_recallsLabel, m_feedback->wrap(QStringLiteral("max_recalls"), m_recalls));
    form->addRow(m_gapLabel, m_feedback->wrap(QStringLiteral("recall_gap_seconds"), m_gap));
    form->addRow(m_ratioLabel, m_feedback->wrap(QStringLiteral("priority_ratio"), m_ratio));
    // The hint under the field, by itself: a wrapped label gets its height for its own width.
    form->setWidget(form->rowCount(), QFormLayout::FieldRole, m_ratioHint);
    form->addRow(m_numberingLabel, m_feedback->wrap(QStringLiteral("keep_numbers_overnight"), m_overnight));
    form->addRow(m_capacityLabel, m_feedback->wrap(QStringLiteral("slot_capacity"), m_capacity));
    for (QSpinBox *box : {m_promise, m_recalls, m_gap, m_ratio, m_capacity})
        box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_addGroup);
    groupButtons->addWidget(m_removeGroup);
    groupButtons->addWidget(m_groupUp);
    groupButtons->addWidget(m_groupDown);
    groupButtons->addStretch();
    auto *groupsLayout = new QVBoxLayout(m_groupsBox);
    groupsLayout->addWidget(m_groupsHint);
    groupsLayout->addWidget(m_feedback->wrap(kGroups, m_groupTable), 1);
    groupsLayout->addLayout(groupButtons);

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(m_callingBox, 2);
    boxes->addWidget(m_groupsBox, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_defaults);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(hallRow);
    layout->addLayout(boxes, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_promise, &QSpinBox::valueChanged, this, [this] { edited(QStringLiteral("promise_minutes")); });
    connect(m_recalls, &QSpinBox::valueChanged, this, [this] { edited(QStringLiteral("max_recalls")); });
    connect(m_gap, &QSpinBox::valueChanged, this, [this] { edited(QStringLiteral("recall_gap_seconds")); });
    connect(m_ratio, &QSpinBox::valueChanged, this, [this] { edited(QStringLiteral("priority_ratio")); });
    connect(m_capacity, &QSpinBox::valueChanged, this, [this] { edited(QStringLiteral("slot_capacity")); });
    connect(m_overnight, &QCheckBox::toggled, this, [this] { edited(QStringLiteral("keep_numbers_overnight")); });
    connect(m_groups, &PriorityGroupModel::edited, this, [this] {
        m_serverGroupProblems.clear();
        edited(kGroups);
    });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueRulesPage::updateButtons);
    connect(m_addGroup, &QPushButton::clicked, this, &QueueRulesPage::addGroup);
    connect(m_removeGroup, &QPushButton::clicked, this, &QueueRulesPage::removeGroup);
    connect(m_groupUp, &QPushButton::clicked, this, [this] { moveGroup(-1); });
    connect(m_groupDown, &QPushButton::clicked, this, [this] { moveGroup(1); });
    connect(m_save, &QPushButton::clicked, this, &QueueRulesPage::save);
    connect(m_defaults, &QPushButton::clicked, this, &QueueRulesPage::useDefaults);
    connect(m_hallBox, &QComboBox::currentIndexChanged, this, &QueueRulesPage::onHallChosen);
    connect(&m_admin, &AdminClient::hallsChanged, this, &QueueRulesPage::onHallsChanged);
    retranslate();
    onHallsChanged();
}

void QueueRulesPage::onHallsChanged()
{
    {
        const QSignalBlocker blocker(m_hallBox);
        m_hallBox->setHalls(m_admin.halls());
        // The first time: the administrator's own hall.
        if (m_hall.isEmpty())
            m_hallBox->setCurrentCode(m_session.account().hallCode);
        else
            m_hallBox->setCurrentCode(m_hall);
    }
    if (m_hallBox->currentCode() != m_hall)
        onHallChosen();
    updateButtons();
}

void QueueRulesPage::selectHall(const QString &code)
{
    m_hallBox->setCurrentCode(code);
}

void QueueRulesPage::onHallChosen()
{
    const QString wanted = m_hallBox->currentCode();
    if (wanted == m_hall)
        return;
    if (isDirty()
        && !Confirm::ask(this, tr("Discard changes"),
                         tr("The queue rules of %1 have changes that are not saved. Discard them?").arg(hallName()),
                         tr("Discard changes"))) {
        const QSignalBlocker blocker(m_hallBox);
        m_hallBox->setCurrentCode(m_hall);
        return;
    }
    m_hall = wanted;
    say(QString());
    load();
}

QString QueueRulesPage::hallName() const
{
    return AdminText::hallName(m_hall, m_admin.halls());
}

void QueueRulesPage::load()
{
    m_loaded.reset();
    updateButtons();
    if (m_hall.isEmpty())
        return;
    m_source->setText(tr("Loading…"));
    QPointer<QueueRulesPage> self(this);
    const QString hall = m_hall;
    m_admin.queueRules(hall, [self, hall](Result<HallQueueRules> r) {
        if (!self || self->m_hall != hall)
            return; // another hall was chosen meanwhile
        if (!r) {
            self->m_source->clear();
            self->say(tr("The queue rules of %1 could not be loaded: %2").arg(self->hallName(), errorText(r.error())), true);
            return;
        }
        self->setRules(r.value());
    });
}

void QueueRulesPage::setRules(const HallQueueRules &rules)
{
    m_loaded = rules;
    const QueueRules &q = rules.rules;
    for (auto [box, value] : {std::pair{m_promise, q.promiseMinutes}, std::pair{m_recalls, q.maxRecalls},
                              std::pair{m_gap, q.recallGapSeconds}, std::pair{m_ratio, q.priorityRatio},
                              std::pair{m_capacity, q.slotCapacity}}) {
        const QSignalBlocker blocker(box);
        box->setValue(value);
    }
    {
        const QSignalBlocker blocker(m_overnight);
        m_overnight->setChecked(q.keepNumbersOvernight);
    }
    m_groups->setGroups(q.priorityGroups);
    m_serverGroupProblems.clear();
    m_feedback->showRefusal(QString(), {}); // the server's word on other rules is forgotten
    m_source->setText(rules.own ? tr("This hall has queue rules of its own.")
                                : tr("This hall uses the city's default queue rules."));
    validate();
}

QueueRules QueueRulesPage::rules() const
{
    QueueRules q;
    q.promiseMinutes = m_promise->value();
    q.maxRecalls = m_recalls->value();
    q.recallGapSeconds = m_gap->value();
    q.priorityRatio = m_ratio->value();
    q.keepNumbersOvernight = m_overnight->isChecked();
    q.slotCapacity = m_capacity->value();
    q.priorityGroups = m_groups->groups();
    return q;
}

bool QueueRulesPage::isDirty() const
{
    return m_loaded && !(rules() == m_loaded->rules);
}

void QueueRulesPage::edited(const QString &field)
{
    m_feedback->touch(field);
    validate();
}

void QueueRulesPage::validate()
{
    FieldProblems shown;
    QHash<QString, QString> cells = m_serverGroupProblems;
    for (const FieldProblem &p : AdminRules::checkQueueRules(rules())) {
        shown.append({formField(p.field), p.message});
        if (p.field != kGroups && p.field.startsWith(kGroups))
            cells.insert(p.field, p.message);
    }
    m_groups->setProblems(cells);
    m_feedback->show(shown);
    updateButtons();
}

void QueueRulesPage::save()
{
    if (!m_loaded)
        return;
    for (const char *field : {"promise_minutes", "max_recalls", "recall_gap_seconds", "priority_ratio", "keep_numbers_overnight",
                              "slot_capacity", "priority_groups"})
        m_feedback->touch(QString::fromLatin1(field));
    validate();
    if (!m_feedback->isValid())
        return;
    m_busy = true;
    m_feedback->setBusy(true);
    updateButtons();
    QPointer<QueueRulesPage> self(this);
    const QString hall = m_hall;
    m_admin.setQueueRules(hall, rules(), [self, hall](Result<HallQueueRules> r) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_feedback->setBusy(false);
        if (self->m_hall != hall)
            return;
        if (!r) {
            const QHash<QString, QString> fields = AdminApi::fieldProblems(r.error());
            self->m_serverGroupProblems.clear();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                if (it.key().startsWith(kGroups + QLatin1Char('[')))
                    self->m_serverGroupProblems.insert(it.key(), it.value());
            }
            self->m_groups->setProblems(self->m_serverGroupProblems);
            self->m_feedback->showRefusal(errorText(r.error()), fields);
            self->updateButtons();
            return;
        }
        self->setRules(r.value());
        self->say(tr("The queue rules of %1 are saved. They apply from the next ticket on.").arg(self->hallName()));
    });
}

void QueueRulesPage::useDefaults()
{
    if (!m_loaded || !m_loaded->own)
        return;
    if (!Confirm::ask(this, tr("Use city defaults"),
                      tr("Remove the queue rules of %1? The hall then follows the city's default rules, from the next "
                         "ticket on.")
                          .arg(hallName()),
                      tr("Use city defaults")))
        return;
    m_busy = true;
    updateButtons();
    QPointer<QueueRulesPage> self(this);
    const QString hall = m_hall;
    m_admin.resetQueueRules(hall, [self, hall](Status st) {
        if (!self)
            return;
        self->m_busy = false;
        if (self->m_hall != hall)
            return;
        if (!st) {
            self->say(errorText(st.error()), true);
            self->updateButtons();
            return;
        }
        self->say(tr("%1 follows the city's default queue rules again.").arg(self->hallName()));
        self->load();
    });
}

void QueueRulesPage::addGroup()
{
    const int row = m_groups->addGroup();
    const QModelIndex code = m_groups->index(row, PriorityGroupModel::Code);
    m_groupTable->setCurrentIndex(code);
    m_groupTable->edit(code);
}

void QueueRulesPage::removeGroup()
{
    const QModelIndexList rows = m_groupTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_groups->removeGroup(rows.constFirst().row());
}

void QueueRulesPage::moveGroup(int delta)
{
    const QModelIndexList rows = m_groupTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.constFirst().row();
    if (m_groups->moveGroup(row, delta))
        m_groupTable->selectRow(row + delta);
}

void QueueRulesPage::updateButtons()
{
    const bool ready = m_loaded.has_value() && !m_busy;
    m_callingBox->setEnabled(ready);
    m_groupsBox->setEnabled(ready);
    if (!ready)
        m_save->setEnabled(false); // FormFeedback enables it when the form is valid
    m_defaults->setEnabled(ready && m_loaded->own);
    const QModelIndexList rows = m_groupTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.constFirst().row();
    m_removeGroup->setEnabled(row >= 0);
    m_groupUp->setEnabled(row > 0);
    m_groupDown->setEnabled(row >= 0 && row + 1 < m_groups->rowCount());
    m_addGroup->setEnabled(m_groups->rowCount() < QueueRules::kMaxGroups);
}

void QueueRulesPage::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b3261e;") : QStringLiteral("color:#1e7d32;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void QueueRulesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another administrator may have changed them: read them again, unless there are changes here.
    if (!isDirty() && !m_busy && !m_hall.isEmpty())
        load();
}

void QueueRulesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueueRulesPage::retranslate()
{
    m_hint->setText(tr("The queue rules decide how the windows of a hall call tickets and what its kiosks offer. A hall "
                       "without rules of its own follows the city's defaults. Changes apply from the next ticket on."));
    m_hallLabel->setText(tr("&Hall:"));
    m_callingBox->setTitle(tr("Calling"));
    m_promiseLabel->setText(tr("Promised wait:"));
    m_promise->setSuffix(tr(" min"));
    m_promise->setToolTip(tr("An ordinary ticket that has waited longer than this is called first."));
    m_recallsLabel->setText(tr("Recalls at most:"));
    m_recalls->setSuffix(tr(" times"));
    m_recalls->setToolTip(tr("After this many recalls, the next call of the ticket marks it a no-show."));
    m_gapLabel->setText(tr("Between two calls:"));
    m_gap->setSuffix(tr(" s"));
    m_gap->setToolTip(tr("The least time between two calls of the same ticket."));
    m_ratioLabel->setText(tr("Priority tickets in a row:"));
    m_ratioHint->setText(tr("While ordinary tickets wait too, a window calls one of them after this many priority tickets."));
    m_numberingLabel->setText(tr("Ticket numbers:"));
    m_overnight->setText(tr("Run on across days (do not restart at 001 each day)"));
    m_capacityLabel->setText(tr("Appointments per slot:"));
    m_capacity->setSuffix(tr(" people"));
    m_groupsBox->setTitle(tr("Priority groups (green channel)"));
    m_groupsHint->setText(tr("The groups a kiosk offers priority to, in this order. The code is what tickets and reports "
                             "carry (lower-case letters and \"_\"); the names are what citizens read."));
    m_addGroup->setText(tr("&Add group"));
    m_removeGroup->setText(tr("&Remove"));
    m_groupUp->setText(tr("Move &up"));
    m_groupDown->setText(tr("Move &down"));
    m_defaults->setText(tr("Use &city defaults…"));
    m_save->setText(tr("&Save"));
    m_groups->retranslate();
    if (m_loaded)
        m_source->setText(m_loaded->own ? tr("This hall has queue rules of its own.")
                                        : tr("This hall uses the city's default queue rules."));
}

} // namespace ow
