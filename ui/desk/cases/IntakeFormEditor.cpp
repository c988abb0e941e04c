#include "ui/desk/cases/IntakeFormEditor.h"

#include "core/domain/catalogue/ServiceItem.h"
#include "ui/desk/cases/ProblemLines.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QIntValidator>
#include <QLineEdit>

namespace ow {

namespace {

const QDate kNoDate(1900, 1, 1); // a date editor's "empty"

QString problemKey(const QString &field)
{
    return QStringLiteral("form.") + field;
}

} // namespace

IntakeFormEditor::IntakeFormEditor(ProblemLines &problems, QWidget *parent)
    : QWidget(parent), m_problems(problems), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
}

QWidget *IntakeFormEditor::editorFor(const FormField &f, const QString &language) const
{
    switch (f.type) {
    case FieldType::Date: {
        auto *date = new QDateEdit;
        date->setCalendarPopup(true);
        date->setMinimumDate(kNoDate);
        date->setSpecialValueText(QStringLiteral(" "));
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setDate(kNoDate);
        return date;
    }
    case FieldType::Choice: {
        auto *choice = new QComboBox;
        choice->addItem(QString(), QString());
        for (const ChoiceOption &o : f.options)
            choice->addItem(o.label.in(language), o.value);
        return choice;
    }
    default:
        break;
    }
    auto *line = new QLineEdit;
    if (f.type == FieldType::Amount)
        line->setValidator(new QDoubleValidator(0, 1e12, 2, line));
    else if (f.type == FieldType::Integer)
        line->setValidator(new QIntValidator(0, 1000000000, line));
    else if (f.type == FieldType::IdNumber)
        line->setMaxLength(18);
    return line;
}

void IntakeFormEditor::build(const ServiceItem &service, const QString &language)
{
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        m_problems.forget(problemKey(it.key()));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_copied.clear();
    for (const FormField &f : service.fields) {
        QWidget *editor = editorFor(f, language);
        editor->setObjectName(QStringLiteral("field:") + f.key);
        m_editors.insert(f.key, editor);
        const QString label = f.label.in(language) + (f.required ? QStringLiteral(" *") : QString());
        m_form->addRow(label, ProblemLines::withLine(editor, m_problems.make(problemKey(f.key))));
    }
}

CaseForm IntakeFormEditor::values(const ServiceItem &service) const
{
    CaseForm form;
    for (const FormField &f : service.fields) {
        QWidget *editor = m_editors.value(f.key);
        if (auto *date = qobject_cast<QDateEdit *>(editor)) {
            if (date->date() != kNoDate)
                form.insert(f.key, date->date().toString(Qt::ISODate));
        } else if (auto *choice = qobject_cast<QComboBox *>(editor)) {
            if (!choice->currentData().toString().isEmpty())
                form.insert(f.key, choice->currentData().toString());
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            const QString text = line->text().trimmed();
            if (text.isEmpty())
                continue;
            if (f.type == FieldType::Integer)
                form.insert(f.key, FormValue(text.toLongLong()));
            else
                form.insert(f.key, text);
        }
    }
    return form;
}

void IntakeFormEditor::copyApplicant(const QString &name, const QString &idNumber, const QString &phone)
{
    const QList<QPair<QString, QString>> same{{QStringLiteral("name"), name}, {QStringLiteral("id_number"), idNumber}, {QStringLiteral("phone"), phone}};
    for (const auto &[key, value] : same) {
        auto *target = qobject_cast<QLineEdit *>(m_editors.value(key));
        if (!target)
            continue;
        // Empty, or still what was copied before (the teller did not type over it): follow the applicant.
        const QString current = target->text().trimmed();
        if (current.isEmpty() || current == m_copied.value(key)) {
            target->setText(value);
            m_copied.insert(key, value);
        }
    }
}

bool IntakeFormEditor::focusFirst(const ServiceItem &service, const QHash<QString, QString> &problems)
{
    for (const FormField &f : service.fields) {
        if (problems.contains(problemKey(f.key)) && m_editors.contains(f.key)) {
            m_editors.value(f.key)->setFocus();
            return true;
        }
    }
    return false;
}

} // namespace ow
