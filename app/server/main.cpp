// onewindow-server: the central REST endpoint. Options parsed here; everything else in server/.
#include "core/sql/SqlDialect.h"
#include "server/ServerApp.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <boost/program_options.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

namespace po = boost::program_options;

namespace {

bool parseListen(const std::string &text, ow::ServerConfig &config)
{
    const QString s = QString::fromStdString(text);
    const qsizetype colon = s.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint port = s.mid(colon + 1).toUInt(&ok);
    QString host = s.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!ok || port > 65535 || !config.host.setAddress(host))
        return false;
    config.port = static_cast<quint16>(port);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OW_VERSION));

    const QString defaultDataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                   + QStringLiteral("/onewindow");
    po::options_description options("onewindow-server options");
    options.add_options()
        ("help,h", "show this help and exit")
        ("version", "show the version and exit")
        ("listen", po::value<std::string>()->default_value("127.0.0.1:8460"), "HOST:PORT to listen on (PORT 0 picks a free port)")
        ("db", po::value<std::string>(), "database: a SQLite file path (default DATA-DIR/onewindow.sqlite); "
                                         "postgresql:// URLs are accepted but not yet supported")
        ("data-dir", po::value<std::string>()->default_value(defaultDataDir.toStdString()), "folder for the database and server data")
        ("catalogue", po::value<std::string>(), "catalogue JSON file to import (default: the one built in)")
        ("seed-demo", po::bool_switch(), "load the demo city (halls, windows, staff, devices) if not present")
        ("max-body", po::value<long long>()->default_value(1024 * 1024), "largest request body accepted, in bytes")
        ("group-commit", po::value<int>()->default_value(64), "most requests that share one commit to disk (1: each commits alone)")
        ("token-hours", po::value<int>()->default_value(12), "how long a login session lasts, in hours")
        ("promise-minutes", po::value<int>()->default_value(15), "the hall's wait promise: older tickets are called first")
        ("max-recalls", po::value<int>()->default_value(3), "recalls before a ticket becomes a no-show")
        ("recall-gap", po::value<int>()->default_value(30), "seconds between calls of the same ticket")
        ("keep-numbers-overnight", po::bool_switch(), "ticket numbers run on across days instead of restarting at midnight")
        ("config", po::value<std::string>(), "read options from FILE (lines of name = value; the command line wins)");

    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, options), vm);
        if (vm.count("config")) {
            std::ifstream file(vm["config"].as<std::string>());
            if (!file) {
                std::cerr << "onewindow-server: cannot read config file " << vm["config"].as<std::string>() << "\n";
                return 2;
            }
            po::store(po::parse_config_file(file, options), vm);
        }
        po::notify(vm);
    } catch (const po::error &e) {
        std::cerr << "onewindow-server: " << e.what() << "\n" << options << "\n";
        return 2;
    }
    if (vm.count("help")) {
        std::cout << "OneWindow (一窗通) central server " << OW_VERSION << "\n\n" << options << "\n";
        return 0;
    }
    if (vm.count("version")) {
        std::cout << "onewindow-server " << OW_VERSION << "\n";
        return 0;
    }

    ow::ServerConfig config;
    if (!parseListen(vm["listen"].as<std::string>(), config)) {
        std::cerr << "onewindow-server: --listen wants HOST:PORT, e.g. 127.0.0.1:8460\n";
        return 2;
    }
    config.dataDir = QString::fromStdString(vm["data-dir"].as<std::string>());
    config.database = vm.count("db") ? QString::fromStdString(vm["db"].as<std::string>())
                                     : QDir(config.dataDir).filePath(QStringLiteral("onewindow.sqlite"));
    if (ow::DatabaseLocation::parse(config.database).dialect == ow::Dialect::PostgreSQL) {
        std::cerr << "onewindow-server: PostgreSQL is not yet supported by this version; "
                     "use --db with a SQLite file path (the default is DATA-DIR/onewindow.sqlite).\n";
        return 2;
    }
    if (vm.count("catalogue"))
        config.catalogueFile = QString::fromStdString(vm["catalogue"].as<std::string>());
    config.seedDemo = vm["seed-demo"].as<bool>();
    config.maxBodyBytes = vm["max-body"].as<long long>();
    config.groupCommitMax = vm["group-commit"].as<int>();
    config.tokenLifetimeSeconds = static_cast<qint64>(vm["token-hours"].as<int>()) * 3600;
    config.queue.promiseMinutes = vm["promise-minutes"].as<int>();
    config.queue.maxRecalls = vm["max-recalls"].as<int>();
    config.queue.recallGapSeconds = vm["recall-gap"].as<int>();
    config.queue.keepNumbersOvernight = vm["keep-numbers-overnight"].as<bool>();
    if (config.queue.promiseMinutes <= 0 || config.queue.maxRecalls < 0 || config.queue.recallGapSeconds < 0
        || config.groupCommitMax < 1) {
        std::cerr << "onewindow-server: --promise-minutes and --group-commit must be positive; --max-recalls and --recall-gap not negative.\n";
        return 2;
    }

    ow::ServerApp server(config);
    auto port = server.start();
    if (!port) {
        std::cerr << "onewindow-server: " << port.error().detail.toStdString() << "\n";
        return 1;
    }
    // Tests and scripts read this line to learn the port.
    std::printf("onewindow-server listening on http://%s:%u\n", qPrintable(config.host.toString()),
                static_cast<unsigned>(port.value()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
