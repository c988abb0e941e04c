#pragma once

#include "core/client/ClientSession.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QPushButton;
class QMenu;
class QTabWidget;

namespace ow {

class AdminPage;
class GuidePage;
class CaseClient;
class CaseWorkPage;
class CatalogueBrowser;
class IntakePage;
class HallsPage;
class MyFiguresPage;
class PerformancePage;
class CoveragePage;
class PlanPage;
class TrainingPage;
class NearbyHallsPanel;
class HomePage;
class TellerQueuePanel;
class SupervisorQueueScreen;
class RectificationsPage;
class RiskPage;
class WorkOrdersPage;

// The teller's, reviewer's and supervisor's main window: the screens their role needs, in
// tabs, and a status bar with the connection state and who is logged in.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ClientSession &session, QWidget *parent = nullptr);

    CatalogueBrowser *catalogueBrowser() const { return m_catalogue; }
    TellerQueuePanel *queuePanel() const { return m_queuePanel; }
    SupervisorQueueScreen *supervisorScreen() const { return m_supervisor; }
    RectificationsPage *rectificationsPage() const { return m_rectifications; }
    RiskPage *riskPage() const { return m_risk; }
    WorkOrdersPage *workOrdersPage() const { return m_workOrders; }
    IntakePage *intakePage() const { return m_intake; }
    CaseWorkPage *caseWorkPage() const { return m_caseWork; }
    CaseClient *cases() const { return m_cases; }
    AdminPage *adminPage() const { return m_admin; }
    PerformancePage *performancePage() const { return m_performance; }
    CoveragePage *coveragePage() const { return m_coverage; }
    PlanPage *planPage() const { return m_plan; }
    TrainingPage *trainingPage() const { return m_trainingPage; }
    NearbyHallsPanel *nearbyHalls() const { return m_nearby; }
    MyFiguresPage *myFiguresPage() const { return m_myFigures; }
    GuidePage *guidePage() const { return m_guide; }
    // The user's own password (the account menu's 修改密码).
    void changePassword();

Q_SIGNALS:
    void logoutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void updateStatus();
    void onCatalogueChanged();
    void onHallsChanged();

    ClientSession &m_session;
    QTabWidget *m_tabs;
    HomePage *m_home;
    CatalogueBrowser *m_catalogue;
    HallsPage *m_halls = nullptr;
    TellerQueuePanel *m_queuePanel = nullptr;
    SupervisorQueueScreen *m_supervisor = nullptr;
    RectificationsPage *m_rectifications = nullptr;
    RiskPage *m_risk = nullptr;
    WorkOrdersPage *m_workOrders = nullptr;
    CaseClient *m_cases = nullptr;
    IntakePage *m_intake = nullptr;   // front office
    CaseWorkPage *m_caseWork = nullptr; // every desk that works cases
    AdminPage *m_admin = nullptr;       // accounts with admin.manage
    PerformancePage *m_performance = nullptr; // supervisors: 绩效
    CoveragePage *m_coverage = nullptr;       // supervisors and administrators: 15分钟服务圈
    PlanPage *m_plan = nullptr;               // supervisors: 15分钟承诺 (warnings, tidal windows, staffing plan)
    QLabel *m_trainingBand = nullptr; // 培训, shown while the account's hall is a training hall
    bool m_training = false;
    // 培训: a tab for trainers while there is a training hall, and for a training hall's tellers.
    TrainingPage *m_trainingPage = nullptr;
    NearbyHallsPanel *m_nearby = nullptr;     // under the catalogue's details: 就近可办
    MyFiguresPage *m_myFigures = nullptr;     // tellers: their own figures
    GuidePage *m_guide = nullptr;             // the guide desk: 咨询导办
    QLabel *m_connection;
    QLabel *m_user;
    QLabel *m_sync;
    QLabel *m_outbox;          // changes waiting to be sent
    QPushButton *m_problems;   // refused or conflicting changes: opens the list
    QMenu *m_sessionMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_refreshAction;
    QAction *m_passwordAction;
    QAction *m_logoutAction;
    QAction *m_quitAction;
    QAction *m_chineseAction;
    QAction *m_englishAction;
    QAction *m_aboutAction;
};

} // namespace ow
