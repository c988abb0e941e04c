// onewindow: the desktop client of tellers, back-office reviewers and supervisors.
#include "ui/common/AppStartup.h"
#include "ui/desk/ClientController.h"

#include <QApplication>

#include <boost/program_options.hpp>

#include <iostream>

namespace po = boost::program_options;

int main(int argc, char *argv[])
{
    po::options_description options("onewindow options");
    options.add_options()
        ("help,h", "show this help and exit")
        ("version", "show the version and exit")
        ("server", po::value<std::string>()->default_value(""), "server address (default: the last one used)")
        ("user", po::value<std::string>()->default_value(""), "user name to prefill")
        ("password", po::value<std::string>()->default_value(""), "password, for demos: logs in at once")
        ("ca-file", po::value<std::string>()->default_value(""), "trust only the certificate authorities in this PEM FILE for an https:// "
                                                                  "server (default: the setting client/caFile, else the system's); see docs/tls.md")
        ("lang", po::value<std::string>()->default_value(""), "zh_CN or en (default: saved choice, else zh_CN)")
        ("data-dir", po::value<std::string>()->default_value(""), "folder for the local cache (default: the user's data folder)")
        ("probe-ms", po::value<int>()->default_value(5000), "how often to check the connection, in milliseconds");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(options).allow_unregistered().run(), vm);
        po::notify(vm);
    } catch (const po::error &e) {
        std::cerr << "onewindow: " << e.what() << "\n" << options << "\n";
        return 2;
    }
    if (vm.count("help")) {
        std::cout << "OneWindow (一窗通) desktop client " << OW_VERSION << "\n\n" << options << "\n";
        return 0;
    }
    if (vm.count("version")) {
        std::cout << "onewindow " << OW_VERSION << "\n";
        return 0;
    }

    QApplication app(argc, argv);
    auto str = [&vm](const char *key) { return QString::fromStdString(vm[key].as<std::string>()); };
    ow::ClientController::Options o;
    o.dataDir = ow::initDesktopApplication(str("lang"), str("data-dir"));
    o.server = str("server");
    o.username = str("user");
    o.password = str("password");
    o.autoLogin = !o.password.isEmpty() && !o.username.isEmpty();
    o.probeIntervalMs = vm["probe-ms"].as<int>();
    auto trust = ow::loadTlsTrust(str("ca-file"), "onewindow");
    if (!trust)
        return 2;
    o.tlsTrust = *trust;
    ow::ClientController controller(o);
    QObject::connect(&controller, &ow::ClientController::quitRequested, &app, &QApplication::quit);
    controller.start();
    return QApplication::exec();
}
