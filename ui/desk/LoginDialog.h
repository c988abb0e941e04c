#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class ClientSession;

// Server address, user name, password. Logs in through the ClientSession and stays open,
// showing the translated reason, until a login succeeds.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(ClientSession &session, QWidget *parent = nullptr);

    void setCredentials(const QString &server, const QString &username, const QString &password);
    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onLoginFinished(bool ok, const QString &message);
    void setBusy(bool busy);

    ClientSession &m_session;
    QLabel *m_title;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLabel *m_languageLabel;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QComboBox *m_language;
    QLabel *m_message;
    QPushButton *m_loginButton;
    QPushButton *m_quitButton;
    bool m_busy = false;
};

} // namespace ow
