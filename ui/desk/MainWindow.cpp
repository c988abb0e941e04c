#include "ui/desk/MainWindow.h"

#include "core/client/CaseClient.h"
#include "core/client/ClientSettings.h"
#include "core/client/HallMonitor.h"
#include "core/client/SyncAgent.h"
#include "core/client/TellerDesk.h"
#include "core/domain/cases/CaseTypes.h"
#include "ui/admin/AdminPage.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/ChangePasswordDialog.h"
#include "ui/desk/CatalogueBrowser.h"
#include "ui/desk/HallsPage.h"
#include "ui/desk/HomePage.h"
#include "ui/desk/OutboxProblemsDialog.h"
#include "ui/desk/SupervisorQueueScreen.h"
#include "ui/desk/TellerQueuePanel.h"
#include "ui/desk/cases/CaseWorkPage.h"
#include "ui/desk/cases/IntakePage.h"
#include "ui/desk/guide/GuidePage.h"
#include "ui/desk/hotline/WorkOrdersPage.h"
#include "ui/desk/risk/RiskPage.h"
#include "ui/desk/supervision/RectificationsPage.h"
#include "ui/desk/performance/MyFiguresPage.h"
#include "ui/desk/coverage/CoveragePage.h"
#include "ui/desk/planning/PlanPage.h"
#include "ui/desk/training/TrainingPage.h"
#include "ui/desk/coverage/NearbyHallsPanel.h"
#include "ui/desk/performance/PerformancePage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>
#include <QTabWidget>

namespace ow {

MainWindow::MainWindow(ClientSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_home(new HomePage(session, this))
    , m_catalogue(new CatalogueBrowser(this))
    , m_connection(new QLabel(this))
    , m_user(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_outbox(new QLabel(this))
    , m_problems(new QPushButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_user->setObjectName(QStringLiteral("currentUser"));
    m_sync->setObjectName(QStringLiteral("lastSync"));
    m_outbox->setObjectName(QStringLiteral("outboxPending"));
    m_problems->setObjectName(QStringLiteral("outboxProblemsButton"));
    m_problems->setFlat(true);

    // The role's work screens come first; the catalogue is every role's reference.
    // The guide desk: those who log consultations and issue tickets but supervise nothing.
    if (session.isLoggedIn() && Permissions::allows(session.account().role, Permission::ConsultationsLog)
        && Permissions::allows(session.account().role, Permission::TicketsIssue)
        && !Permissions::allows(session.account().role, Permission::QueueSupervise)) {
        m_guide = new GuidePage(session, this);
        m_tabs->addTab(m_guide, QString());
    }
    if (session.isLoggedIn() && Permissions::allows(session.account().role, Permission::QueueOperate)) {
        m_queuePanel = new TellerQueuePanel(session, this);
        m_tabs->addTab(m_queuePanel, QString());
    }
    if (session.isLoggedIn() && Permissions::allows(session.account().role, Permission::QueueSupervise)) {
        m_supervisor = new SupervisorQueueScreen(session, this);
        m_tabs->addTab(m_supervisor, QString());
        m_rectifications = new RectificationsPage(session, this);
        m_tabs->addTab(m_rectifications, QString());
        // A bad rating heard on the live screen is a new row here too.
        connect(&m_supervisor->monitor(), &HallMonitor::event, m_rectifications, [this](const HallEvent &e) {
            if (e.rating && e.rating->rectification)
                m_rectifications->reload();
        });
        m_risk = new RiskPage(session, this);
        m_tabs->addTab(m_risk, QString());
        // The stream carries the alerts of every hall the supervisor oversees, whichever it watches.
        connect(&m_supervisor->monitor(), &HallMonitor::event, m_risk, [this](const HallEvent &e) {
            if (e.riskAlert)
                m_risk->alertChanged(*e.riskAlert);
        });
        m_plan = new PlanPage(session, this);
        m_tabs->insertTab(m_tabs->indexOf(m_supervisor) + 1, m_plan, QString());
        connect(&m_supervisor->monitor(), &HallMonitor::event, m_plan, &PlanPage::hallEvent);
        connect(m_plan, &PlanPage::unseenChanged, this, [this] { retranslate(); });
        m_performance = new PerformancePage(session, this);
        m_tabs->addTab(m_performance, QString());
    }
    if (session.isLoggedIn()
        && (Permissions::allows(session.account().role, Permission::QueueSupervise)
            || Permissions::allows(session.account().role, Permission::AdminManage))) {
        m_coverage = new CoveragePage(session, this);
        m_tabs->addTab(m_coverage, QString());
    }
    // 12333 工单: the hotline agent's work screen; supervisors answer there what was routed to them.
    if (session.isLoggedIn()
        && (Permissions::allows(session.account().role, Permission::WorkOrdersRecord)
            || Permissions::allows(session.account().role, Permission::WorkOrdersAnswer))) {
        m_workOrders = new WorkOrdersPage(session, this);
        m_tabs->addTab(m_workOrders, QString());
        if (m_supervisor) {
            connect(&m_supervisor->monitor(), &HallMonitor::event, m_workOrders, [this](const HallEvent &e) {
                if (e.workOrder)
                    m_workOrders->workOrderChanged(*e.workOrder);
            });
        }
    }
    if (session.isLoggedIn() && caseDeskOf(session.account().role)) {
        m_cases = new CaseClient(session, this);
        if (Permissions::allows(session.account().role, Permission::CasesIntake)) {
            m_intake = new IntakePage(session, *m_cases, this);
            m_tabs->addTab(m_intake, QString());
        }
        m_caseWork = new CaseWorkPage(session, *m_cases, this);
        m_tabs->addTab(m_caseWork, QString());
        if (m_intake && m_queuePanel) {
            // The ticket at the window brings its matters to the intake form.
            TellerDesk &desk = m_queuePanel->desk();
            m_intake->setOfflineCounter(&desk.offline());
            connect(&desk, &TellerDesk::changed, m_intake, [this, &desk] {
                m_intake->setWindow(desk.window());
                const auto &t = desk.current();
                QStringList services;
                if (t) {
                    for (const TicketMatter &m : t->matters)
                        services << m.serviceCode;
                }
                m_intake->setTicket(t ? t->id : 0, t ? t->number : QString(), services);
            });
        }
        if (m_intake)
            connect(m_intake, &IntakePage::caseOpened, m_caseWork, &CaseWorkPage::open);
    }
    if (m_queuePanel) {
        m_myFigures = new MyFiguresPage(session, this);
        m_tabs->addTab(m_myFigures, QString());
    }
    m_tabs->addTab(m_catalogue, QString());
    if (session.isLoggedIn()
        && (Permissions::allows(session.account().role, Permission::TrainingRun)
            || Permissions::allows(session.account().role, Permission::QueueOperate))) {
        m_trainingPage = new TrainingPage(session, this); // a tab once the halls say there is a training hall
        m_trainingPage->hide();
    }
    if (session.isLoggedIn()) {
        // 就近可办: where else the matter shown can be handled, nearest first.
        m_nearby = new NearbyHallsPanel(session, this);
        m_catalogue->addDetailsPanel(m_nearby);
        connect(m_catalogue, &CatalogueBrowser::serviceShown, m_nearby, &NearbyHallsPanel::showService);
    }
    // Administrators see the halls, with more, in their administration tab.
    if (session.isLoggedIn() && Permissions::allows(session.account().role, Permission::OrgRead)
        && !Permissions::allows(session.account().role, Permission::AdminManage)) {
        m_halls = new HallsPage(this);
        m_tabs->addTab(m_halls, QString());
    }
    if (session.isLoggedIn() && Permissions::allows(session.account().role, Permission::AdminManage)) {
        m_admin = new AdminPage(session, this);
        m_tabs->addTab(m_admin, QString());
    }
    m_tabs->addTab(m_home, QString());
    // 培训: a permanent band over every tab while the account's hall is a training hall.
    m_trainingBand = new QLabel(this);
    m_trainingBand->setObjectName(QStringLiteral("trainingBand"));
    m_trainingBand->setAlignment(Qt::AlignCenter);
    m_trainingBand->setWordWrap(true);
    m_trainingBand->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; padding: 6px; }"));
    m_trainingBand->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_trainingBand);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_user, 1);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_problems);
    statusBar()->addPermanentWidget(m_sync);
    if (SyncAgent *sync = m_session.sync()) {
        connect(sync, &SyncAgent::changed, this, &MainWindow::updateStatus);
        connect(m_problems, &QPushButton::clicked, this, [this, sync] {
            OutboxProblemsDialog dialog(*sync, this);
            dialog.exec();
            updateStatus();
        });
    }
    buildMenus();

    connect(&m_session, &ClientSession::stateChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &ClientSession::synced, this, &MainWindow::updateStatus);
    connect(&m_session, &ClientSession::catalogueChanged, this, &MainWindow::onCatalogueChanged);
    connect(&m_session, &ClientSession::hallsChanged, this, &MainWindow::onHallsChanged);

    onCatalogueChanged();
    onHallsChanged();
    retranslate();
    const QByteArray geometry = ClientSettings::mainWindowGeometry().value();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    if (m_guide)
        m_guide->setFocus();
    else if (m_workOrders && !m_supervisor)
        m_tabs->setCurrentWidget(m_workOrders);
    else if (!m_queuePanel && !m_supervisor)
        m_catalogue->setFocus();
}

void MainWindow::buildMenus()
{
    m_sessionMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_sessionMenu->addAction(QString(), &m_session, &ClientSession::refresh);
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R)); // F1–F8 belong to the queue panel
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_passwordAction = m_sessionMenu->addAction(QString(), this, &MainWindow::changePassword);
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_logoutAction = m_sessionMenu->addAction(QString(), this, &MainWindow::logoutRequested);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_sessionMenu->addSeparator();
    m_quitAction = m_sessionMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("中文"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_chineseAction->setObjectName(QStringLiteral("chineseAction"));
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    for (QAction *a : {m_chineseAction, m_englishAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (LanguageManager::current() == QLatin1String("en") ? m_englishAction : m_chineseAction)->setChecked(true);
    auto switchTo = [this](const QString &lang) {
        ClientSettings::language().set(lang);
        LanguageManager::apply(lang);
        m_session.setLanguage(lang);
    };
    connect(m_chineseAction, &QAction::triggered, this, [switchTo]() { switchTo(QStringLiteral("zh_CN")); });
    connect(m_englishAction, &QAction::triggered, this, [switchTo]() { switchTo(QStringLiteral("en")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this]() {
        QMessageBox::about(this, tr("About OneWindow"),
                           tr("<h3>OneWindow %1</h3><p>Comprehensive-teller service system for human resources and "
                              "social security service halls.</p>")
                               .arg(QStringLiteral(OW_VERSION)));
    });
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_session, false, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 8000);
}

void MainWindow::onCatalogueChanged()
{
    if (const Catalogue *c = m_session.catalogue())
        m_catalogue->setCatalogue(*c);
    if (m_halls)
        m_halls->setData(m_session.halls(), m_session.catalogue());
    m_home->refresh();
}

void MainWindow::onHallsChanged()
{
    if (m_halls)
        m_halls->setData(m_session.halls(), m_session.catalogue());
    m_training = false;
    for (const Hall &h : m_session.halls()) {
        if (m_session.isLoggedIn() && h.code == m_session.account().hallCode)
            m_training = h.training;
    }
    m_trainingBand->setVisible(m_training);
    if (m_trainingPage) {
        const bool trainer = Permissions::allows(m_session.account().role, Permission::TrainingRun);
        const bool any = std::any_of(m_session.halls().begin(), m_session.halls().end(), [](const Hall &h) { return h.training && !h.archived; });
        const bool show = trainer ? any : m_training;
        const int at = m_tabs->indexOf(m_trainingPage);
        if (show && at < 0)
            m_tabs->insertTab(m_tabs->indexOf(m_catalogue), m_trainingPage, QString());
        else if (!show && at >= 0)
            m_tabs->removeTab(at);
        if (show)
            m_trainingPage->hallsChanged();
    }
    retranslate(); // the window's title says it too
}

void MainWindow::updateStatus()
{
    const QString lang = LanguageManager::current();
    switch (m_session.state()) {
    case ConnectionState::Online:
        m_connection->setText(QStringLiteral("<span style='color:#1e7d32'>●</span> ") + tr("Online"));
        break;
    case ConnectionState::Offline:
        m_connection->setText(QStringLiteral("<span style='color:#b3261e'>●</span> ") + tr("Offline — working from local data"));
        break;
    case ConnectionState::Connecting:
        m_connection->setText(QStringLiteral("<span style='color:#8a6d00'>●</span> ") + tr("Connecting…"));
        break;
    }
    m_connection->setProperty("online", m_session.state() == ConnectionState::Online);
    if (m_session.isLoggedIn()) {
        const Account &a = m_session.account();
        m_user->setText(tr("%1 (%2) · %3 · %4")
                            .arg(a.name.in(lang), a.staffNo.isEmpty() ? a.username : a.staffNo, roleDisplayName(a.role),
                                 a.hallName.in(lang)));
    }
    if (SyncAgent *sync = m_session.sync()) {
        const int pending = sync->pendingCount();
        const int problems = sync->problemCount();
        m_outbox->setText(pending == 0 ? tr("All changes sent")
                                       : (sync->isOnline() ? tr("Sending %n change(s)…", nullptr, pending)
                                                           : tr("%n change(s) waiting for the server", nullptr, pending)));
        m_problems->setText(tr("%n change(s) not accepted — review", nullptr, problems));
        m_problems->setVisible(problems > 0);
        if (!sync->isOnline())
            m_connection->setText(QStringLiteral("<span style='color:#b3261e'>●</span> ") + tr("Offline — changes are kept on this computer"));
    } else {
        m_outbox->clear();
        m_problems->hide();
    }
    m_sync->setText(m_session.lastSync().isValid()
                        ? tr("Synchronised %1").arg(QLocale().toString(m_session.lastSync().toTimeZone(m_session.ownZone()).time(), QLocale::ShortFormat))
                        : tr("Not synchronised yet"));
    m_home->refresh();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_training ? tr("OneWindow — TRAINING HALL") : tr("OneWindow — HR & Social Security Service"));
    m_trainingBand->setText(tr("TRAINING — this is a training hall: the citizens are made up, and nothing done here counts in "
                               "the city's figures, risk alerts or messages."));
    m_tabs->setTabText(m_tabs->indexOf(m_home), tr("My account"));
    m_tabs->setTabText(m_tabs->indexOf(m_catalogue), tr("Service catalogue"));
    if (m_queuePanel)
        m_tabs->setTabText(m_tabs->indexOf(m_queuePanel), tr("Queue"));
    if (m_supervisor)
        m_tabs->setTabText(m_tabs->indexOf(m_supervisor), tr("Live queue"));
    if (m_rectifications)
        m_tabs->setTabText(m_tabs->indexOf(m_rectifications), tr("Rectifications"));
    if (m_risk)
        m_tabs->setTabText(m_tabs->indexOf(m_risk), tr("Risk"));
    if (m_workOrders)
        m_tabs->setTabText(m_tabs->indexOf(m_workOrders), tr("Work orders"));
    if (m_performance)
        m_tabs->setTabText(m_tabs->indexOf(m_performance), tr("Performance"));
    if (m_coverage)
        m_tabs->setTabText(m_tabs->indexOf(m_coverage), tr("15-minute circle"));
    if (m_plan) {
        // Tickets newly at risk while the supervisor looks elsewhere: counted on the tab.
        const int unseen = m_plan->unseen();
        m_tabs->setTabText(m_tabs->indexOf(m_plan), unseen ? tr("15-minute promise (%1)").arg(unseen) : tr("15-minute promise"));
        m_tabs->setTabIcon(m_tabs->indexOf(m_plan), unseen ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
    if (m_myFigures)
        m_tabs->setTabText(m_tabs->indexOf(m_myFigures), tr("My figures"));
    if (m_trainingPage && m_tabs->indexOf(m_trainingPage) >= 0)
        m_tabs->setTabText(m_tabs->indexOf(m_trainingPage), tr("Training"));
    if (m_guide)
        m_tabs->setTabText(m_tabs->indexOf(m_guide), tr("Guide desk"));
    if (m_halls)
        m_tabs->setTabText(m_tabs->indexOf(m_halls), tr("Halls and windows"));
    if (m_intake)
        m_tabs->setTabText(m_tabs->indexOf(m_intake), tr("Intake"));
    if (m_caseWork)
        m_tabs->setTabText(m_tabs->indexOf(m_caseWork), tr("Cases"));
    if (m_admin)
        m_tabs->setTabText(m_tabs->indexOf(m_admin), tr("Administration"));
    m_sessionMenu->setTitle(tr("&Account"));
    m_refreshAction->setText(tr("&Refresh data"));
    m_passwordAction->setText(tr("Change &password…"));
    m_logoutAction->setText(tr("Log &out"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About OneWindow"));
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ClientSettings::mainWindowGeometry().set(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace ow
