#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ow {

// "Why do you need this person's data?" — asked before a case's personal data is shown whole to
// someone not working on it (need to know, PersonalDataAccess). A few common purposes to pick,
// or one's own words; OK only once the purpose is long enough for the server to take it. The
// purpose goes into the audit trail with the read.
class PurposeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PurposeDialog(const QString &caseNumber, QWidget *parent = nullptr);

    QString purpose() const;
    // Asks; the purpose given, or empty when the person cancelled.
    static QString ask(const QString &caseNumber, QWidget *parent);

private:
    void choose(int index);
    void check();

    QComboBox *m_choice;
    QLineEdit *m_text;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace ow
