// The arrival forecast through the real server (issue 16): eight weeks of a hall's tickets, put in
// its SQLite file while it is stopped, come back per half-hour for the coming days; closed days
// expect nobody; the held-out week's error is given; bad parameters, unknown halls and readers
// outside the hall's scope are refused, in the reader's language. The staffing plan on it: the
// windows Erlang C asks for, from the hall's own handling times.
#include "core/domain/api/ForecastBodies.h"
#include "core/domain/api/StaffingBodies.h"
#include "core/domain/planning/ErlangC.h"
#include "core/domain/cases/WorkCalendar.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {

const QTimeZone kShanghai("Asia/Shanghai");

QDate hallToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(kShanghai).date();
}

// Mondays 12 tickets at 09:10, the other weekdays 6 at 14:40 — holidays too (the forecast does
// not compare them with ordinary days).
int ticketsOn(const QDate &day)
{
    if (day.dayOfWeek() >= 6)
        return 0;
    return day.dayOfWeek() == 1 ? 12 : 6;
}

// Writes the history into the stopped server's file, as eight weeks of a hall's work would have.
bool writeHistory(const QString &path, const QDate &today)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("history"));
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery hall(db);
        ok = ok && hall.exec(QStringLiteral("SELECT id FROM halls WHERE code = 'MY-CITY'")) && hall.next();
        const qint64 hallId = ok ? hall.value(0).toLongLong() : 0;
        QSqlQuery insert(db);
        // Each served for ten minutes.
        ok = ok && insert.prepare(QStringLiteral("INSERT INTO tickets (hall_id, service_day, prefix, seq, number, channel, issued_at, "
                                                 "state, queue_key, serving_since, finished_at) "
                                                 "VALUES (?, ?, 'H', ?, ?, 'kiosk', ?, 'finished', 0, ?, ?)"));
        for (QDate d = today.addDays(-56); ok && d < today; d = d.addDays(1)) {
            const QTime at = d.dayOfWeek() == 1 ? QTime(9, 10) : QTime(14, 40);
            for (int seq = 1; ok && seq <= ticketsOn(d); ++seq) {
                insert.addBindValue(hallId);
                insert.addBindValue(d.toString(Qt::ISODate));
                insert.addBindValue(seq);
                insert.addBindValue(QStringLiteral("H%1").arg(seq, 3, 10, QLatin1Char('0')));
                const qint64 issued = QDateTime(d, at, kShanghai).toMSecsSinceEpoch();
                insert.addBindValue(issued);
                insert.addBindValue(issued + 60000);
                insert.addBindValue(issued + 660000);
                ok = insert.exec();
            }
        }
        if (!ok)
            qWarning("history: %s", qPrintable(insert.lastError().text()));
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("history"));
    return ok;
}

} // namespace

class TestServerForecast : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    QDate m_today;
    QString m_supervisor;

    HttpReply get(const QString &path, const QString &token, const QByteArray &language = "zh_CN")
    {
        SyncHttp http(m_server->url());
        return http.send("GET", path, {}, {{"Authorization", "Bearer " + token.toLatin1()}, {"Accept-Language", language}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(kShanghai);
        if (now.time() > QTime(23, 58))
            QSKIP("the hall's day turns in a moment");
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_server->stop();
        m_today = hallToday();
        QVERIFY(writeHistory(m_server->databasePath(), m_today));
        QVERIFY(m_server->start());
        m_supervisor = SyncHttp(m_server->url()).login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        QVERIFY(!m_supervisor.isEmpty());
    }

    void theComingWeekFromTheHistory()
    {
        const HttpReply r = get(QStringLiteral("/api/v1/halls/MY-CITY/forecast"), m_supervisor);
        QVERIFY2(r.status == 200, r.body.constData());
        auto body = HallForecast::fromJson(r.json());
        QVERIFY(body.ok());
        const HallForecast &f = body.value();
        QCOMPARE(f.from, m_today.addDays(1)); // tomorrow by default
        QCOMPARE(f.days.size(), 7);
        QCOMPARE(f.historyTo, m_today.addDays(-1));
        QCOMPARE(f.historyFrom, f.from.addDays(-56));

        const WorkCalendar calendar = WorkCalendar::fromJson(WorkCalendar::bundledJson()).value();
        int compared = 0;
        for (const DayForecast &d : f.days) {
            const QDate day = d.arrivals.day;
            if (!calendar.isWorkingDay(day)) {
                QCOMPARE(toString(d.basis), QStringLiteral("closed"));
                QCOMPARE(d.arrivals.total(), 0.0);
                continue;
            }
            if (d.basis != ForecastBasis::SameWeekday)
                continue; // after a holiday, or a worked weekend: checked in tst_arrival_forecast
            ++compared;
            QCOMPARE(d.basedOn.size(), 4);
            for (const QDate &b : d.basedOn)
                QCOMPARE(b.dayOfWeek(), day.dayOfWeek());
            // Every such weekday had the same tickets at the same half-hour.
            const int slot = day.dayOfWeek() == 1 ? 18 : 29; // 09:00, 14:30
            QCOMPARE(d.arrivals.slots[static_cast<size_t>(slot)], double(ticketsOn(day)));
            QCOMPARE(d.arrivals.total(), double(ticketsOn(day)));
        }
        QVERIFY2(compared >= 3, "a week has at least three ordinary working days");
        QVERIFY(f.error);
        QVERIFY(f.error->days >= 3);
        QCOMPARE(f.error->to, m_today.addDays(-1));
    }

    void theStaffingPlanFromTheForecast()
    {
        const HttpReply r = get(QStringLiteral("/api/v1/halls/MY-CITY/staffing"), m_supervisor);
        QVERIFY2(r.status == 200, r.body.constData());
        auto body = HallStaffingPlan::fromJson(r.json());
        QVERIFY(body.ok());
        const HallStaffingPlan &p = body.value();
        QCOMPARE(p.promiseMinutes, 15);
        QCOMPARE(p.handlingBasis, QStringLiteral("history"));
        QCOMPARE(p.handlingSeconds, 600.0); // every ticket was served for ten minutes
        QVERIFY(p.handlingSamples > 30);
        QVERIFY(p.windows > 0);
        QCOMPARE(p.days.size(), 7);
        int planned = 0;
        for (const StaffingDay &d : p.days) {
            if (d.basis != ForecastBasis::SameWeekday)
                continue;
            QCOMPARE(d.slots.size(), 1);
            const HalfHourAdvice &a = d.slots.first();
            QCOMPARE(a.arrivals, double(ticketsOn(d.date)));
            // Erlang C on the half-hour: the fewest windows with P(wait > 15 min) <= 5%.
            const int windows = ErlangC::windowsNeeded(a.arrivals, 600, 900, 0.05);
            QCOMPARE(a.windows, windows);
            QVERIFY(a.waitBeyondPromise <= 0.05);
            QVERIFY(ErlangC::probabilityWaitExceeds(windows - 1, ErlangC::load(a.arrivals, 600), 900, 600) > 0.05);
            QCOMPARE(d.peakWindows, windows);
            QCOMPARE(d.staffHours, windows * 0.5);
            ++planned;
        }
        QVERIFY(planned >= 3);
        // Twelve on Mondays in half an hour, ten minutes each: 4 Erlangs.
        QCOMPARE(ErlangC::load(12, 600), 4.0);
        QCOMPARE(get(QStringLiteral("/api/v1/halls/MY-CITY/staffing?days=0"), m_supervisor).status, 422);
        SyncHttp http(m_server->url());
        QCOMPARE(get(QStringLiteral("/api/v1/halls/MY-CITY/staffing"), http.login(QStringLiteral("teller1"), QStringLiteral("demo1234"))).status, 403);
        // A hall with no history of its own: the catalogue's standard times.
        const QString district = http.login(QStringLiteral("fc_supervisor"), QStringLiteral("demo1234"));
        const HttpReply own = get(QStringLiteral("/api/v1/halls/MY-FC/staffing"), district);
        QVERIFY2(own.status == 200, own.body.constData());
        QCOMPARE(own.json().value(QLatin1String("handling_basis")).toString(), QStringLiteral("catalogue"));
    }

    void aChosenRange()
    {
        const QDate from = m_today.addDays(10);
        const HttpReply r = get(QStringLiteral("/api/v1/halls/MY-CITY/forecast?from=%1&days=28").arg(from.toString(Qt::ISODate)), m_supervisor);
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonArray days = r.json().value(QLatin1String("days")).toArray();
        QCOMPARE(days.size(), 28);
        QCOMPARE(days.first().toObject().value(QLatin1String("date")).toString(), from.toString(Qt::ISODate));
    }

    void badParametersAreRefusedInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("chinese");
        QTest::addColumn<QString>("english");
        QTest::newRow("from") << QStringLiteral("from=12/08/2026") << QStringLiteral("from")
                              << QStringLiteral("请按 yyyy-MM-dd 格式填写预测的起始日期。")
                              << QStringLiteral("Give the forecast's first day as yyyy-MM-dd.");
        QTest::newRow("days 0") << QStringLiteral("days=0") << QStringLiteral("days") << QStringLiteral("预测最多覆盖 1 至 28 天。")
                                << QStringLiteral("A forecast covers 1 to 28 days.");
        QTest::newRow("days 29") << QStringLiteral("days=29") << QStringLiteral("days") << QStringLiteral("预测最多覆盖 1 至 28 天。")
                                 << QStringLiteral("A forecast covers 1 to 28 days.");
        QTest::newRow("days text") << QStringLiteral("days=week") << QStringLiteral("days")
                                   << QStringLiteral("预测最多覆盖 1 至 28 天。") << QStringLiteral("A forecast covers 1 to 28 days.");
    }

    void badParametersAreRefusedInTheReadersLanguage()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, chinese);
        QFETCH(QString, english);
        const QString path = QStringLiteral("/api/v1/halls/MY-CITY/forecast?") + query;
        const HttpReply zh = get(path, m_supervisor);
        QCOMPARE(zh.status, 422);
        const QJsonObject error = zh.json().value(QLatin1String("error")).toObject();
        QVERIFY(error.value(QLatin1String("fields")).toObject().contains(field));
        QCOMPARE(error.value(QLatin1String("message")).toString(), chinese);
        const HttpReply en = get(path, m_supervisor, "en");
        QCOMPARE(en.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(), english);
    }

    void onlyThoseWhoReadTheHallsFigures()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/halls/NO-SUCH/forecast"), m_supervisor).status, 404);
        SyncHttp http(m_server->url());
        const QString teller = http.login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QCOMPARE(get(QStringLiteral("/api/v1/halls/MY-CITY/forecast"), teller).status, 403);
        // A district's supervisor reads the district, not the city hall above it.
        const QString district = http.login(QStringLiteral("fc_supervisor"), QStringLiteral("demo1234"));
        QCOMPARE(get(QStringLiteral("/api/v1/halls/MY-CITY/forecast"), district).status, 403);
        const HttpReply own = get(QStringLiteral("/api/v1/halls/MY-FC/forecast"), district);
        QVERIFY2(own.status == 200, own.body.constData());
        // No tickets there: nothing expected, and no error to state.
        QCOMPARE(own.json().value(QLatin1String("days")).toArray().size(), 7);
        QVERIFY(!own.json().contains(QLatin1String("error")));
        QCOMPARE(http.send("GET", QStringLiteral("/api/v1/halls/MY-CITY/forecast")).status, 401);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestServerForecast)
#include "tst_server_forecast.moc"
