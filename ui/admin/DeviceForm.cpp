#include "ui/admin/DeviceForm.h"

#include "core/client/AdminClient.h"
#include "ui/admin/AdminText.h"
#include "ui/admin/FormFeedback.h"
#include "ui/admin/HallComboBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

DeviceForm::DeviceForm(AdminClient &admin, QList<AdminHall> halls, QList<Device> known, const QString &defaultHall, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_halls(std::move(halls))
    , m_known(std::move(known))
    , m_code(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_hall(new HallComboBox(this))
    , m_username(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_ok(new QPushButton(tr("Add device"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("deviceForm"));
    setWindowTitle(tr("New device"));
    m_code->setObjectName(QStringLiteral("deviceCode"));
    m_kind->setObjectName(QStringLiteral("deviceKind"));
    m_hall->setObjectName(QStringLiteral("deviceHall"));
    m_username->setObjectName(QStringLiteral("deviceUsername"));
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_ok->setObjectName(QStringLiteral("formOk"));
    m_ok->setDefault(true);
    m_feedback = new FormFeedback(m_ok, m_summary, this);

    m_code->setPlaceholderText(tr("e.g. FC-KIOSK-2"));
    m_code->setMaxLength(32);
    m_username->setPlaceholderText(tr("e.g. kiosk-fc-2"));
    m_username->setMaxLength(32);
    m_kind->addItem(AdminText::deviceKind(DeviceKind::Kiosk), static_cast<int>(DeviceKind::Kiosk));
    m_kind->addItem(AdminText::deviceKind(DeviceKind::Display), static_cast<int>(DeviceKind::Display));
    m_hall->setHalls(m_halls);
    m_hall->setCurrentCode(defaultHall);

    auto *hint = new QLabel(tr("The device logs in with this name and the secret shown once after it is added."), this);
    hint->setWordWrap(true);
    hint->setMinimumWidth(380);
    hint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Device code:"), m_feedback->wrap(QStringLiteral("code"), m_code));
    form->addRow(tr("Kind:"), m_feedback->wrap(QStringLiteral("kind"), m_kind));
    form->addRow(tr("Hall:"), m_feedback->wrap(QStringLiteral("hall"), m_hall));
    form->addRow(tr("Login name:"), m_feedback->wrap(QStringLiteral("username"), m_username));
    form->addRow(QString(), hint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(520);

    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper()) {
            const int at = m_code->cursorPosition();
            m_code->setText(text.toUpper());
            m_code->setCursorPosition(at);
        }
        m_feedback->touch(QStringLiteral("code"));
        suggestUsername();
        validate();
    });
    connect(m_username, &QLineEdit::textEdited, this, [this] {
        m_usernameEdited = true;
        m_feedback->touch(QStringLiteral("username"));
        validate();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_feedback->touch(QStringLiteral("kind"));
        validate();
    });
    connect(m_hall, &QComboBox::currentIndexChanged, this, [this] {
        m_feedback->touch(QStringLiteral("hall"));
        validate();
    });
    connect(m_ok, &QPushButton::clicked, this, &DeviceForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    validate();
    m_code->setFocus();
}

void DeviceForm::suggestUsername()
{
    // Until the administrator types a login name, it follows the code (FC-KIOSK-2 → fc-kiosk-2).
    if (!m_usernameEdited)
        m_username->setText(m_code->text().trimmed().toLower());
}

NewDeviceRequest DeviceForm::device() const
{
    return {m_code->text().trimmed(), static_cast<DeviceKind>(m_kind->currentData().toInt()), m_hall->currentCode(),
            m_username->text().trimmed()};
}

void DeviceForm::validate()
{
    m_feedback->show(AdminRules::checkDevice(device(), m_known));
}

void DeviceForm::submit()
{
    for (const char *field : {"code", "kind", "hall", "username"})
        m_feedback->touch(QString::fromLatin1(field));
    validate();
    if (!m_feedback->isValid())
        return;
    m_feedback->setBusy(true);
    QPointer<DeviceForm> self(this);
    m_admin.addDevice(device(), [self](Result<DeviceWithSecret> r) {
        if (!self)
            return;
        self->m_feedback->setBusy(false);
        if (!r) {
            self->m_feedback->showRefusal(errorText(r.error()), AdminApi::fieldProblems(r.error()));
            return;
        }
        self->m_created = r.value();
        self->accept();
    });
}

} // namespace ow
