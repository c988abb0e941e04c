// onewindow-kiosk: the hall's ticket dispenser (取号机), a full-screen touch device logged in with
// its device account; prints each ticket on the receipt printer (or as a PDF).
#include "core/client/ClientSession.h"
#include "core/domain/util/Clock.h"
#include "ui/common/AppStartup.h"
#include "ui/common/LanguageManager.h"
#include "ui/kiosk/KioskScreen.h"
#include "ui/kiosk/TicketPrinter.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <boost/program_options.hpp>

#include <iostream>

namespace po = boost::program_options;

int main(int argc, char *argv[])
{
    po::options_description options("onewindow-kiosk options");
    options.add_options()
        ("help,h", "show this help and exit")
        ("server", po::value<std::string>()->default_value("http://127.0.0.1:8460"), "server address")
        ("device", po::value<std::string>()->default_value(""), "device account user name")
        ("password", po::value<std::string>()->default_value(""), "device account password (prefer --credentials)")
        ("credentials", po::value<std::string>()->default_value(""), "INI file with device/username and device/password")
        ("ca-file", po::value<std::string>()->default_value(""), "trust only the certificate authorities in this PEM FILE for an https:// "
                                                                  "server (default: the setting client/caFile, else the system's); see docs/tls.md")
        ("lang", po::value<std::string>()->default_value(""), "zh_CN or en")
        ("data-dir", po::value<std::string>()->default_value(""), "folder for the local cache (and tickets as PDF when there is no printer)")
        ("windowed", po::bool_switch(), "run in a window instead of full screen")
        ("print-pdf", po::value<std::string>()->default_value(""), "write each ticket as DIR/<number>.pdf instead of printing")
        ("printer", po::value<std::string>()->default_value(""), "print on this printer (default: the system default printer)");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(options).allow_unregistered().run(), vm);
        po::notify(vm);
    } catch (const po::error &e) {
        std::cerr << "onewindow-kiosk: " << e.what() << "\n" << options << "\n";
        return 2;
    }
    if (vm.count("help")) {
        std::cout << options << "\n";
        return 0;
    }
    QApplication app(argc, argv);
    auto str = [&vm](const char *key) { return QString::fromStdString(vm[key].as<std::string>()); };
    const QString dataDir = ow::initDesktopApplication(str("lang"), str("data-dir"));
    const auto [user, password] = ow::readDeviceCredentials(str("device"), str("password"), str("credentials"));
    if (user.isEmpty()) {
        std::cerr << "onewindow-kiosk: give the device account with --device and --password, or --credentials FILE\n";
        return 2;
    }
    if (!str("print-pdf").isEmpty() && !str("printer").isEmpty()) {
        std::cerr << "onewindow-kiosk: --print-pdf and --printer exclude each other\n";
        return 2;
    }
    const ow::TicketPrinter printer = !str("print-pdf").isEmpty() ? ow::TicketPrinter::pdfDirectory(str("print-pdf"))
                                      : !str("printer").isEmpty() ? ow::TicketPrinter::namedPrinter(str("printer"))
                                                                  : ow::TicketPrinter::systemDefault(QDir(dataDir).filePath(QStringLiteral("tickets")));

    const auto trust = ow::loadTlsTrust(str("ca-file"), "onewindow-kiosk");
    if (!trust)
        return 2;

    ow::SystemClock clock;
    ow::ClientSession session(dataDir, clock);
    session.setLanguage(ow::LanguageManager::current());
    session.setTlsTrust(*trust);
    ow::KioskScreen screen(session, clock, printer);
    const bool windowed = vm["windowed"].as<bool>();
    if (!windowed)
        QApplication::setOverrideCursor(Qt::BlankCursor); // a touch screen: no pointer on show
    screen.present(windowed);

    const QUrl server = QUrl::fromUserInput(str("server"));
    auto login = [&session, server, user, password] { session.login(server, user, password); };
    // Nobody stands by a kiosk to restart it: while the server is out of reach, keep trying.
    // A refused login (wrong password) is not retried, so the account is not locked.
    QTimer retry;
    retry.setSingleShot(true);
    retry.setInterval(15000);
    QObject::connect(&retry, &QTimer::timeout, &session, login);
    QObject::connect(&session, &ow::ClientSession::loginFinished, &retry, [&session, &retry](bool ok, const QString &) {
        if (!ok && session.state() != ow::ConnectionState::Online)
            retry.start();
    });
    QObject::connect(&screen, &ow::KioskScreen::sessionExpired, &session, login);
    login();
    return QApplication::exec();
}
