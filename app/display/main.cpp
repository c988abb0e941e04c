// onewindow-display: the hall's call display, a full-screen device logged in with its device account.
#include "ui/AppStartup.h"
#include "ui/DeviceShell.h"

#include <QApplication>
#include <QSettings>
#include <QUrl>

#include <boost/program_options.hpp>

#include <iostream>

namespace po = boost::program_options;

int main(int argc, char *argv[])
{
    po::options_description options("onewindow-display options");
    options.add_options()
        ("help,h", "show this help and exit")
        ("server", po::value<std::string>()->default_value("http://127.0.0.1:8460"), "server address")
        ("device", po::value<std::string>()->default_value(""), "device account user name")
        ("password", po::value<std::string>()->default_value(""), "device account password (prefer --credentials)")
        ("credentials", po::value<std::string>()->default_value(""), "INI file with device/username and device/password")
        ("lang", po::value<std::string>()->default_value(""), "zh_CN or en")
        ("data-dir", po::value<std::string>()->default_value(""), "folder for the local cache")
        ("windowed", po::bool_switch(), "run in a window instead of full screen");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(options).allow_unregistered().run(), vm);
        po::notify(vm);
    } catch (const po::error &e) {
        std::cerr << "onewindow-display: " << e.what() << "\n" << options << "\n";
        return 2;
    }
    if (vm.count("help")) {
        std::cout << options << "\n";
        return 0;
    }
    QApplication app(argc, argv);
    auto str = [&vm](const char *key) { return QString::fromStdString(vm[key].as<std::string>()); };
    const QString dataDir = ow::initDesktopApplication(str("lang"), str("data-dir"));
    QString user = str("device");
    QString password = str("password");
    if (!str("credentials").isEmpty()) {
        QSettings file(str("credentials"), QSettings::IniFormat);
        user = file.value(QStringLiteral("device/username"), user).toString();
        password = file.value(QStringLiteral("device/password"), password).toString();
    }
    if (user.isEmpty()) {
        std::cerr << "onewindow-display: give the device account with --device and --password, or --credentials FILE\n";
        return 2;
    }
    ow::DeviceShell shell(ow::DeviceShell::Kind::Display, dataDir);
    shell.present(vm["windowed"].as<bool>());
    shell.connectTo(QUrl::fromUserInput(str("server")), user, password);
    return QApplication::exec();
}
