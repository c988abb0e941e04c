#include "ui/desk/ClientController.h"

#include "ui/desk/ChangePasswordDialog.h"
#include "ui/desk/LoginDialog.h"
#include "ui/desk/MainWindow.h"

#include <QTimer>

namespace ow {

ClientController::ClientController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_session(m_options.dataDir, m_clock)
{
    m_session.setProbeIntervalMs(m_options.probeIntervalMs);
    m_session.setTlsTrust(m_options.tlsTrust);
}

ClientController::~ClientController() = default;

void ClientController::start()
{
    showLogin();
}

void ClientController::showLogin()
{
    if (m_main) {
        m_main->hide();
        m_main.release()->deleteLater();
    }
    m_login = std::make_unique<LoginDialog>(m_session);
    m_login->setCredentials(m_options.server, m_options.username, m_options.password);
    connect(m_login.get(), &QDialog::accepted, this, &ClientController::afterLogin);
    connect(m_login.get(), &QDialog::rejected, this, &ClientController::quitRequested);
    m_login->show();
    if (m_options.autoLogin) {
        m_options.autoLogin = false; // once: after a log-out the teller logs in by hand
        QTimer::singleShot(0, m_login.get(), &LoginDialog::submit);
    }
}

void ClientController::afterLogin()
{
    m_login->hide();
    m_login.release()->deleteLater();
    if (!m_session.mustChangePassword()) {
        showMain();
        return;
    }
    // A one-time password: the user chooses their own before anything else; the main window
    // comes only after that, and giving up logs out.
    m_password = std::make_unique<ChangePasswordDialog>(m_session, true);
    connect(m_password.get(), &QDialog::accepted, this, [this] {
        m_password.release()->deleteLater();
        showMain();
    });
    connect(m_password.get(), &QDialog::rejected, this, [this] {
        m_password.release()->deleteLater();
        logout();
    });
    m_password->show();
}

void ClientController::showMain()
{
    m_main = std::make_unique<MainWindow>(m_session);
    connect(m_main.get(), &MainWindow::logoutRequested, this, &ClientController::logout);
    m_main->show();
}

void ClientController::logout()
{
    m_session.logout();
    m_options.password.clear();
    showLogin();
}

} // namespace ow
