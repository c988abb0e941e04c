// Tidal windows (潮汐窗口), by hand-checked cases: which closed windows the policy opens, with the
// profile it was given, and when it lets one close; and until when today's staffing plan says
// the extra windows are needed (PromiseWatch::neededUntil).
#include "core/domain/api/StaffingBodies.h"
#include "core/domain/planning/TidalPolicy.h"
#include "core/service/planning/PromiseWatch.h"

#include <QTest>
#include <QTimeZone>

using namespace ow;

namespace {

const QTimeZone kZone("Asia/Shanghai");
const QDateTime kNow(QDate(2026, 12, 7), QTime(10, 0), kZone);

// `count` tickets of `category`, issued `waited` seconds ago, each expected to take 8 minutes.
QList<LineTicket> tickets(int count, const QString &category, qint64 waited = 0, qint64 firstId = 1)
{
    QList<LineTicket> out;
    for (int i = 0; i < count; ++i)
        out.append({firstId + i, {category}, kNow.addSecs(-waited), 8 * 60.0});
    return out;
}

TidalPolicy::TidalWindow closed(int number, WindowProfile profile = {})
{
    return {number, false, true, 0, profile};
}

} // namespace

class TestTidalPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheFewestWindowsThatKeepThePromise()
    {
        // One window, six tickets of 8 minutes: called at 0, 8, 16, 24, 32, 40 — four break the
        // 15-minute promise. Two more windows: 0,0,0,8,8,8 — none does; one more is not enough
        // (0,0,8,8,16,16).
        LineSnapshot s;
        s.now = kNow;
        s.line = tickets(6, QStringLiteral("social_insurance"));
        s.windows = {{WindowProfile{1, true, {}}, {}}};
        const auto d = TidalPolicy().decide(s, {closed(2), closed(3), closed(4)}, 0, 0, kNow.toSecsSinceEpoch());
        QCOMPARE(d.open, (QList<int>{2, 3}));
        QVERIFY(d.close.isEmpty());
    }

    void aWindowOpensWithTheProfileItIsGiven()
    {
        // Window 2 would be dedicated to card matters: it cannot take the social-insurance line,
        // so the policy needs window 3 (comprehensive) as well.
        LineSnapshot s;
        s.now = kNow;
        s.line = tickets(4, QStringLiteral("social_insurance"));
        s.windows = {{WindowProfile{1, true, {}}, {}}};
        const WindowProfile cardOnly{2, false, {{QStringLiteral("card"), 1}}};
        const auto d = TidalPolicy().decide(s, {closed(2, cardOnly), closed(3)}, 0, 0, kNow.toSecsSinceEpoch());
        QCOMPARE(d.open, (QList<int>{2, 3}));
        const WindowProfile serves{2, false, {{QStringLiteral("social_insurance"), 1}}};
        const auto right = TidalPolicy().decide(s, {closed(2, serves), closed(3)}, 0, 0, kNow.toSecsSinceEpoch());
        QCOMPARE(right.open, (QList<int>{2})); // 0,0,8,8
    }

    void anIdleWindowClosesAfterItsStintWhenTheLineIsShort()
    {
        LineSnapshot s;
        s.now = kNow;
        s.line = tickets(1, QStringLiteral("social_insurance"));
        s.windows = {{WindowProfile{1, true, {}}, {}}, {WindowProfile{2, true, {}}, {}}};
        const qint64 now = kNow.toSecsSinceEpoch();
        const TidalPolicy::TidalWindow sinceLong{2, true, true, now - 31 * 60, {}};
        const TidalPolicy::TidalWindow sinceShort{2, true, true, now - 10 * 60, {}};
        const TidalPolicy::TidalWindow busy{2, true, false, now - 31 * 60, {}};
        QCOMPARE(TidalPolicy().decide(s, {sinceLong}, 0, 0, now).close, QList<int>{2});
        QVERIFY(TidalPolicy().decide(s, {sinceShort}, 0, 0, now).close.isEmpty()); // its 30 minutes not over
        QVERIFY(TidalPolicy().decide(s, {busy}, 0, 0, now).close.isEmpty());       // serving somebody
        // A line that without it would wait past 60% of the promise (9 minutes) keeps it open.
        s.line = tickets(3, QStringLiteral("social_insurance"));
        QVERIFY(TidalPolicy().decide(s, {sinceLong}, 0, 0, now).close.isEmpty());
    }

    void neededUntilTheFirstHalfHourThatNeedsNoMore()
    {
        StaffingDay day;
        day.date = kNow.date();
        for (auto [h, m, windows] : {std::tuple{9, 0, 3}, {9, 30, 4}, {10, 0, 4}, {10, 30, 3}, {11, 0, 2}, {11, 30, 1}})
            day.slots.append({QTime(h, m), 10, 0, 0, windows, 0});
        // At 10:00 with 2 windows open: needed until 11:00.
        QCOMPARE(PromiseWatch::neededUntil(day, 2, kNow, kZone), QDateTime(kNow.date(), QTime(11, 0), kZone));
        // With 3 open: 10:30.
        QCOMPARE(PromiseWatch::neededUntil(day, 3, kNow.addSecs(60), kZone), QDateTime(kNow.date(), QTime(10, 30), kZone));
        // None after now needs as few as that: to the end of the day's last half-hour.
        QCOMPARE(PromiseWatch::neededUntil(day, 0, kNow, kZone), QDateTime(kNow.date(), QTime(12, 0), kZone));
        // After the last half-hour, another day, or no plan: unknown.
        QVERIFY(!PromiseWatch::neededUntil(day, 0, QDateTime(kNow.date(), QTime(12, 5), kZone), kZone).isValid());
        QVERIFY(!PromiseWatch::neededUntil(day, 2, kNow.addDays(1), kZone).isValid());
        QVERIFY(!PromiseWatch::neededUntil(StaffingDay{}, 2, kNow, kZone).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTidalPolicy)
#include "tst_tidal_policy.moc"
