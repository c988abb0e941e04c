#pragma once

#include "core/client/ClientSession.h"
#include "core/domain/util/Clock.h"

#include <QObject>

#include <memory>

namespace ow {

class ChangePasswordDialog;
class LoginDialog;
class MainWindow;

// The desktop client's flow: login dialog, then the main window; log out returns to the login.
class ClientController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        QString server;
        QString username;
        QString password;  // with autoLogin, for the demo and tests
        bool autoLogin = false;
        int probeIntervalMs = 5000;
        TlsTrust tlsTrust; // whom an https:// server must prove to be
    };

    explicit ClientController(Options options, QObject *parent = nullptr);
    ~ClientController() override;

    void start();
    ClientSession &session() { return m_session; }
    LoginDialog *loginDialog() const { return m_login.get(); }
    MainWindow *mainWindow() const { return m_main.get(); }
    // Up while a user who logged in with a one-time password chooses their own.
    ChangePasswordDialog *passwordDialog() const { return m_password.get(); }

Q_SIGNALS:
    void quitRequested();

private:
    void showLogin();
    void afterLogin();
    void showMain();
    void logout();

    Options m_options;
    SystemClock m_clock;
    ClientSession m_session;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<ChangePasswordDialog> m_password;
    std::unique_ptr<MainWindow> m_main;
};

} // namespace ow
