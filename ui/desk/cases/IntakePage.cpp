#include "ui/desk/cases/IntakePage.h"

#include "core/client/CaseClient.h"
#include "core/client/ClientSession.h"
#include "core/client/OfflineCounter.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/ResidentId.h"
#include "ui/common/CaseText.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/cases/CaseDocuments.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ow {

namespace {

const QDate kNoDate(1900, 1, 1); // a date editor's "empty"
const MaterialStatus kStatuses[] = {MaterialStatus::Received, MaterialStatus::Missing, MaterialStatus::Exempt};


QDate cityToday()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date();
}

QWidget *withProblem(QWidget *editor, QLabel *problem)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    v->addWidget(problem);
    return box;
}

} // namespace

IntakePage::IntakePage(ClientSession &session, CaseClient &cases, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_cases(cases)
    , m_title(new QLabel(this))
    , m_ticketLabel(new QLabel(this))
    , m_service(new QComboBox(this))
    , m_serviceInfo(new QLabel(this))
    , m_applicantBox(new QGroupBox(this))
    , m_idNumber(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_knownCitizen(new QLabel(this))
    , m_applicantForm(new QFormLayout)
    , m_formBox(new QGroupBox(this))
    , m_form(new QFormLayout)
    , m_materialsBox(new QGroupBox(this))
    , m_materials(new QGridLayout)
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
    m_idNumber->setObjectName(QStringLiteral("applicantIdNumber"));
    m_name->setObjectName(QStringLiteral("applicantName"));
    m_phone->setObjectName(QStringLiteral("applicantPhone"));
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
    m_idNumber->setMaxLength(18);
    m_name->setMaxLength(50);
    m_phone->setMaxLength(20);
    m_knownCitizen->setStyleSheet(QStringLiteral("color:#2e7d32;"));
    m_message->setWordWrap(true);
    m_acceptButton->setDefault(true);
    m_acceptButton->setMinimumHeight(40);
    m_receiptButton->setVisible(false);

    m_applicantForm->addRow(m_idNumber->objectName(), withProblem(m_idNumber, problemLabel(QStringLiteral("applicant.id_number"))));
    m_applicantForm->addRow(m_name->objectName(), withProblem(m_name, problemLabel(QStringLiteral("applicant.name"))));
    m_applicantForm->addRow(m_phone->objectName(), withProblem(m_phone, problemLabel(QStringLiteral("applicant.phone"))));
    m_applicantForm->addRow(QString(), m_knownCitizen);
    m_applicantBox->setLayout(m_applicantForm);
    m_formBox->setLayout(m_form);
    m_materials->setColumnStretch(0, 1);
    m_materialsBox->setLayout(m_materials);

    auto *serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_service, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_ticketLabel);
    left->addLayout(serviceRow);
    left->addWidget(problemLabel(QStringLiteral("service")));
    left->addWidget(m_serviceInfo);
    left->addWidget(m_applicantBox);
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
    connect(m_idNumber, &QLineEdit::editingFinished, this, &IntakePage::onIdNumberEdited);
    for (QLineEdit *e : {m_idNumber, m_name, m_phone})
        connect(e, &QLineEdit::editingFinished, this, &IntakePage::copyApplicantToForm);
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
    connect(&m_cases, &CaseClient::citizenFound, this, [this](const QString &id, const QString &name, const QString &phone, int count) {
        if (id != m_idNumber->text().trimmed().toUpper())
            return;
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(name);
        if (m_phone->text().trimmed().isEmpty())
            m_phone->setText(phone);
        m_knownCitizen->setText(tr("Known to the bureau: %n earlier case(s); name and phone filled in.", nullptr, count));
        copyApplicantToForm();
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

QLabel *IntakePage::problemLabel(const QString &key)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("problem:") + key);
    label->setStyleSheet(QStringLiteral("color:#c62828;"));
    label->setWordWrap(true);
    label->setVisible(false);
    m_problemLabels.insert(key, label);
    return label;
}

const ServiceItem *IntakePage::service() const
{
    const Catalogue *catalogue = m_session.catalogue();
    return catalogue ? catalogue->service(m_service->currentData().toString()) : nullptr;
}

QString IntakePage::hallName(const QString &code) const
{
    for (const Hall &h : m_session.halls()) {
        if (h.code == code)
            return h.name.in(lang());
    }
    return code;
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
    m_problemLabels.value(QStringLiteral("service"))->setVisible(false);
    const ServiceItem *s = service();
    if (!s) {
        m_serviceInfo->clear();
        return;
    }
    buildForm(*s);
    buildMaterials(*s);
    retranslate();
    m_idNumber->setFocus();
}

void IntakePage::buildForm(const ServiceItem &service)
{
    for (const QString &key : m_fieldEditors.keys())
        m_problemLabels.remove(QStringLiteral("form.") + key);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fieldEditors.clear();
    m_copied.clear();
    for (const FormField &f : service.fields) {
        QWidget *editor = nullptr;
        switch (f.type) {
        case FieldType::Date: {
            auto *date = new QDateEdit;
            date->setCalendarPopup(true);
            date->setMinimumDate(kNoDate);
            date->setSpecialValueText(QStringLiteral(" "));
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setDate(kNoDate);
            editor = date;
            break;
        }
        case FieldType::Choice: {
            auto *choice = new QComboBox;
            choice->addItem(QString(), QString());
            for (const ChoiceOption &o : f.options)
                choice->addItem(o.label.in(lang()), o.value);
            editor = choice;
            break;
        }
        default: {
            auto *line = new QLineEdit;
            if (f.type == FieldType::Amount)
                line->setValidator(new QDoubleValidator(0, 1e12, 2, line));
            else if (f.type == FieldType::Integer)
                line->setValidator(new QIntValidator(0, 1000000000, line));
            else if (f.type == FieldType::IdNumber)
                line->setMaxLength(18);
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("field:") + f.key);
        m_fieldEditors.insert(f.key, editor);
        const QString label = f.label.in(lang()) + (f.required ? QStringLiteral(" *") : QString());
        m_form->addRow(label, withProblem(editor, problemLabel(QStringLiteral("form.") + f.key)));
    }
    m_formBox->setVisible(!service.fields.isEmpty());
}

void IntakePage::buildMaterials(const ServiceItem &service)
{
    while (QLayoutItem *item = m_materials->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_materialChoice);
    m_materialChoice.clear();
    int row = 0;
    for (const Material &m : service.materials) {
        auto *name = new QLabel(m.name.in(lang()) + (m.required ? QStringLiteral(" *") : QString()));
        name->setWordWrap(true);
        m_materials->addWidget(name, row, 0);
        auto *group = new QButtonGroup(this);
        int column = 1;
        for (MaterialStatus status : kStatuses) {
            auto *radio = new QRadioButton(CaseText::materialChoice(toString(status)));
            radio->setObjectName(QStringLiteral("material:%1:%2").arg(m.code, toString(status)));
            radio->setToolTip(CaseText::material(toString(status)));
            group->addButton(radio, static_cast<int>(status));
            m_materials->addWidget(radio, row, column++);
        }
        group->button(static_cast<int>(MaterialStatus::Missing))->setChecked(true);
        connect(group, &QButtonGroup::idClicked, this, &IntakePage::retranslate);
        m_materialChoice.insert(m.code, group);
        ++row;
    }
}

void IntakePage::onIdNumberEdited()
{
    const QString id = m_idNumber->text().trimmed().toUpper();
    const QString problem = ResidentId::problemText(ResidentId::check(id, cityToday()));
    QLabel *label = m_problemLabels.value(QStringLiteral("applicant.id_number"));
    label->setText(id.isEmpty() ? QString() : problem);
    label->setVisible(!id.isEmpty() && !problem.isEmpty());
    m_knownCitizen->clear();
    if (!id.isEmpty() && problem.isEmpty())
        m_cases.lookUpCitizen(id); // reuse what the city already holds for this person
}

// Most forms ask again for the applicant's name, ID number and phone: typed once is enough.
void IntakePage::copyApplicantToForm()
{
    const QList<QPair<QString, QLineEdit *>> same{{QStringLiteral("name"), m_name},
                                                  {QStringLiteral("id_number"), m_idNumber},
                                                  {QStringLiteral("phone"), m_phone}};
    for (const auto &[key, source] : same) {
        auto *target = qobject_cast<QLineEdit *>(m_fieldEditors.value(key));
        if (!target)
            continue;
        // Empty, or still what was copied before (the teller did not type over it): follow the applicant.
        const QString current = target->text().trimmed();
        if (current.isEmpty() || current == m_copied.value(key)) {
            const QString value = source == m_idNumber ? source->text().trimmed().toUpper() : source->text().trimmed();
            target->setText(value);
            m_copied.insert(key, value);
        }
    }
}

IntakeRequest IntakePage::request(CaseAction decision) const
{
    IntakeRequest r;
    r.hallCode = m_session.isLoggedIn() ? m_session.account().hallCode : QString();
    r.window = m_window;
    r.ticketId = m_ticketServices.contains(m_service->currentData().toString()) ? m_ticketId : 0;
    r.serviceCode = m_service->currentData().toString();
    r.applicantId = m_idNumber->text().trimmed().toUpper();
    r.applicantName = m_name->text().trimmed();
    r.applicantPhone = m_phone->text().trimmed();
    r.decision = decision;
    r.pickupHallCode = m_pickup->currentData().toString();
    const ServiceItem *s = service();
    if (!s)
        return r;
    for (const FormField &f : s->fields) {
        QWidget *editor = m_fieldEditors.value(f.key);
        if (auto *date = qobject_cast<QDateEdit *>(editor)) {
            if (date->date() != kNoDate)
                r.form.insert(f.key, date->date().toString(Qt::ISODate));
        } else if (auto *choice = qobject_cast<QComboBox *>(editor)) {
            if (!choice->currentData().toString().isEmpty())
                r.form.insert(f.key, choice->currentData().toString());
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            const QString text = line->text().trimmed();
            if (text.isEmpty())
                continue;
            if (f.type == FieldType::Integer)
                r.form.insert(f.key, text.toLongLong());
            else
                r.form.insert(f.key, text);
        }
    }
    for (auto it = m_materialChoice.begin(); it != m_materialChoice.end(); ++it)
        r.materials.insert(it.key(), static_cast<MaterialStatus>(it.value()->checkedId()));
    return r;
}

void IntakePage::showProblems(const QHash<QString, QString> &problems)
{
    for (auto it = m_problemLabels.begin(); it != m_problemLabels.end(); ++it) {
        it.value()->setText(problems.value(it.key()));
        it.value()->setVisible(problems.contains(it.key()));
    }
    if (problems.isEmpty())
        return;
    // Focus the first field at fault, in the order of the screen.
    if (problems.contains(QStringLiteral("applicant.id_number")))
        m_idNumber->setFocus();
    else if (problems.contains(QStringLiteral("applicant.name")))
        m_name->setFocus();
    else if (problems.contains(QStringLiteral("applicant.phone")))
        m_phone->setFocus();
    else if (const ServiceItem *s = service()) {
        for (const FormField &f : s->fields) {
            if (problems.contains(QStringLiteral("form.") + f.key)) {
                m_fieldEditors.value(f.key)->setFocus();
                break;
            }
        }
    }
    QStringList other; // what has no line of its own on the screen
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        if (!m_problemLabels.contains(it.key()))
            other << it.value();
    }
    say(other.isEmpty() ? tr("Please correct the fields marked in red.") : other.join(QLatin1Char(' ')), true);
}

void IntakePage::printNotice()
{
    const ServiceItem *s = service();
    if (!s)
        return;
    const IntakeRequest r = request(CaseAction::Accept);
    CaseNotice n;
    n.hallName = hallName(r.hallCode);
    n.serviceName = s->name.in(lang());
    n.applicantName = r.applicantName;
    n.applicantId = r.applicantId;
    for (const Material &m : m_cases.missingRequired(r))
        n.missing << m.name.in(lang());
    n.day = cityToday();
    n.window = m_window;
    printed(m_output.print(QStringLiteral("notice-%1-%2").arg(s->code, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                           [&n](QPrinter &p) { CaseDocuments::renderNotice(p, n); }));
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
    const QJsonObject c = m_cases.acceptOffline(request);
    m_done = true;
    m_lastCase = c;
    if (request.decision == CaseAction::CompleteOnSpot)
        say(tr("Offline: completed on the spot as case %1; sent when the server is back.").arg(request.number));
    else
        say(tr("Offline: accepted as case %1, promised by %2; the receipt is printed, the case is sent when the server is back.")
                .arg(request.number, c.value(QLatin1String("due_date")).toString(tr("no time limit"))));
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

void IntakePage::onIntakeDone(const QJsonObject &c)
{
    if (!m_waiting)
        return; // another page's intake
    m_waiting = false;
    m_done = true; // one application, one case: the next starts from a cleared form
    m_lastCase = c;
    const QString number = c.value(QLatin1String("number")).toString();
    const QString state = c.value(QLatin1String("state")).toString();
    if (state == QLatin1String("refused")) {
        say(tr("Not accepted; case %1 records it. The notice is printed.").arg(number));
        printRefusal(c);
    } else if (state == QLatin1String("completed_on_spot")) {
        say(tr("Completed on the spot: case %1.").arg(number));
        printReceipt(c);
    } else {
        say(tr("Accepted: case %1, promised by %2. The receipt is printed.")
                .arg(number, c.value(QLatin1String("due_date")).toString(tr("no time limit"))));
        printReceipt(c);
    }
    m_receiptButton->setVisible(state != QLatin1String("refused"));
    retranslate();
    Q_EMIT caseOpened(number);
}

void IntakePage::onIntakeRefused(const QString &message, const QJsonObject &fields, const QJsonArray &missing)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    QHash<QString, QString> problems;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != QLatin1String("materials"))
            problems.insert(it.key(), it.value().toString());
    }
    showProblems(problems);
    QStringList names;
    for (const QJsonValue &m : missing)
        names << m.toObject().value(lang() == QLatin1String("en") ? QLatin1String("name_en") : QLatin1String("name")).toString();
    say(names.isEmpty() ? message : tr("Required materials are missing: %1. Print the one-time notice for the citizen.").arg(names.join(tr(", "))),
        true);
}

void IntakePage::printReceipt(const QJsonObject &c)
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *s = catalogue ? catalogue->service(c.value(QLatin1String("service")).toString()) : nullptr;
    const QJsonObject applicant = c.value(QLatin1String("applicant")).toObject();
    CaseReceipt r;
    r.hallName = hallName(c.value(QLatin1String("hall")).toString());
    r.number = c.value(QLatin1String("number")).toString();
    r.serviceName = s ? s->name.in(lang()) : c.value(QLatin1String("service")).toString();
    r.applicantName = applicant.value(QLatin1String("name")).toString();
    r.applicantId = applicant.value(QLatin1String("id_number")).toString();
    const QJsonObject materials = c.value(QLatin1String("materials")).toObject();
    if (s) {
        for (const Material &m : s->materials) {
            if (materials.value(m.code).toString() == QLatin1String("received"))
                r.received << m.name.in(lang());
        }
    }
    r.acceptedDay = QDate::fromString(c.value(QLatin1String("accepted_day")).toString(), Qt::ISODate);
    r.dueDate = QDate::fromString(c.value(QLatin1String("due_date")).toString(), Qt::ISODate);
    r.pickupHall = hallName(c.value(QLatin1String("pickup_hall")).toString());
    r.statusLink = m_session.server().resolved(QUrl(QStringLiteral("/c/") + r.number)).toString();
    printed(m_output.print(QStringLiteral("receipt-") + r.number, [&r](QPrinter &p) { CaseDocuments::renderReceipt(p, r); }));
}

void IntakePage::printRefusal(const QJsonObject &c)
{
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *s = catalogue ? catalogue->service(c.value(QLatin1String("service")).toString()) : nullptr;
    const QJsonObject applicant = c.value(QLatin1String("applicant")).toObject();
    CaseRefusal r;
    r.hallName = hallName(c.value(QLatin1String("hall")).toString());
    r.number = c.value(QLatin1String("number")).toString();
    r.serviceName = s ? s->name.in(lang()) : c.value(QLatin1String("service")).toString();
    r.applicantName = applicant.value(QLatin1String("name")).toString();
    r.applicantId = applicant.value(QLatin1String("id_number")).toString();
    const QJsonArray timeline = c.value(QLatin1String("timeline")).toArray();
    r.reason = timeline.isEmpty() ? QString() : timeline.first().toObject().value(QLatin1String("note")).toString();
    r.day = QDate::fromString(c.value(QLatin1String("accepted_day")).toString(), Qt::ISODate);
    r.window = m_window;
    printed(m_output.print(QStringLiteral("refusal-") + r.number, [&r](QPrinter &p) { CaseDocuments::renderRefusal(p, r); }));
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
    m_idNumber->clear();
    m_name->clear();
    m_phone->clear();
    m_knownCitizen->clear();
    m_message->clear();
    m_receiptButton->setVisible(false);
    m_lastCase = {};
    m_waiting = false;
    m_done = false;
    showProblems({});
    if (const ServiceItem *s = service()) {
        buildForm(*s);
        buildMaterials(*s);
    }
    retranslate();
}

void IntakePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuildServices();
        if (const ServiceItem *s = service()) { // the generated form carries the catalogue's labels
            const IntakeRequest kept = request(CaseAction::Accept);
            buildForm(*s);
            buildMaterials(*s);
            for (auto it = kept.materials.begin(); it != kept.materials.end(); ++it)
                m_materialChoice.value(it.key())->button(static_cast<int>(it.value()))->setChecked(true);
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
    m_applicantBox->setTitle(tr("Applicant"));
    m_applicantForm->labelForField(m_idNumber->parentWidget())->setProperty("text", tr("Resident ID number *"));
    m_applicantForm->labelForField(m_name->parentWidget())->setProperty("text", tr("Name *"));
    m_applicantForm->labelForField(m_phone->parentWidget())->setProperty("text", tr("Mobile phone"));
    m_idNumber->setPlaceholderText(tr("18 characters; the last may be X"));
    m_phone->setPlaceholderText(tr("For the notice when the result is ready"));
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
