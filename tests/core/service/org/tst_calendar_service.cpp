// CalendarService on a real SQLite file: the built-in years, a city administrator's import (JSON
// or CSV) replacing a built-in year and adding a new one, kept across a restart and recorded in
// the AdminLog with the days before and after; a file with problems, or an administrator of a
// lower hall, changes nothing.
#include "core/domain/security/Account.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/org/CalendarService.h"
#include "tests/core/service/ServerDb.h"

#include <QJsonArray>
#include <QTest>

using namespace ow;

namespace {
const QDateTime kNow(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC);

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

WorkCalendar builtIn()
{
    return WorkCalendar::fromJson(WorkCalendar::bundledJson()).value();
}
} // namespace

class TestCalendarService : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ServerDb> m_db;
    FakeClock m_clock{kNow};
    Account m_admin;
    Account m_countyAdmin;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::ServerDb>();
        const qint64 city = m_db->addHall(QStringLiteral("MY-CITY"));
        const qint64 county = m_db->addHall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"));
        for (auto [account, hall, level, name] : {std::tuple{&m_admin, city, OrgLevel::City, "admin"},
                                                  std::tuple{&m_countyAdmin, county, OrgLevel::County, "fc_admin"}}) {
            QVERIFY((*m_db)->run(QStringLiteral("INSERT INTO accounts (username, password_hash, role, hall_id, name_zh) "
                                                "VALUES (?, 'x', 'admin', ?, '管理员')"),
                                 {QString::fromLatin1(name), hall})
                        .ok());
            auto q = (*m_db)->exec(QStringLiteral("SELECT id FROM accounts WHERE username = ?"), {QString::fromLatin1(name)});
            QVERIFY(q.ok() && q.value().next());
            account->id = q.value().value(0).toLongLong();
            account->username = QString::fromLatin1(name);
            account->role = Role::Admin;
            account->hallLevel = level;
        }
    }

    void builtInYears()
    {
        CalendarService calendar(**m_db, m_clock, builtIn());
        QVERIFY(calendar.load().ok());
        const QList<CalendarYearView> years = calendar.years();
        QCOMPARE(years.size(), 2);
        QCOMPARE(years.at(0).year, 2025);
        QCOMPARE(years.at(1).year, 2026);
        QVERIFY(!years.at(1).imported);
        QCOMPARE(years.at(1).holidays.first(), d("2026-01-01"));
        QCOMPARE(years.at(1).workdays.first(), d("2026-01-04"));
        QVERIFY(!calendar.calendar().isWorkingDay(d("2026-10-01")));
    }

    void anImportReplacesAYearAndAddsOne()
    {
        CalendarService calendar(**m_db, m_clock, builtIn());
        QVERIFY(calendar.load().ok());
        const QByteArray file = R"({"years":{"2026":{"holidays":["2026-01-01","2026-10-01"],"working_weekends":[]},
                                             "2027":{"holidays":["2027-01-01"],"working_weekends":["2027-02-20"]}}})";
        const auto imported = calendar.import(file, CalendarFileFormat::Json, m_admin);
        QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().detail));
        QCOMPARE(imported.value(), (QList<int>{2026, 2027}));
        const auto years = calendar.years();
        QCOMPARE(years.size(), 3);
        QVERIFY(!years.at(0).imported);
        QVERIFY(years.at(1).imported && years.at(2).imported);
        QCOMPARE(years.at(1).holidays, (QList<QDate>{d("2026-01-01"), d("2026-10-01")}));
        // Counted with at once: 2 October 2026 is a working day now, 4 January 2026 no longer.
        QVERIFY(calendar.calendar().isWorkingDay(d("2026-10-02")));
        QVERIFY(!calendar.calendar().isWorkingDay(d("2026-01-04")));
        QVERIFY(calendar.calendar().isWorkingDay(d("2027-02-20")));

        // Recorded: one change per year, with the days before (none for 2027) and after.
        auto changes = AdminLog(**m_db, m_clock).list({QStringLiteral("calendar"), {}, 0, 100}, std::nullopt);
        QVERIFY(changes.ok());
        QCOMPARE(changes.value().size(), 2);
        const AdminChange y2027 = changes.value().at(0);
        QCOMPARE(y2027.key, QStringLiteral("2027"));
        QCOMPARE(y2027.action, QStringLiteral("import"));
        QCOMPARE(y2027.actor, QStringLiteral("admin"));
        QVERIFY(y2027.before.isEmpty());
        QCOMPARE(y2027.after.value(QLatin1String("workdays")).toArray(), QJsonArray{QStringLiteral("2027-02-20")});
        const AdminChange y2026 = changes.value().at(1);
        QCOMPARE(y2026.before.value(QLatin1String("holidays")).toArray().size(), 33);
        QCOMPARE(y2026.after.value(QLatin1String("holidays")).toArray().size(), 2);
        QCOMPARE(y2026.before.value(QLatin1String("workdays")).toArray().size(), 6);

        // A restart reads the imported years again.
        CalendarService restarted(**m_db, m_clock, builtIn());
        QVERIFY(restarted.load().ok());
        QCOMPARE(restarted.years(), calendar.years());

        // Imported again, as CSV: the year's days replaced, recorded again.
        QVERIFY(calendar.import("date,kind,name\n2027-01-01,holiday,元旦\n2027-01-02,holiday,元旦\n", CalendarFileFormat::Csv, m_admin).ok());
        QCOMPARE(calendar.years().at(2).holidays.size(), 2);
        QVERIFY(calendar.years().at(2).workdays.isEmpty());
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM admin_changes WHERE entity = 'calendar' AND entity_key = '2027'")), 2);
    }

    void refusedImportsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("county");
        QTest::addColumn<int>("code");
        QTest::newRow("a bad line among good ones")
            << QByteArray("date,kind,name\n2027-01-01,holiday,元旦\n2027-02-30,holiday,x\n") << int(CalendarFileFormat::Csv) << false
            << int(ErrorCode::ValidationFailed);
        QTest::newRow("CSV sent as JSON") << QByteArray("date,kind,name\n2027-01-01,holiday,元旦\n") << int(CalendarFileFormat::Json)
                                          << false << int(ErrorCode::ValidationFailed);
        QTest::newRow("an administrator of a county hall")
            << QByteArray("date,kind,name\n2027-01-01,holiday,元旦\n") << int(CalendarFileFormat::Csv) << true << int(ErrorCode::Forbidden);
    }
    void refusedImportsChangeNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, format);
        QFETCH(bool, county);
        QFETCH(int, code);
        CalendarService calendar(**m_db, m_clock, builtIn());
        QVERIFY(calendar.load().ok());
        const auto before = calendar.years();
        const auto refused = calendar.import(file, CalendarFileFormat(format), county ? m_countyAdmin : m_admin);
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().code), code);
        QCOMPARE(calendar.years(), before);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM calendar_years")), 0);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM admin_changes")), 0);
    }

    void aFailedWriteLeavesTheCalendarAsItWas()
    {
        CalendarService calendar(**m_db, m_clock, builtIn());
        QVERIFY(calendar.load().ok());
        const auto before = calendar.years();
        // The record of the change cannot be written: the year is not stored, nor counted with.
        (*m_db)->setFaultInjector([](const QString &sql) { return sql.contains(QLatin1String("admin_changes")); });
        QVERIFY(!calendar.import("date,kind,name\n2026-11-03,holiday,x\n", CalendarFileFormat::Csv, m_admin).ok());
        (*m_db)->setFaultInjector({});
        QCOMPARE(calendar.years(), before);
        QVERIFY(calendar.calendar().isWorkingDay(d("2026-11-03")));
        // Imported inside a transaction that is then rolled back (a request's group commit that
        // fails): counted with for a moment, then the calendar before it again.
        const Status outer = (*m_db)->transaction([&]() -> Status {
            if (!calendar.import("date,kind,name\n2026-11-03,holiday,x\n", CalendarFileFormat::Csv, m_admin).ok())
                return Error{ErrorCode::Internal, QStringLiteral("import failed"), {}};
            if (calendar.calendar().isWorkingDay(d("2026-11-03")))
                return Error{ErrorCode::Internal, QStringLiteral("not counted with"), {}};
            return Error{ErrorCode::Conflict, QStringLiteral("rolled back on purpose"), {}};
        });
        QVERIFY(outer.error().code == ErrorCode::Conflict);
        QCOMPARE(calendar.years(), before);
        QVERIFY(calendar.calendar().isWorkingDay(d("2026-11-03")));
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM calendar_years")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCalendarService)
#include "tst_calendar_service.moc"
