// The arrival forecast (issue 16): same-weekday weights, closed days, the first day after a long
// closure, weekends worked in exchange (调休), the held-out week's error checked by hand, and the
// error on a generated history of eight weeks.
#include "core/domain/api/ForecastBodies.h"
#include "core/domain/planning/ArrivalForecast.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <random>

using namespace ow;

namespace {

constexpr int k0900 = 18; // 09:00–09:30
constexpr int k1000 = 20; // 10:00–10:30

// November and December 2026: Monday 16 November a holiday, Saturday 21 November worked; Monday
// 14 December a holiday, Saturday 19 December worked.
WorkCalendar calendar()
{
    auto c = WorkCalendar::fromJson(R"({"years": {"2026": {"holidays": ["2026-11-16", "2026-12-14"],
                                                           "working_weekends": ["2026-11-21", "2026-12-19"]}}})");
    if (!c)
        qFatal("test calendar: %s", qPrintable(c.error().detail));
    return c.value();
}

// 2 November to 6 December 2026, every day: Mondays 10, 20, (holiday), 30, 40 at 09:00;
// Tuesdays 100 at 10:00, but 150 on 17 November, the first day after the closure.
QList<DayArrivals> handHistory()
{
    QList<DayArrivals> out;
    const QMap<QDate, double> mondays{{QDate(2026, 11, 2), 10}, {QDate(2026, 11, 9), 20}, {QDate(2026, 11, 23), 30}, {QDate(2026, 11, 30), 40}};
    for (QDate d(2026, 11, 2); d <= QDate(2026, 12, 6); d = d.addDays(1)) {
        DayArrivals a;
        a.day = d;
        a.slots[k0900] = mondays.value(d, 0);
        if (d.dayOfWeek() == 2)
            a.slots[k1000] = d == QDate(2026, 11, 17) ? 150 : 100;
        out << a;
    }
    return out;
}

} // namespace

class TestArrivalForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recentWeeksWeighMost()
    {
        const ArrivalForecast f(handHistory(), calendar());
        const DayForecast monday = f.forecast(QDate(2026, 12, 7));
        QCOMPARE(toString(monday.basis), QStringLiteral("same_weekday"));
        // (4 × 40 + 3 × 30 + 2 × 20 + 1 × 10) ÷ 10; the holiday Monday is not a Monday like the others.
        QCOMPARE(monday.arrivals.slots[k0900], 30.0);
        QCOMPARE(monday.arrivals.total(), 30.0);
        QCOMPARE(monday.basedOn, (QList<QDate>{QDate(2026, 11, 30), QDate(2026, 11, 23), QDate(2026, 11, 9), QDate(2026, 11, 2)}));
        // Two weeks ahead: the same weeks (the week between is not history yet).
        QCOMPARE(f.forecast(QDate(2026, 12, 21)).arrivals.slots[k0900], 30.0);
    }

    void closedDaysExpectNobody()
    {
        const ArrivalForecast f(handHistory(), calendar());
        const DayForecast saturday = f.forecast(QDate(2026, 12, 12));
        QCOMPARE(toString(saturday.basis), QStringLiteral("closed"));
        QCOMPARE(saturday.arrivals.total(), 0.0);
        QCOMPARE(toString(f.forecast(QDate(2026, 12, 14)).basis), QStringLiteral("closed")); // a holiday Monday
    }

    void aSaturdayServiceIsForecastLikeOtherSaturdays()
    {
        QList<DayArrivals> history = handHistory();
        for (DayArrivals &d : history) {
            if (d.day.dayOfWeek() == 6)
                d.slots[k0900] = 8;
        }
        const DayForecast saturday = ArrivalForecast(history, calendar()).forecast(QDate(2026, 12, 12));
        QCOMPARE(toString(saturday.basis), QStringLiteral("same_weekday"));
        QCOMPARE(saturday.arrivals.total(), 8.0);
    }

    void theFirstDayAfterALongClosureIsRaisedByWhatTheHistoryShows()
    {
        const ArrivalForecast f(handHistory(), calendar());
        // 17 November: 150 against the 100 of the Tuesdays before it.
        QCOMPARE(f.afterHolidayUplift(), 1.5);
        const DayForecast tuesday = f.forecast(QDate(2026, 12, 15));
        QCOMPARE(toString(tuesday.basis), QStringLiteral("after_holiday"));
        QCOMPARE(tuesday.uplift, 1.5);
        QCOMPARE(tuesday.arrivals.slots[k1000], 150.0);
        // 17 November itself is not a Tuesday like the others.
        QVERIFY(!f.forecast(QDate(2026, 12, 8)).basedOn.contains(QDate(2026, 11, 17)));
        QCOMPARE(f.forecast(QDate(2026, 12, 8)).arrivals.slots[k1000], 100.0);

        // No such day in the history: the stated default.
        QList<DayArrivals> shorter;
        for (const DayArrivals &d : handHistory()) {
            if (d.day >= QDate(2026, 11, 18))
                shorter << d;
        }
        QCOMPARE(ArrivalForecast(shorter, calendar()).afterHolidayUplift(), ArrivalForecast::kDefaultUplift);
    }

    void aWorkedWeekendIsTheLastTwoWeeksWorkingDays()
    {
        const DayForecast saturday = ArrivalForecast(handHistory(), calendar()).forecast(QDate(2026, 12, 19));
        QCOMPARE(toString(saturday.basis), QStringLiteral("adjusted_workday"));
        // The ten weekdays 23 November – 4 December: Mondays 30 and 40, Tuesdays 100 and 100.
        QCOMPARE(saturday.basedOn.size(), 10);
        QCOMPARE(saturday.arrivals.slots[k0900], 7.0);
        QCOMPARE(saturday.arrivals.slots[k1000], 20.0);
    }

    void noHistoryNoForecast()
    {
        const DayForecast monday = ArrivalForecast({}, calendar()).forecast(QDate(2026, 12, 7));
        QCOMPARE(toString(monday.basis), QStringLiteral("no_history"));
        QCOMPARE(monday.arrivals.total(), 0.0);
        QVERIFY(!ArrivalForecast({}, calendar()).heldOutError());
    }

    void theHeldOutWeeksErrorByHand()
    {
        const auto error = ArrivalForecast(handHistory(), calendar()).heldOutError();
        QVERIFY(error);
        QCOMPARE(error->from, QDate(2026, 11, 30));
        QCOMPARE(error->to, QDate(2026, 12, 6));
        // 30 November: forecast (4 × 30 + 3 × 20 + 2 × 10) ÷ 9 = 22.2 against 40; 1 December: 100 against 100.
        QCOMPARE(error->days, 2);
        const double monday = 200.0 / 9.0;
        QVERIFY(qFuzzyCompare(error->mapeDaily, ((40.0 - monday) / 40.0 + 0.0) / 2.0));
        QVERIFY(qFuzzyCompare(error->wapeHalfHour, (40.0 - monday) / 140.0));
    }

    void aGeneratedHistoryIsForecastWithinItsNoise()
    {
        // Eight weeks of a county hall: a morning peak 9–11, an after-lunch peak 14–15, Mondays
        // 30% busier, Poisson arrivals around that (seeded).
        std::mt19937 random(16);
        const auto profile = [](int slot) -> double {
            if (slot >= 18 && slot < 22)
                return 40;
            if (slot >= 28 && slot < 30)
                return 35;
            if ((slot >= 17 && slot < 24) || (slot >= 27 && slot < 34))
                return 20;
            return 0;
        };
        QList<DayArrivals> history;
        const WorkCalendar c = calendar();
        for (QDate d(2026, 10, 12); d <= QDate(2026, 12, 6); d = d.addDays(1)) {
            DayArrivals a;
            a.day = d;
            if (c.isWorkingDay(d)) {
                for (int s = 0; s < DayArrivals::kSlots; ++s) {
                    const double mean = profile(s) * (d.dayOfWeek() == 1 ? 1.3 : 1.0);
                    if (mean > 0)
                        a.slots[static_cast<size_t>(s)] = std::poisson_distribution<int>(mean)(random);
                }
            }
            history << a;
        }
        const ArrivalForecast f(history, c);
        const auto error = f.heldOutError();
        QVERIFY(error);
        qInfo("held-out week: %d days, MAPE of the days %.3f, WAPE of the half-hours %.3f", error->days, error->mapeDaily,
              error->wapeHalfHour);
        QCOMPARE(error->days, 5);
        // A day of about 390 arrivals has a Poisson spread of about 5%; a half-hour of 20–40 about 15%.
        QVERIFY2(error->mapeDaily < 0.06, qPrintable(QString::number(error->mapeDaily)));
        QVERIFY2(error->wapeHalfHour < 0.25, qPrintable(QString::number(error->wapeHalfHour)));
        // Mondays come out busier than Wednesdays, as they were.
        QVERIFY(f.forecast(QDate(2026, 12, 7)).arrivals.total() > 1.15 * f.forecast(QDate(2026, 12, 9)).arrivals.total());
    }

    void theAnswerRoundTrips()
    {
        const ArrivalForecast f(handHistory(), calendar());
        HallForecast body;
        body.hall = QStringLiteral("MY-CITY");
        body.timeZone = QStringLiteral("Asia/Shanghai");
        body.from = QDate(2026, 12, 7);
        body.historyFrom = QDate(2026, 11, 2);
        body.historyTo = QDate(2026, 12, 6);
        body.afterHolidayUplift = f.afterHolidayUplift();
        body.error = f.heldOutError();
        for (int i = 0; i < 9; ++i)
            body.days << f.forecast(body.from.addDays(i));
        const QJsonObject json = body.toJson();
        auto back = HallForecast::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), json);
        QCOMPARE(json.value(QLatin1String("days")).toArray().at(0).toObject().value(QLatin1String("slots")).toArray().at(0).toObject(),
                 (QJsonObject{{QLatin1String("start"), QStringLiteral("09:00")}, {QLatin1String("arrivals"), 30}}));
        QJsonObject bad = json;
        QJsonArray days = bad.value(QLatin1String("days")).toArray();
        QJsonObject first = days.at(0).toObject();
        first.insert(QLatin1String("slots"), QJsonArray{QJsonObject{{QLatin1String("start"), QStringLiteral("09:10")}}});
        days.replace(0, first);
        bad.insert(QLatin1String("days"), days);
        QVERIFY(!HallForecast::fromJson(bad).ok());
    }
};

QTEST_GUILESS_MAIN(TestArrivalForecast)
#include "tst_arrival_forecast.moc"
