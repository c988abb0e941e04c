#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ow {

class AdminClient;
class Catalogue;
class FormFeedback;
class HallComboBox;

// Creates or edits a person's account: user name (new accounts only), names, role, hall, staff
// number, and for tellers and reviewers the categories they serve or review (reviewers: also the
// matters they may decide). Checks as the administrator types (AdminRules); OK sends it and stays
// open with the server's reason if it refuses.
class AccountForm : public QDialog
{
    Q_OBJECT
public:
    // `existing`: the account to edit; none: a new one (in `defaultHall`).
    // `halls`: those the account may be placed in; `known`: the accounts listed (a new user name must be unused).
    AccountForm(AdminClient &admin, QList<AdminHall> halls, QList<AdminAccount> known, const Catalogue *catalogue,
                std::optional<AdminAccount> existing, const QString &defaultHall, QWidget *parent = nullptr);

    // The account as the form has it now.
    AdminAccount account() const;
    // After a new account was accepted: it and its one-time password.
    const std::optional<AccountWithPassword> &created() const { return m_created; }
    FormFeedback *feedback() const { return m_feedback; }

private:
    void validate();
    void submit();
    void onRoleChanged();
    void fillMatters();
    QStringList checked(const QListWidget *list) const;

    AdminClient &m_admin;
    QList<AdminHall> m_halls;
    QList<AdminAccount> m_known;
    const Catalogue *m_catalogue;
    std::optional<AdminAccount> m_existing;
    std::optional<AccountWithPassword> m_created;
    QLineEdit *m_username;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QComboBox *m_role;
    HallComboBox *m_hall;
    QLineEdit *m_staffNo;
    QLabel *m_categoriesLabel;
    QListWidget *m_categories;
    QLabel *m_mattersLabel;
    QListWidget *m_matters;
    QLabel *m_mattersHint;
    QWidget *m_categoriesBox;
    QWidget *m_mattersBox;
    QLabel *m_summary;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    FormFeedback *m_feedback;
};

} // namespace ow
