#include "ui/desk/hotline/WorkOrderForm.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/hotline/WorkOrderRules.h"
#include "core/domain/util/Masking.h"
#include "ui/common/LanguageManager.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

namespace {
const WorkOrderKind kKinds[] = {WorkOrderKind::Consultation, WorkOrderKind::Booking, WorkOrderKind::Complaint,
                                WorkOrderKind::Suggestion, WorkOrderKind::Praise};
} // namespace

WorkOrderForm::WorkOrderForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_phoneLabel(new QLabel(this))
    , m_hallLabel(new QLabel(this))
    , m_matterLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_ticketLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_masked(new QLabel(this))
    , m_hall(new QComboBox(this))
    , m_matter(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_ticketDay(new QDateEdit(QDate::currentDate(), this))
    , m_problems(new QLabel(this))
    , m_record(new QPushButton(this))
{
    setObjectName(QStringLiteral("workOrderForm"));
    m_kind->setObjectName(QStringLiteral("workOrderKind"));
    m_phone->setObjectName(QStringLiteral("workOrderPhone"));
    m_masked->setObjectName(QStringLiteral("workOrderPhoneMasked"));
    m_hall->setObjectName(QStringLiteral("workOrderHall"));
    m_matter->setObjectName(QStringLiteral("workOrderMatter"));
    m_text->setObjectName(QStringLiteral("workOrderText"));
    m_ticket->setObjectName(QStringLiteral("workOrderTicket"));
    m_ticketDay->setObjectName(QStringLiteral("workOrderTicketDay"));
    m_problems->setObjectName(QStringLiteral("workOrderProblems"));
    m_record->setObjectName(QStringLiteral("recordWorkOrderButton"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    for (int i = 0; i < static_cast<int>(std::size(kKinds)); ++i)
        m_kind->addItem(QString(), toString(kKinds[i]));
    m_phone->setMaxLength(20);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_masked->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_matter->setMinimumContentsLength(16);
    m_matter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hall->setMinimumContentsLength(16);
    m_hall->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(60);
    m_text->setMaximumHeight(90); // the list below matters as much as the form
    m_ticket->setMaxLength(6);
    m_ticketDay->setCalendarPopup(true);
    m_ticketDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_record->setDefault(true);

    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_masked);
    auto *ticketRow = new QHBoxLayout;
    ticketRow->addWidget(m_ticket, 1);
    ticketRow->addWidget(m_ticketDay);
    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_phoneLabel, phoneRow);
    form->addRow(m_hallLabel, m_hall);
    form->addRow(m_matterLabel, m_matter);
    form->addRow(m_textLabel, m_text);
    form->addRow(m_ticketLabel, ticketRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problems, 1);
    buttons->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_phone, &QLineEdit::textChanged, this, &WorkOrderForm::updateMasked);
    connect(m_record, &QPushButton::clicked, this, &WorkOrderForm::submit);
    retranslate();
}

void WorkOrderForm::setHalls(const QList<Hall> &halls)
{
    const QString current = m_hall->currentData().toString();
    m_hall->clear();
    for (const Hall &h : halls) {
        if (!h.archived)
            m_hall->addItem(h.name.in(LanguageManager::current()), h.code);
    }
    const int at = m_hall->findData(current);
    m_hall->setCurrentIndex(at >= 0 ? at : 0);
}

void WorkOrderForm::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    const QString current = m_matter->currentData().toString();
    m_matter->clear();
    m_matter->addItem(tr("(none)"), QString());
    if (catalogue) {
        for (const ServiceItem &s : catalogue->services())
            m_matter->addItem(QStringLiteral("%1 %2").arg(s.code, s.name.in(LanguageManager::current())), s.code);
    }
    const int at = m_matter->findData(current);
    m_matter->setCurrentIndex(at >= 0 ? at : 0);
}

NewWorkOrderRequest WorkOrderForm::request() const
{
    NewWorkOrderRequest r;
    r.kind = workOrderKindFromString(m_kind->currentData().toString());
    r.phone = m_phone->text().trimmed();
    r.hall = m_hall->currentData().toString();
    r.service = m_matter->currentData().toString();
    r.text = m_text->toPlainText().trimmed();
    r.ticket = m_ticket->text().trimmed().toUpper();
    if (!r.ticket.isEmpty())
        r.ticketDay = m_ticketDay->date();
    return r;
}

void WorkOrderForm::showProblems(const QHash<QString, QString> &problems)
{
    QStringList lines;
    const QList<QPair<QString, QLabel *>> fields{{QStringLiteral("kind"), m_kindLabel},   {QStringLiteral("phone"), m_phoneLabel},
                                                 {QStringLiteral("hall"), m_hallLabel},   {QStringLiteral("service"), m_matterLabel},
                                                 {QStringLiteral("text"), m_textLabel},   {QStringLiteral("ticket"), m_ticketLabel}};
    for (const auto &[field, label] : fields) {
        if (problems.contains(field))
            lines << label->text().remove(QLatin1Char(':')).remove(QChar(0xFF1A)) + QStringLiteral(" — ") + problems.value(field);
    }
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        bool known = false;
        for (const auto &f : fields)
            known = known || f.first == it.key();
        if (!known)
            lines << it.value();
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
}

void WorkOrderForm::clear()
{
    m_phone->clear();
    m_text->clear();
    m_ticket->clear();
    m_matter->setCurrentIndex(0);
    showProblems({});
}

void WorkOrderForm::updateMasked()
{
    const QString phone = m_phone->text().trimmed();
    m_masked->setText(phone.isEmpty() ? QString() : tr("shown as %1").arg(ow::mask(PersonalData::Phone, phone)));
}

void WorkOrderForm::submit()
{
    const NewWorkOrderRequest r = request();
    QHash<QString, QString> problems;
    for (const WorkOrderRules::Problem &p : WorkOrderRules::checkNew(r)) {
        if (!problems.contains(p.field))
            problems.insert(p.field, WorkOrderRules::text(p));
    }
    showProblems(problems);
    if (problems.isEmpty())
        Q_EMIT submitted(r);
}

void WorkOrderForm::retranslate()
{
    m_title->setText(tr("Record a call"));
    m_kindLabel->setText(tr("Kind:"));
    m_phoneLabel->setText(tr("Caller's number:"));
    m_hallLabel->setText(tr("Hall:"));
    m_matterLabel->setText(tr("Matter:"));
    m_textLabel->setText(tr("What was said:"));
    m_ticketLabel->setText(tr("Ticket (complaint):"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, workOrderKindText(kKinds[i]));
    m_phone->setPlaceholderText(tr("Mobile or landline with area code"));
    m_text->setPlaceholderText(tr("What the caller asked or reported"));
    m_ticket->setPlaceholderText(tr("e.g. A012"));
    m_record->setText(tr("Record work order"));
    if (m_matter->count() > 0)
        m_matter->setItemText(0, tr("(none)"));
    updateMasked();
}

} // namespace ow
