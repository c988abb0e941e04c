// bench_reports — the performance reports on a year of a 300-hall city (issue 14, acceptance
// point 6): one hall's month report < 200 ms, the city's month comparison by hall < 2 s, the live
// screen's today figures well under 1 s — timed over HTTP against the real server, each next to
// a baseline measured in the same run. See bench/README.md.
#include "reports/CityYear.h"
#include "support/Poller.h"
#include "support/RawHttpClient.h"
#include "support/ServerProcess.h"

#include "core/service/store/ServerSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

using namespace ow;
using namespace ow::bench;

namespace {

struct Timing
{
    double median = 0, p90 = 0, max = 0;
    double cpuMs = 0;      // the server's CPU time per timed request (user + system)
    int status = 0;        // the first answer that was not 200, else 200
    std::size_t bytes = 0; // of the last answer
};

Timing timeRequest(Poller &poller, HttpPool &pool, const ServerProcess &server, const std::string &target, const std::string &token,
                   int repeat)
{
    std::vector<double> ms;
    double cpu0 = 0;
    Timing out;
    out.status = 200;
    for (int i = 0; i <= repeat; ++i) { // the first is a warm-up: the server's caches and SQLite's pages
        HttpPool::Answer got;
        bool done = false;
        pool.submit(httpRequest("GET", target, token), [&](HttpPool::Answer &&a) {
            got = std::move(a);
            done = true;
        });
        if (!runUntil(poller, [&] { return done; }, 120000))
            got.status = 0;
        if (got.status != 200) {
            out.status = got.status;
            std::fprintf(stderr, "bench_reports: %s answered %d: %.300s\n", target.c_str(), got.status, got.body.c_str());
            return out;
        }
        out.bytes = got.body.size();
        if (i > 0)
            ms.push_back(got.ms());
        else
            cpu0 = server.cpuSeconds();
    }
    out.cpuMs = (server.cpuSeconds() - cpu0) * 1000 / repeat;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) { return ms[static_cast<size_t>(p * static_cast<double>(ms.size() - 1) + 0.5)]; };
    out.median = at(0.5);
    out.p90 = at(0.9);
    out.max = ms.back();
    return out;
}

// The rows of the month and day asked, read from the database before the server starts.
struct Volume
{
    qint64 halls = 0, tickets = 0, cases = 0;
};

Volume volumeOf(const QString &path, const QString &hallCode, const QDate &from, const QDate &to)
{
    Volume v;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("volume"));
    db.setDatabaseName(path);
    if (!db.open())
        return v;
    {
        QSqlQuery q(db);
        // The hall and every hall below it (three levels at most in the generated city).
        q.prepare(QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT id FROM halls WHERE code = ? "
                                 "UNION SELECT h.id FROM halls h JOIN tree ON h.parent_id = tree.id) "
                                 "SELECT (SELECT COUNT(*) FROM tree), "
                                 "(SELECT COUNT(*) FROM tickets WHERE hall_id IN (SELECT id FROM tree) AND service_day BETWEEN ? AND ?), "
                                 "(SELECT COUNT(*) FROM cases WHERE hall_id IN (SELECT id FROM tree) AND accepted_day BETWEEN ? AND ?)"));
        for (const QVariant &value : QVariantList{hallCode, from.toString(Qt::ISODate), to.toString(Qt::ISODate), from.toString(Qt::ISODate),
                                                  to.toString(Qt::ISODate)})
            q.addBindValue(value);
        if (q.exec() && q.next())
            v = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("volume"));
    return v;
}

std::string reportTarget(const char *kind, const QString &hall, const QDate &from, const QDate &to, const char *group)
{
    return QStringLiteral("/api/v1/reports/%1?from=%2&to=%3&hall=%4&group=%5")
        .arg(QLatin1String(kind), from.toString(Qt::ISODate), to.toString(Qt::ISODate), hall, QLatin1String(group))
        .toStdString();
}

// The machine's 1-minute load average: other work on the two cores shows in every figure here.
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    namespace po = boost::program_options;
    po::options_description options("bench_reports options");
    options.add_options()
        ("help", "this text")
        ("halls", po::value<int>()->default_value(300), "halls in the generated city")
        ("tickets", po::value<int>()->default_value(600000), "tickets in the year (about)")
        ("cases", po::value<int>()->default_value(400000), "cases in the year (about)")
        ("seed", po::value<unsigned>()->default_value(14), "seed of the city and its year")
        ("repeat", po::value<int>()->default_value(15), "timed requests per row (after one warm-up)")
        ("cache", po::value<std::string>()->default_value(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("reports-cache")).toStdString()),
         "folder of generated years, one file per size, seed and schema version (reused when there)")
        ("regenerate", "generate the year again even if the cache holds it")
        ("server", po::value<std::string>()->default_value(OW_SERVER_BINARY), "the onewindow-server binary");
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, options), vm);
        po::notify(vm);
    } catch (const po::error &e) {
        std::cerr << "bench_reports: " << e.what() << "\n" << options;
        return 2;
    }
    if (vm.count("help")) {
        std::cout << options;
        return 0;
    }
    YearSize size;
    size.halls = vm["halls"].as<int>();
    size.tickets = vm["tickets"].as<int>();
    size.cases = vm["cases"].as<int>();
    size.seed = vm["seed"].as<unsigned>();
    const int repeat = std::max(1, vm["repeat"].as<int>());
    if (size.halls < 13 || size.tickets < 1000) {
        std::fprintf(stderr, "bench_reports: at least 13 halls (a county and its townships) and 1,000 tickets\n");
        return 2;
    }

    const QString cacheDir = QString::fromStdString(vm["cache"].as<std::string>());
    QDir().mkpath(cacheDir);
    const QString dbPath = QDir(cacheDir).filePath(QStringLiteral("cityyear-h%1-t%2-c%3-s%4-v%5.sqlite")
                                                       .arg(size.halls)
                                                       .arg(size.tickets)
                                                       .arg(size.cases)
                                                       .arg(size.seed)
                                                       .arg(ServerSchema::latestVersion()));
    const CityYear year(size);
    const std::int64_t generateStart = nowNs();
    if (vm.count("regenerate") || !QFileInfo::exists(dbPath)) {
        // Written under another name and renamed once complete: an interrupted run leaves no year to reuse.
        const QString partial = dbPath + QStringLiteral(".partial");
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
        std::fprintf(stderr, "bench_reports: generating the year up to %s into %s\n", qPrintable(today.toString(Qt::ISODate)), qPrintable(dbPath));
        auto made = year.generate(partial, today);
        if (!made) {
            std::fprintf(stderr, "bench_reports: generation failed: %s\n", qPrintable(made.error().detail));
            return 1;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        if (!QFile::rename(partial, dbPath)) {
            std::fprintf(stderr, "bench_reports: cannot rename %s\n", qPrintable(partial));
            return 1;
        }
    }
    const double generateSeconds = static_cast<double>(nowNs() - generateStart) / 1e9;
    auto summary = CityYear::summaryOf(dbPath);
    if (!summary) {
        std::fprintf(stderr, "bench_reports: %s\n", qPrintable(summary.error().detail));
        return 1;
    }
    const YearSummary &y = summary.value();
    const QDate monthFrom = QDate(y.lastDay.year(), y.lastDay.month(), 1).addMonths(-1);
    const QDate monthTo = monthFrom.addMonths(1).addDays(-1);
    const City &city = year.city();
    const QString cityHall = city.halls().front().code;
    QString county, township;
    for (const CityHall &h : city.halls()) {
        if (county.isEmpty() && h.level == QLatin1String("county"))
            county = h.code;
        if (township.isEmpty() && h.level == QLatin1String("township") && h.parent == county)
            township = h.code;
    }

    std::printf("bench_reports: a year of %d halls, %s to %s (%d working days): %lld tickets (%lld events, %lld no-shows, "
                "%lld transfers), %lld ratings, %lld rectifications, %lld cases (%lld events)\n",
                size.halls, qPrintable(y.firstDay.toString(Qt::ISODate)), qPrintable(y.lastDay.toString(Qt::ISODate)), y.workingDays,
                static_cast<long long>(y.tickets), static_cast<long long>(y.ticketEvents), static_cast<long long>(y.noShows),
                static_cast<long long>(y.transfers), static_cast<long long>(y.ratings), static_cast<long long>(y.rectifications),
                static_cast<long long>(y.cases), static_cast<long long>(y.caseEvents));
    std::printf("   database %s (%.0f MB); %s %.1f s\n", qPrintable(dbPath), static_cast<double>(QFileInfo(dbPath).size()) / 1e6,
                generateSeconds > 5 ? "generated in" : "reused from the cache, checked in", generateSeconds);
    const auto describe = [&](const char *what, const QString &hall, const QDate &from, const QDate &to) {
        const Volume v = volumeOf(dbPath, hall, from, to);
        std::printf("   %-34s %s with the halls below it (%lld halls), %s..%s: %lld tickets, %lld cases\n", what, qPrintable(hall),
                    static_cast<long long>(v.halls), qPrintable(from.toString(Qt::ISODate)), qPrintable(to.toString(Qt::ISODate)),
                    static_cast<long long>(v.tickets), static_cast<long long>(v.cases));
    };
    describe("a township hall's month:", township, monthFrom, monthTo);
    describe("a county hall's month:", county, monthFrom, monthTo);
    describe("the city's month:", cityHall, monthFrom, monthTo);
    describe("the city's today:", cityHall, y.lastDay, y.lastDay);

    const QString logPath = dbPath + QStringLiteral(".server.log");
    QFile::remove(logPath);
    ServerProcess server(QString::fromStdString(vm["server"].as<std::string>()), dbPath, logPath);
    const std::optional<double> started = server.start();
    if (!started)
        return 1;
    Poller poller;
    HttpPool pool(poller, loopback(server.port()), 1);
    if (std::string error; !pool.open(&error)) {
        std::fprintf(stderr, "bench_reports: %s\n", error.c_str());
        return 1;
    }
    std::string token;
    {
        const QByteArray body = QJsonDocument(QJsonObject{{QLatin1String("username"), CityYear::citySupervisor()},
                                                          {QLatin1String("password"), City::password()}})
                                    .toJson(QJsonDocument::Compact);
        bool done = false;
        pool.submit(httpRequest("POST", "/api/v1/sessions", {}, body.toStdString()), [&](HttpPool::Answer &&a) {
            token = QJsonDocument::fromJson(QByteArray::fromStdString(a.body)).object().value(QLatin1String("token")).toString().toStdString();
            done = true;
        });
        if (!runUntil(poller, [&] { return done; }, 30000) || token.empty()) {
            std::fprintf(stderr, "bench_reports: %s cannot log in\n", qPrintable(CityYear::citySupervisor()));
            return 1;
        }
    }
    std::printf("   server start → /health %.0f ms; each row: %d requests in turn on one keep-alive connection after one warm-up, "
                "as %s (reads every hall)\n\n",
                *started * 1000, repeat, qPrintable(CityYear::citySupervisor()));

    std::printf("%-58s %9s %9s %9s %10s %9s %12s %5s %9s\n", "row", "p50 ms", "p90 ms", "max ms", "p50 ratio", "CPU ms", "target", "met",
                "answer");
    const Timing health = timeRequest(poller, pool, server, "/health", {}, repeat);
    const Timing me = timeRequest(poller, pool, server, "/api/v1/me", token, repeat);
    // The exit code says whether every answer was a 200, whatever the timings (as bench_cityday's).
    bool answered = health.status == 200 && me.status == 200;
    const auto row = [&](const char *label, const Timing &t, double targetMs) {
        const bool met = t.status == 200 && (targetMs <= 0 || t.p90 < targetMs);
        answered = answered && t.status == 200;
        char target[32] = "";
        if (targetMs > 0)
            std::snprintf(target, sizeof target, "p90 < %.0f", targetMs);
        std::printf("%-58s %9.2f %9.2f %9.2f %9.0fx %9.0f %12s %5s %7.0fKB\n", label, t.median, t.p90, t.max, t.median / me.median,
                    t.cpuMs, target, targetMs > 0 ? (met ? "yes" : "NO") : "", static_cast<double>(t.bytes) / 1000);
    };
    row("GET /health (baseline)", health, 0);
    row("GET /api/v1/me (baseline: token + one indexed read)", me, 0);
    std::printf("%-58s\n", "one hall's month (target < 200 ms)");
    row("  township hall, queue report by window", timeRequest(poller, pool, server, reportTarget("queue", township, monthFrom, monthTo, "window"), token, repeat), 200);
    row("  township hall, case report by matter", timeRequest(poller, pool, server, reportTarget("cases", township, monthFrom, monthTo, "matter"), token, repeat), 200);
    row("  county hall (+ its townships), queue report by hall", timeRequest(poller, pool, server, reportTarget("queue", county, monthFrom, monthTo, "hall"), token, repeat), 200);
    row("  county hall (+ its townships), case report by hall", timeRequest(poller, pool, server, reportTarget("cases", county, monthFrom, monthTo, "hall"), token, repeat), 200);
    std::printf("%-58s\n", "the city's month compared by hall (target < 2 s)");
    row("  city, queue report by hall", timeRequest(poller, pool, server, reportTarget("queue", cityHall, monthFrom, monthTo, "hall"), token, repeat), 2000);
    row("  city, case report by hall", timeRequest(poller, pool, server, reportTarget("cases", cityHall, monthFrom, monthTo, "hall"), token, repeat), 2000);
    std::printf("%-58s\n", "the live screen's today, fetched after each event (target < 1 s)");
    row("  county hall, queue report by window", timeRequest(poller, pool, server, reportTarget("queue", county, y.lastDay, y.lastDay, "window"), token, repeat), 1000);
    row("  city hall (every hall), queue report by hall", timeRequest(poller, pool, server, reportTarget("queue", cityHall, y.lastDay, y.lastDay, "hall"), token, repeat), 1000);
    row("  city hall (every hall), case report by hall", timeRequest(poller, pool, server, reportTarget("cases", cityHall, y.lastDay, y.lastDay, "hall"), token, repeat), 1000);
    std::printf("\n   p50 ratio: median against GET /api/v1/me's median in this run; CPU ms: the server's user + system time per "
                "request (/proc, 10 ms ticks), what the answer costs on an idle core; targets are judged on p90 of the wall time; "
                "load average %.1f. Server log: %s\n",
                loadAverage(), qPrintable(logPath));
    server.stop();
    return answered ? 0 : 3;
}
