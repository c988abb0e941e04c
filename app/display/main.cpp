// onewindow-display: the hall's call display (叫号屏), a full-screen board logged in with its
// device account, showing and speaking the calls of its hall.
#include "core/client/ClientSession.h"
#include "core/domain/util/Clock.h"
#include "ui/common/AppStartup.h"
#include "ui/display/DisplayBoard.h"
#include "ui/display/QtSpeaker.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QUrl>

#include <boost/program_options.hpp>

#include <iostream>
#include <memory>

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
        ("ca-file", po::value<std::string>()->default_value(""), "trust only the certificate authorities in this PEM FILE for an https:// "
                                                                  "server (default: the setting client/caFile, else the system's); see docs/tls.md")
        ("lang", po::value<std::string>()->default_value(""), "zh_CN or en (also the language calls are spoken in)")
        ("data-dir", po::value<std::string>()->default_value(""), "folder for the local cache")
        ("notice", po::value<std::string>()->default_value(""), "text of the scrolling notice line (default: the standard notice)")
        ("recent", po::value<int>()->default_value(8), "how many recent calls to list")
        ("repeat", po::value<int>()->default_value(2), "how often each call is spoken")
        ("no-voice", po::bool_switch(), "do not speak the calls")
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
    const int recent = vm["recent"].as<int>();
    const int repeat = vm["repeat"].as<int>();
    if (recent < 1 || recent > 20 || repeat < 1 || repeat > 5) {
        std::cerr << "onewindow-display: --recent must be 1–20 and --repeat 1–5\n";
        return 2;
    }
    QApplication app(argc, argv);
    auto str = [&vm](const char *key) { return QString::fromStdString(vm[key].as<std::string>()); };
    const QString dataDir = ow::initDesktopApplication(str("lang"), str("data-dir"));
    const auto [user, password] = ow::readDeviceCredentials(str("device"), str("password"), str("credentials"));
    if (user.isEmpty()) {
        std::cerr << "onewindow-display: give the device account with --device and --password, or --credentials FILE\n";
        return 2;
    }

    const auto trust = ow::loadTlsTrust(str("ca-file"), "onewindow-display");
    if (!trust)
        return 2;

    ow::SystemClock clock;
    ow::ClientSession session(dataDir, clock);
    session.setTlsTrust(*trust);
    // The voice speaks the language of the screen (the locale initDesktopApplication set).
    std::unique_ptr<ow::QtSpeaker> speaker;
    if (!vm["no-voice"].as<bool>())
        speaker = std::make_unique<ow::QtSpeaker>(QLocale());
    ow::DisplayBoard::Options boardOptions;
    boardOptions.recentCount = recent;
    boardOptions.repeat = repeat;
    boardOptions.notice = str("notice");
    ow::DisplayBoard board(session, clock, speaker.get(), boardOptions);
    board.present(vm["windowed"].as<bool>());
    board.connectTo(QUrl::fromUserInput(str("server")), user, password);
    return QApplication::exec();
}
