#include "ui/admin/AccountsPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "ui/admin/AccountForm.h"
#include "ui/admin/AccountTableModel.h"
#include "ui/admin/AdminText.h"
#include "ui/admin/Confirm.h"
#include "ui/admin/HallComboBox.h"
#include "ui/admin/OneTimeSecretDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

AccountsPage::AccountsPage(ClientSession &session, AdminClient &admin, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(admin)
    , m_model(new AccountTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_hall(new HallComboBox(this))
    , m_showDisabled(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_toggle(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_role->setObjectName(QStringLiteral("accountRoleFilter"));
    m_hall->setObjectName(QStringLiteral("accountHallFilter"));
    m_showDisabled->setObjectName(QStringLiteral("accountShowDisabled"));
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_new->setObjectName(QStringLiteral("newAccountButton"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_toggle->setObjectName(QStringLiteral("toggleAccountButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_message->setObjectName(QStringLiteral("accountMessage"));

    setFocusProxy(m_search);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortLocaleAware(true);
    m_table->setModel(m_sorted);
    m_table->setTabKeyNavigation(false); // Tab leaves the list, for the buttons
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountTableModel::Username, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->resizeSection(AccountTableModel::HallColumn, 300);
    m_new->setDefault(false);
    m_message->setWordWrap(true);
    m_count->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_role);
    filters->addWidget(m_hall, 2);
    filters->addWidget(m_showDisabled);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AccountsPage::reload);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountsPage::reload);
    connect(m_hall, &QComboBox::currentIndexChanged, this, &AccountsPage::reload);
    connect(m_showDisabled, &QCheckBox::toggled, this, &AccountsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsPage::editAccount);
    connect(m_new, &QPushButton::clicked, this, &AccountsPage::newAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editAccount);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsPage::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    connect(&m_admin, &AdminClient::hallsChanged, this, &AccountsPage::onHallsChanged);
    connect(&m_admin, &AdminClient::accountsChanged, this, &AccountsPage::onAccountsChanged);
    retranslate();
    onHallsChanged();
    updateButtons();
}

void AccountsPage::reload()
{
    AdminAccountFilter f;
    f.q = m_search->text().trimmed();
    f.hall = m_hall->currentCode();
    if (m_role->currentIndex() > 0)
        f.role = static_cast<Role>(m_role->currentData().toInt());
    f.includeDisabled = m_showDisabled->isChecked();
    m_admin.loadAccounts(f);
}

void AccountsPage::onHallsChanged()
{
    m_hall->setHalls(m_admin.halls(), tr("All halls"));
    m_model->setHalls(m_admin.halls());
}

void AccountsPage::onAccountsChanged()
{
    const qint64 keep = m_keepSelected ? m_keepSelected : (selected() ? selected()->id : 0);
    m_model->setAccounts(m_admin.accounts());
    m_count->setText(tr("%1 accounts").arg(m_model->rowCount()));
    if (keep)
        select(keep);
    m_keepSelected = 0;
    updateButtons();
}

const AdminAccount *AccountsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->account(m_sorted->mapToSource(rows.first()).row());
}

void AccountsPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex at = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(at.row());
    m_table->scrollTo(at);
}

void AccountsPage::updateButtons()
{
    const AdminAccount *a = selected();
    m_edit->setEnabled(a);
    m_toggle->setEnabled(a && a->id != m_session.account().id); // nobody disables themselves
    m_reset->setEnabled(a && a->active);
    m_toggle->setText(a && !a->active ? tr("&Enable") : tr("&Disable"));
}

void AccountsPage::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b3261e;") : QStringLiteral("color:#1e7d32;"));
    m_message->setText(text);
}

void AccountsPage::newAccount()
{
    const QString hall = m_hall->currentCode().isEmpty() ? m_session.account().hallCode : m_hall->currentCode();
    AccountForm form(m_admin, m_admin.halls(), m_admin.accounts(), m_session.catalogue(), std::nullopt, hall, this);
    if (form.exec() != QDialog::Accepted || !form.created())
        return;
    const AccountWithPassword created = *form.created();
    select(created.account.id);
    say(tr("Account %1 created.").arg(created.account.username));
    OneTimeSecretDialog(tr("One-time password"),
                        tr("The one-time password of %1 (%2). Hand it over in person: at the first login it must be "
                           "changed.")
                            .arg(AdminText::name(created.account.name()), created.account.username),
                        created.oneTimePassword, this)
        .exec();
}

void AccountsPage::editAccount()
{
    const AdminAccount *a = selected();
    if (!a)
        return;
    AccountForm form(m_admin, m_admin.halls(), m_admin.accounts(), m_session.catalogue(), *a, a->hall, this);
    if (form.exec() == QDialog::Accepted)
        say(tr("Account %1 saved.").arg(form.account().username));
}

void AccountsPage::toggleActive()
{
    const AdminAccount *a = selected();
    if (!a)
        return;
    const AdminAccount account = *a;
    if (account.active
        && !Confirm::ask(this, tr("Disable account"),
                         tr("Disable the account of %1 (%2)? They are logged out at once and cannot log in until the "
                            "account is enabled again.")
                             .arg(AdminText::name(account.name()), account.username),
                         tr("Disable")))
        return;
    QPointer<AccountsPage> self(this);
    m_admin.setAccountActive(account.id, !account.active, [self, account](Result<AdminAccount> r) {
        if (!self)
            return;
        if (!r)
            return self->say(errorText(r.error()), true);
        self->say(r.value().active ? tr("Account %1 enabled.").arg(account.username) : tr("Account %1 disabled.").arg(account.username));
        self->updateButtons();
    });
}

void AccountsPage::resetPassword()
{
    const AdminAccount *a = selected();
    if (!a)
        return;
    const AdminAccount account = *a;
    if (!Confirm::ask(this, tr("Reset password"),
                      tr("Give %1 (%2) a new one-time password? The current password stops working and they are logged "
                         "out at once.")
                          .arg(AdminText::name(account.name()), account.username),
                      tr("Reset password")))
        return;
    QPointer<AccountsPage> self(this);
    m_admin.resetPassword(account.id, [self](Result<AccountWithPassword> r) {
        if (!self)
            return;
        if (!r)
            return self->say(errorText(r.error()), true);
        const AccountWithPassword &done = r.value();
        self->say(tr("The password of %1 was reset.").arg(done.account.username));
        OneTimeSecretDialog(tr("One-time password"),
                            tr("The new one-time password of %1 (%2). Hand it over in person: at the next login it must "
                               "be changed.")
                                .arg(AdminText::name(done.account.name()), done.account.username),
                            done.oneTimePassword, self)
            .exec();
    });
}

void AccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, user name or staff number"));
    const int role = m_role->currentIndex();
    {
        const QSignalBlocker blocker(m_role);
        m_role->clear();
        m_role->addItem(tr("All roles"), -1);
        for (Role r : {Role::Teller, Role::Reviewer, Role::Supervisor, Role::Admin, Role::Guide, Role::HotlineAgent})
            m_role->addItem(roleDisplayName(r), static_cast<int>(r));
        m_role->setCurrentIndex(std::max(role, 0));
    }
    m_showDisabled->setText(tr("Show disabled accounts"));
    m_new->setText(tr("&New account…"));
    m_edit->setText(tr("Ed&it…"));
    m_reset->setText(tr("&Reset password…"));
    m_hall->setHalls(m_admin.halls(), tr("All halls"));
    m_model->retranslate();
    m_count->setText(tr("%1 accounts").arg(m_model->rowCount()));
    updateButtons();
}

} // namespace ow
