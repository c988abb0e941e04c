#pragma once

#include "core/domain/cases/CaseTypes.h"

#include <QHash>
#include <QWidget>

class QFormLayout;

namespace ow {

class ProblemLines;
struct ServiceItem;

// A matter's application form, generated from the catalogue's field definitions: a date picker,
// a choice list or a line per field, each with its problem line (form.<key>).
class IntakeFormEditor : public QWidget
{
    Q_OBJECT
public:
    IntakeFormEditor(ProblemLines &problems, QWidget *parent = nullptr);

    // A new, empty form for `service`, labelled in `language`.
    void build(const ServiceItem &service, const QString &language);
    // The values as typed: empty fields left out, integers as numbers.
    CaseForm values(const ServiceItem &service) const;
    // Most forms ask again for the applicant's name, ID number and phone: typed once is enough.
    // A field follows the applicant while it is empty or still holds what was copied into it.
    void copyApplicant(const QString &name, const QString &idNumber, const QString &phone);
    // Focuses the first field (in the form's order) that has a problem; false when none has.
    bool focusFirst(const ServiceItem &service, const QHash<QString, QString> &problems);

private:
    QWidget *editorFor(const FormField &field, const QString &language) const;

    ProblemLines &m_problems;
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_editors; // field key → editor
    QHash<QString, QString> m_copied;    // field key → the applicant's value copied into it
};

} // namespace ow
