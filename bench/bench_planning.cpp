// bench_planning (issue 16): the generated county day through onewindow-sim's HallSimulator —
// the share called within the 15-minute promise for 8, 10 and 12 fixed windows and for 10 fixed
// plus the tidal windows the advice opens, the staff-hours each costs, and how early the tickets
// that broke the promise were flagged. Also the Erlang C staffing advice for the day's expected
// arrivals. Results in bench/README.md.
#include "app/sim/CountyDay.h"
#include "app/sim/HallSimulator.h"
#include "app/sim/SimDay.h"
#include "app/sim/SimReport.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/planning/StaffingAdvice.h"

#include <QCoreApplication>

#include <boost/program_options.hpp>

#include <cstdio>
#include <iostream>

namespace po = boost::program_options;
using namespace ow;
using namespace ow::sim;

namespace {

struct Row
{
    const char *name;
    int windows;
    bool tidal;
    DayFigures sum;
    int runs = 0;
};

void add(DayFigures &into, const DayFigures &f)
{
    into.tickets += f.tickets;
    into.withinPromise += f.withinPromise;
    into.p50 += f.p50;
    into.p90 += f.p90;
    into.max += f.max;
    into.staffHours += f.staffHours;
    into.utilisation += f.utilisation;
    into.broke += f.broke;
    into.flaggedEarly += f.flaggedEarly;
    into.flaggedLate += f.flaggedLate;
    into.flaggedKept += f.flaggedKept;
}

void printAdvice(int tickets)
{
    // The day's expected arrivals per half-hour, its matter mix's mean handling time.
    const HandlingModel model = HandlingModel::countyDay(SimDay::catalogue());
    const QList<Arrival> sample = CountyDay::generate(SimDay::catalogue(), 12345, 20000);
    double mean = 0;
    for (const Arrival &a : sample)
        mean += model.meanSeconds(a.services);
    mean /= double(sample.size());
    QList<HalfHourDemand> day;
    const QList<double> expected = CountyDay::expectedPerHalfHour(tickets);
    for (int h = 0; h < expected.size(); ++h)
        day.append({QTime(0, 0).addSecs(CountyDay::kOpens + h * 1800), {{QStringLiteral("mix"), expected.at(h)}}});
    const QList<HalfHourAdvice> plan = StaffingAdvice(15).plan(day, [mean](const QString &) { return mean; });
    std::printf("Staffing advice (Erlang C, P(wait > 15 min) <= 5%%) for the expected day, mean handling %.1f min:\n", mean / 60);
    std::printf("  half-hour  arrivals  load (E)  windows\n");
    for (const HalfHourAdvice &a : plan)
        std::printf("  %s      %6.1f    %6.2f   %6d\n", qPrintable(a.start.toString(QStringLiteral("HH:mm"))), a.arrivals, a.load,
                    a.windows);
    std::printf("  advised staff-hours: %.1f\n\n", StaffingAdvice::staffHours(plan));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quint64 seed = 1;
    int seeds = 1;
    int tickets = 500;
    po::options_description desc("bench_planning: the generated county day with 8, 10, 12 fixed windows and 10 + tidal");
    desc.add_options()("help,h", "this help")("seed", po::value(&seed)->default_value(1), "first seed")(
        "seeds", po::value(&seeds)->default_value(1), "days to average (seeds seed … seed+seeds-1)")(
        "tickets", po::value(&tickets)->default_value(500), "tickets per day");
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, desc), vm);
        po::notify(vm);
    } catch (const std::exception &e) {
        std::cerr << e.what() << '\n' << desc << '\n';
        return 2;
    }
    if (vm.count("help")) {
        std::cout << desc << '\n';
        return 0;
    }
    printAdvice(tickets);
    QList<Row> rows{{"8 fixed", 8, false, {}}, {"10 fixed", 10, false, {}}, {"12 fixed", 12, false, {}}, {"10 fixed + tidal", 10, true, {}}};
    for (int k = 0; k < seeds; ++k) {
        for (Row &row : rows) {
            SimDaySource source;
            source.seed = seed + quint64(k);
            source.tickets = tickets;
            source.windows = row.windows;
            auto day = SimDay::load(source);
            SimOptions options;
            options.tidal = row.tidal;
            auto result = HallSimulator::run(day.value().arrivals, day.value().handling, *day.value().plan, *day.value().model, options);
            if (!result) {
                std::cerr << "bench_planning: " << result.error().detail.toStdString() << '\n';
                return 1;
            }
            add(row.sum, SimReport::figures(result.value()));
            ++row.runs;
        }
    }
    std::printf("County day, %d tickets, seeds %llu..%llu (%d day%s), promise 15 min:\n\n", tickets, static_cast<unsigned long long>(seed),
                static_cast<unsigned long long>(seed + quint64(seeds) - 1), seeds, seeds == 1 ? "" : "s averaged");
    std::printf("| staffing | staff-hours | within 15 min | p50 wait | p90 wait | max wait | utilisation | broke the promise | "
                "of those flagged >= 10 min ahead | flagged, called in time |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Row &r : rows) {
        const double n = r.runs;
        const DayFigures &f = r.sum;
        std::printf("| %s | %.1f | %.1f%% | %.1f min | %.1f min | %.1f min | %.0f%% | %.1f | %s | %.1f |\n", r.name, f.staffHours / n,
                    100.0 * f.withinPromise / f.tickets, f.p50 / n / 60, f.p90 / n / 60, f.max / n / 60, 100 * f.utilisation / n,
                    f.broke / n,
                    f.broke ? qPrintable(QStringLiteral("%1%").arg(100.0 * f.flaggedEarly / f.broke, 0, 'f', 1))
                            : "— (none broke)",
                    f.flaggedKept / n);
    }
    return 0;
}
