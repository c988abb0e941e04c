// A window's open, paused and idle time (WindowTime) on hand-computed days at a hall open Monday
// 09:00–17:00 (Beijing time): a pause, a window left open until closing time, today's report
// clipped to now, a state carried over from the day before, a hall without hours, a window
// opened after closing, two tellers at one window; and a ticket's stays at windows.
#include "core/domain/reports/QueueTally.h"
#include "core/domain/reports/TicketRecord.h"
#include "core/domain/reports/WindowTime.h"

#include <QTest>

using namespace ow;

namespace {
const QDate kMonday(2026, 11, 2);
const QTimeZone kZone("Asia/Shanghai");

QDateTime at(int hour, int minute, const QDate &day = kMonday)
{
    return QDateTime(day, QTime(hour, minute), kZone).toUTC();
}

Hall hall(bool withHours)
{
    Hall h;
    h.code = QStringLiteral("H");
    h.timeZone = QStringLiteral("Asia/Shanghai");
    if (withHours)
        h.hours = {OpeningHours{1, QTime(9, 0), QTime(17, 0), {}, {}}};
    return h;
}

WindowEventRow change(qint64 id, WindowState state, qint64 teller, const QDateTime &when)
{
    return {id, 1, 1, state, teller, when, kMonday};
}

WindowStay stay(int fromH, int fromM, int untilH = -1, int untilM = 0)
{
    return {1, at(fromH, fromM), untilH < 0 ? QDateTime() : at(untilH, untilM)};
}

constexpr qint64 kS = 1000; // ms

// Opened 08:50 by teller 7, paused 10:00–10:30, left open; tickets at it 09:00–09:20,
// 09:40–10:00, 11:00–11:15.
const QList<WindowEventRow> kDay{change(1, WindowState::Open, 7, at(8, 50)), change(2, WindowState::Paused, 7, at(10, 0)),
                                 change(3, WindowState::Open, 7, at(10, 30))};
const QList<WindowStay> kStays{stay(9, 0, 9, 20), stay(9, 40, 10, 0), stay(11, 0, 11, 15)};
} // namespace

class TestWindowTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hallDayHasItsHours()
    {
        const HallDay d = HallDay::of(hall(true), kMonday);
        QCOMPARE(d.start, QDateTime(QDate(2026, 11, 1), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(d.end, QDateTime(kMonday, QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(d.opens, QDateTime(kMonday, QTime(1, 0), QTimeZone::utc()));
        QCOMPARE(d.closes, QDateTime(kMonday, QTime(9, 0), QTimeZone::utc()));
        QVERIFY(!HallDay::of(hall(true), kMonday.addDays(1)).opens.isValid()); // no Tuesday hours
    }

    void aPauseAndAWindowLeftOpenUntilClosing()
    {
        const auto shares = WindowTime::ofDay(HallDay::of(hall(true), kMonday), 1, std::nullopt, kDay, kStays, at(9, 0, kMonday.addDays(1)));
        QCOMPARE(shares.size(), 1);
        QCOMPARE(shares.first().tellerId, 7);
        QCOMPARE(shares.first().day, kMonday);
        // open 08:50 → 17:00 = 8 h 10 min; paused 30 min; idle: 7 h 40 min open less 55 min of tickets
        QCOMPARE(shares.first().time.openMs, 29400 * kS);
        QCOMPARE(shares.first().time.pausedMs, 1800 * kS);
        QCOMPARE(shares.first().time.idleMs, (27600 - 3300) * kS);
    }

    void todayCountsUpToNow()
    {
        // At 12:00, with a ticket called at 11:50 and still at the window.
        const auto shares = WindowTime::ofDay(HallDay::of(hall(true), kMonday), 1, std::nullopt, kDay,
                                              kStays + QList<WindowStay>{stay(11, 50)}, at(12, 0));
        QCOMPARE(shares.size(), 1);
        QCOMPARE(shares.first().time.openMs, 11400 * kS); // 08:50 → 12:00
        QCOMPARE(shares.first().time.pausedMs, 1800 * kS);
        QCOMPARE(shares.first().time.idleMs, (11400 - 1800 - 3300 - 600) * kS);
        // Before the window opened: nothing.
        QVERIFY(WindowTime::ofDay(HallDay::of(hall(true), kMonday), 1, std::nullopt, kDay, kStays, at(8, 0)).isEmpty());
    }

    void aWindowLeftOpenCarriesOnFromOpeningTime()
    {
        // Open since last week (teller 7); paused by a supervisor at 12:00 (still teller 7's time), closed 12:30.
        const WindowEventRow before{9, 1, 1, WindowState::Open, 7, at(16, 0, kMonday.addDays(-3)), kMonday.addDays(-3)};
        const QList<WindowEventRow> day{change(10, WindowState::Paused, 7, at(12, 0)), change(11, WindowState::Closed, 0, at(12, 30))};
        const auto shares = WindowTime::ofDay(HallDay::of(hall(true), kMonday), 1, before, day, {}, at(18, 0));
        QCOMPARE(shares.size(), 1);
        QCOMPARE(shares.first().time, (WindowSeconds{12600 * kS, 1800 * kS, 10800 * kS}));
        // Closed the day before: nothing carried.
        const WindowEventRow closed{9, 1, 1, WindowState::Closed, 0, at(16, 0, kMonday.addDays(-3)), kMonday.addDays(-3)};
        QCOMPARE(WindowTime::ofDay(HallDay::of(hall(true), kMonday), 1, closed, {}, {}, at(18, 0)).size(), 0);
        // Tuesday the hall lists no hours: a window still open is not counted until it changes.
        QCOMPARE(WindowTime::ofDay(HallDay::of(hall(true), kMonday.addDays(1)), 1, before, {}, {}, at(18, 0, kMonday.addDays(1))).size(), 0);
    }

    void withoutHoursADayEndsAtMidnight()
    {
        const QList<WindowEventRow> day{change(1, WindowState::Open, 7, at(20, 0))};
        const auto shares = WindowTime::ofDay(HallDay::of(hall(false), kMonday), 1, std::nullopt, day, {}, at(9, 0, kMonday.addDays(2)));
        QCOMPARE(shares.size(), 1);
        QCOMPARE(shares.first().time, (WindowSeconds{4 * 3600 * kS, 0, 4 * 3600 * kS}));
    }

    void openedAfterClosingAndLeftOpenCountsNothing()
    {
        const QList<WindowEventRow> day{change(1, WindowState::Open, 7, at(17, 30))};
        QVERIFY(WindowTime::ofDay(HallDay::of(hall(true), kMonday), 1, std::nullopt, day, {}, at(23, 0)).isEmpty());
        // Closed explicitly after closing time, it counts (overtime).
        const QList<WindowEventRow> overtime{change(1, WindowState::Open, 7, at(17, 30)), change(2, WindowState::Closed, 0, at(18, 0))};
        QCOMPARE(WindowTime::ofDay(HallDay::of(hall(true), kMonday), 1, std::nullopt, overtime, {}, at(23, 0)).first().time.openMs,
                 1800 * kS);
    }

    void twoTellersShareAWindow()
    {
        // Given out of order: sorted by time.
        const QList<WindowEventRow> day{change(4, WindowState::Closed, 0, at(11, 0)), change(2, WindowState::Closed, 0, at(10, 0)),
                                        change(1, WindowState::Open, 7, at(9, 0)), change(3, WindowState::Open, 8, at(10, 0))};
        const auto shares = WindowTime::ofDay(HallDay::of(hall(true), kMonday), 1, std::nullopt, day, {stay(10, 15, 10, 45)}, at(23, 0));
        QCOMPARE(shares.size(), 2);
        QCOMPARE(shares.at(0).tellerId, 7);
        QCOMPARE(shares.at(0).time, (WindowSeconds{3600 * kS, 0, 3600 * kS}));
        QCOMPARE(shares.at(1).tellerId, 8);
        QCOMPARE(shares.at(1).time, (WindowSeconds{3600 * kS, 0, 1800 * kS}));
    }

    void aTicketsStaysAtWindows()
    {
        using K = TicketEventKind;
        const QDateTime t0 = at(9, 0);
        const auto ev = [&t0](qint64 id, K kind, int second, int window = 0) {
            return TicketEventRow{id, kind, t0.addSecs(second), 7, window, 0};
        };
        // Called at 1, recalled, served, transferred; called at 2, parked, called back, finished.
        const TicketRecord r = TicketRecord::fold(
            1, 1, kMonday,
            {ev(1, K::Issued, 0), ev(2, K::Called, 60, 1), ev(3, K::Recalled, 90, 1), ev(4, K::Serving, 120, 1),
             ev(5, K::Transferred, 300), ev(6, K::Called, 400, 2), ev(7, K::Parked, 500, 2), ev(8, K::Returned, 600),
             ev(9, K::Called, 700, 2), ev(10, K::Serving, 710, 2), ev(11, K::Finished, 900, 2)});
        const QList<WindowStay> expected{{1, t0.addSecs(60), t0.addSecs(300)},
                                         {2, t0.addSecs(400), t0.addSecs(500)},
                                         {2, t0.addSecs(700), t0.addSecs(900)}};
        QCOMPARE(r.stays, expected);
        // Still at the window: no end.
        const TicketRecord open = TicketRecord::fold(2, 1, kMonday, {ev(1, K::Issued, 0), ev(2, K::Called, 60, 3)});
        QCOMPARE(open.stays, (QList<WindowStay>{{3, t0.addSecs(60), {}}}));
    }

    void aTallyRoundsItsWindowTimeToSeconds()
    {
        QueueTally none;
        QVERIFY(!none.figures().openSeconds);
        QueueTally t;
        t.countWindowTime({1200, 0, 499});
        t.countWindowTime({1300, 300, 0});
        QCOMPARE(t.figures().openSeconds, std::optional<double>(3.0));  // 2.5 s rounds up
        QCOMPARE(t.figures().pausedSeconds, std::optional<double>(0.0));
        QCOMPARE(t.figures().idleSeconds, std::optional<double>(0.0));
    }
};

QTEST_GUILESS_MAIN(TestWindowTime)
#include "tst_window_time.moc"
