#include "ui/desk/cases/IntakePage.h"

#include "core/client/CaseClient.h"
#include "core/client/ClientSession.h"
#include "core/client/OfflineCounter.h"
#include "core/domain/util/Clock.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/cases/ApplicantBox.h"
#include "ui/desk/cases/IntakeFormEditor.h"
#include "ui/desk/cases/MaterialChecklist.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ow {

IntakePage::IntakePage(ClientSession &session, CaseClient &cases, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_cases(cases)
    , m_documents(session)
    , m_title(new QLabel(this))
    , m_ticketLabel(new QLabel(this))
    , m_service(new QComboBox(this))
    , m_serviceInfo(new QLabel(this))
    , m_applicant(new ApplicantBox(cases, m_problems, this))
    , m_formBox(new QGroupBox(this))
    , m_form(new IntakeFormEditor(m_problems, m_formBox))
    , m_materialsBox(new QGroupBox(this))
    , m_materials(new MaterialChecklist(m_materialsBox))
    , m_pickup(new QComboBox(this))
    , m_pickupLabel(new QLabel(this))
    , m_noticeButton(new QPushButton(this))
    , m_refuseButton(new QPushButton(this))
    , m_acceptButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_receiptButton(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("intakePage"));
    m_service->setObjectName(QStringLiteral("intakeService"));
    m_pickup->setObjectName(QStringLiteral("pickupHall"));
    m_noticeButton->setObjectName(QStringLiteral("printNoticeButton"));
    m_refuseButton->setObjectName(QStringLiteral("refuseButton"));
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_clearButton->setObjectName(QStringLiteral("clearIntakeButton"));
    m_receiptButton->setObjectName(QStringLiteral("reprintReceiptButton"));
    m_message->setObjectName(QStringLiteral("intakeMessage"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_service->setEditable(true);
    m_service->setInsertPolicy(QComboBox::NoInsert);
    m_service->completer()->setFilterMode(Qt::MatchContains);
    m_service->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_service->setMinimumWidth(420);
    m_serviceInfo->setWordWrap(true);
    m_serviceInfo->setStyleSheet(QStringLiteral("color:#555;"));
    m_message->setWordWrap(true);
    m_acceptButton->setDefault(true);
    m_acceptButton->setMinimumHeight(40);
    m_receiptButton->setVisible(false);

    (new QVBoxLayout(m_formBox))->addWidget(m_form);
    (new QVBoxLayout(m_materialsBox))->addWidget(m_materials);

    auto *serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_service, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_ticketLabel);
    left->addLayout(serviceRow);
    left->addWidget(m_problems.make(QStringLiteral("service")));
    left->addWidget(m_serviceInfo);
    left->addWidget(m_applicant);
    left->addWidget(m_formBox);
    left->addStretch(1);
    auto *leftBox = new QWidget;
    leftBox->setLayout(left);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(leftBox);

    auto *pickupRow = new QHBoxLayout;
    pickupRow->addWidget(m_pickupLabel);
    pickupRow->addWidget(m_pickup, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_clearButton);
    buttons->addStretch(1);
    buttons->addWidget(m_refuseButton);
    buttons->addWidget(m_noticeButton);
    buttons->addWidget(m_acceptButton);
    auto *right = new QVBoxLayout;
    right->addWidget(m_materialsBox);
    right->addLayout(pickupRow);
    right->addStretch(1);
    right->addWidget(m_message);
    right->addWidget(m_receiptButton, 0, Qt::AlignRight);
    right->addLayout(buttons);

    auto *main = new QHBoxLayout(this);
    main->addWidget(scroll, 3);
    main->addLayout(right, 2);

    connect(m_service, &QComboBox::activated, this, &IntakePage::onServiceChosen);
    connect(m_applicant, &ApplicantBox::edited, this, &IntakePage::copyApplicantToForm);
    connect(m_materials, &MaterialChecklist::changed, this, &IntakePage::retranslate);
    connect(m_noticeButton, &QPushButton::clicked, this, &IntakePage::printNotice);
    connect(m_acceptButton, &QPushButton::clicked, this, &IntakePage::accept);
    connect(m_refuseButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("Not accepted"), tr("The reason, as the notice will print it:"),
                                                              QString(), &ok);
        if (ok)
            refuse(reason);
    });
    connect(m_clearButton, &QPushButton::clicked, this, &IntakePage::clear);
    connect(m_receiptButton, &QPushButton::clicked, this, [this] { printReceipt(m_lastCase); });
    connect(&m_cases, &CaseClient::intakeDone, this, &IntakePage::onIntakeDone);
    connect(&m_cases, &CaseClient::intakeRefused, this, &IntakePage::onIntakeRefused);
    connect(&m_cases, &CaseClient::queuedOffline, this, [this] {
        if (m_waiting)
            say(tr("Saved on this computer; it is sent as soon as the server can be reached, and the receipt is printed then."));
    });
    connect(&m_session, &ClientSession::catalogueChanged, this, &IntakePage::rebuildServices);
    connect(&m_session, &ClientSession::hallsChanged, this, &IntakePage::rebuildServices);
    rebuildServices();
    retranslate();
}

QString IntakePage::lang() const
{
    return LanguageManager::current();
}

const ServiceItem *IntakePage::service() const
{
    const Catalogue *catalogue = m_session.catalogue();
    return catalogue ? catalogue->service(m_service->currentData().toString()) : nullptr;
}

void IntakePage::rebuildServices()
{
    const QString chosen = m_service->currentData().toString();
    const QString pickup = m_pickup->currentData().toString();
    m_service->blockSignals(true);
    m_service->clear();
    // The ticket's matters first, then the whole catalogue.
    if (const Catalogue *catalogue = m_session.catalogue()) {
        QList<const ServiceItem *> items;
        for (const QString &code : std::as_const(m_ticketServices)) {
            if (const ServiceItem *s = catalogue->service(code))
                items.append(s);
        }
        for (const ServiceItem &s : catalogue->services()) {
            if (!m_ticketServices.contains(s.code))
                items.append(&s);
        }
        for (const ServiceItem *s : std::as_const(items))
            m_service->addItem(QStringLiteral("%1  %2 · %3").arg(s->name.in(lang()), s->pinyin, s->code), s->code);
    }
    m_service->setCurrentIndex(chosen.isEmpty() ? -1 : m_service->findData(chosen));
    m_service->blockSignals(false);

    m_pickup->clear();
    for (const Hall &h : m_session.halls())
        m_pickup->addItem(h.name.in(lang()), h.code);
    const QString own = m_session.isLoggedIn() ? m_session.account().hallCode : QString();
    m_pickup->setCurrentIndex(std::max(0, m_pickup->findData(pickup.isEmpty() ? own : pickup)));
    if (service() == nullptr && !chosen.isEmpty())
        onServiceChosen();
}

void IntakePage::setTicket(qint64 ticketId, const QString &number, const QStringList &services)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    m_ticketNumber = number;
    m_ticketServices = services;
    rebuildServices();
    if (ticketId && !services.isEmpty() && m_service->currentIndex() < 0)
        startMatter(services.first());
    retranslate();
}

void IntakePage::startMatter(const QString &serviceCode)
{
    const int index = m_service->findData(serviceCode);
    if (index < 0)
        return;
    m_service->setCurrentIndex(index);
    onServiceChosen();
}

void IntakePage::onServiceChosen()
{
    m_problems.line(QStringLiteral("service"))->setVisible(false);
    const ServiceItem *s = service();
    if (!s) {
        m_serviceInfo->clear();
        return;
    }
    buildForService(*s);
    retranslate();
    // Told at once, before the form is typed, when this hall may not accept the matter.
    if (const QString why = m_cases.notDelegatedHere(s->code); !why.isEmpty()) {
        m_problems.line(QStringLiteral("service"))->setText(why);
        m_problems.line(QStringLiteral("service"))->setVisible(true);
    }
    m_applicant->focusIdNumber();
}

void IntakePage::buildForService(const ServiceItem &service)
{
    m_form->build(service, lang());
    m_formBox->setVisible(!service.fields.isEmpty());
    m_materials->build(service, lang());
}

// Most forms ask again for the applicant's name, ID number and phone: typed once is enough.
void IntakePage::copyApplicantToForm()
{
    m_form->copyApplicant(m_applicant->name(), m_applicant->idNumber(), m_applicant->phone());
}

IntakeRequest IntakePage::request(CaseAction decision) const
{
    IntakeRequest r;
    r.hallCode = m_session.isLoggedIn() ? m_session.account().hallCode : QString();
    r.window = m_window;
    r.ticketId = m_ticketServices.contains(m_service->currentData().toString()) ? m_ticketId : 0;
    r.serviceCode = m_service->currentData().toString();
    r.applicantId = m_applicant->idNumber();
    r.applicantName = m_applicant->name();
    r.applicantPhone = m_applicant->phone();
    r.decision = decision;
    r.pickupHallCode = m_pickup->currentData().toString();
    const ServiceItem *s = service();
    if (!s)
        return r;
    r.form = m_form->values(*s);
    r.materials = m_materials->statuses();
    return r;
}

void IntakePage::showProblems(const QHash<QString, QString> &problems)
{
    QStringList other = m_problems.show(problems); // what has no line of its own on the screen
    if (problems.isEmpty())
        return;
    // Focus the first field at fault, in the order of the screen.
    if (!m_applicant->focusFirst(problems)) {
        if (const ServiceItem *s = service())
            m_form->focusFirst(*s, problems);
    }
    if (problems.contains(QStringLiteral("service"))) // the matter itself: nothing in the form corrects it
        other.prepend(problems.value(QStringLiteral("service")));
    say(other.isEmpty() ? tr("Please correct the fields marked in red.") : other.join(QLatin1Char(' ')), true);
}

void IntakePage::printNotice()
{
    const ServiceItem *s = service();
    if (!s)
        return;
    const IntakeRequest r = request(CaseAction::Accept);
    printed(m_documents.notice(r, *s, m_cases.missingRequired(r), m_cases.today()));
}

void IntakePage::accept()
{
    const ServiceItem *s = service();
    const IntakeRequest r = request(s && s->kind == ServiceKind::OnTheSpot ? CaseAction::CompleteOnSpot : CaseAction::Accept);
    const auto problems = m_cases.problems(r);
    showProblems(problems);
    if (!problems.isEmpty() || m_waiting || m_done)
        return;
    if (const auto missing = m_cases.missingRequired(r); !missing.isEmpty()) {
        QStringList names;
        for (const Material &m : missing)
            names << m.name.in(lang());
        say(tr("Required materials are missing: %1. Print the one-time notice for the citizen.").arg(names.join(tr(", "))), true);
        return;
    }
    if (m_session.state() == ConnectionState::Offline && m_offline) {
        acceptOffline(r);
        return;
    }
    m_waiting = true;
    say(tr("Sending…"));
    m_cases.submitIntake(r);
}

// The server is out of reach: the case takes a number from the window's leased block, its receipt
// is printed now, and the intake waits in the outbox.
void IntakePage::acceptOffline(IntakeRequest request)
{
    auto number = m_offline->takeCaseNumber();
    if (!number) {
        say(number.error().detail, true);
        return;
    }
    request.number = number.value();
    request.acceptedAt = m_session.clock().now();
    const CaseView c = m_cases.acceptOffline(request);
    m_done = true;
    m_lastCase = c;
    if (request.decision == CaseAction::CompleteOnSpot)
        say(tr("Offline: completed on the spot as case %1; sent when the server is back.").arg(request.number));
    else
        say(tr("Offline: accepted as case %1, promised by %2; the receipt is printed, the case is sent when the server is back.")
                .arg(request.number, c.dueDate.isValid() ? c.dueDate.toString(Qt::ISODate) : tr("no time limit")));
    printReceipt(c);
    m_receiptButton->setVisible(true);
    retranslate();
}

void IntakePage::refuse(const QString &reason)
{
    IntakeRequest r = request(CaseAction::Refuse);
    r.reason = reason;
    const auto problems = m_cases.problems(r);
    showProblems(problems);
    if (!problems.isEmpty() || m_waiting || m_done)
        return;
    m_waiting = true;
    m_cases.submitIntake(r);
}

void IntakePage::onIntakeDone(const CaseView &c)
{
    if (!m_waiting)
        return; // another page's intake
    m_waiting = false;
    m_done = true; // one application, one case: the next starts from a cleared form
    m_lastCase = c;
    if (c.facts.state == CaseState::Refused) {
        say(tr("Not accepted; case %1 records it. The notice is printed.").arg(c.number));
        printed(m_documents.refusal(c, m_window));
    } else if (c.facts.state == CaseState::CompletedOnSpot) {
        say(tr("Completed on the spot: case %1.").arg(c.number));
        printReceipt(c);
    } else {
        say(tr("Accepted: case %1, promised by %2. The receipt is printed.")
                .arg(c.number, c.dueDate.isValid() ? c.dueDate.toString(Qt::ISODate) : tr("no time limit")));
        printReceipt(c);
    }
    m_receiptButton->setVisible(c.facts.state != CaseState::Refused);
    retranslate();
    Q_EMIT caseOpened(c.number);
}

void IntakePage::onIntakeRefused(const QString &message, const QHash<QString, QString> &fields, const QList<MissingMaterial> &missing)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    QHash<QString, QString> problems = fields;
    problems.remove(QStringLiteral("materials")); // the list below says which
    showProblems(problems);
    QStringList names;
    for (const MissingMaterial &m : missing)
        names << (lang() == QLatin1String("en") ? m.nameEn : m.name);
    say(names.isEmpty() ? message : tr("Required materials are missing: %1. Print the one-time notice for the citizen.").arg(names.join(tr(", "))),
        true);
}

void IntakePage::printReceipt(const CaseView &c)
{
    printed(m_documents.receipt(c));
}

void IntakePage::printed(const Result<QString> &where)
{
    if (!where) {
        say(where.error().detail, true);
        return;
    }
    m_lastDocument = where.value();
    Q_EMIT documentPrinted(where.value());
}

void IntakePage::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color:#c62828; font-weight:bold;") : QStringLiteral("color:#1b5e20; font-weight:bold;"));
}

void IntakePage::clear()
{
    m_applicant->clear();
    m_message->clear();
    m_receiptButton->setVisible(false);
    m_lastCase = {};
    m_waiting = false;
    m_done = false;
    showProblems({});
    if (const ServiceItem *s = service())
        buildForService(*s);
    retranslate();
}

void IntakePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuildServices();
        if (const ServiceItem *s = service()) { // the generated form carries the catalogue's labels
            const IntakeRequest kept = request(CaseAction::Accept);
            buildForService(*s);
            m_materials->setStatuses(kept.materials);
        }
        retranslate();
    }
    QWidget::changeEvent(event);
}

void IntakePage::retranslate()
{
    m_title->setText(tr("Intake"));
    m_ticketLabel->setText(m_ticketId ? tr("Ticket %1 at window %2: its matters are listed first.").arg(m_ticketNumber).arg(m_window)
                                      : tr("No ticket at the window: choose any matter from the catalogue."));
    m_service->lineEdit()->setPlaceholderText(tr("Matter: type its name, pinyin initials or code"));
    m_applicant->retranslate();
    m_formBox->setTitle(tr("Application form"));
    m_materialsBox->setTitle(tr("Materials (* required)"));
    m_pickupLabel->setText(tr("Collect the result at"));
    m_noticeButton->setText(tr("Print one-time notice"));
    m_refuseButton->setText(tr("Do not accept…"));
    m_clearButton->setText(m_done ? tr("Next application") : tr("Clear"));
    m_receiptButton->setText(tr("Print the receipt again"));
    const ServiceItem *s = service();
    m_acceptButton->setText(s && s->kind == ServiceKind::OnTheSpot ? tr("Complete on the spot") : tr("Accept"));
    if (s) {
        const QString kind = s->kind == ServiceKind::OnTheSpot ? tr("on-the-spot matter") : tr("committed matter, %n working day(s)", nullptr, s->timeLimitDays);
        const QString risk = s->risk == RiskLevel::High ? tr(" · high risk: two-person review") : QString();
        m_serviceInfo->setText(kind + risk);
    }
    const bool missing = s && !m_cases.missingRequired(request(CaseAction::Accept)).isEmpty();
    m_noticeButton->setEnabled(missing && !m_done);
    m_acceptButton->setEnabled(s != nullptr && !m_done);
    m_refuseButton->setEnabled(s != nullptr && !m_done);
}

} // namespace ow
