#include "ui/admin/HallsAdminPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "core/domain/org/AdminRules.h"
#include "ui/admin/AdminText.h"
#include "ui/admin/Confirm.h"
#include "ui/admin/HallForm.h"
#include "ui/admin/HallTreeModel.h"
#include "ui/admin/WindowForm.h"
#include "ui/admin/WindowTableModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ow {

HallsAdminPage::HallsAdminPage(ClientSession &session, AdminClient &admin, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(admin)
    , m_halls(new HallTreeModel(this))
    , m_windows(new WindowTableModel(this))
    , m_tree(new QTreeView(this))
    , m_showArchived(new QCheckBox(this))
    , m_newHall(new QPushButton(this))
    , m_editHall(new QPushButton(this))
    , m_archiveHall(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_details(new QFormLayout)
    , m_parentLabel(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_coordinatesLabel(new QLabel(this))
    , m_timeZoneLabel(new QLabel(this))
    , m_hoursLabel(new QLabel(this))
    , m_parent(new QLabel(this))
    , m_address(new QLabel(this))
    , m_coordinates(new QLabel(this))
    , m_timeZone(new QLabel(this))
    , m_hours(new QLabel(this))
    , m_windowsTitle(new QLabel(this))
    , m_windowTable(new QTableView(this))
    , m_addWindow(new QPushButton(this))
    , m_editWindow(new QPushButton(this))
    , m_retireWindow(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("hallsAdminPage"));
    m_tree->setObjectName(QStringLiteral("hallTree"));
    m_showArchived->setObjectName(QStringLiteral("showArchivedHalls"));
    m_newHall->setObjectName(QStringLiteral("newHallButton"));
    m_editHall->setObjectName(QStringLiteral("editHallButton"));
    m_archiveHall->setObjectName(QStringLiteral("archiveHallButton"));
    m_title->setObjectName(QStringLiteral("hallTitle"));
    m_hours->setObjectName(QStringLiteral("hallHours"));
    m_windowTable->setObjectName(QStringLiteral("windowTable"));
    m_addWindow->setObjectName(QStringLiteral("addWindowButton"));
    m_editWindow->setObjectName(QStringLiteral("editWindowButton"));
    m_retireWindow->setObjectName(QStringLiteral("retireWindowButton"));
    m_message->setObjectName(QStringLiteral("hallMessage"));

    setFocusProxy(m_tree);
    m_tree->setModel(m_halls);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(HallTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(HallTreeModel::Code, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(HallTreeModel::Level, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(HallTreeModel::Windows, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(HallTreeModel::State, QHeaderView::ResizeToContents);
    m_windowTable->setModel(m_windows);
    m_windowTable->setTabKeyNavigation(false);
    m_windowTable->setWordWrap(false);
    m_windowTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_windowTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_windowTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_windowTable->setAlternatingRowColors(true);
    m_windowTable->verticalHeader()->hide();
    m_windowTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_windowTable->horizontalHeader()->setSectionResizeMode(WindowTableModel::Serves, QHeaderView::Stretch);
    m_windows->setCatalogue(m_session.catalogue());

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color:#5f6368;"));
    for (QLabel *l : {m_parent, m_address, m_coordinates, m_timeZone, m_hours}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont sectionFont = m_windowsTitle->font();
    sectionFont.setBold(true);
    m_windowsTitle->setFont(sectionFont);
    m_message->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color:#5f6368;"));

    // Left: the tree.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_showArchived);
    auto *hallButtons = new QHBoxLayout;
    hallButtons->addWidget(m_newHall);
    hallButtons->addWidget(m_editHall);
    hallButtons->addWidget(m_archiveHall);
    hallButtons->addStretch();
    leftLayout->addLayout(hallButtons);

    // Right: the hall and its windows.
    m_detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(m_detailsBox);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_subtitle);
    m_details->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->addRow(m_parentLabel, m_parent);
    m_details->addRow(m_addressLabel, m_address);
    m_details->addRow(m_coordinatesLabel, m_coordinates);
    m_details->addRow(m_timeZoneLabel, m_timeZone);
    m_details->addRow(m_hoursLabel, m_hours);
    detailsLayout->addLayout(m_details);
    detailsLayout->addSpacing(8);
    detailsLayout->addWidget(m_windowsTitle);
    detailsLayout->addWidget(m_windowTable, 1);
    auto *windowButtons = new QHBoxLayout;
    windowButtons->addWidget(m_addWindow);
    windowButtons->addWidget(m_editWindow);
    windowButtons->addWidget(m_retireWindow);
    windowButtons->addStretch();
    detailsLayout->addLayout(windowButtons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailsBox, 1);
    rightLayout->addWidget(m_empty, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HallsAdminPage::showHall);
    connect(m_windowTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HallsAdminPage::updateButtons);
    connect(m_windowTable, &QTableView::doubleClicked, this, &HallsAdminPage::editWindow);
    connect(m_tree, &QTreeView::doubleClicked, this, &HallsAdminPage::editHall);
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool on) {
        const QString keep = m_current;
        m_halls->setShowArchived(on);
        m_tree->expandAll();
        selectHall(keep);
    });
    connect(m_newHall, &QPushButton::clicked, this, &HallsAdminPage::newHall);
    connect(m_editHall, &QPushButton::clicked, this, &HallsAdminPage::editHall);
    connect(m_archiveHall, &QPushButton::clicked, this, &HallsAdminPage::archiveHall);
    connect(m_addWindow, &QPushButton::clicked, this, &HallsAdminPage::addWindow);
    connect(m_editWindow, &QPushButton::clicked, this, &HallsAdminPage::editWindow);
    connect(m_retireWindow, &QPushButton::clicked, this, &HallsAdminPage::retireWindow);
    connect(&m_admin, &AdminClient::hallsChanged, this, &HallsAdminPage::onHallsChanged);
    connect(&m_session, &ClientSession::catalogueChanged, this, [this] { m_windows->setCatalogue(m_session.catalogue()); });
    retranslate();
    onHallsChanged();
}

void HallsAdminPage::onHallsChanged()
{
    const QString keep = m_current;
    m_halls->setHalls(m_admin.halls());
    m_tree->expandAll();
    if (!keep.isEmpty() && m_halls->indexOf(keep).isValid())
        selectHall(keep);
    else if (m_halls->rowCount() > 0)
        m_tree->setCurrentIndex(m_halls->index(0, 0));
    else
        showHall();
}

void HallsAdminPage::selectHall(const QString &code)
{
    const QModelIndex at = m_halls->indexOf(code);
    if (!at.isValid())
        return;
    m_tree->setCurrentIndex(at);
    m_tree->scrollTo(at);
    showHall();
}

QString HallsAdminPage::selectedHallCode() const
{
    const AdminHall *h = selectedHall();
    return h ? h->code : QString();
}

const AdminHall *HallsAdminPage::selectedHall() const
{
    return m_halls->hall(m_tree->currentIndex());
}

const AdminWindow *HallsAdminPage::selectedWindow() const
{
    const QModelIndexList rows = m_windowTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_windows->window(rows.first().row());
}

void HallsAdminPage::showHall()
{
    const AdminHall *h = selectedHall();
    m_detailsBox->setVisible(h);
    m_empty->setVisible(!h);
    const int keepWindow = selectedWindow() && h && h->code == m_current ? selectedWindow()->number : 0;
    m_current = h ? h->code : QString();
    if (!h) {
        m_windows->setWindows({});
        updateButtons();
        return;
    }
    m_title->setText(AdminText::name(h->name()));
    QStringList sub{h->code, orgLevelDisplayName(h->level)};
    if (h->archived)
        sub << AdminText::hallState(*h);
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    m_parent->setText(h->parent.isEmpty() ? tr("—") : AdminText::hallName(h->parent, m_admin.halls()));
    m_address->setText(h->address.isEmpty() ? tr("—") : h->address);
    if (h->latitude && h->longitude) {
        const QLocale c = QLocale::c();
        m_coordinates->setText(tr("latitude %1, longitude %2").arg(c.toString(*h->latitude, 'f', 4), c.toString(*h->longitude, 'f', 4)));
    } else {
        m_coordinates->setText(tr("Not recorded"));
    }
    m_timeZone->setText(h->timeZone);
    QStringList lines;
    for (int d = 1; d <= 7; ++d)
        lines << QStringLiteral("%1　%2").arg(AdminRules::weekdayName(d), AdminText::hours(h->hoursOn(d)));
    // A hall whose hours were never entered is not "closed every day".
    m_hours->setText(h->hours.isEmpty() ? tr("Not recorded") : lines.join(QLatin1Char('\n')));
    m_windows->setWindows(h->windows);
    int inService = 0;
    for (const auto &w : h->windows)
        inService += w.retired ? 0 : 1;
    m_windowsTitle->setText(tr("Windows (%1 in service)").arg(inService));
    if (keepWindow > 0 && m_windows->rowOf(keepWindow) >= 0)
        m_windowTable->selectRow(m_windows->rowOf(keepWindow));
    updateButtons();
}

void HallsAdminPage::updateButtons()
{
    const AdminHall *h = selectedHall();
    const AdminWindow *w = selectedWindow();
    m_editHall->setEnabled(h);
    m_archiveHall->setEnabled(h && !h->archived && h->code != m_session.account().hallCode);
    m_addWindow->setEnabled(h && !h->archived);
    m_editWindow->setEnabled(h && w && !w->retired);
    m_retireWindow->setEnabled(h && w && !w->retired);
}

void HallsAdminPage::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b3261e;") : QStringLiteral("color:#1e7d32;"));
    m_message->setText(text);
}

void HallsAdminPage::newHall()
{
    const AdminHall *h = selectedHall();
    HallForm form(m_admin, m_admin.halls(), std::nullopt, h ? h->code : m_session.account().hallCode, this);
    if (form.exec() != QDialog::Accepted || !form.saved())
        return;
    selectHall(form.saved()->code);
    say(tr("Hall %1 created. Add its windows next.").arg(form.saved()->code));
}

void HallsAdminPage::editHall()
{
    const AdminHall *h = selectedHall();
    if (!h)
        return;
    HallForm form(m_admin, m_admin.halls(), *h, h->parent, this);
    if (form.exec() == QDialog::Accepted)
        say(tr("Hall %1 saved.").arg(m_current));
}

void HallsAdminPage::archiveHall()
{
    const AdminHall *h = selectedHall();
    if (!h)
        return;
    const QString code = h->code;
    if (!Confirm::ask(this, tr("Archive hall"),
                      tr("Archive %1 (%2)? It stops issuing tickets and taking cases; its records are kept. A hall with "
                         "waiting tickets or open cases cannot be archived.")
                          .arg(AdminText::name(h->name()), code),
                      tr("Archive")))
        return;
    QPointer<HallsAdminPage> self(this);
    m_admin.archiveHall(code, [self, code](Result<AdminHall> r) {
        if (!self)
            return;
        if (!r)
            return self->say(errorText(r.error()), true);
        self->say(tr("Hall %1 archived.").arg(code));
    });
}

void HallsAdminPage::addWindow()
{
    const AdminHall *h = selectedHall();
    if (!h)
        return;
    WindowForm form(m_admin, m_session.catalogue(), *h, std::nullopt, this);
    if (form.exec() != QDialog::Accepted || !form.saved())
        return;
    m_windowTable->selectRow(m_windows->rowOf(form.saved()->number));
    say(tr("Window %1 added.").arg(form.saved()->number));
}

void HallsAdminPage::editWindow()
{
    const AdminHall *h = selectedHall();
    const AdminWindow *w = selectedWindow();
    if (!h || !w || w->retired)
        return;
    const int number = w->number;
    WindowForm form(m_admin, m_session.catalogue(), *h, *w, this);
    if (form.exec() == QDialog::Accepted)
        say(tr("Window %1 saved.").arg(number));
}

void HallsAdminPage::retireWindow()
{
    const AdminHall *h = selectedHall();
    const AdminWindow *w = selectedWindow();
    if (!h || !w)
        return;
    const QString hall = h->code;
    const int number = w->number;
    if (!Confirm::ask(this, tr("Retire window"),
                      tr("Retire window %1 of %2? Tellers can no longer open it; its history is kept.")
                          .arg(number)
                          .arg(AdminText::name(h->name())),
                      tr("Retire")))
        return;
    QPointer<HallsAdminPage> self(this);
    m_admin.retireWindow(hall, number, [self, number](Status r) {
        if (!self)
            return;
        if (!r)
            return self->say(errorText(r.error()), true);
        self->say(tr("Window %1 retired.").arg(number));
    });
}

void HallsAdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HallsAdminPage::retranslate()
{
    m_showArchived->setText(tr("Show archived halls"));
    m_newHall->setText(tr("&New hall…"));
    m_editHall->setText(tr("Ed&it…"));
    m_archiveHall->setText(tr("Archi&ve…"));
    m_addWindow->setText(tr("Add &window…"));
    m_editWindow->setText(tr("Edi&t window…"));
    m_retireWindow->setText(tr("&Retire window…"));
    m_parentLabel->setText(tr("Parent hall:"));
    m_addressLabel->setText(tr("Address:"));
    m_coordinatesLabel->setText(tr("Coordinates:"));
    m_timeZoneLabel->setText(tr("Time zone:"));
    m_hoursLabel->setText(tr("Opening hours:"));
    m_empty->setText(tr("Choose a hall on the left."));
    m_halls->retranslate();
    m_tree->expandAll();
    m_windows->retranslate();
    selectHall(m_current);
    showHall();
}

} // namespace ow
