#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace ow {

class AccountTableModel;
class AdminClient;
class ClientSession;
class HallComboBox;
struct AdminAccount;

// The administrator's accounts page: the people's accounts, searched by name, user name or staff
// number and filtered by role and hall (the server does the searching); new account, edit,
// disable or enable, and reset the password (its one-time password shown once).
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    AccountsPage(ClientSession &session, AdminClient &admin, QWidget *parent = nullptr);

    AccountTableModel *model() const { return m_model; }
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onHallsChanged();
    void onAccountsChanged();
    void updateButtons();
    const AdminAccount *selected() const;
    void select(qint64 id);
    void newAccount();
    void editAccount();
    void toggleActive();
    void resetPassword();
    void say(const QString &text, bool problem = false);

    ClientSession &m_session;
    AdminClient &m_admin;
    AccountTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLineEdit *m_search;
    QComboBox *m_role;
    HallComboBox *m_hall;
    QCheckBox *m_showDisabled;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_reset;
    QLabel *m_count;
    QLabel *m_message;
    QTimer *m_searchDelay;
    qint64 m_keepSelected = 0;
};

} // namespace ow
