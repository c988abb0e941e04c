#include "ui/admin/DevicesPage.h"

#include "core/client/AdminClient.h"
#include "core/client/ClientSession.h"
#include "ui/admin/Confirm.h"
#include "ui/admin/DeviceForm.h"
#include "ui/admin/DeviceTableModel.h"
#include "ui/admin/OneTimeSecretDialog.h"
#include "ui/admin/AdminText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

DevicesPage::DevicesPage(ClientSession &session, AdminClient &admin, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(admin)
    , m_model(new DeviceTableModel(this))
    , m_table(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_rotate(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("devicesPage"));
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_add->setObjectName(QStringLiteral("addDeviceButton"));
    m_rotate->setObjectName(QStringLiteral("rotateSecretButton"));
    m_message->setObjectName(QStringLiteral("deviceMessage"));
    setFocusProxy(m_table);
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeviceTableModel::HallColumn, QHeaderView::Stretch);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color:#5f6368;"));
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rotate);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &DevicesPage::addDevice);
    connect(m_rotate, &QPushButton::clicked, this, &DevicesPage::rotateSecret);
    connect(&m_admin, &AdminClient::devicesChanged, this, [this] {
        const Device *d = selected();
        const QString keep = d ? d->code : QString();
        m_model->setDevices(m_admin.devices());
        if (const int row = m_model->rowOf(keep); row >= 0)
            m_table->selectRow(row);
        updateButtons();
    });
    connect(&m_admin, &AdminClient::hallsChanged, this, [this] { m_model->setHalls(m_admin.halls()); });
    retranslate();
    updateButtons();
}

const Device *DevicesPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->device(rows.first().row());
}

void DevicesPage::updateButtons()
{
    m_rotate->setEnabled(selected());
}

void DevicesPage::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b3261e;") : QStringLiteral("color:#1e7d32;"));
    m_message->setText(text);
}

void DevicesPage::addDevice()
{
    const Device *d = selected();
    DeviceForm form(m_admin, m_admin.halls(), m_admin.devices(), d ? d->hall : m_session.account().hallCode, this);
    if (form.exec() != QDialog::Accepted || !form.created())
        return;
    const DeviceWithSecret created = *form.created();
    if (const int row = m_model->rowOf(created.device.code); row >= 0)
        m_table->selectRow(row);
    say(tr("Device %1 added.").arg(created.device.code));
    OneTimeSecretDialog(tr("Device secret"),
                        tr("The secret of %1 %2 (login name %3). Enter it on the device's set-up screen or in its "
                           "credentials file.")
                            .arg(AdminText::deviceKind(created.device.kind), created.device.code, created.device.username),
                        created.secret, this)
        .exec();
}

void DevicesPage::rotateSecret()
{
    const Device *d = selected();
    if (!d)
        return;
    const Device device = *d;
    if (!Confirm::ask(this, tr("New secret"),
                      tr("Give %1 a new secret? The current one stops working at once: the device must be set up with "
                         "the new one.")
                          .arg(device.code),
                      tr("Make new secret")))
        return;
    QPointer<DevicesPage> self(this);
    m_admin.rotateSecret(device.code, [self](Result<DeviceWithSecret> r) {
        if (!self)
            return;
        if (!r)
            return self->say(errorText(r.error()), true);
        const DeviceWithSecret &done = r.value();
        self->say(tr("Device %1 has a new secret.").arg(done.device.code));
        OneTimeSecretDialog(tr("Device secret"),
                            tr("The new secret of %1 %2 (login name %3). Enter it on the device's set-up screen or in its "
                               "credentials file.")
                                .arg(AdminText::deviceKind(done.device.kind), done.device.code, done.device.username),
                            done.secret, self)
            .exec();
    });
}

void DevicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DevicesPage::retranslate()
{
    m_hint->setText(tr("Ticket kiosks and hall displays log in with a device account of their own. Its secret is shown "
                       "once, when the device is added or given a new secret."));
    m_add->setText(tr("Add &device…"));
    m_rotate->setText(tr("New &secret…"));
    m_model->retranslate();
}

} // namespace ow
