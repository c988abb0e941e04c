#include "ui/admin/AdminPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "ui/admin/AccountsPage.h"
#include "ui/admin/CalendarPage.h"
#include "ui/admin/CatalogueVersionsPage.h"
#include "ui/admin/ChangesPage.h"
#include "ui/admin/DevicesPage.h"
#include "ui/admin/HallsAdminPage.h"
#include "ui/admin/QueueRulesPage.h"
#include "ui/admin/RiskRulesPage.h"

#include <QEvent>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ow {

AdminPage::AdminPage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_admin(new AdminClient(session.api(), this))
    , m_problem(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_accounts(new AccountsPage(session, *m_admin, this))
    , m_halls(new HallsAdminPage(session, *m_admin, this))
    , m_devices(new DevicesPage(session, *m_admin, this))
    , m_queueRules(new QueueRulesPage(session, *m_admin, this))
    , m_riskRules(new RiskRulesPage(session, this))
    , m_changes(new ChangesPage(session, *m_admin, this))
{
    setObjectName(QStringLiteral("adminPage"));
    m_sections->setObjectName(QStringLiteral("adminSections"));
    m_problem->setObjectName(QStringLiteral("adminProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("background:#fdecea; color:#b3261e; padding:8px; border:1px solid #f5c2c0;"));
    m_problem->hide();
    m_sections->setDocumentMode(true);
    m_sections->addTab(m_accounts, QString());
    m_sections->addTab(m_halls, QString());
    m_sections->addTab(m_devices, QString());
    m_sections->addTab(m_queueRules, QString());
    // The calendar and the catalogue are the city's: only its administrator manages them.
    if (session.account().isCityAdministrator()) {
        m_calendar = new CalendarPage(*m_admin, this);
        m_sections->addTab(m_calendar, QString());
        m_catalogue = new CatalogueVersionsPage(session, this);
        m_sections->addTab(m_catalogue, QString());
    }
    m_sections->addTab(m_riskRules, QString());
    m_sections->addTab(m_changes, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_sections, 1);

    // A section opened from the keyboard puts the keyboard in its list.
    connect(m_sections, &QTabWidget::currentChanged, this, [this] {
        if (QWidget *page = m_sections->currentWidget(); page && m_sections->tabBar()->hasFocus())
            page->setFocus(Qt::TabFocusReason);
    });
    connect(m_admin, &AdminClient::failed, this, [this](const QString &message) {
        m_problem->setText(tr("The administration data could not be loaded: %1").arg(message));
        m_problem->show();
    });
    for (auto signal : {&AdminClient::hallsChanged, &AdminClient::accountsChanged, &AdminClient::devicesChanged,
                        &AdminClient::changesChanged, &AdminClient::calendarChanged})
        connect(m_admin, signal, m_problem, &QWidget::hide);
    retranslate();
}

void AdminPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_admin->loadAll();
    if (m_calendar)
        m_admin->loadCalendar();
}

void AdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminPage::retranslate()
{
    m_sections->setTabText(m_sections->indexOf(m_accounts), tr("Accounts"));
    m_sections->setTabText(m_sections->indexOf(m_halls), tr("Halls and windows"));
    m_sections->setTabText(m_sections->indexOf(m_devices), tr("Devices"));
    m_sections->setTabText(m_sections->indexOf(m_queueRules), tr("Queue rules"));
    if (m_calendar)
        m_sections->setTabText(m_sections->indexOf(m_calendar), tr("Working-day calendar"));
    if (m_catalogue)
        m_sections->setTabText(m_sections->indexOf(m_catalogue), tr("Catalogue versions"));
    m_sections->setTabText(m_sections->indexOf(m_riskRules), tr("Risk rules"));
    m_sections->setTabText(m_sections->indexOf(m_changes), tr("Record of changes"));
}

} // namespace ow
