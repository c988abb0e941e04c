// Erlang C against values worked out independently, the staffing advice built on it, and the
// wait projection on a small snapshot checked by hand.
#include "core/domain/planning/ErlangC.h"
#include "core/domain/planning/StaffingAdvice.h"
#include "core/domain/planning/WaitProjection.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace ow;

class TestErlangC : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The classic table row A = 10 Erlangs (as in the Erlang C tables of queueing textbooks,
    // e.g. the worked examples of the Erlang C article on Wikipedia); the values below were
    // recomputed for this test from the closed form
    //   C(N, A) = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A))
    // in exact rational arithmetic (Python's fractions): 0.682118, 0.449388, 0.285270, 0.102042.
    void probabilityOfWaiting_data()
    {
        QTest::addColumn<int>("windows");
        QTest::addColumn<double>("load");
        QTest::addColumn<double>("expected");
        QTest::newRow("A=10 N=11") << 11 << 10.0 << 0.682118;
        QTest::newRow("A=10 N=12") << 12 << 10.0 << 0.449388;
        QTest::newRow("A=10 N=13") << 13 << 10.0 << 0.285270;
        QTest::newRow("A=10 N=15") << 15 << 10.0 << 0.102042;
        // By hand: A = 2, N = 3: (8/6 · 3) / (1 + 2 + 2 + 4) = 4/9.
        QTest::newRow("A=2 N=3") << 3 << 2.0 << 4.0 / 9.0;
        // One window is M/M/1: P(wait) = ρ.
        QTest::newRow("M/M/1 rho 0.7") << 1 << 0.7 << 0.7;
        QTest::newRow("overloaded") << 10 << 10.0 << 1.0;
    }

    void probabilityOfWaiting()
    {
        QFETCH(int, windows);
        QFETCH(double, load);
        QFETCH(double, expected);
        QVERIFY2(std::abs(ErlangC::probabilityOfWaiting(windows, load) - expected) < 5e-6,
                 qPrintable(QString::number(ErlangC::probabilityOfWaiting(windows, load), 'f', 7)));
    }

    void stableForLargeHalls()
    {
        // Factorials of 300 overflow a double; the recurrence does not care.
        const double c = ErlangC::probabilityOfWaiting(300, 280);
        QVERIFY(std::isfinite(c) && c > 0 && c < 1);
        QVERIFY(ErlangC::probabilityOfWaiting(301, 280) < c);
    }

    void serviceLevel()
    {
        // A = 2, N = 3, handling 1 minute: P(wait > 1 min) = 4/9 · e^{-(3−2)·1/1} = 0.163502.
        QVERIFY(std::abs(ErlangC::probabilityWaitExceeds(3, 2, 60, 60) - 4.0 / 9.0 * std::exp(-1.0)) < 1e-9);
        // 100 calls per half-hour of 180 s (A = 10), answered within 20 s:
        // N = 13: 1 − 0.285270 · e^{−3·20/180} = 79.6%; N = 14 is the first to reach 80%.
        QCOMPARE(ErlangC::load(100, 180), 10.0);
        QVERIFY(std::abs(1 - ErlangC::probabilityWaitExceeds(13, 10, 20, 180) - 0.79560) < 1e-4);
        QCOMPARE(ErlangC::windowsNeeded(100, 180, 20, 0.20), 14);
        // Mean wait, M/M/1 with ρ = 0.5 and 60 s: ρ/(1−ρ) · 60 = 60 s.
        QVERIFY(std::abs(ErlangC::meanWaitSeconds(1, 0.5, 60) - 60) < 1e-9);
    }

    void windowsNeededForThePromise()
    {
        // 45 arrivals in a half-hour, 7 minutes each: A = 10.5. N = 12: P(wait > 15 min) =
        // C(12, 10.5) · e^{−1.5·15/7} = 0.5639 · 0.0402 = 0.0227 ≤ 5%; N = 11: 0.8329 · e^{−0.5·15/7}
        // = 0.285 > 5%.
        QCOMPARE(ErlangC::windowsNeeded(45, 7 * 60, 15 * 60), 12);
        QVERIFY(ErlangC::probabilityWaitExceeds(11, 10.5, 900, 420) > 0.05);
        QVERIFY(ErlangC::probabilityWaitExceeds(12, 10.5, 900, 420) <= 0.05);
        QCOMPARE(ErlangC::windowsNeeded(0, 420, 900), 0);
        QCOMPARE(ErlangC::windowsNeeded(1, 420, 900), 1);
    }

    void staffingAdvicePerHalfHour()
    {
        // Handling per matter: card 4 min, pension 10 min.
        const auto minutes = [](const QString &code) { return code == QLatin1String("CD-001") ? 240.0 : 600.0; };
        QList<HalfHourDemand> day{{QTime(9, 0), {{QStringLiteral("CD-001"), 30}, {QStringLiteral("PE-001"), 15}}},
                                  {QTime(9, 30), {}}};
        const QList<HalfHourAdvice> plan = StaffingAdvice(15).plan(day, minutes);
        QCOMPARE(plan.size(), 2);
        // Mix: (30·240 + 15·600)/45 = 360 s; A = 45 · 360 / 1800 = 9.
        QCOMPARE(plan.at(0).handlingSeconds, 360.0);
        QCOMPARE(plan.at(0).load, 9.0);
        QCOMPARE(plan.at(0).windows, ErlangC::windowsNeeded(45, 360, 900));
        QVERIFY(plan.at(0).waitBeyondPromise <= 0.05);
        QVERIFY(ErlangC::probabilityWaitExceeds(plan.at(0).windows - 1, 9, 900, 360) > 0.05);
        QCOMPARE(plan.at(1).windows, 0);
        QCOMPARE(StaffingAdvice::staffHours(plan), plan.at(0).windows * 0.5);
    }

    void aVisitPastItsExpectedTimeStillNeedsHalfOfIt()
    {
        const auto at = [](int h, int m) { return QDateTime(QDate(2026, 11, 2), QTime(h, m), QTimeZone::utc()); };
        QCOMPARE(WaitProjection::expectedFreeAt(at(10, 0), 600, at(10, 2)), at(10, 10)); // as expected
        QCOMPARE(WaitProjection::expectedFreeAt(at(10, 0), 600, at(10, 9)), at(10, 14)); // not in one minute: five
        QCOMPARE(WaitProjection::expectedFreeAt(at(10, 0), 600, at(10, 20)), at(10, 25)); // overran: five more
    }

    void projectionOnASmallLine()
    {
        // 10:00. Window 1 (comprehensive) busy until 10:04; window 2 (pension only) free.
        // Line: T1 card 6 min issued 09:50, T2 pension 10 min issued 09:55, T3 card 5 min
        // issued 09:58, T4 card issued 09:59.
        // T1 → window 2 cannot serve card; window 1 at 10:04 (waited 14 min), busy to 10:10.
        // T2 → window 2 now (waited 5 min), busy to 10:10.
        // T3 → window 1 and 2 both 10:10; window 2 cannot serve card → window 1 at 10:10 (12 min).
        // T4 → window 1 at 10:15: 16 min, past the promise.
        const QDateTime now(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc());
        LineSnapshot s;
        s.now = now;
        s.promiseMinutes = 15;
        const auto at = [&](int h, int m) { return QDateTime(QDate(2026, 11, 2), QTime(h, m), QTimeZone::utc()); };
        s.line = {{1, {QStringLiteral("card")}, at(9, 50), 360},
                  {2, {QStringLiteral("pension")}, at(9, 55), 600},
                  {3, {QStringLiteral("card")}, at(9, 58), 300},
                  {4, {QStringLiteral("card")}, at(9, 59), 300}};
        s.windows = {{WindowProfile{1, true, {}}, at(10, 4)},
                     {WindowProfile{2, false, {{QStringLiteral("pension"), 1}}}, QDateTime()}};
        const QList<ProjectedCall> p = WaitProjection::of(s);
        QCOMPARE(p.size(), 4);
        QCOMPARE(p.at(0).callAt, at(10, 4));
        QCOMPARE(p.at(0).waitSeconds, 14 * 60);
        QVERIFY(!p.at(0).breaksPromise);
        QVERIFY(p.at(0).atRisk); // within three minutes of the promise
        QCOMPARE(p.at(1).callAt, now);
        QCOMPARE(p.at(2).callAt, at(10, 10));
        QVERIFY(!p.at(2).atRisk); // 12 min: exactly the margin, not past it
        QCOMPARE(p.at(3).callAt, at(10, 15));
        QCOMPARE(p.at(3).waitSeconds, 16 * 60);
        QVERIFY(p.at(3).breaksPromise);
        QCOMPARE(WaitProjection::breaking(p), 1);

        // A second comprehensive window free now takes T3, and nobody breaks the promise.
        s.windows.append({WindowProfile{3, true, {}}, now});
        QCOMPARE(WaitProjection::breaking(WaitProjection::of(s)), 0);

        // A matter nobody open serves: unknown, and flagged.
        s.line = {{9, {QStringLiteral("labour")}, now, 300}};
        s.windows = {{WindowProfile{2, false, {{QStringLiteral("pension"), 1}}}, now}};
        const QList<ProjectedCall> none = WaitProjection::of(s);
        QVERIFY(!none.at(0).known());
        QVERIFY(none.at(0).breaksPromise);
    }
};

QTEST_GUILESS_MAIN(TestErlangC)
#include "tst_erlangc.moc"
