// WaitEstimator: the bureau's wait rule (average handling time ÷ capable open windows × place
// in the line; optimistic = 0.8 × pessimistic), which history counts, the catalogue's defaults,
// who counts as "ahead" when windows serve different categories, and the unknown wait when no
// window can serve the ticket.
#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/queue/WaitEstimator.h"

#include <QTest>

#include <cmath>

using namespace ow;

namespace {

// One matter per ticket; the service code is also the category here, so histories and window
// profiles read alike.
Ticket ticket(qint64 id, const QStringList &services, int targetWindow = 0)
{
    Ticket t;
    t.id = id;
    t.number = QStringLiteral("A%1").arg(id, 3, 10, QLatin1Char('0'));
    t.targetWindow = targetWindow;
    for (const QString &s : services)
        t.matters.append({s, s, MatterOutcome::Pending, {}, {}});
    return t;
}

WindowProfile comprehensive(int number)
{
    return {number, true, {}};
}

WindowProfile dedicated(int number, const QStringList &categories)
{
    WindowProfile w{number, false, {}};
    for (const QString &c : categories)
        w.categoryWeights.append({c, 1});
    return w;
}

// Every matter takes 600 s by default, so expectations are easy to work out by hand.
WaitEstimator flat(QHash<QString, QPair<double, int>> history = {})
{
    return WaitEstimator(std::move(history), [](const QString &) { return 600.0; });
}

} // namespace

class TestWaitEstimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueDefault_data()
    {
        QTest::addColumn<bool>("hasService");
        QTest::addColumn<int>("kind"); // ServiceKind
        QTest::addColumn<int>("handlingMinutes");
        QTest::addColumn<double>("seconds");
        QTest::newRow("no service: committed default") << false << 0 << 0 << 720.0;
        QTest::newRow("on the spot: 8 minutes") << true << int(ServiceKind::OnTheSpot) << 0 << 480.0;
        QTest::newRow("committed: 12 minutes") << true << int(ServiceKind::Committed) << 0 << 720.0;
        QTest::newRow("service's own time wins (on the spot)") << true << int(ServiceKind::OnTheSpot) << 5 << 300.0;
        QTest::newRow("service's own time wins (committed)") << true << int(ServiceKind::Committed) << 25 << 1500.0;
    }

    void catalogueDefault()
    {
        QFETCH(bool, hasService);
        QFETCH(int, kind);
        QFETCH(int, handlingMinutes);
        QFETCH(double, seconds);
        ServiceItem s;
        s.kind = static_cast<ServiceKind>(kind);
        s.handlingMinutes = handlingMinutes;
        QCOMPARE(WaitEstimator::catalogueDefaultSeconds(hasService ? &s : nullptr), seconds);
    }

    void handlingSeconds_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<double>("expected");
        // The hall's own average counts only from kMinSamples finished matters on.
        QTest::newRow("no history") << 0 << 600.0;
        QTest::newRow("one sample too few") << WaitEstimator::kMinSamples - 1 << 600.0;
        QTest::newRow("just enough samples") << WaitEstimator::kMinSamples << 240.0;
        QTest::newRow("many samples") << 50 << 240.0;
    }

    void handlingSeconds()
    {
        QFETCH(int, samples);
        QFETCH(double, expected);
        QHash<QString, QPair<double, int>> history;
        if (samples > 0)
            history.insert(QStringLiteral("card"), {240.0, samples});
        QCOMPARE(flat(history).handlingSeconds(ticket(1, {QStringLiteral("card")})), expected);
    }

    void handlingSecondsAddsUpTheMatters()
    {
        // One visit, three matters: history for one, the default for the others.
        const WaitEstimator e({{QStringLiteral("card"), {240.0, 10}}},
                              [](const QString &code) { return code == QLatin1String("pension") ? 900.0 : 600.0; });
        QCOMPARE(e.handlingSeconds(ticket(1, {QStringLiteral("card"), QStringLiteral("pension"), QStringLiteral("labour")})),
                 240.0 + 900.0 + 600.0);
        QCOMPARE(e.handlingSeconds(ticket(2, {})), 0.0);
    }

    void oneWindowLine()
    {
        // Three tickets at one comprehensive window, 600 s each: the third waits for two people
        // and its own turn to come, 3 × 600 s.
        const QList<Ticket> line{ticket(1, {QStringLiteral("card")}), ticket(2, {QStringLiteral("card")}),
                                 ticket(3, {QStringLiteral("card")})};
        const QList<WindowProfile> open{comprehensive(1)};
        const WaitEstimate third = flat().estimate(line[2], line, open);
        QVERIFY(third.known());
        QCOMPARE(third.peopleAhead, 2);
        QCOMPARE(third.capableWindows, 1);
        QCOMPARE(third.pessimisticSeconds, qint64(1800));
        QCOMPARE(third.optimisticSeconds, qint64(1440)); // 0.8 × 1800
        const WaitEstimate first = flat().estimate(line[0], line, open);
        QCOMPARE(first.peopleAhead, 0);
        QCOMPARE(first.pessimisticSeconds, qint64(600));
    }

    void moreWindowsShortenTheWait_data()
    {
        QTest::addColumn<int>("windows");
        QTest::addColumn<qint64>("pessimistic");
        QTest::newRow("1 window") << 1 << qint64(2400);
        QTest::newRow("2 windows") << 2 << qint64(1200);
        QTest::newRow("3 windows") << 3 << qint64(800);
        QTest::newRow("4 windows") << 4 << qint64(600);
    }

    void moreWindowsShortenTheWait()
    {
        QFETCH(int, windows);
        QFETCH(qint64, pessimistic);
        QList<Ticket> line;
        for (int i = 1; i <= 4; ++i)
            line << ticket(i, {QStringLiteral("card")});
        QList<WindowProfile> open;
        for (int w = 1; w <= windows; ++w)
            open << comprehensive(w);
        const WaitEstimate last = flat().estimate(line.last(), line, open);
        QCOMPARE(last.peopleAhead, 3);
        QCOMPARE(last.capableWindows, windows);
        QCOMPARE(last.pessimisticSeconds, pessimistic);
        QCOMPARE(last.optimisticSeconds, qint64(std::llround(pessimistic * WaitEstimator::kOptimisticFactor)));
    }

    void onlyTicketsSharingAWindowAreAhead()
    {
        // Window 1 serves pensions only, window 2 cards only: the pension tickets ahead of a card
        // ticket are taken elsewhere and do not delay it.
        const QList<WindowProfile> open{dedicated(1, {QStringLiteral("pension")}), dedicated(2, {QStringLiteral("card")})};
        const QList<Ticket> line{ticket(1, {QStringLiteral("pension")}), ticket(2, {QStringLiteral("pension")}),
                                 ticket(3, {QStringLiteral("card")}), ticket(4, {QStringLiteral("pension")}),
                                 ticket(5, {QStringLiteral("card")})};
        const auto all = flat().estimateAll(line, open);
        QCOMPARE(all.size(), line.size());
        QCOMPARE(all.value(3).peopleAhead, 0);
        QCOMPARE(all.value(5).peopleAhead, 1);
        QCOMPARE(all.value(4).peopleAhead, 2);
        QCOMPARE(all.value(5).capableWindows, 1);
        QCOMPARE(all.value(5).pessimisticSeconds, qint64(1200));
    }

    void aComprehensiveWindowLinksTheLines()
    {
        // Window 1 takes everything, window 2 only cards. A pension ticket can only go to window 1,
        // so the card tickets ahead of it (which window 1 could also take) count; the pension
        // ticket ahead of a card ticket counts too, since window 1 could take either.
        const QList<WindowProfile> open{comprehensive(1), dedicated(2, {QStringLiteral("card")})};
        const QList<Ticket> line{ticket(1, {QStringLiteral("card")}), ticket(2, {QStringLiteral("pension")}),
                                 ticket(3, {QStringLiteral("card")})};
        const auto all = flat().estimateAll(line, open);
        QCOMPARE(all.value(2).peopleAhead, 1);
        QCOMPARE(all.value(2).capableWindows, 1);
        QCOMPARE(all.value(3).peopleAhead, 2);
        QCOMPARE(all.value(3).capableWindows, 2);
        QCOMPARE(all.value(3).pessimisticSeconds, qint64(900)); // 600 / 2 × 3
    }

    void aTicketNeedsAWindowForEveryMatter()
    {
        // A dedicated window must serve all of a ticket's matters to count as capable.
        const QList<WindowProfile> open{dedicated(1, {QStringLiteral("card")}),
                                        dedicated(2, {QStringLiteral("card"), QStringLiteral("pension")})};
        const Ticket both = ticket(1, {QStringLiteral("card"), QStringLiteral("pension")});
        const WaitEstimate e = flat().estimate(both, {both}, open);
        QCOMPARE(e.capableWindows, 1);
        QCOMPARE(e.pessimisticSeconds, qint64(1200)); // two matters of 600 s at one window
    }

    void aTransferredTicketWaitsForItsWindow()
    {
        const QList<WindowProfile> open{comprehensive(1), comprehensive(2), comprehensive(3)};
        const Ticket toTwo = ticket(7, {QStringLiteral("card")}, 2);
        const WaitEstimate e = flat().estimate(toTwo, {toTwo}, open);
        QCOMPARE(e.capableWindows, 1);
        QCOMPARE(e.pessimisticSeconds, qint64(600));
        const Ticket toClosed = ticket(8, {QStringLiteral("card")}, 9);
        QVERIFY(!flat().estimate(toClosed, {toClosed}, open).known());
    }

    void noOpenWindowMeansUnknown()
    {
        const QList<Ticket> line{ticket(1, {QStringLiteral("card")}), ticket(2, {QStringLiteral("card")}),
                                 ticket(3, {QStringLiteral("card")})};
        const WaitEstimate e = flat().estimate(line[2], line, {});
        QVERIFY(!e.known());
        QCOMPARE(e.capableWindows, 0);
        QCOMPARE(e.peopleAhead, 2); // everyone earlier is still ahead
        QCOMPARE(e.pessimisticSeconds, qint64(0));
        QCOMPARE(e.optimisticSeconds, qint64(0));
        const auto all = flat().estimateAll(line, {});
        QCOMPARE(all.value(1).peopleAhead, 0);
        QCOMPARE(all.value(3).peopleAhead, 2);
        QVERIFY(!all.value(3).known());
    }

    void noCapableWindowMeansUnknown()
    {
        // Windows are open, but none serves pensions: "unknown", never "no wait".
        const QList<WindowProfile> open{dedicated(1, {QStringLiteral("card")})};
        const Ticket t = ticket(1, {QStringLiteral("pension")});
        const WaitEstimate e = flat().estimate(t, {t}, open);
        QVERIFY(!e.known());
        QCOMPARE(e.pessimisticSeconds, qint64(0));
        QVERIFY(!flat().estimateAll({t}, open).value(1).known());
    }

    void estimateAllAgreesWithEstimate()
    {
        // The one-pass estimate of the whole line gives each ticket what asking alone gives it.
        const QList<WindowProfile> open{comprehensive(1), dedicated(2, {QStringLiteral("card")}),
                                        dedicated(3, {QStringLiteral("pension"), QStringLiteral("labour")})};
        const QStringList codes{QStringLiteral("card"), QStringLiteral("pension"), QStringLiteral("labour"),
                                QStringLiteral("records")};
        QList<Ticket> line;
        for (int i = 1; i <= 24; ++i) {
            QStringList matters{codes[(i * 7) % codes.size()]};
            if (i % 5 == 0)
                matters << codes[(i + 1) % codes.size()];
            line << ticket(i, matters, i % 11 == 0 ? 2 : 0);
        }
        const WaitEstimator e({{QStringLiteral("card"), {300.0, 5}}, {QStringLiteral("labour"), {1000.0, 2}}},
                              [](const QString &) { return 720.0; });
        const auto all = e.estimateAll(line, open);
        QCOMPARE(all.size(), line.size());
        for (const Ticket &t : line) {
            const WaitEstimate one = e.estimate(t, line, open);
            const WaitEstimate fromAll = all.value(t.id);
            QCOMPARE(fromAll.peopleAhead, one.peopleAhead);
            QCOMPARE(fromAll.capableWindows, one.capableWindows);
            QCOMPARE(fromAll.pessimisticSeconds, one.pessimisticSeconds);
            QCOMPARE(fromAll.optimisticSeconds, one.optimisticSeconds);
        }
    }

    void minutesAreRoundedUp_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("pessimisticMinutes");
        QTest::addColumn<int>("optimisticMinutes");
        QTest::newRow("exactly 10 minutes") << 600.0 << 10 << 8;
        QTest::newRow("one second over") << 601.0 << 11 << 9; // 480.8 s → 481 s → 9 min
        QTest::newRow("under a minute") << 30.0 << 1 << 1;
    }

    void minutesAreRoundedUp()
    {
        QFETCH(double, seconds);
        QFETCH(int, pessimisticMinutes);
        QFETCH(int, optimisticMinutes);
        const WaitEstimator e({}, [seconds](const QString &) { return seconds; });
        const Ticket t = ticket(1, {QStringLiteral("card")});
        const QJsonObject o = e.estimate(t, {t}, {comprehensive(1)}).toJson();
        QCOMPARE(o.value(QLatin1String("pessimistic_minutes")).toInt(), pessimisticMinutes);
        QCOMPARE(o.value(QLatin1String("optimistic_minutes")).toInt(), optimisticMinutes);
        QCOMPARE(o.value(QLatin1String("people_ahead")).toInt(), 0);
        QCOMPARE(o.value(QLatin1String("capable_windows")).toInt(), 1);
    }

    void unknownWaitHasNoMinutes()
    {
        const Ticket t = ticket(1, {QStringLiteral("card")});
        const QJsonObject o = flat().estimate(t, {t}, {}).toJson();
        QVERIFY(!o.contains(QLatin1String("pessimistic_minutes")));
        QVERIFY(!o.contains(QLatin1String("optimistic_minutes")));
        QCOMPARE(o.value(QLatin1String("capable_windows")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWaitEstimator)
#include "tst_waitestimator.moc"
