#pragma once

#include <QGroupBox>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace ow {

class CaseClient;
class ProblemLines;

// The applicant of an application at the window: resident ID number, name, phone. A valid ID
// number is looked up at once, and what the city already holds (name, phone) fills the empty
// fields, so the teller need not ask again.
class ApplicantBox : public QGroupBox
{
    Q_OBJECT
public:
    ApplicantBox(CaseClient &cases, ProblemLines &problems, QWidget *parent = nullptr);

    QString idNumber() const; // trimmed, in capitals
    QString name() const;
    QString phone() const;
    void clear();
    void retranslate();
    // Focuses the first of its fields that has a problem; false when none has.
    bool focusFirst(const QHash<QString, QString> &problems);
    void focusIdNumber();

Q_SIGNALS:
    void edited(); // a field was left after typing, or filled from the city's records

private:
    void onIdNumberEdited();
    void onCitizenFound(const QString &idNumber, const QString &name, const QString &phone, int cases);

    CaseClient &m_cases;
    ProblemLines &m_problems;
    QFormLayout *m_form;
    QLineEdit *m_idNumber;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLabel *m_knownCitizen;
};

} // namespace ow
