#include "ui/admin/ChangesPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "ui/admin/AdminText.h"
#include "ui/admin/ChangeFieldsModel.h"
#include "ui/admin/ChangeTableModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {
const char *const kEntities[] = {"account", "hall", "window", "device", "calendar", "delegation", "queue_rules"};
} // namespace

ChangesPage::ChangesPage(ClientSession &session, AdminClient &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_model(new ChangeTableModel(this))
    , m_fields(new ChangeFieldsModel(this))
    , m_entity(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_refresh(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_fieldsTitle(new QLabel(this))
    , m_fieldsTable(new QTableView(this))
    , m_count(new QLabel(this))
    , m_keyDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("changesPage"));
    m_entity->setObjectName(QStringLiteral("changeEntityFilter"));
    m_key->setObjectName(QStringLiteral("changeKeyFilter"));
    m_refresh->setObjectName(QStringLiteral("refreshChangesButton"));
    m_table->setObjectName(QStringLiteral("changeTable"));
    m_fieldsTable->setObjectName(QStringLiteral("changeFields"));
    m_key->setClearButtonEnabled(true);
    m_key->setMinimumWidth(240);
    m_keyDelay->setSingleShot(true);
    m_keyDelay->setInterval(400);
    for (QTableView *t : {m_table, m_fieldsTable}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setAlternatingRowColors(true);
        t->verticalHeader()->hide();
        t->setWordWrap(false);
        t->setTabKeyNavigation(false);
    }
    setFocusProxy(m_table);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeTableModel::Fields, QHeaderView::Stretch);
    m_fields->setCatalogue(session.catalogue());
    connect(&session, &ClientSession::catalogueChanged, this, [this, &session] { m_fields->setCatalogue(session.catalogue()); });
    m_fieldsTable->setModel(m_fields);
    m_fieldsTable->horizontalHeader()->setSectionResizeMode(ChangeFieldsModel::Field, QHeaderView::ResizeToContents);
    m_fieldsTable->horizontalHeader()->setSectionResizeMode(ChangeFieldsModel::Before, QHeaderView::Stretch);
    m_fieldsTable->horizontalHeader()->setSectionResizeMode(ChangeFieldsModel::After, QHeaderView::Stretch);
    QFont bold = m_fieldsTitle->font();
    bold.setBold(true);
    m_fieldsTitle->setFont(bold);
    m_count->setStyleSheet(QStringLiteral("color:#5f6368;"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_entity);
    filters->addWidget(m_key, 1);
    filters->addWidget(m_refresh);
    filters->addStretch();
    filters->addWidget(m_count);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_fieldsTitle);
    bottomLayout->addWidget(m_fieldsTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_entity, &QComboBox::currentIndexChanged, this, &ChangesPage::reload);
    connect(m_key, &QLineEdit::textEdited, m_keyDelay, qOverload<>(&QTimer::start));
    connect(m_keyDelay, &QTimer::timeout, this, &ChangesPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &ChangesPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChangesPage::showChange);
    connect(&m_admin, &AdminClient::changesChanged, this, [this] {
        m_model->setChanges(m_admin.changes());
        m_count->setText(tr("%1 changes shown").arg(m_model->rowCount()));
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        showChange();
    });
    connect(&m_admin, &AdminClient::hallsChanged, this, [this] { m_model->setHalls(m_admin.halls()); });
    retranslate();
}

void ChangesPage::reload()
{
    AdminChangeFilter f;
    f.entity = m_entity->currentData().toString();
    f.key = m_key->text().trimmed();
    m_admin.loadChanges(f);
}

void ChangesPage::showChange()
{
    const AdminChange *c = m_model->change(m_table->currentIndex().row());
    m_fields->setChange(c);
    m_fieldsTitle->setText(c ? tr("%1 %2 — %3 by %4")
                                   .arg(AdminText::entity(c->entity), c->key, AdminText::action(c->action),
                                        c->actor.isEmpty() ? tr("the server console") : c->actor)
                             : tr("Choose a change to see its fields."));
}

void ChangesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChangesPage::retranslate()
{
    const int entity = m_entity->currentIndex();
    {
        const QSignalBlocker blocker(m_entity);
        m_entity->clear();
        m_entity->addItem(tr("Everything"), QString());
        for (const char *e : kEntities)
            m_entity->addItem(AdminText::entity(QString::fromLatin1(e)), QString::fromLatin1(e));
        m_entity->setCurrentIndex(std::max(entity, 0));
    }
    m_key->setPlaceholderText(tr("Which one: a user name, a hall code, a device code…"));
    m_refresh->setText(tr("&Refresh"));
    m_model->retranslate();
    m_fields->retranslate();
    m_count->setText(tr("%1 changes shown").arg(m_model->rowCount()));
    showChange();
}

} // namespace ow
