// onewindow-sim: a hall's day through the real queue service in seconds. Options here; the day
// in app/sim (SimDay, HallSimulator, SimReport). The CSV formats are in docs/planning.md.
#include "app/sim/ArrivalsCsv.h"
#include "app/sim/CsvFile.h"
#include "app/sim/HallSimulator.h"
#include "app/sim/SimDay.h"
#include "app/sim/SimReport.h"
#include "app/sim/WaitChartSvg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <boost/program_options.hpp>

#include <iostream>

namespace po = boost::program_options;
using namespace ow::sim;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::cerr << "onewindow-sim: cannot write " << path.toStdString() << ": " << f.errorString().toStdString() << '\n';
        return false;
    }
    return true;
}

int fail(const QString &message)
{
    std::cerr << "onewindow-sim: " << message.toStdString() << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SimDaySource source;
    SimOptions options;
    std::string arrivals, staffing, handling, out, writeArrivals, opens = "08:30", closes = "17:00";
    po::options_description desc(
        "onewindow-sim: runs a hall's day through the real queue service and dispatcher on a fake clock.\n"
        "Without --arrivals it generates a county hall's day (about 500 tickets, peaks 9-11 and 14-15) from --seed.\n"
        "The CSV formats of --arrivals, --staffing and --handling are in docs/planning.md.\n\nOptions");
    desc.add_options()("help,h", "this help")(
        "arrivals", po::value(&arrivals), "arrivals CSV: time,services,priority_group,appointment_at")(
        "staffing", po::value(&staffing), "staffing plan CSV: from,to,window,kind,categories")(
        "handling", po::value(&handling), "handling-time CSV: matter,mean_minutes,sigma")(
        "seed", po::value(&source.seed)->default_value(1), "seed of the generated day and the drawn handling times")(
        "tickets", po::value(&source.tickets)->default_value(500), "expected tickets of the generated day")(
        "windows", po::value(&source.windows)->default_value(10), "comprehensive windows open all day (without --staffing)")(
        "opens", po::value(&opens)->default_value(opens), "when the fixed windows open (HH:MM)")(
        "closes", po::value(&closes)->default_value(closes), "when the fixed windows close (HH:MM); the line is served out")(
        "promise", po::value(&options.promiseMinutes)->default_value(15), "the hall's promise, minutes")(
        "tidal", po::bool_switch(&options.tidal), "open tidal windows when the line is projected to break the promise")(
        "tidal-windows", po::value(&options.tidalWindows)->default_value(4), "tidal windows the hall can open")(
        "out", po::value(&out), "folder for waits.csv, summary.txt and waiting.svg")(
        "write-arrivals", po::value(&writeArrivals), "also write the day's arrivals as CSV (to replay or edit)");
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, desc), vm);
        po::notify(vm);
    } catch (const std::exception &e) {
        std::cerr << "onewindow-sim: " << e.what() << "\n" << desc << '\n';
        return 2;
    }
    if (vm.count("help")) {
        std::cout << desc << '\n';
        return 0;
    }
    const auto from = CsvFile::parseTime(QString::fromStdString(opens));
    const auto to = CsvFile::parseTime(QString::fromStdString(closes));
    if (!from || !to || *to <= *from)
        return fail(QStringLiteral("--opens and --closes must be times of day (HH:MM), closing after opening"));
    if (source.tickets < 1 || source.tickets > 100000 || source.windows < 1 || source.windows > 90 || options.promiseMinutes < 1
        || options.tidalWindows < 0 || options.tidalWindows > 9)
        return fail(QStringLiteral("--tickets 1-100000, --windows 1-90, --promise at least 1, --tidal-windows 0-9"));
    source.opens = *from;
    source.closes = *to;
    source.arrivalsPath = QString::fromStdString(arrivals);
    source.staffingPath = QString::fromStdString(staffing);
    source.handlingPath = QString::fromStdString(handling);

    auto day = SimDay::load(source);
    if (!day)
        return fail(day.error().detail);
    if (!writeArrivals.empty() && !writeFile(QString::fromStdString(writeArrivals), ArrivalsCsv::write(day.value().arrivals)))
        return 1;
    auto result = HallSimulator::run(day.value().arrivals, day.value().handling, *day.value().plan, *day.value().model, options);
    if (!result) {
        std::cerr << "onewindow-sim: the simulated day failed: " << result.error().detail.toStdString() << '\n';
        return 1;
    }
    const QString summary = SimReport::summary(result.value());
    std::cout << summary.toStdString();
    if (!out.empty()) {
        const QDir dir(QString::fromStdString(out));
        if (!dir.mkpath(QStringLiteral(".")))
            return fail(QStringLiteral("cannot create %1").arg(dir.path()));
        const QString title = options.tidal ? QStringLiteral("Waiting tickets over the day (tidal windows)")
                                            : QStringLiteral("Waiting tickets over the day");
        if (!writeFile(dir.filePath(QStringLiteral("waits.csv")), SimReport::waitsCsv(result.value()))
            || !writeFile(dir.filePath(QStringLiteral("summary.txt")), summary.toUtf8())
            || !writeFile(dir.filePath(QStringLiteral("waiting.svg")), WaitChartSvg::draw(result.value(), title)))
            return 1;
    }
    return 0;
}
