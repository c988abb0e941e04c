#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class ClientSession;
class FormFeedback;

// Changes the user's own password: the current one, the new one twice. Checks as the user types
// (PasswordPolicy: at least ten characters, not the user name, not one of the most common; typed
// twice alike); what only the server knows (a wrong current password) shows under its field. Forced: after a login with a
// one-time password, nothing else can be done first — Cancel then means "log out".
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(ClientSession &session, bool forced, QWidget *parent = nullptr);

    FormFeedback *feedback() const { return m_feedback; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void submit();

    ClientSession &m_session;
    bool m_forced;
    QLabel *m_intro;
    QLabel *m_oldLabel;
    QLabel *m_newLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_summary;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    FormFeedback *m_feedback;
};

} // namespace ow
