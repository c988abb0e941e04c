#include "ui/admin/CatalogueVersionsPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "ui/admin/CatalogueDiffModel.h"
#include "ui/admin/CatalogueText.h"
#include "ui/admin/CatalogueVersionTableModel.h"
#include "ui/admin/Confirm.h"

#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ow {

CatalogueVersionsPage::CatalogueVersionsPage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_api(session.api())
    , m_versions(new CatalogueVersionTableModel(this))
    , m_changes(new CatalogueDiffModel(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_changesTitle(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_message(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_activate(new QPushButton(this))
    , m_day(new QDateEdit(this))
    , m_schedule(new QPushButton(this))
    , m_unschedule(new QPushButton(this))
{
    setObjectName(QStringLiteral("catalogueVersionsPage"));
    m_table->setObjectName(QStringLiteral("catalogueVersionTable"));
    m_tree->setObjectName(QStringLiteral("catalogueChangesTree"));
    m_changesTitle->setObjectName(QStringLiteral("catalogueChangesTitle"));
    m_message->setObjectName(QStringLiteral("catalogueMessage"));
    m_import->setObjectName(QStringLiteral("importCatalogueButton"));
    m_activate->setObjectName(QStringLiteral("activateCatalogueButton"));
    m_day->setObjectName(QStringLiteral("activateOnDate"));
    m_schedule->setObjectName(QStringLiteral("scheduleCatalogueButton"));
    m_unschedule->setObjectName(QStringLiteral("unscheduleCatalogueButton"));
    setFocusProxy(m_table);

    m_table->setModel(m_versions);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_tree->setModel(m_changes);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_changesTitle->setWordWrap(true);
    m_message->setWordWrap(true);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setMinimumDate(QDate::currentDate().addDays(1));
    m_day->setDate(QDate::currentDate().addDays(1));

    auto *changes = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(m_changesTitle);
    changesLayout->addWidget(m_tree, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(changes);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addSpacing(16);
    buttons->addWidget(m_activate);
    buttons->addWidget(m_day);
    buttons->addWidget(m_schedule);
    buttons->addWidget(m_unschedule);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CatalogueVersionsPage::showSelected);
    connect(m_import, &QPushButton::clicked, this, &CatalogueVersionsPage::chooseFile);
    connect(m_activate, &QPushButton::clicked, this, &CatalogueVersionsPage::activateNow);
    connect(m_schedule, &QPushButton::clicked, this, &CatalogueVersionsPage::schedule);
    connect(m_unschedule, &QPushButton::clicked, this, &CatalogueVersionsPage::unschedule);
    retranslate();
    updateButtons();
}

const CatalogueVersionInfo *CatalogueVersionsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_versions->version(rows.first().row());
}

void CatalogueVersionsPage::updateButtons()
{
    const CatalogueVersionInfo *v = selected();
    const bool inForce = v && v->state == CatalogueVersionState::Active;
    m_activate->setEnabled(v && !inForce);
    m_schedule->setEnabled(v && !inForce);
    m_day->setEnabled(v && !inForce);
    m_unschedule->setEnabled(v && v->state == CatalogueVersionState::Scheduled);
}

void CatalogueVersionsPage::load()
{
    QPointer<CatalogueVersionsPage> self(this);
    m_api.versions([self](Result<CatalogueVersionList> r) {
        if (!self)
            return;
        if (!r) {
            self->say(errorText(r.error()), true);
        } else {
            const CatalogueVersionInfo *v = self->selected();
            const QString keep = !self->m_keep.isEmpty() ? self->m_keep : v ? v->version : QString();
            self->m_keep.clear();
            self->m_versions->setVersions(r.value().versions);
            const int row = self->m_versions->rowOf(keep);
            self->m_table->selectRow(row >= 0 ? row : 0);
            self->updateButtons();
        }
        Q_EMIT self->loaded();
    });
}

void CatalogueVersionsPage::showSelected()
{
    updateButtons();
    const CatalogueVersionInfo *v = selected();
    if (!v) {
        m_changes->clear();
        m_changesTitle->clear();
        return;
    }
    QPointer<CatalogueVersionsPage> self(this);
    m_api.detail(v->version, [self](Result<CatalogueVersionDetail> r) {
        if (!self)
            return;
        if (!r) {
            self->say(errorText(r.error()), true);
        } else {
            const CatalogueDiff &d = r.value().changes;
            self->m_changesTitle->setText(d.fromVersion.isEmpty() || d.fromVersion == d.toVersion
                                              ? tr("Version %1 is the one in force.").arg(d.toVersion)
                                              : tr("What version %1 changes against the version in force (%2):").arg(d.toVersion, d.fromVersion));
            self->m_changes->setDiff(d);
            self->m_tree->expandAll();
        }
        Q_EMIT self->detailShown();
    });
}

void CatalogueVersionsPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a catalogue file"), QString(), tr("Catalogue files (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void CatalogueVersionsPage::importFile(const QString &path)
{
    QPointer<CatalogueVersionsPage> self(this);
    m_api.importFile(path, [self](Result<CatalogueVersionDetail> r) {
        if (self)
            self->done(r, [](const CatalogueVersionInfo &v) {
                return tr("Catalogue version %1 imported. It is not in force yet: review its changes, then put it in force.").arg(v.version);
            });
    });
}

void CatalogueVersionsPage::activateNow()
{
    const CatalogueVersionInfo *v = selected();
    if (!v)
        return;
    const QString version = v->version;
    if (!Confirm::ask(this, tr("Put in force now"),
                      tr("Put catalogue version %1 in force now? Every window uses it from its next refresh; tickets and "
                         "cases made from now on carry it, earlier ones keep their version.")
                          .arg(version),
                      tr("Put in force")))
        return;
    QPointer<CatalogueVersionsPage> self(this);
    m_api.activate(version, {}, [self](Result<CatalogueVersionDetail> r) {
        if (self)
            self->done(r, [](const CatalogueVersionInfo &info) { return tr("Catalogue version %1 is in force.").arg(info.version); });
    });
}

void CatalogueVersionsPage::schedule()
{
    const CatalogueVersionInfo *v = selected();
    if (!v)
        return;
    QPointer<CatalogueVersionsPage> self(this);
    m_api.activate(v->version, CatalogueActivation{m_day->date()}, [self](Result<CatalogueVersionDetail> r) {
        if (self)
            self->done(r, [](const CatalogueVersionInfo &info) {
                return tr("Catalogue version %1 comes into force on %2.").arg(info.version, info.activateOn.toString(Qt::ISODate));
            });
    });
}

void CatalogueVersionsPage::unschedule()
{
    const CatalogueVersionInfo *v = selected();
    if (!v)
        return;
    QPointer<CatalogueVersionsPage> self(this);
    m_api.unschedule(v->version, [self](Result<CatalogueVersionDetail> r) {
        if (self)
            self->done(r, [](const CatalogueVersionInfo &info) { return tr("Catalogue version %1 no longer waits for a day.").arg(info.version); });
    });
}

void CatalogueVersionsPage::done(const Result<CatalogueVersionDetail> &result, const Success &success)
{
    if (!result) {
        say(errorText(result.error()), true);
    } else {
        say(success(result.value().version));
        m_keep = result.value().version.version;
        load();
    }
    Q_EMIT answered();
}

void CatalogueVersionsPage::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b3261e;") : QStringLiteral("color:#1e7d32;"));
    m_message->setText(text);
}

void CatalogueVersionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load();
}

void CatalogueVersionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogueVersionsPage::retranslate()
{
    m_hint->setText(tr("The city's service catalogue. A new catalogue is imported as a version that is not yet in force: "
                       "read what it changes, then put it in force now or from a later day. Tickets and cases keep the "
                       "version they were made under."));
    m_import->setText(tr("&Import catalogue file…"));
    m_activate->setText(tr("Put in force &now…"));
    m_schedule->setText(tr("In force &from this day"));
    m_unschedule->setText(tr("&Withdraw schedule"));
    m_versions->retranslate();
    m_changes->retranslate();
}

} // namespace ow
