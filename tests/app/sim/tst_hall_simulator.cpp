// The hall-day simulator through the real queue service: a small day checked by hand, the same
// seed giving the same bytes, the CSV formats' errors naming their line, and the program's exit.
#include "app/sim/ArrivalsCsv.h"
#include "app/sim/HallSimulator.h"
#include "app/sim/HandlingModel.h"
#include "app/sim/SimDay.h"
#include "app/sim/SimReport.h"
#include "app/sim/StaffingPlan.h"
#include "app/sim/WaitChartSvg.h"
#include "core/domain/queue/QueueTypes.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace ow::sim;

class TestHallSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeTicketsOneWindowByHand()
    {
        // Three visitors at 09:00, one window, 10 minutes each (σ 0: no spread): called at
        // 09:00, 09:10, 09:20 — waits 0, 10 and 20 minutes; one of three past the promise.
        auto arrivals = ArrivalsCsv::parse(QStringLiteral("a.csv"),
                                           "time,services,priority_group,appointment_at\n09:00,CD-001,,\n09:00,CD-002,,\n09:00,CD-003,,\n",
                                           SimDay::catalogue(), HallQueueConfig{});
        QVERIFY(arrivals.ok());
        auto model = HandlingModel::parse(QStringLiteral("h.csv"), "matter,mean_minutes,sigma\ncard,10,0\n", SimDay::catalogue());
        QVERIFY(model.ok());
        const QList<double> handling = HallSimulator::drawHandling(arrivals.value(), model.value(), 1);
        QCOMPARE(handling, (QList<double>{600, 600, 600}));
        auto result = HallSimulator::run(arrivals.value(), handling, StaffingPlan::fixed(1, 9 * 3600, 17 * 3600), model.value(), {});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        const SimResult &r = result.value();
        QCOMPARE(r.tickets.size(), 3);
        QCOMPARE(r.tickets.at(0).number, QStringLiteral("E001")); // numbered by the real queue service
        QCOMPARE(r.tickets.at(0).waitSeconds(), 0);
        QCOMPARE(r.tickets.at(1).waitSeconds(), 600);
        QCOMPARE(r.tickets.at(2).waitSeconds(), 1200);
        const DayFigures f = SimReport::figures(r);
        QCOMPARE(f.withinPromise, 2);
        QCOMPARE(f.broke, 1);
        QCOMPARE(f.max, 1200);
        // The projection at 09:00 already sees the third ticket called at 09:20: flagged 15
        // minutes before it broke the promise.
        QCOMPARE(r.tickets.at(2).firstFlaggedAt, 9 * 3600);
        QCOMPARE(f.flaggedEarly, 1);
        // The window was open 09:00–09:30 (it closes once the line is served) and busy all along.
        QCOMPARE(r.windows.size(), 1);
        QCOMPARE(r.windows.at(0).busySeconds, 1800);
        QCOMPARE(r.windows.at(0).served, 3);
    }

    void dedicatedWindowsAndTheStaffingPlan()
    {
        // Window 1 serves cards only; window 2 opens at 09:10. The pension visitor waits for it.
        auto plan = StaffingPlan::parse(QStringLiteral("s.csv"),
                                        "from,to,window,kind,categories\n09:00,12:00,1,dedicated,card\n09:10,12:00,2,comprehensive,\n",
                                        SimDay::catalogue());
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().detail));
        auto arrivals = ArrivalsCsv::parse(QStringLiteral("a.csv"),
                                           "time,services,priority_group,appointment_at\n09:00,PE-001,,\n09:01,CD-001,elderly,\n",
                                           SimDay::catalogue(), HallQueueConfig{});
        QVERIFY(arrivals.ok());
        auto model = HandlingModel::parse(QStringLiteral("h.csv"), "matter,mean_minutes,sigma\ncard,5,\npension,8,0\n", SimDay::catalogue());
        QVERIFY(model.ok());
        auto result = HallSimulator::run(arrivals.value(), {480, 300}, plan.value(), model.value(), {});
        QVERIFY(result.ok());
        QCOMPARE(result.value().tickets.at(0).calledAt, 9 * 3600 + 600);
        QCOMPARE(result.value().tickets.at(0).window, 2);
        QCOMPARE(result.value().tickets.at(1).calledAt, 9 * 3600 + 60);
        QCOMPARE(result.value().tickets.at(1).window, 1);
    }

    void sameSeedSameBytes()
    {
        const auto run = [](quint64 seed) {
            SimDaySource source;
            source.seed = seed;
            source.tickets = 120;
            source.windows = 3;
            auto day = SimDay::load(source);
            SimOptions options;
            options.tidal = true;
            auto r = HallSimulator::run(day.value().arrivals, day.value().handling, *day.value().plan, *day.value().model, options);
            return SimReport::waitsCsv(r.value()) + SimReport::summary(r.value()).toUtf8()
                   + WaitChartSvg::draw(r.value(), QStringLiteral("t"));
        };
        const QByteArray first = run(7);
        QVERIFY(first.count('\n') > 120);
        QCOMPARE(run(7), first);
        QVERIFY(run(8) != first);
    }

    void generatedDayLooksLikeACountyDay()
    {
        SimDaySource source;
        source.seed = 3;
        auto day = SimDay::load(source);
        QVERIFY(day.ok());
        const QList<Arrival> &a = day.value().arrivals;
        QCOMPARE(a.size(), 500);
        int morningPeak = 0, lunch = 0;
        double handling = 0;
        for (int i = 0; i < a.size(); ++i) {
            morningPeak += a.at(i).at >= 9 * 3600 && a.at(i).at < 10 * 3600 ? 1 : 0;
            lunch += a.at(i).at >= 12 * 3600 && a.at(i).at < 13 * 3600 ? 1 : 0;
            handling += day.value().handling.at(i);
        }
        QVERIFY2(morningPeak > 3 * lunch, qPrintable(QStringLiteral("%1 vs %2").arg(morningPeak).arg(lunch)));
        const double meanMinutes = handling / a.size() / 60;
        QVERIFY2(meanMinutes > 6 && meanMinutes < 8, qPrintable(QString::number(meanMinutes)));
    }

    void csvErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header") << QByteArray("when,services\n09:00,CD-001\n") << "a.csv line 1: the header must be";
        QTest::newRow("time") << QByteArray("time,services,priority_group,appointment_at\n09:00,CD-001,,\n\n9h30,CD-001,,\n")
                              << "a.csv line 4: time \"9h30\" is not a time of day";
        QTest::newRow("service") << QByteArray("time,services,priority_group,appointment_at\n09:00,XX-999,,\n")
                                 << "a.csv line 2: unknown service \"XX-999\"";
        QTest::newRow("group") << QByteArray("time,services,priority_group,appointment_at\n# a comment\n09:00,CD-001,vip,\n")
                               << "a.csv line 3: unknown priority group \"vip\"";
        QTest::newRow("too many") << QByteArray("time,services,priority_group,appointment_at\n09:00,CD-001,,,x\n")
                                  << "a.csv line 2: 5 fields, at most 4";
    }

    void csvErrorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto r = ArrivalsCsv::parse(QStringLiteral("a.csv"), text, SimDay::catalogue(), HallQueueConfig{});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.startsWith(expected), qPrintable(r.error().detail));
    }

    void staffingAndHandlingErrors()
    {
        const QByteArray header("from,to,window,kind,categories\n");
        auto overlap = StaffingPlan::parse(QStringLiteral("s.csv"), header + "09:00,12:00,1,comprehensive,\n11:00,13:00,1,comprehensive,\n",
                                           SimDay::catalogue());
        QVERIFY(!overlap.ok());
        QVERIFY2(overlap.error().detail.startsWith(QLatin1String("s.csv line 3: window 1 is already open from 09:00 to 12:00")),
                 qPrintable(overlap.error().detail));
        auto dedicated = StaffingPlan::parse(QStringLiteral("s.csv"), header + "09:00,12:00,2,dedicated,\n", SimDay::catalogue());
        QVERIFY(!dedicated.ok() && dedicated.error().detail.startsWith(QLatin1String("s.csv line 2: a dedicated window")));
        auto backwards = StaffingPlan::parse(QStringLiteral("s.csv"), header + "12:00,09:00,2,comprehensive,\n", SimDay::catalogue());
        QVERIFY(!backwards.ok() && backwards.error().detail.contains(QLatin1String("line 2")));
        auto minutes = HandlingModel::parse(QStringLiteral("h.csv"), "matter,mean_minutes,sigma\ncard,-3,\n", SimDay::catalogue());
        QVERIFY(!minutes.ok() && minutes.error().detail.startsWith(QLatin1String("h.csv line 2: mean_minutes \"-3\"")));
        auto matter = HandlingModel::parse(QStringLiteral("h.csv"), "matter,mean_minutes,sigma\nnope,3,\n", SimDay::catalogue());
        QVERIFY(!matter.ok() && matter.error().detail.contains(QLatin1String("neither a service code nor a category")));
    }

    void theProgramExitsNonZeroOnABadFile()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("arrivals.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time,services,priority_group,appointment_at\n09:00,CD-001,,\n25:00,CD-001,,\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral(OW_SIM_BINARY), {QStringLiteral("--arrivals"), bad});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("arrivals.csv line 3: time \"25:00\""), "the message names the line");

        // A good small day writes its three outputs, the same bytes twice.
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("time,services,priority_group,appointment_at\n09:00,CD-001,,\n09:02,PE-001,,09:15\n");
        g.close();
        QByteArray first;
        for (int run = 0; run < 2; ++run) {
            const QString out = dir.filePath(QStringLiteral("out%1").arg(run));
            p.start(QStringLiteral(OW_SIM_BINARY), {QStringLiteral("--arrivals"), good, QStringLiteral("--windows"), QStringLiteral("1"),
                                                    QStringLiteral("--out"), out});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QByteArray bytes;
            for (const char *name : {"waits.csv", "summary.txt", "waiting.svg"}) {
                QFile o(out + QLatin1Char('/') + QLatin1String(name));
                QVERIFY2(o.open(QIODevice::ReadOnly), name);
                bytes += o.readAll();
            }
            if (run == 0)
                first = bytes;
            else
                QCOMPARE(bytes, first);
        }
        QVERIFY(first.contains("<svg"));
    }
};

QTEST_GUILESS_MAIN(TestHallSimulator)
#include "tst_hall_simulator.moc"
