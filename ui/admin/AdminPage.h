#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace ow {

class AccountsPage;
class AdminClient;
class ChangesPage;
class ClientSession;
class DevicesPage;
class HallsAdminPage;

// The administration tab (管理) of the desk, for accounts with admin.manage: accounts, halls and
// windows, devices, and the record of changes. Everything is fetched again each time the tab is
// shown, so two administrators at work see each other's changes.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPage(ClientSession &session, QWidget *parent = nullptr);

    AdminClient &admin() const { return *m_admin; }
    AccountsPage *accountsPage() const { return m_accounts; }
    HallsAdminPage *hallsPage() const { return m_halls; }
    DevicesPage *devicesPage() const { return m_devices; }
    ChangesPage *changesPage() const { return m_changes; }
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
    ChangesPage *m_changes;
};

} // namespace ow
