#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace ow {

class AccountsPage;
class AdminClient;
class CalendarPage;
class CatalogueVersionsPage;
class ChangesPage;
class ClientSession;
class DevicesPage;
class HallsAdminPage;
class QueueRulesPage;
class RiskRulesPage;

// The administration tab (管理) of the desk, for accounts with admin.manage: accounts, halls and
// windows, devices, halls' queue rules, the working-day calendar and the catalogue's versions (these
// two the city's administrator only), the risk rules (changed by the city's administrator, read by
// the others), and the record of changes. Everything is fetched again each
// time the tab is shown, so two administrators at work see each other's changes.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPage(ClientSession &session, QWidget *parent = nullptr);

    AdminClient &admin() const { return *m_admin; }
    AccountsPage *accountsPage() const { return m_accounts; }
    HallsAdminPage *hallsPage() const { return m_halls; }
    DevicesPage *devicesPage() const { return m_devices; }
    QueueRulesPage *queueRulesPage() const { return m_queueRules; }
    CalendarPage *calendarPage() const { return m_calendar; } // null but for the city's administrator
    ChangesPage *changesPage() const { return m_changes; }
    // The risk rules: the city's administrator changes them, other administrators read them.
    RiskRulesPage *riskRulesPage() const { return m_riskRules; }
    // Only for the city's administrator (the catalogue is the city's): null for anyone else.
    CatalogueVersionsPage *catalogueVersionsPage() const { return m_catalogue; }
    QTabWidget *sections() const { return m_sections; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AdminClient *m_admin;
    QLabel *m_problem;
    QTabWidget *m_sections;
    AccountsPage *m_accounts;
    HallsAdminPage *m_halls;
    DevicesPage *m_devices;
    QueueRulesPage *m_queueRules;
    CalendarPage *m_calendar = nullptr;
    RiskRulesPage *m_riskRules;
    ChangesPage *m_changes;
    CatalogueVersionsPage *m_catalogue = nullptr;
};

} // namespace ow
