// onewindow-server: the central REST endpoint. Options parsed here; everything else in server/.
#include "core/domain/util/ErrorMessages.h"
#include "core/domain/util/LanguagePack.h"
#include "core/sql/SqlDialect.h"
#include "core/service/audit/AuditVerifier.h"
#include "server/ServerApp.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>

#include <boost/program_options.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

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

// The first administrator's password: asked twice on a terminal (not echoed), else one line of
// standard input (scripts: `printf '%s\n' "$PW" | onewindow-server --init-admin admin`).
QString readPassword(const QString &user)
{
    if (!isatty(STDIN_FILENO)) {
        std::string line;
        std::getline(std::cin, line);
        return QString::fromStdString(line).trimmed();
    }
    const auto ask = [](const char *prompt) {
        std::cerr << prompt << std::flush;
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::string line;
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::cerr << "\n";
        return QString::fromStdString(line);
    };
    std::cerr << "Password for the administrator " << user.toStdString() << " (at least 10 characters)\n";
    const QString first = ask("Password: ");
    if (ask("Again: ") != first) {
        std::cerr << "onewindow-server: the two passwords differ\n";
        std::exit(1);
    }
    return first;
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
        ("tls-cert", po::value<std::string>(), "serve HTTPS and WSS with this PEM certificate FILE (the server's own first, then "
                                               "its intermediate CAs); needs --tls-key. See docs/tls.md")
        ("tls-key", po::value<std::string>(), "the certificate's unencrypted PEM private key FILE; needs --tls-cert")
        ("db", po::value<std::string>(), "database: a SQLite file path (default DATA-DIR/onewindow.sqlite); "
                                         "postgresql:// URLs are accepted but not yet supported")
        ("data-dir", po::value<std::string>()->default_value(defaultDataDir.toStdString()), "folder for the database and server data")
        ("catalogue", po::value<std::string>(), "catalogue JSON file to import (default: the one built in)")
        ("seed-demo", po::bool_switch(), "load the demo city (halls, windows, staff, devices) if not present")
        ("demo-history", po::bool_switch(), "with --seed-demo: eight weeks of made-up past tickets for MY-CITY and MY-FC "
                                            "(once), so the forecast and the staffing plan have something to show")
        ("init-admin", po::value<std::string>(), "create the first administrator USER (a new install) and exit; the password "
                                                 "is asked on the terminal or read from standard input, never the command line")
        ("import-org", po::value<std::string>(), "import the org document FILE (halls, windows, accounts, devices; "
                                                 "the format of the administrators' org export) and exit; importing twice changes nothing")
        ("city-code", po::value<std::string>()->default_value("CITY"), "with --init-admin: the city hall's code if there is no city hall yet")
        ("city-name", po::value<std::string>()->default_value("市级人社服务大厅"), "with --init-admin: the city hall's Chinese name")
        ("city-name-en", po::value<std::string>()->default_value("City HR and Social Security Service Hall"),
         "with --init-admin: the city hall's English name")
        ("max-body", po::value<long long>()->default_value(1024 * 1024), "largest request body accepted, in bytes")
        ("group-commit", po::value<int>()->default_value(64), "most requests that share one commit to disk (1: each commits alone)")
        ("token-hours", po::value<int>()->default_value(12), "how long a login session lasts, in hours")
        ("promise-minutes", po::value<int>()->default_value(15), "the hall's wait promise: older tickets are called first")
        ("max-recalls", po::value<int>()->default_value(3), "recalls before a ticket becomes a no-show")
        ("recall-gap", po::value<int>()->default_value(30), "seconds between calls of the same ticket")
        ("work-order-days", po::value<int>()->default_value(5), "working days a hall has to answer a 12333 complaint routed to it")
        ("keep-numbers-overnight", po::bool_switch(), "ticket numbers run on across days instead of restarting at midnight")
        ("verify-audit", po::bool_switch(), "walk the whole audit trail, check each row's hash, its link to the row before and "
                                            "the row it records, and exit: 0 when everything matches, 1 naming the first row that does not")
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
    if (vm.count("tls-cert") != vm.count("tls-key")) {
        std::cerr << "onewindow-server: --tls-cert and --tls-key go together: give both, or neither for plain HTTP\n";
        return 2;
    }
    if (vm.count("tls-cert")) {
        config.tlsCertificateFile = QString::fromStdString(vm["tls-cert"].as<std::string>());
        config.tlsKeyFile = QString::fromStdString(vm["tls-key"].as<std::string>());
        if (config.tlsCertificateFile.isEmpty() || config.tlsKeyFile.isEmpty()) {
            std::cerr << "onewindow-server: --tls-cert and --tls-key want a file each\n";
            return 2;
        }
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
    config.demoHistory = vm["demo-history"].as<bool>();
    if (config.demoHistory && !config.seedDemo) {
        std::cerr << "--demo-history needs --seed-demo: it writes made-up tickets for the demo city only.\n";
        return 2;
    }
    config.maxBodyBytes = vm["max-body"].as<long long>();
    config.groupCommitMax = vm["group-commit"].as<int>();
    config.tokenLifetimeSeconds = static_cast<qint64>(vm["token-hours"].as<int>()) * 3600;
    config.queue.promiseMinutes = vm["promise-minutes"].as<int>();
    config.queue.maxRecalls = vm["max-recalls"].as<int>();
    config.queue.recallGapSeconds = vm["recall-gap"].as<int>();
    config.queue.keepNumbersOvernight = vm["keep-numbers-overnight"].as<bool>();
    config.workOrderAnswerDays = vm["work-order-days"].as<int>();
    if (config.workOrderAnswerDays < 1 || config.workOrderAnswerDays > 60) {
        std::cerr << "onewindow-server: --work-order-days must be 1 to 60\n";
        return 2;
    }
    if (config.queue.promiseMinutes <= 0 || config.queue.maxRecalls < 0 || config.queue.recallGapSeconds < 0
        || config.groupCommitMax < 1) {
        std::cerr << "onewindow-server: --promise-minutes and --group-commit must be positive; --max-recalls and --recall-gap not negative.\n";
        return 2;
    }

    if (vm.count("import-org")) {
        QFile file(QString::fromStdString(vm["import-org"].as<std::string>()));
        if (!file.open(QIODevice::ReadOnly)) {
            std::cerr << "onewindow-server: cannot read " << file.fileName().toStdString() << "\n";
            return 1;
        }
        const auto report = ow::ServerApp::importOrg(config, file.readAll());
        if (!report) {
            // As the administration API would answer it, in the language of the terminal.
            const ow::LanguagePack languages;
            const QString language = ow::LanguagePack::normalize(QLocale::system().uiLanguages().value(0));
            QString why = ow::errorMessage(report.error(), languages, language);
            const QJsonObject fields = report.error().extra.value(QLatin1String("fields")).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                why += QStringLiteral("\n  %1: %2").arg(it.key(), it.value().toString());
            std::cerr << "onewindow-server: org not imported, nothing changed: " << why.toStdString() << "\n  ("
                      << report.error().detail.toStdString() << ")\n";
            return 1;
        }
        std::cout << QJsonDocument(report.value()).toJson().toStdString();
        return 0;
    }
    if (vm["verify-audit"].as<bool>()) {
        const auto checked = ow::ServerApp::verifyAudit(config);
        if (!checked) {
            std::cerr << "onewindow-server: cannot check the audit trail: " << checked.error().detail.toStdString() << "\n";
            return 2;
        }
        if (checked.value().finding) {
            std::cout << "audit trail does NOT verify, first mismatch: " << checked.value().finding->text().toStdString()
                      << "\n(" << checked.value().rows << " rows matched before it)\n";
            return 1;
        }
        std::cout << "audit trail verified: " << checked.value().rows << " rows\n";
        return 0;
    }
    if (vm.count("init-admin")) {
        const QString user = QString::fromStdString(vm["init-admin"].as<std::string>());
        const QString password = readPassword(user);
        ow::Hall city;
        city.code = QString::fromStdString(vm["city-code"].as<std::string>());
        city.level = ow::OrgLevel::City;
        city.name = {QString::fromStdString(vm["city-name"].as<std::string>()),
                     QString::fromStdString(vm["city-name-en"].as<std::string>())};
        if (const auto made = ow::ServerApp::initAdministrator(config, user, password, city); !made) {
            QString why = made.error().detail;
            const QJsonObject fields = made.error().extra.value(QLatin1String("fields")).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                why += QStringLiteral("\n  %1: %2").arg(it.key(), it.value().toString());
            std::cerr << "onewindow-server: cannot create the administrator: " << why.toStdString() << "\n";
            return 1;
        }
        std::cout << "administrator " << user.toStdString() << " created; start the server and log in.\n";
        return 0;
    }

    ow::ServerApp server(config);
    auto port = server.start();
    if (!port) {
        // A refusal meant for the operator (a TLS file) in the language of the terminal; else the detail.
        if (port.error().text.source) {
            const ow::LanguagePack languages;
            const QString language = ow::LanguagePack::normalize(QLocale::system().uiLanguages().value(0));
            std::cerr << "onewindow-server: " << ow::errorMessage(port.error(), languages, language).toStdString() << "\n";
        } else {
            std::cerr << "onewindow-server: " << port.error().detail.toStdString() << "\n";
        }
        return 1;
    }
    // Tests and scripts read this line to learn the port.
    std::printf("onewindow-server listening on %s://%s:%u\n", config.tls() ? "https" : "http",
                qPrintable(config.host.toString()), static_cast<unsigned>(port.value()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
