// bench_cityday: a whole city's day through the real server over HTTP (issue 12, targets 5 and 6).
//
//   A generated city (300 halls by default: a city hall, counties, townships) is seeded into a
//   fresh SQLite file; the real onewindow-server serves it. Every hall's kiosk, tellers and
//   display log in; 300 display WebSockets subscribe; every window opens. Then the day: each
//   ticket is issued at a kiosk, called at a window, served and finished, all over keep-alive
//   HTTP/1.1 from a lean epoll client (bench/support), while the displays receive every event.
//   Measured: the day's wall time (target < 10 min for 600,000 tickets), requests per second,
//   each request's latency, call-next written → ticket.called read on the hall's display
//   (target p99 < 50 ms), and that nothing was lost (the driver's, the displays', the server's
//   and the database's counts agree). Then the server is restarted on the day's database and
//   timed from start to its first 200 on GET /health (target < 2 s). See bench/CITYDAY.md.
#include "cityday/City.h"
#include "cityday/CityDay.h"
#include "support/Poller.h"
#include "support/RawHttpClient.h"
#include "support/RawWebSocket.h"
#include "support/ServerProcess.h"

#include "core/domain/catalogue/Catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include <sys/resource.h>
#include <unistd.h>

namespace po = boost::program_options;
using namespace ow;
using namespace ow::bench;

namespace {

constexpr double kDayTargetSeconds = 600;
constexpr double kEventP99TargetMs = 50;
constexpr double kStartTargetSeconds = 2;
constexpr int kRestarts = 5;
constexpr int kStallSeconds = 30;

struct Percentiles
{
    double p50 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(std::vector<float> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) { return static_cast<double>(ms[static_cast<size_t>(p * static_cast<double>(ms.size() - 1))]); };
    return {at(0.50), at(0.99), static_cast<double>(ms.back())};
}

double seconds(std::int64_t fromNs, std::int64_t toNs)
{
    return static_cast<double>(toNs - fromNs) / 1e9;
}

double driverCpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    const auto s = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

// The machine's 1-minute load average: other work on the two cores shows in every figure here.
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

ServiceMenu serviceMenu()
{
    ServiceMenu menu;
    const Catalogue catalogue = Catalogue::fromJson(Catalogue::bundledJson()).value();
    for (const Category &c : catalogue.categories()) {
        std::vector<std::string> services;
        for (const ServiceItem &s : catalogue.services()) {
            if (s.category == c.code)
                services.push_back(s.code.toStdString());
        }
        if (!services.empty())
            menu.byCategory.push_back(std::move(services));
    }
    return menu;
}

// Logs every account of the city in over the pool: tokens by username.
std::map<QString, std::string> logIn(Poller &poller, HttpPool &pool, const City &city, int *failures)
{
    std::map<QString, std::string> tokens;
    QStringList usernames;
    for (const CityHall &h : city.halls()) {
        usernames << h.kiosk() << h.display();
        for (int w = 1; w <= h.windows; ++w)
            usernames << h.teller(w);
    }
    int answered = 0;
    for (const QString &username : std::as_const(usernames)) {
        const QByteArray body = QJsonDocument(QJsonObject{{QLatin1String("username"), username},
                                                          {QLatin1String("password"), City::password()}})
                                    .toJson(QJsonDocument::Compact);
        pool.submit(httpRequest("POST", "/api/v1/sessions", {}, body.toStdString()), [&, username](HttpPool::Answer &&a) {
            ++answered;
            const QString token = QJsonDocument::fromJson(QByteArray::fromStdString(a.body)).object().value(QLatin1String("token")).toString();
            if (a.status != 201 || token.isEmpty())
                ++*failures;
            else
                tokens[username] = token.toStdString();
        });
    }
    runUntil(poller, [&] { return answered == usernames.size(); }, 600000);
    return tokens;
}

// Opens every window of the city, each by its own teller.
int openWindows(Poller &poller, HttpPool &pool, const std::vector<CityDay::Hall> &halls)
{
    int sent = 0, answered = 0, failures = 0;
    for (const CityDay::Hall &h : halls) {
        for (const CityDay::Window &w : h.windows) {
            ++sent;
            pool.submit(httpRequest("PUT", "/api/v1/halls/" + h.code + "/windows/" + std::to_string(w.number), w.token, R"({"state":"open"})"),
                        [&](HttpPool::Answer &&a) {
                            ++answered;
                            failures += a.status == 200 ? 0 : 1;
                        });
        }
    }
    runUntil(poller, [&] { return answered == sent; }, 600000);
    return failures + (sent - answered);
}

// What the server still holds as live (waiting, at a window, parked) in every hall's queue.
struct LiveOnServer
{
    int hallsAsked = 0, hallsAnswered = 0, hallsWithLiveTickets = 0;
    qsizetype liveTickets = 0;
};

LiveOnServer liveOnServer(Poller &poller, HttpPool &pool, const std::vector<CityDay::Hall> &halls,
                          const std::map<QString, std::string> &tokens)
{
    LiveOnServer live;
    int answered = 0;
    for (const CityDay::Hall &h : halls) {
        ++live.hallsAsked;
        const std::string &token = tokens.at(QStringLiteral("display-") + QString::fromStdString(h.code).toLower());
        pool.submit(httpRequest("GET", "/api/v1/halls/" + h.code + "/queue", token), [&](HttpPool::Answer &&a) {
            ++answered;
            if (a.status != 200)
                return;
            ++live.hallsAnswered;
            const QJsonObject snap = QJsonDocument::fromJson(QByteArray::fromStdString(a.body)).object();
            qsizetype n = 0;
            for (const char *list : {"waiting", "at_windows", "parked"})
                n += snap.value(QLatin1String(list)).toArray().size();
            live.liveTickets += n;
            live.hallsWithLiveTickets += n > 0 ? 1 : 0;
        });
    }
    runUntil(poller, [&] { return answered == live.hallsAsked; }, 600000);
    return live;
}

// The day as the database keeps it, read after the server has stopped.
struct Stored
{
    bool opened = false;
    std::map<QString, qint64> ticketsByState;
    std::map<QString, qint64> eventsByKind;
    int hallsAsIssued = 0; // halls holding exactly the tickets the driver issued there
    qint64 tickets() const
    {
        qint64 n = 0;
        for (const auto &[state, count] : ticketsByState)
            n += count;
        return n;
    }
};

Stored storedDay(const QString &path, const City &city)
{
    Stored s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cityday-check"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        s.opened = db.open();
        if (s.opened) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT state, COUNT(*) FROM tickets GROUP BY state"));
            while (q.next())
                s.ticketsByState[q.value(0).toString()] = q.value(1).toLongLong();
            q.exec(QStringLiteral("SELECT kind, COUNT(*) FROM ticket_events GROUP BY kind"));
            while (q.next())
                s.eventsByKind[q.value(0).toString()] = q.value(1).toLongLong();
            std::map<QString, qint64> perHall;
            q.exec(QStringLiteral("SELECT h.code, COUNT(*) FROM tickets t JOIN halls h ON h.id = t.hall_id GROUP BY h.code"));
            while (q.next())
                perHall[q.value(0).toString()] = q.value(1).toLongLong();
            for (const CityHall &h : city.halls())
                s.hallsAsIssued += perHall[h.code] == h.tickets ? 1 : 0;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cityday-check"));
    return s;
}

void printOp(const char *name, const OpStats &op, double wallSeconds)
{
    const Percentiles p = percentiles(op.ms);
    std::printf("   %-10s %8zu  %6.0f /s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  non-2xx %d%s%s\n", name, op.ms.size(),
                static_cast<double>(op.ms.size()) / wallSeconds, p.p50, p.p99, p.max, op.failures,
                op.firstFailure.empty() ? "" : "  first: ", op.firstFailure.c_str());
}

const char *verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    po::options_description options("bench_cityday options");
    options.add_options()
        ("help,h", "show this help and exit")
        ("halls", po::value<int>()->default_value(300), "halls in the generated city")
        ("tickets", po::value<int>()->default_value(600000), "tickets issued, called, served and finished over the day")
        ("connections", po::value<int>()->default_value(64), "keep-alive HTTP connections the kiosks and tellers share")
        ("seed", po::value<unsigned>()->default_value(12), "seed for the city's shape and the tickets' services")
        ("keep-db", po::value<std::string>(), "keep the city-day database (cityday.sqlite) and the server log in DIR")
        ("server", po::value<std::string>()->default_value(OW_SERVER_BINARY), "the onewindow-server binary");
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, options), vm);
        po::notify(vm);
    } catch (const po::error &e) {
        std::cerr << "bench_cityday: " << e.what() << "\n" << options << "\n";
        return 2;
    }
    if (vm.count("help")) {
        std::cout << "A city's day through the real server over HTTP (see bench/CITYDAY.md).\n\n" << options << "\n";
        return 0;
    }
    const int hallCount = vm["halls"].as<int>();
    const int ticketCount = vm["tickets"].as<int>();
    const int connections = vm["connections"].as<int>();
    const unsigned seed = vm["seed"].as<unsigned>();
    if (hallCount < 1 || ticketCount < 1 || connections < 1) {
        std::cerr << "bench_cityday: --halls, --tickets and --connections must be positive\n";
        return 2;
    }

    // Where the day is kept: the project's disk (not tmpfs), so fsync costs what it costs.
    std::unique_ptr<QTemporaryDir> scratch;
    QString dir;
    if (vm.count("keep-db")) {
        dir = QDir(QString::fromStdString(vm["keep-db"].as<std::string>())).absolutePath();
        QDir().mkpath(dir);
    } else {
        scratch = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/bench-cityday-XXXXXX"));
        dir = scratch->path();
    }
    const QString dbPath = dir + QStringLiteral("/cityday.sqlite");
    const QString logPath = dir + QStringLiteral("/server.log");
    QFile::remove(logPath);

    const ServiceMenu menu = serviceMenu();
    const std::int64_t seedStart = nowNs();
    const City city = City::generate(hallCount, ticketCount, seed);
    const auto busiest = std::max_element(city.halls().begin(), city.halls().end(),
                                          [](const CityHall &a, const CityHall &b) { return a.tickets < b.tickets; });
    if (busiest->tickets > menu.capacityPerHall()) {
        std::fprintf(stderr, "bench_cityday: %s would issue %d tickets; its %zu prefixes hold %d numbers a day\n",
                     qPrintable(busiest->code), busiest->tickets, menu.byCategory.size(), menu.capacityPerHall());
        return 2;
    }
    if (const Status seeded = city.seedDatabase(dbPath); !seeded) {
        std::fprintf(stderr, "bench_cityday: seeding failed: %s\n", qPrintable(seeded.error().detail));
        return 1;
    }
    const double seedSeconds = seconds(seedStart, nowNs());
    std::printf("bench_cityday: %d halls (%d city, %d county, %d township), %d windows, %d accounts, %d tickets; "
                "%d connections; data in %s\n",
                hallCount, city.count(QStringLiteral("city")), city.count(QStringLiteral("county")),
                city.count(QStringLiteral("township")), city.windowCount(), city.accountCount(), ticketCount, connections,
                qPrintable(dir));
    std::printf("   seeding (generate the city, schema, DemoCity::seed): %.2f s, not part of the day\n", seedSeconds);

    const QString binary = QString::fromStdString(vm["server"].as<std::string>());
    auto server = std::make_unique<ServerProcess>(binary, dbPath, logPath);
    const std::optional<double> freshStart = server->start();
    if (!freshStart)
        return 1;
    Poller poller;
    HttpPool pool(poller, loopback(server->port()), connections);
    if (std::string error; !pool.open(&error)) {
        std::fprintf(stderr, "bench_cityday: %s\n", error.c_str());
        return 1;
    }

    // Morning: every account logs in, every display subscribes, every window opens.
    std::int64_t t = nowNs();
    int loginFailures = 0;
    const std::map<QString, std::string> tokens = logIn(poller, pool, city, &loginFailures);
    const double loginSeconds = seconds(t, nowNs());
    if (loginFailures > 0) {
        std::fprintf(stderr, "bench_cityday: %d logins failed\n", loginFailures);
        return 1;
    }
    std::vector<CityDay::Hall> halls;
    for (const CityHall &h : city.halls()) {
        CityDay::Hall hall{h.code.toStdString(), tokens.at(h.kiosk()), h.tickets, {}};
        for (int w = 1; w <= h.windows; ++w)
            hall.windows.push_back({w, tokens.at(h.teller(w))});
        halls.push_back(std::move(hall));
    }
    CityDay day(pool, halls, menu, seed);

    t = nowNs();
    std::vector<std::unique_ptr<WebSocketReader>> displays;
    for (std::size_t i = 0; i < halls.size(); ++i) {
        auto display = std::make_unique<WebSocketReader>(
            poller, loopback(server->port()), "/api/v1/events?hall=" + halls[i].code + "&token=" + tokens.at(city.halls()[i].display()),
            [&day, i](std::string_view text) { day.displayed(i, text); });
        if (std::string error; !display->open(&error)) {
            std::fprintf(stderr, "bench_cityday: display of %s: %s\n", halls[i].code.c_str(), error.c_str());
            return 1;
        }
        displays.push_back(std::move(display));
    }
    const auto closedDisplay = [&]() -> const WebSocketReader * {
        const auto it = std::find_if(displays.begin(), displays.end(), [](const auto &d) { return d->closed(); });
        return it == displays.end() ? nullptr : it->get();
    };
    runUntil(poller, [&] { return day.displays().snapshots == hallCount || closedDisplay(); }, 60000);
    const double subscribeSeconds = seconds(t, nowNs());
    if (day.displays().snapshots != hallCount) {
        std::fprintf(stderr, "bench_cityday: only %lld of %d displays subscribed%s%s\n", static_cast<long long>(day.displays().snapshots),
                     hallCount, closedDisplay() ? ": " : "", closedDisplay() ? closedDisplay()->problem().c_str() : "");
        return 1;
    }
    t = nowNs();
    if (const int failures = openWindows(poller, pool, halls); failures > 0) {
        std::fprintf(stderr, "bench_cityday: %d windows did not open\n", failures);
        return 1;
    }
    const double openSeconds = seconds(t, nowNs());
    std::printf("   server start on the fresh database %.2f s; %zu logins %.2f s; %d displays subscribed %.2f s; %d windows opened %.2f s\n",
                *freshStart, tokens.size(), loginSeconds, hallCount, subscribeSeconds, city.windowCount(), openSeconds);
    std::fflush(stdout);

    // The day.
    const double serverCpu0 = server->cpuSeconds();
    const double driverCpu0 = driverCpuSeconds();
    const double loadBefore = loadAverage();
    const std::int64_t dayStart = nowNs();
    std::int64_t lastReport = dayStart, lastProgress = dayStart, doneBefore = 0;
    double serverCpuReported = serverCpu0, driverCpuReported = driverCpu0;
    std::string abandoned;
    day.start();
    while (!day.over()) {
        poller.poll(100);
        const std::int64_t now = nowNs();
        const std::int64_t done = day.issued() + day.calls() + static_cast<std::int64_t>(day.serves().ms.size()) + day.finished();
        if (done != doneBefore) {
            doneBefore = done;
            lastProgress = now;
        }
        if (!day.failure().empty())
            abandoned = day.failure();
        else if (const WebSocketReader *d = closedDisplay())
            abandoned = "a display lost its stream: " + d->problem();
        else if (seconds(lastProgress, now) > kStallSeconds)
            abandoned = "no answer for " + std::to_string(kStallSeconds) + " s";
        if (!abandoned.empty())
            break;
        if (seconds(lastReport, now) >= 10) {
            const double serverCpu = server->cpuSeconds(), driverCpu = driverCpuSeconds();
            const double span = seconds(lastReport, now);
            std::fprintf(stderr, "[%5.0f s] finished %lld / %lld tickets, %.0f requests/s overall; last %.0f s: server CPU %.0f%%, driver CPU %.0f%%\n",
                         seconds(dayStart, now), static_cast<long long>(day.finished()), static_cast<long long>(day.ticketsTotal()),
                         static_cast<double>(done) / seconds(dayStart, now), span, 100 * (serverCpu - serverCpuReported) / span,
                         100 * (driverCpu - driverCpuReported) / span);
            serverCpuReported = serverCpu;
            driverCpuReported = driverCpu;
            lastReport = now;
        }
    }
    const std::int64_t dayEnd = nowNs();
    const double daySeconds = seconds(dayStart, dayEnd);
    const double serverCpu = server->cpuSeconds() - serverCpu0;
    const double driverCpu = driverCpuSeconds() - driverCpu0;
    const double loadAfter = loadAverage();
    // The last tickets' serving and finished events are still on their way to the displays.
    runUntil(poller, [&] { return day.displaysComplete(); }, 5000);

    const LiveOnServer live = liveOnServer(poller, pool, halls, tokens);
    displays.clear();
    server->stop();
    const Stored stored = storedDay(dbPath, city);
    const double dbMb = static_cast<double>(QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size()) / 1e6;

    // Target 6: the server restarted on the day's database, start → first 200 on /health.
    std::vector<float> restarts;
    for (int i = 0; i < kRestarts; ++i) {
        server = std::make_unique<ServerProcess>(binary, dbPath, logPath);
        if (const auto s = server->start())
            restarts.push_back(static_cast<float>(*s));
        server->stop();
    }

    // The summary.
    const DisplayStats shown = day.displays();
    const std::int64_t requests = day.issued() + day.calls() + static_cast<std::int64_t>(day.serves().ms.size()) + day.finished();
    const int failures = day.issues().failures + day.callNexts().failures + day.serves().failures + day.finishes().failures;
    std::printf("\nThe day: %lld tickets issued → called → served → finished over HTTP%s%s\n", static_cast<long long>(ticketCount),
                abandoned.empty() ? "" : " — ABANDONED: ", abandoned.c_str());
    std::printf("   wall time %.1f s; %lld requests, %.0f requests/s (%.0f tickets/s); non-2xx answers %d\n", daySeconds,
                static_cast<long long>(requests), static_cast<double>(requests) / daySeconds,
                static_cast<double>(day.finished()) / daySeconds, failures);
    printOp("issue", day.issues(), daySeconds);
    printOp("call-next", day.callNexts(), daySeconds);
    printOp("serve", day.serves(), daySeconds);
    printOp("finish", day.finishes(), daySeconds);
    const Percentiles ev = percentiles(shown.callToEventMs);
    std::printf("   call → display  %8zu  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (call-next written → ticket.called read on the hall's display)\n",
                shown.callToEventMs.size(), ev.p50, ev.p99, ev.max);
    const Percentiles lag = percentiles(shown.answerToEventMs);
    std::printf("   event behind the call's answer     p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (call-next's HTTP answer read → ticket.called read)\n",
                lag.p50, lag.p99, lag.max);
    const double cpuPerRequestMs = requests > 0 ? 1000 * serverCpu / static_cast<double>(requests) : 0;
    std::printf("   CPU during the day: server %.0f s (%.0f%% of one core, %.3f ms per request: one core serves at most %.0f requests/s), "
                "driver %.0f s (%.0f%%); load average %.1f before, %.1f after (2 cores)\n",
                serverCpu, 100 * serverCpu / daySeconds, cpuPerRequestMs, cpuPerRequestMs > 0 ? 1000 / cpuPerRequestMs : 0, driverCpu,
                100 * driverCpu / daySeconds, loadBefore, loadAfter);

    std::printf("\nNothing lost\n");
    std::printf("   driver: issued %lld, called %lld, finished %lld of %lld\n", static_cast<long long>(day.issued()),
                static_cast<long long>(day.calls()), static_cast<long long>(day.finished()), static_cast<long long>(ticketCount));
    std::printf("   displays: %lld of %d got every event of their hall (messages per display %lld..%lld); "
                "ticket.issued %lld, ticket.called %lld, ticket.serving %lld, ticket.finished %lld, window.changed %lld, other %lld\n",
                static_cast<long long>(shown.complete), hallCount, static_cast<long long>(shown.minPerDisplay),
                static_cast<long long>(shown.maxPerDisplay), static_cast<long long>(shown.issued), static_cast<long long>(shown.called),
                static_cast<long long>(shown.serving), static_cast<long long>(shown.finished), static_cast<long long>(shown.windowChanges),
                static_cast<long long>(shown.other));
    std::printf("   calls matched to their display event %zu, unexpected ticket.called %lld, event naming another ticket %lld\n",
                shown.callToEventMs.size(), static_cast<long long>(shown.unexpectedCalls), static_cast<long long>(shown.wrongTicket));
    std::printf("   server (queue snapshots): %d of %d halls answered, %d with live tickets (%lld live)\n", live.hallsAnswered,
                live.hallsAsked, live.hallsWithLiveTickets, static_cast<long long>(live.liveTickets));
    const auto storedCount = [&](const std::map<QString, qint64> &m, const char *key) {
        const auto it = m.find(QLatin1String(key));
        return it == m.end() ? qint64(0) : it->second;
    };
    qint64 otherEvents = 0;
    for (const auto &[kind, count] : stored.eventsByKind) {
        if (kind != QLatin1String("issued") && kind != QLatin1String("called") && kind != QLatin1String("serving")
            && kind != QLatin1String("finished"))
            otherEvents += count;
    }
    std::printf("   database (read-only after stop, %.0f MB): %stickets %lld, finished %lld; %d of %d halls hold what was issued there; "
                "events issued %lld, called %lld, serving %lld, finished %lld, other %lld\n",
                dbMb, stored.opened ? "" : "NOT OPENED, ", static_cast<long long>(stored.tickets()),
                static_cast<long long>(storedCount(stored.ticketsByState, "finished")), stored.hallsAsIssued, hallCount,
                static_cast<long long>(storedCount(stored.eventsByKind, "issued")),
                static_cast<long long>(storedCount(stored.eventsByKind, "called")),
                static_cast<long long>(storedCount(stored.eventsByKind, "serving")),
                static_cast<long long>(storedCount(stored.eventsByKind, "finished")), static_cast<long long>(otherEvents));
    const qint64 n = ticketCount;
    const bool nothingLost = abandoned.empty() && failures == 0 && day.issued() == n && day.calls() == n && day.finished() == n
                             && shown.complete == hallCount && static_cast<qint64>(shown.callToEventMs.size()) == n
                             && shown.unexpectedCalls == 0 && shown.wrongTicket == 0 && live.hallsAnswered == hallCount
                             && live.liveTickets == 0 && stored.tickets() == n && storedCount(stored.ticketsByState, "finished") == n
                             && stored.hallsAsIssued == hallCount && storedCount(stored.eventsByKind, "issued") == n
                             && storedCount(stored.eventsByKind, "called") == n && storedCount(stored.eventsByKind, "serving") == n
                             && storedCount(stored.eventsByKind, "finished") == n && otherEvents == 0;

    std::sort(restarts.begin(), restarts.end());
    const double restartMedian = restarts.empty() ? -1 : static_cast<double>(restarts[restarts.size() / 2]);
    std::printf("\nRestart on the city-day database: start → first 200 on GET /health, %zu of %d runs:", restarts.size(), kRestarts);
    for (float s : restarts)
        std::printf(" %.3f", static_cast<double>(s));
    std::printf(" s; median %.3f s\n", restartMedian);

    // A smaller day is judged at its rate: its time scaled to the target's 600,000 tickets.
    const double fullDaySeconds = daySeconds * 600000.0 / static_cast<double>(std::max<std::int64_t>(1, day.finished()));
    const bool dayPass = abandoned.empty() && fullDaySeconds < kDayTargetSeconds;
    const bool eventPass = !shown.callToEventMs.empty() && ev.p99 < kEventP99TargetMs;
    const bool startPass = restarts.size() == static_cast<size_t>(kRestarts) && restartMedian < kStartTargetSeconds;
    std::printf("\nTargets (%d tickets, %d halls)\n", ticketCount, hallCount);
    if (ticketCount == 600000)
        std::printf("   5. the day in < 10 min                   %s  %.1f s\n", verdict(dayPass), daySeconds);
    else
        std::printf("   5. the day in < 10 min                   %s  %.1f s for %lld tickets: 600,000 at this rate take %.0f s\n",
                    verdict(dayPass), daySeconds, static_cast<long long>(day.finished()), fullDaySeconds);
    std::printf("   5. call → display event p99 < 50 ms      %s  %.2f ms\n", verdict(eventPass), ev.p99);
    std::printf("   5. nothing lost (counts checked)         %s\n", verdict(nothingLost));
    std::printf("   6. start → /health < 2 s on the day's db %s  %.3f s (median of %d, database %.0f MB)\n", verdict(startPass), restartMedian,
                kRestarts, dbMb);
    return nothingLost ? 0 : 1;
}
