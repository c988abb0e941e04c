#include "ui/desk/cases/ApplicantBox.h"

#include "core/client/CaseClient.h"
#include "core/domain/util/ResidentId.h"
#include "ui/desk/cases/ProblemLines.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ow {

namespace {
const QString kIdNumber = QStringLiteral("applicant.id_number");
const QString kName = QStringLiteral("applicant.name");
const QString kPhone = QStringLiteral("applicant.phone");
} // namespace

ApplicantBox::ApplicantBox(CaseClient &cases, ProblemLines &problems, QWidget *parent)
    : QGroupBox(parent)
    , m_cases(cases)
    , m_problems(problems)
    , m_form(new QFormLayout(this))
    , m_idNumber(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_knownCitizen(new QLabel(this))
{
    m_idNumber->setObjectName(QStringLiteral("applicantIdNumber"));
    m_name->setObjectName(QStringLiteral("applicantName"));
    m_phone->setObjectName(QStringLiteral("applicantPhone"));
    m_idNumber->setMaxLength(18);
    m_name->setMaxLength(50);
    m_phone->setMaxLength(20);
    m_knownCitizen->setStyleSheet(QStringLiteral("color:#2e7d32;"));
    m_form->addRow(m_idNumber->objectName(), ProblemLines::withLine(m_idNumber, m_problems.make(kIdNumber)));
    m_form->addRow(m_name->objectName(), ProblemLines::withLine(m_name, m_problems.make(kName)));
    m_form->addRow(m_phone->objectName(), ProblemLines::withLine(m_phone, m_problems.make(kPhone)));
    m_form->addRow(QString(), m_knownCitizen);

    connect(m_idNumber, &QLineEdit::editingFinished, this, &ApplicantBox::onIdNumberEdited);
    for (QLineEdit *e : {m_idNumber, m_name, m_phone})
        connect(e, &QLineEdit::editingFinished, this, &ApplicantBox::edited);
    connect(&m_cases, &CaseClient::citizenFound, this, &ApplicantBox::onCitizenFound);
    retranslate();
}

QString ApplicantBox::idNumber() const
{
    return m_idNumber->text().trimmed().toUpper();
}

QString ApplicantBox::name() const
{
    return m_name->text().trimmed();
}

QString ApplicantBox::phone() const
{
    return m_phone->text().trimmed();
}

void ApplicantBox::clear()
{
    m_idNumber->clear();
    m_name->clear();
    m_phone->clear();
    m_knownCitizen->clear();
}

bool ApplicantBox::focusFirst(const QHash<QString, QString> &problems)
{
    // In the order of the screen.
    for (const auto &[key, editor] : {std::pair{kIdNumber, m_idNumber}, std::pair{kName, m_name}, std::pair{kPhone, m_phone}}) {
        if (problems.contains(key)) {
            editor->setFocus();
            return true;
        }
    }
    return false;
}

void ApplicantBox::focusIdNumber()
{
    m_idNumber->setFocus();
}

void ApplicantBox::onIdNumberEdited()
{
    const QString id = idNumber();
    const QString problem = ResidentId::problemText(ResidentId::check(id, m_cases.today()));
    QLabel *label = m_problems.line(kIdNumber);
    label->setText(id.isEmpty() ? QString() : problem);
    label->setVisible(!id.isEmpty() && !problem.isEmpty());
    m_knownCitizen->clear();
    if (!id.isEmpty() && problem.isEmpty())
        m_cases.lookUpCitizen(id); // reuse what the city already holds for this person
}

void ApplicantBox::onCitizenFound(const QString &id, const QString &name, const QString &phone, int cases)
{
    if (id != idNumber())
        return;
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(name);
    if (m_phone->text().trimmed().isEmpty())
        m_phone->setText(phone);
    m_knownCitizen->setText(tr("Known to the bureau: %n earlier case(s); name and phone filled in.", nullptr, cases));
    Q_EMIT edited();
}

void ApplicantBox::retranslate()
{
    setTitle(tr("Applicant"));
    m_form->labelForField(m_idNumber->parentWidget())->setProperty("text", tr("Resident ID number *"));
    m_form->labelForField(m_name->parentWidget())->setProperty("text", tr("Name *"));
    m_form->labelForField(m_phone->parentWidget())->setProperty("text", tr("Mobile phone"));
    m_idNumber->setPlaceholderText(tr("18 characters; the last may be X"));
    m_phone->setPlaceholderText(tr("For the notice when the result is ready"));
}

} // namespace ow
