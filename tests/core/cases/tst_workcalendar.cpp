// Working days on China's calendar: weekends, public holidays and adjusted working weekends of
// the bundled years; time limits across the Spring Festival; the clock standing still during a
// supplement; malformed calendars refused. The files an administrator imports (JSON and CSV):
// every problem named with its field or line, the years read back, a year replacing another.
#include "core/domain/cases/WorkCalendar.h"

#include <QTest>

using namespace ow;

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT
    WorkCalendar m_cal;

private Q_SLOTS:
    void initTestCase()
    {
        auto cal = WorkCalendar::fromJson(WorkCalendar::bundledJson());
        QVERIFY2(cal.ok(), cal ? "" : qPrintable(cal.error().detail));
        m_cal = cal.value();
        QVERIFY(m_cal.knowsYear(2025) && m_cal.knowsYear(2026));
    }

    void daysOfTheYear_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("working");
        QTest::newRow("ordinary Monday") << d("2026-03-02") << true;
        QTest::newRow("ordinary Saturday") << d("2026-03-07") << false;
        QTest::newRow("New Year's Day") << d("2026-01-01") << false;
        QTest::newRow("New Year holiday Friday") << d("2026-01-02") << false;
        QTest::newRow("adjusted working Sunday") << d("2026-01-04") << true;
        QTest::newRow("Spring Festival Monday") << d("2026-02-16") << false;
        QTest::newRow("working Saturday before it") << d("2026-02-14") << true;
        QTest::newRow("working Saturday after it") << d("2026-02-28") << true;
        QTest::newRow("National Day Tuesday") << d("2025-10-07") << false;
        QTest::newRow("National Day extra Wednesday 2025") << d("2025-10-08") << false;
        QTest::newRow("working Saturday after National Day 2025") << d("2025-10-11") << true;
    }
    void daysOfTheYear()
    {
        QFETCH(QDate, day);
        QFETCH(bool, working);
        QCOMPARE(m_cal.isWorkingDay(day), working);
    }

    void timeLimitsAcrossHolidays_data()
    {
        QTest::addColumn<QDate>("accepted");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::newRow("plain week") << d("2026-03-02") << 5 << d("2026-03-09");
        QTest::newRow("over a weekend") << d("2026-03-05") << 2 << d("2026-03-09");
        // Accepted Thu 12 Feb 2026: Fri 13, Sat 14 (working), then the holiday 15–23, Tue 24…
        QTest::newRow("across the Spring Festival") << d("2026-02-12") << 5 << d("2026-02-26");
        QTest::newRow("to the working Saturday") << d("2026-02-24") << 4 << d("2026-02-28");
        QTest::newRow("zero days") << d("2026-03-02") << 0 << d("2026-03-02");
        QTest::newRow("accepted on a holiday") << d("2026-10-03") << 1 << d("2026-10-08");
    }
    void timeLimitsAcrossHolidays()
    {
        QFETCH(QDate, accepted);
        QFETCH(int, days);
        QFETCH(QDate, due);
        QCOMPARE(m_cal.addWorkingDays(accepted, days), due);
        QCOMPARE(m_cal.dueDate(accepted, days, {}, accepted), due);
        QCOMPARE(m_cal.workingDaysBetween(accepted, due), days);
    }

    void aSupplementStopsTheClock()
    {
        // 10 working days from Mon 2 Mar 2026: due Mon 16 Mar. Returned for a supplement on
        // Wed 4 Mar, back on Tue 10 Mar: Thu 5 – Tue 10 do not count (4 working days).
        const QList<ClockPause> pauses{{d("2026-03-04"), d("2026-03-10")}};
        QCOMPARE(m_cal.dueDate(d("2026-03-02"), 10, {}, d("2026-03-02")), d("2026-03-16"));
        QCOMPARE(m_cal.dueDate(d("2026-03-02"), 10, pauses, d("2026-03-20")), d("2026-03-20"));
        QCOMPARE(m_cal.workingDaysBetween(d("2026-03-02"), d("2026-03-11"), pauses), 3); // Tue 3, Wed 4, Wed 11
        // Still with the citizen on Fri 13 Mar: the due date keeps moving.
        const QList<ClockPause> open{{d("2026-03-04"), QDate()}};
        QCOMPARE(m_cal.dueDate(d("2026-03-02"), 10, open, d("2026-03-13")), d("2026-03-25"));
    }

    void timeLimitStates_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("state");
        // Due Thu 26 Feb 2026 (across the Spring Festival): 2 working days before is Tue 24.
        QTest::newRow("well before") << d("2026-02-12") << "on_time";
        QTest::newRow("holiday still 3 working days off") << d("2026-02-20") << "on_time";
        QTest::newRow("two working days left") << d("2026-02-24") << "warning";
        QTest::newRow("the due day") << d("2026-02-26") << "warning";
        QTest::newRow("the day after") << d("2026-02-27") << "overdue";
    }
    void timeLimitStates()
    {
        QFETCH(QDate, today);
        QFETCH(QString, state);
        QCOMPARE(toString(m_cal.timeLimitState(d("2026-02-26"), today)), state);
    }

    void malformedCalendarsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{");
        QTest::newRow("bad date") << QByteArray(R"({"years":{"2026":{"holidays":["2026-02-30"]}}})");
        QTest::newRow("date of another year") << QByteArray(R"({"years":{"2026":{"holidays":["2025-01-01"]}}})");
        QTest::newRow("working weekend on a weekday") << QByteArray(R"({"years":{"2026":{"working_weekends":["2026-03-02"]}}})");
        QTest::newRow("both") << QByteArray(R"({"years":{"2026":{"holidays":["2026-03-07"],"working_weekends":["2026-03-07"]}}})");
        QTest::newRow("bad year") << QByteArray(R"({"years":{"abc":{}}})");
    }
    void malformedCalendarsAreRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!WorkCalendar::fromJson(json).ok());
    }

    // Where each problem is, as the administrator's screen shows it: every one at once.
    void everyProblemIsNamedWhereItIs_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("csv");
        QTest::addColumn<QStringList>("where");
        QTest::newRow("JSON: not JSON") << QByteArray("{") << false << QStringList{QStringLiteral("file")};
        QTest::newRow("JSON: no years") << QByteArray(R"({"about":"x"})") << false << QStringList{QStringLiteral("years")};
        QTest::newRow("JSON: three at once")
            << QByteArray(R"({"years":{"2027":{"holidays":["2027-01-01","2027-02-30","2026-05-01"],"working_weekends":["2027-03-01"]}}})")
            << false
            << QStringList{QStringLiteral("years.2027.holidays[1]"), QStringLiteral("years.2027.holidays[2]"),
                           QStringLiteral("years.2027.working_weekends[0]")};
        QTest::newRow("JSON: both kinds") << QByteArray(R"({"years":{"2027":{"holidays":["2027-02-06"],"working_weekends":["2027-02-06"]}}})")
                                          << false << QStringList{QStringLiteral("years.2027.working_weekends[0]")};
        QTest::newRow("JSON: misspelt key, no holidays") << QByteArray(R"({"years":{"2027":{"holiday":["2027-01-01"]}}})") << false
                                                         << QStringList{QStringLiteral("years.2027"), QStringLiteral("years.2027.holiday")};
        QTest::newRow("JSON: year out of range") << QByteArray(R"({"years":{"1999":{"holidays":["1999-01-01"]}}})") << false
                                                 << QStringList{QStringLiteral("years.1999")};
        QTest::newRow("CSV: no header") << QByteArray("2027-01-01,holiday,元旦\n") << true << QStringList{QStringLiteral("line 1")};
        QTest::newRow("CSV: empty") << QByteArray("\n\n") << true << QStringList{QStringLiteral("file")};
        QTest::newRow("CSV: header only") << QByteArray("date,kind,name\n") << true << QStringList{QStringLiteral("file")};
        QTest::newRow("CSV: line by line")
            << QByteArray("date,kind,name\n2027-01-01,holiday,元旦\n2027-13-01,holiday,x\n2027-02-06,day off,x\n"
                          "2027-03-01,workday,Monday\n2027-01-01,holiday,again\n2027-05-01,holiday\n1,2,3,4\n")
            << true
            << QStringList{QStringLiteral("line 3.date"), QStringLiteral("line 4.kind"), QStringLiteral("line 5.date"),
                           QStringLiteral("line 6.date"), QStringLiteral("line 8")};
        QTest::newRow("CSV: a year without a holiday") << QByteArray("date,kind,name\n2027-01-01,holiday,元旦\n2028-01-08,workday,x\n")
                                                       << true << QStringList{QStringLiteral("line 3.date")};
    }
    void everyProblemIsNamedWhereItIs()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, csv);
        QFETCH(QStringList, where);
        const auto cal = csv ? WorkCalendar::fromCsv(file) : WorkCalendar::fromJson(file);
        QVERIFY(!cal.ok());
        QVERIFY(cal.error().code == ErrorCode::ValidationFailed);
        QStringList named = cal.error().extra.value(QLatin1String("fields")).toObject().keys();
        std::sort(named.begin(), named.end());
        std::sort(where.begin(), where.end());
        QCOMPARE(named, where);
    }

    void csvFileReadsLikeTheJsonOne()
    {
        // Spreadsheets write a byte order mark and CRLF; names may be quoted; comments and blank
        // lines are skipped; the name column may be left out.
        const QByteArray csv = "\xEF\xBB\xBF# 2027, from the State Council's notice\r\ndate,kind,name\r\n"
                               "2027-01-01,holiday,元旦\r\n\r\n2027-02-06,workday,\"春节调休, 上班\"\r\n"
                               "2027-02-07,holiday\r\n";
        const auto cal = WorkCalendar::fromCsv(csv);
        QVERIFY2(cal.ok(), cal ? "" : qPrintable(cal.error().detail));
        QCOMPARE(cal.value().years(), QList<int>{2027});
        QCOMPARE(cal.value().holidays(2027), (QList<QDate>{d("2027-01-01"), d("2027-02-07")}));
        QCOMPARE(cal.value().workingWeekends(2027), QList<QDate>{d("2027-02-06")});
        QVERIFY(cal.value().isWorkingDay(d("2027-02-06"))); // a Saturday
        QVERIFY(!cal.value().isWorkingDay(d("2027-01-01")));
        const auto json = WorkCalendar::fromJson(R"({"years":{"2027":{"holidays":["2027-02-07","2027-01-01"],"working_weekends":["2027-02-06"]}}})");
        QVERIFY(json.ok());
        QCOMPARE(json.value().yearJson(2027), cal.value().yearJson(2027));
    }

    void anImportedYearReplacesTheSameYear()
    {
        const auto imported = WorkCalendar::fromCsv("date,kind,name\n2026-11-03,holiday,test\n2027-01-01,holiday,元旦\n");
        QVERIFY(imported.ok());
        const WorkCalendar merged = m_cal.mergedWith(imported.value());
        QCOMPARE(merged.years(), (QList<int>{2025, 2026, 2027}));
        QCOMPARE(merged.holidays(2026), QList<QDate>{d("2026-11-03")}); // 2026 wholly replaced
        QVERIFY(merged.isWorkingDay(d("2026-10-01")));
        QVERIFY(!merged.isWorkingDay(d("2026-01-04"))); // no longer an adjusted working Sunday
        QCOMPARE(merged.holidays(2025), m_cal.holidays(2025)); // untouched
        QCOMPARE(m_cal.holidays(2026).size(), 33);
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
