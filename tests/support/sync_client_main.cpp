// ow-test-sync-client: a client that only syncs, for tests that kill it with SIGKILL at random
// moments. It makes ticket-issue ops in its outbox until the outbox holds --ops of them (so a
// restarted run carries on where the killed one stopped), syncs them through the real
// SyncAgent, and exits 0 once the outbox is drained (1 on a bad command line or outbox).
#include "core/client/ApiClient.h"
#include "core/client/Outbox.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <boost/program_options.hpp>

#include <iostream>

namespace po = boost::program_options;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    po::options_description options("ow-test-sync-client options");
    options.add_options()("help,h", "show this help")
        ("outbox", po::value<std::string>()->required(), "outbox SQLite file (created if missing)")
        ("server", po::value<std::string>()->required(), "server base URL")
        ("token", po::value<std::string>()->required(), "bearer token")
        ("hall", po::value<std::string>()->default_value("MY-CITY"), "hall the tickets are for")
        ("ops", po::value<int>()->default_value(500), "ops the outbox holds in the end");
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, options), vm);
        if (vm.count("help")) {
            std::cout << options << "\n";
            return 0;
        }
        po::notify(vm);
    } catch (const std::exception &e) {
        std::cerr << "ow-test-sync-client: " << e.what() << "\n";
        return 1;
    }
    auto outbox = ow::Outbox::open(QString::fromStdString(vm["outbox"].as<std::string>()));
    if (!outbox) {
        std::cerr << "ow-test-sync-client: " << outbox.error().detail.toStdString() << "\n";
        return 1;
    }
    ow::SystemClock clock;
    ow::ApiClient api;
    api.setBaseUrl(QUrl(QString::fromStdString(vm["server"].as<std::string>())));
    api.setToken(QString::fromStdString(vm["token"].as<std::string>()));
    ow::SyncAgent agent(*outbox.value(), api, clock);
    agent.setBackoff(20, 300);
    const QString path = QStringLiteral("/api/v1/halls/%1/tickets").arg(QString::fromStdString(vm["hall"].as<std::string>()));
    const QStringList services{QStringLiteral("SI-001"), QStringLiteral("PE-001"), QStringLiteral("UI-001"), QStringLiteral("CD-003"),
                               QStringLiteral("EM-001"), QStringLiteral("TA-001"), QStringLiteral("LR-001"), QStringLiteral("RP-001")};
    const int target = vm["ops"].as<int>();

    const auto made = [&] {
        int n = 0;
        for (auto state : {ow::OutboxOp::State::Pending, ow::OutboxOp::State::Sending, ow::OutboxOp::State::Acked,
                           ow::OutboxOp::State::Rejected, ow::OutboxOp::State::Conflict})
            if (auto c = outbox.value()->count(state))
                n += c.value();
        return n;
    };
    int next = made();
    QTimer producer; // three ops every 5 ms (600 a second) while the sync runs
    QObject::connect(&producer, &QTimer::timeout, &app, [&] {
        for (int i = 0; i < 3 && next < target; ++i, ++next)
            agent.submit(QStringLiteral("POST"), path, {{QLatin1String("services"), QJsonArray{services.at(next % services.size())}}});
        if (next >= target)
            producer.stop();
    });
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        if (next >= target && agent.pendingCount() == 0)
            app.exit(agent.problemCount() == 0 ? 0 : 2);
    });
    producer.start(5);
    done.start(20);
    agent.flush();
    return app.exec();
}
