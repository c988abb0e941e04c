#include "ui/admin/AccountForm.h"

#include "core/client/AdminClient.h"
#include "core/domain/catalogue/Catalogue.h"
#include "ui/admin/AdminText.h"
#include "ui/admin/FormFeedback.h"
#include "ui/admin/HallComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

namespace {

void fillChecklist(QListWidget *list, const QList<std::pair<QString, QString>> &entries, const QStringList &checked)
{
    const QSignalBlocker blocker(list);
    list->clear();
    for (const auto &[code, text] : entries) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

AccountForm::AccountForm(AdminClient &admin, QList<AdminHall> halls, QList<AdminAccount> known, const Catalogue *catalogue,
                         std::optional<AdminAccount> existing, const QString &defaultHall, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_halls(std::move(halls))
    , m_known(std::move(known))
    , m_catalogue(catalogue)
    , m_existing(std::move(existing))
    , m_username(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_hall(new HallComboBox(this))
    , m_staffNo(new QLineEdit(this))
    , m_categoriesLabel(new QLabel(this))
    , m_categories(new QListWidget(this))
    , m_mattersLabel(new QLabel(this))
    , m_matters(new QListWidget(this))
    , m_mattersHint(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_ok(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("accountForm"));
    setWindowTitle(m_existing ? tr("Edit account %1").arg(m_existing->username) : tr("New account"));
    m_username->setObjectName(QStringLiteral("accountUsername"));
    m_nameZh->setObjectName(QStringLiteral("accountNameZh"));
    m_nameEn->setObjectName(QStringLiteral("accountNameEn"));
    m_role->setObjectName(QStringLiteral("accountRole"));
    m_hall->setObjectName(QStringLiteral("accountHall"));
    m_staffNo->setObjectName(QStringLiteral("accountStaffNo"));
    m_categories->setObjectName(QStringLiteral("accountCategories"));
    m_matters->setObjectName(QStringLiteral("accountMatters"));
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_ok->setObjectName(QStringLiteral("formOk"));
    m_ok->setText(m_existing ? tr("Save") : tr("Create account"));
    m_ok->setDefault(true);
    m_feedback = new FormFeedback(m_ok, m_summary, this);

    m_username->setPlaceholderText(tr("e.g. wangli"));
    m_nameZh->setPlaceholderText(tr("e.g. 王丽"));
    m_nameEn->setPlaceholderText(tr("e.g. Wang Li"));
    m_staffNo->setPlaceholderText(tr("e.g. MY-FC-0012"));
    m_username->setMaxLength(32);
    m_nameZh->setMaxLength(AdminRules::kMaxName + 1);
    m_nameEn->setMaxLength(AdminRules::kMaxName + 1);
    m_staffNo->setMaxLength(21);
    for (Role r : {Role::Teller, Role::Reviewer, Role::Supervisor, Role::Admin, Role::Guide, Role::HotlineAgent})
        m_role->addItem(roleDisplayName(r), static_cast<int>(r));
    m_hall->setHalls(m_halls);
    m_categories->setMinimumHeight(120);
    m_matters->setMinimumHeight(120);
    m_mattersHint->setWordWrap(true);
    m_mattersHint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_mattersHint->setText(tr("None ticked: every matter of the ticked categories."));

    QList<std::pair<QString, QString>> categories;
    if (m_catalogue) {
        for (const Category &c : m_catalogue->categories())
            categories.append({c.code, AdminText::name(c.name)});
    }
    const AdminAccount start = m_existing.value_or(AdminAccount{});
    fillChecklist(m_categories, categories, start.categories);
    if (m_existing) {
        m_username->setText(start.username);
        m_username->setReadOnly(true);
        m_username->setEnabled(false);
        m_nameZh->setText(start.nameZh);
        m_nameEn->setText(start.nameEn);
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(start.role)));
        m_hall->setCurrentCode(start.hall);
        m_staffNo->setText(start.staffNo);
    } else {
        m_hall->setCurrentCode(defaultHall);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("User name:"), m_feedback->wrap(QStringLiteral("username"), m_username));
    form->addRow(tr("Name (Chinese):"), m_feedback->wrap(QStringLiteral("name_zh"), m_nameZh));
    form->addRow(tr("Name (English):"), m_feedback->wrap(QStringLiteral("name_en"), m_nameEn));
    form->addRow(tr("Role:"), m_feedback->wrap(QStringLiteral("role"), m_role));
    form->addRow(tr("Hall:"), m_feedback->wrap(QStringLiteral("hall"), m_hall));
    form->addRow(tr("Staff number:"), m_feedback->wrap(QStringLiteral("staff_no"), m_staffNo));

    m_categoriesBox = new QWidget(this);
    auto *catLayout = new QVBoxLayout(m_categoriesBox);
    catLayout->setContentsMargins(0, 0, 0, 0);
    catLayout->addWidget(m_categoriesLabel);
    catLayout->addWidget(m_feedback->wrap(QStringLiteral("categories"), m_categories));
    m_mattersBox = new QWidget(this);
    auto *matLayout = new QVBoxLayout(m_mattersBox);
    matLayout->setContentsMargins(0, 0, 0, 0);
    matLayout->addWidget(m_mattersLabel);
    matLayout->addWidget(m_feedback->wrap(QStringLiteral("matters"), m_matters));
    matLayout->addWidget(m_mattersHint);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_categoriesBox, 1);
    lists->addWidget(m_mattersBox, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addLayout(buttons);
    setMinimumWidth(640);

    auto edited = [this](const char *field) {
        return [this, field] {
            m_feedback->touch(QString::fromLatin1(field));
            validate();
        };
    };
    connect(m_username, &QLineEdit::textEdited, this, edited("username"));
    connect(m_nameZh, &QLineEdit::textEdited, this, edited("name_zh"));
    connect(m_nameEn, &QLineEdit::textEdited, this, edited("name_en"));
    connect(m_staffNo, &QLineEdit::textEdited, this, edited("staff_no"));
    connect(m_hall, &QComboBox::currentIndexChanged, this, edited("hall"));
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_feedback->touch(QStringLiteral("role"));
        onRoleChanged();
    });
    connect(m_categories, &QListWidget::itemChanged, this, [this] {
        m_feedback->touch(QStringLiteral("categories"));
        fillMatters();
        validate();
    });
    connect(m_matters, &QListWidget::itemChanged, this, edited("matters"));
    connect(m_ok, &QPushButton::clicked, this, &AccountForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    onRoleChanged();
    if (m_existing) {
        fillMatters();
        m_nameZh->setFocus();
    }
}

QStringList AccountForm::checked(const QListWidget *list) const
{
    QStringList out;
    if (list->isHidden())
        return out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

AdminAccount AccountForm::account() const
{
    AdminAccount a = m_existing.value_or(AdminAccount{});
    a.username = m_username->text().trimmed();
    a.nameZh = m_nameZh->text().trimmed();
    a.nameEn = m_nameEn->text().trimmed();
    a.role = static_cast<Role>(m_role->currentData().toInt());
    a.hall = m_hall->currentCode();
    a.staffNo = m_staffNo->text().trimmed();
    a.categories = m_categoriesBox->isHidden() ? QStringList() : checked(m_categories);
    a.matters = m_mattersBox->isHidden() ? QStringList() : checked(m_matters);
    return a;
}

void AccountForm::onRoleChanged()
{
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    m_categoriesBox->setVisible(role == Role::Teller || role == Role::Reviewer);
    m_mattersBox->setVisible(role == Role::Reviewer);
    m_categoriesLabel->setText(role == Role::Reviewer ? tr("Categories reviewed:") : tr("Categories served (none: every category):"));
    m_mattersLabel->setText(tr("Matters the reviewer may decide:"));
    fillMatters();
    validate();
}

void AccountForm::fillMatters()
{
    const QStringList keep = m_matters->count() > 0 ? checked(m_matters) : m_existing.value_or(AdminAccount{}).matters;
    const QStringList categories = checked(m_categories);
    QList<std::pair<QString, QString>> entries;
    if (m_catalogue) {
        for (const ServiceItem &s : m_catalogue->services()) {
            if (categories.contains(s.category))
                entries.append({s.code, QStringLiteral("%1  %2").arg(s.code, AdminText::name(s.name))});
        }
    }
    fillChecklist(m_matters, entries, keep);
}

void AccountForm::validate()
{
    m_feedback->show(AdminRules::checkAccount(account(), !m_existing, m_known));
}

void AccountForm::submit()
{
    for (const char *field : {"username", "name_zh", "name_en", "role", "hall", "staff_no", "categories", "matters"})
        m_feedback->touch(QString::fromLatin1(field));
    validate();
    if (!m_feedback->isValid())
        return;
    m_feedback->setBusy(true);
    const AdminAccount a = account();
    QPointer<AccountForm> self(this);
    auto refused = [self](const Error &e) {
        if (!self)
            return;
        self->m_feedback->setBusy(false);
        self->m_feedback->showRefusal(errorText(e), AdminApi::fieldProblems(e));
    };
    if (!m_existing) {
        m_admin.createAccount(NewAccountRequest::of(a), [self, refused](Result<AccountWithPassword> r) {
            if (!r)
                return refused(r.error());
            if (self) {
                self->m_created = r.value();
                self->accept();
            }
        });
        return;
    }
    const AccountPatch patch = AccountPatch::between(*m_existing, a);
    if (patch.isEmpty()) {
        accept();
        return;
    }
    m_admin.updateAccount(m_existing->id, patch, [self, refused](Result<AdminAccount> r) {
        if (!r)
            return refused(r.error());
        if (self)
            self->accept();
    });
}

} // namespace ow
