#include "ui/desk/hotline/WorkOrderDialogs.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/hotline/WorkOrderRules.h"
#include "ui/common/LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

WorkOrderAnswerDialog::WorkOrderAnswerDialog(const WorkOrderDetail &detail, QWidget *parent)
    : QDialog(parent), m_answer(new QPlainTextEdit(this)), m_notify(new QCheckBox(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("workOrderAnswerDialog"));
    setWindowTitle(tr("Answer work order %1").arg(detail.workOrder.number));
    m_answer->setObjectName(QStringLiteral("workOrderAnswerText"));
    m_notify->setObjectName(QStringLiteral("workOrderNotify"));
    auto *said = new QLabel(detail.text, this);
    said->setWordWrap(true);
    said->setTextInteractionFlags(Qt::TextSelectableByMouse);
    said->setStyleSheet(QStringLiteral("background: #f1f3f4; padding: 6px;"));
    m_answer->setPlaceholderText(tr("What was found and what was done, for the caller"));
    m_answer->setTabChangesFocus(true);
    m_notify->setText(tr("Send the answer to the caller (%1) by text message").arg(detail.workOrder.phone));
    m_notify->setChecked(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Answer"));
    m_ok->setObjectName(QStringLiteral("workOrderAnswerOk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The caller said:"), this));
    layout->addWidget(said);
    layout->addWidget(new QLabel(tr("Answer:"), this));
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_notify);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, 380);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &WorkOrderAnswerDialog::check);
    check();
}

AnswerWorkOrderRequest WorkOrderAnswerDialog::request() const
{
    return {m_answer->toPlainText().trimmed(), m_notify->isChecked()};
}

void WorkOrderAnswerDialog::check()
{
    const auto problems = WorkOrderRules::checkAnswer(request());
    m_ok->setEnabled(problems.isEmpty());
    // Nothing typed yet is not worth a red line; too long is.
    m_problem->setText(problems.isEmpty() || m_answer->toPlainText().trimmed().isEmpty() ? QString()
                                                                                         : WorkOrderRules::text(problems.first()));
}

WorkOrderBookingDialog::WorkOrderBookingDialog(const WorkOrderDetail &detail, const Catalogue *catalogue, const QDateTime &now,
                                               QWidget *parent)
    : QDialog(parent), m_slot(new QDateTimeEdit(this)), m_matter(new QComboBox(this))
{
    setObjectName(QStringLiteral("workOrderBookingDialog"));
    setWindowTitle(tr("Book an appointment for work order %1").arg(detail.workOrder.number));
    m_slot->setObjectName(QStringLiteral("workOrderSlot"));
    m_matter->setObjectName(QStringLiteral("workOrderBookingMatter"));
    // The next quarter hour of tomorrow morning is what a caller usually wants; any quarter hour may be chosen.
    QDateTime local = now.toLocalTime().addDays(1);
    local.setTime(QTime(9, 0));
    m_slot->setDateTime(local);
    m_slot->setMinimumDateTime(now.toLocalTime());
    m_slot->setMaximumDateTime(now.toLocalTime().addDays(30));
    m_slot->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_slot->setCalendarPopup(true);
    if (catalogue) {
        for (const ServiceItem &s : catalogue->services())
            m_matter->addItem(QStringLiteral("%1 %2").arg(s.code, s.name.in(LanguageManager::current())), s.code);
    }
    const int at = m_matter->findData(detail.workOrder.service);
    m_matter->setCurrentIndex(at >= 0 ? at : 0);
    m_matter->setMinimumContentsLength(20);
    auto *form = new QFormLayout;
    form->addRow(tr("Slot (quarter hours):"), m_slot);
    form->addRow(tr("Matter:"), m_matter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Book"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("workOrderBookOk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WorkOrderBookingRequest WorkOrderBookingDialog::request() const
{
    WorkOrderBookingRequest r;
    QDateTime slot = m_slot->dateTime();
    // Slots start on the quarter hour: round down what was typed.
    const QTime t = slot.time();
    slot.setTime(QTime(t.hour(), t.minute() - t.minute() % 15));
    r.slotAt = slot.toOffsetFromUtc(slot.offsetFromUtc());
    r.service = m_matter->currentData().toString();
    return r;
}

} // namespace ow
