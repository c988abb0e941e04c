#include "ui/desk/cases/PurposeDialog.h"

#include "core/domain/cases/PersonalDataAccess.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

PurposeDialog::PurposeDialog(const QString &caseNumber, QWidget *parent)
    : QDialog(parent)
    , m_choice(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("purposeDialog"));
    setWindowTitle(tr("Show full personal data"));
    m_choice->setObjectName(QStringLiteral("purposeChoice"));
    m_text->setObjectName(QStringLiteral("purposeText"));
    m_hint->setObjectName(QStringLiteral("purposeHint"));

    auto *intro = new QLabel(tr("You are not working on case %1, so its applicant's personal data is masked. "
                                "To see it in full, say why. Your name, this computer, the time and the reason "
                                "are recorded in the audit trail.")
                                 .arg(caseNumber),
                             this);
    intro->setWordWrap(true);
    m_choice->addItem(tr("Choose a common reason…"));
    m_choice->addItem(tr("The applicant called about the progress of the case"));
    m_choice->addItem(tr("Checking a complaint or report about the case"));
    m_choice->addItem(tr("Helping the staff handling the case"));
    m_choice->addItem(tr("Verifying the applicant's identity at the window"));
    m_text->setPlaceholderText(tr("Or write the reason in your own words"));
    m_text->setMaxLength(PersonalDataAccess::kMaxPurposeLength);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("At least %1 characters.").arg(PersonalDataAccess::kMinPurposeLength));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Show full data"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_choice);
    layout->addWidget(m_text);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_choice, &QComboBox::activated, this, &PurposeDialog::choose);
    connect(m_text, &QLineEdit::textChanged, this, &PurposeDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

void PurposeDialog::choose(int index)
{
    if (index > 0)
        m_text->setText(m_choice->itemText(index)); // to send as it is, or to add to
}

void PurposeDialog::check()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(PersonalDataAccess::checkPurpose(m_text->text()).ok());
}

QString PurposeDialog::purpose() const
{
    return PersonalDataAccess::normalizedPurpose(m_text->text());
}

QString PurposeDialog::ask(const QString &caseNumber, QWidget *parent)
{
    PurposeDialog dialog(caseNumber, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.purpose() : QString();
}

} // namespace ow
