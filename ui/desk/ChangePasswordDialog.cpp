#include "ui/desk/ChangePasswordDialog.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "core/domain/org/AdminRules.h"
#include "core/domain/security/PasswordPolicy.h"
#include "ui/admin/FormFeedback.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

ChangePasswordDialog::ChangePasswordDialog(ClientSession &session, bool forced, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_forced(forced)
    , m_intro(new QLabel(this))
    , m_oldLabel(new QLabel(this))
    , m_newLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this))
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_ok(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_old->setObjectName(QStringLiteral("oldPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_ok->setObjectName(QStringLiteral("formOk"));
    m_cancel->setObjectName(QStringLiteral("formCancel"));
    m_feedback = new FormFeedback(m_ok, m_summary, this);
    for (QLineEdit *e : {m_old, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_intro->setWordWrap(true);
    if (m_forced)
        m_intro->setStyleSheet(QStringLiteral("background:#fff4e5; color:#8a4b00; padding:10px; border:1px solid #f0c27b;"));
    m_ok->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_oldLabel, m_feedback->wrap(QStringLiteral("old_password"), m_old));
    form->addRow(m_newLabel, m_feedback->wrap(QStringLiteral("new_password"), m_new));
    form->addRow(m_repeatLabel, m_feedback->wrap(QStringLiteral("repeat"), m_repeat));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addLayout(buttons);
    setMinimumWidth(520);

    auto edited = [this](const char *field) {
        return [this, field] {
            m_feedback->touch(QString::fromLatin1(field));
            validate();
        };
    };
    connect(m_old, &QLineEdit::textEdited, this, edited("old_password"));
    connect(m_new, &QLineEdit::textEdited, this, [this] {
        m_feedback->touch(QStringLiteral("new_password"));
        if (!m_repeat->text().isEmpty())
            m_feedback->touch(QStringLiteral("repeat"));
        validate();
    });
    connect(m_repeat, &QLineEdit::textEdited, this, edited("repeat"));
    connect(m_ok, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    validate();
    m_old->setFocus();
}

void ChangePasswordDialog::validate()
{
    m_feedback->show(AdminRules::checkNewPassword(m_session.account().username, m_old->text(), m_new->text(), m_repeat->text()));
}

void ChangePasswordDialog::submit()
{
    for (const char *field : {"old_password", "new_password", "repeat"})
        m_feedback->touch(QString::fromLatin1(field));
    validate();
    if (!m_feedback->isValid())
        return;
    m_feedback->setBusy(true);
    QPointer<ChangePasswordDialog> self(this);
    const QString newPassword = m_new->text();
    m_session.changePassword(m_old->text(), newPassword, [self](Status r) {
        if (!self)
            return;
        self->m_feedback->setBusy(false);
        if (!r) {
            self->m_feedback->showRefusal(errorText(r.error()), AdminApi::fieldProblems(r.error()));
            return;
        }
        self->accept();
    });
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslate()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(m_forced ? tr("You logged in with a one-time password. Choose your own password before you "
                                   "continue; it is asked for at every login from now on.")
                              : tr("Choose a new password for %1.").arg(m_session.isLoggedIn() ? m_session.account().username : QString()));
    m_oldLabel->setText(m_forced ? tr("One-time password:") : tr("Current password:"));
    m_newLabel->setText(tr("New password:"));
    m_repeatLabel->setText(tr("New password again:"));
    m_new->setPlaceholderText(tr("At least %1 characters").arg(PasswordPolicy::kMinimumLength));
    m_ok->setText(tr("Change password"));
    m_cancel->setText(m_forced ? tr("Log out") : tr("Cancel"));
    validate();
}

} // namespace ow
