// ReportService over the real queue, ratings and cases on a real SQLite file (demo city, bundled
// catalogue and calendar, fake clock). One service day — Monday 2 November 2026 at the city
// hall — is driven ticket by ticket, and every figure of the queue report is checked against
// values worked out by hand below; the case report is driven across National Day 2026 and its
// overdue cases checked on the working-day calendar; bad reviews opened on 30 September are due
// on 13 October, not 7 October. Scope: the county supervisor sees the county and the township
// below it, and nothing of the city. The reports' reads run on the indexes ReportReader names.
//
// The day (Beijing time), promise 15 minutes, CD-003 and PE-005 on the spot (standard 8 minutes):
//   09:00:00 T1 CD-003          09:05 window 1 calls T1 (wait 300)  09:06 serving  09:16 finished
//   09:00:30 T2 CD-003          09:10 window 2 calls T2 (wait 570)  09:11 no-show
//   09:01:00 T3 PE-005          09:12 window 2 calls T3 (wait 660)  09:13 serving  09:20 transferred
//                               to window 1; 09:26 window 1 calls it, 09:27 serving, 09:30 finished
//   09:01:30 T4 CD-003 + PE-005 09:17 window 1 calls T4 (wait 930 > 900)  09:18 serving  09:25 finished
//   10:00:00 T5 CD-003          never called;   (where said) 09:00 T6 at the township MY-FC-CJ, never called
// Handling: T1 600 (standard 480), T4 420 (960), T3 420 + 180 = 600 (480).
// Ratings: T1 CD-003 very satisfied, T4 CD-003 satisfied, T4 PE-005 dissatisfied, T3 PE-005 very
// dissatisfied — two rectifications due Monday 9 November.
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"
#include "core/service/cases/CaseService.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/CalendarService.h"
#include "core/service/org/DemoCity.h"
#include "core/service/queue/QueueService.h"
#include "core/service/queue/Rating.h"
#include "core/service/reports/ReportService.h"
#include "core/service/store/AccountRepository.h"
#include "tests/core/service/ServerDb.h"
#include "tests/support/CaseFixtures.h"

#include <QTest>

using namespace ow;

namespace {
const QString kCity = QStringLiteral("MY-CITY");
const QString kApplicant = QStringLiteral("11010519491231002X");

QDateTime beijing(const QDate &day, int h, int m, int s = 0)
{
    return QDateTime(day, QTime(h, m, s), QTimeZone("Asia/Shanghai")).toUTC();
}
QDateTime nov2(int h, int m, int s = 0)
{
    return beijing(QDate(2026, 11, 2), h, m, s);
}

template<typename T>
T ok(Result<T> r, const char *what)
{
    if (!r)
        qFatal("%s: %s", what, qPrintable(r.error().detail));
    return std::move(r).value();
}
} // namespace

class TestReportService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const FakeClock clock;
        CatalogueService catalogue(*m_seeded, clock);
        QVERIFY(catalogue.import(Catalogue::bundledJson()).ok());
        QVERIFY(DemoCity::seed(*m_seeded, DemoCity::bundledJson(), PasswordHasher()).ok());
        m_seeded.checkpoint();
    }

    void init()
    {
        m_db = std::make_unique<test::ServerDb>(m_seeded.path());
        m_clock = std::make_unique<FakeClock>(nov2(9, 0));
        m_catalogue = std::make_unique<CatalogueService>(**m_db, *m_clock);
        QVERIFY(m_catalogue->reload().ok());
        m_queue = std::make_unique<QueueService>(**m_db, *m_clock, *m_catalogue);
        m_calendar = std::make_unique<CalendarService>(**m_db, *m_clock, WorkCalendar::fromJson(WorkCalendar::bundledJson()).value());
        QVERIFY(m_calendar->load().ok());
        m_rating = std::make_unique<RatingService>(**m_db, *m_clock, *m_queue, *m_calendar);
        m_cases = std::make_unique<CaseService>(**m_db, *m_clock, *m_catalogue, *m_calendar);
        m_reports = std::make_unique<ReportService>(**m_db, *m_clock, *m_catalogue, *m_queue, *m_calendar);
    }

    void cleanup()
    {
        m_reports.reset();
        m_cases.reset();
        m_rating.reset();
        m_calendar.reset();
        m_queue.reset();
        m_catalogue.reset();
        m_clock.reset();
        m_db.reset();
    }

    void theDayByHall()
    {
        driveTheDay(true);
        m_clock->set(beijing(QDate(2026, 11, 9), 17, 0)); // the due day: not overdue yet
        QueueFigures f = report(QStringLiteral("hall")).total;
        QCOMPARE(f.rectificationsOpen, 2);
        QCOMPARE(f.rectificationsOverdue, 0);

        // The next day; one of the two is closed (as closing a rectification records it).
        m_clock->set(beijing(QDate(2026, 11, 10), 9, 0));
        QVERIFY(m_db->run(QStringLiteral("UPDATE rectifications SET status = 'closed', closed_at = ? WHERE id = "
                                         "(SELECT x.id FROM rectifications x JOIN ratings r ON r.id = x.rating_id "
                                         "WHERE r.level = 'very_dissatisfied')"),
                          {m_clock->now().toMSecsSinceEpoch()})
                      .ok());
        const QueueReport r = report(QStringLiteral("hall"));
        QCOMPARE(r.hall, kCity);
        QCOMPARE(r.halls.first(), kCity);
        QCOMPARE(r.halls.size(), 18); // the city and every hall below it
        QCOMPARE(r.rows.size(), 2);  // MY-CITY, MY-FC-CJ (halls without tickets have no row)
        QCOMPARE(r.rows.at(0).key, kCity);
        QCOMPARE(r.rows.at(0).hall, kCity);
        QCOMPARE(r.rows.at(0).name.zh, QStringLiteral("绵阳市人力资源和社会保障局政务服务大厅"));
        QCOMPARE(r.rows.at(1).key, QStringLiteral("MY-FC-CJ"));
        QCOMPARE(r.rows.at(1).figures.issued, 1);
        QCOMPARE(r.total.issued, 6);

        f = r.rows.at(0).figures;
        QCOMPARE(f.issued, 5);
        QCOMPARE(f.called, 4);
        QCOMPARE(f.served, 3);
        QCOMPARE(f.noShow, 1);
        QCOMPARE(f.transferred, 1);
        QCOMPARE(f.parked, 0);
        // Waits 300, 570, 660, 930: mean 2460 / 4; p50 rank 2; p90 rank 4; 930 breaks the promise.
        QCOMPARE(f.waitMean, 615.0);
        QCOMPARE(f.waitP50, 570.0);
        QCOMPARE(f.waitP90, 930.0);
        QCOMPARE(f.waitMax, 930.0);
        QCOMPARE(f.withinPromise, 3);
        QCOMPARE(f.withinPromiseShare, 0.75);
        // Handling 600, 420, 600: mean 540; p90 rank 3; standards 480, 960, 480: mean 640; only
        // T4 within.
        QCOMPARE(f.handled, 3);
        QCOMPARE(f.handlingMean, 540.0);
        QCOMPARE(f.handlingP90, 600.0);
        QCOMPARE(f.standardMean, 640.0);
        QCOMPARE(f.withinStandard, 1);
        QCOMPARE(f.withinStandardShare, 0.3333);
        QCOMPARE(f.ratings, 4);
        QCOMPARE(f.verySatisfied, 1);
        QCOMPARE(f.satisfied, 1);
        QCOMPARE(f.basicallySatisfied, 0);
        QCOMPARE(f.dissatisfied, 1);
        QCOMPARE(f.veryDissatisfied, 1);
        QCOMPARE(f.satisfaction, 0.5);
        QCOMPARE(f.badReviews, 2);
        QCOMPARE(f.rectificationsOpen, 1);
        QCOMPARE(f.rectificationsOverdue, 1); // due 9 November, still open on the 10th
        QCOMPARE(f.rectificationsClosed, 1);
    }

    void theDayByWindowAndTeller()
    {
        driveTheDay();
        const QueueReport byWindow = report(QStringLiteral("window"), kCity);
        // "" (T5, never called) sorts first, then windows 1 and 2.
        QCOMPARE(keys(byWindow), QStringList({QString(), QStringLiteral("1"), QStringLiteral("2")}));
        const QueueFigures none = byWindow.rows.at(0).figures;
        QCOMPARE(none.issued, 1);
        QCOMPARE(none.called, 0);
        QVERIFY(!none.waitMean);
        const QueueFigures w1 = byWindow.rows.at(1).figures; // T1, T3 (finished here), T4
        QCOMPARE(w1.issued, 3);
        QCOMPARE(w1.served, 3);
        QCOMPARE(w1.waitMean, 630.0); // 300, 660, 930
        QCOMPARE(w1.waitP50, 660.0);
        QCOMPARE(w1.withinPromise, 2);
        QCOMPARE(w1.withinPromiseShare, 0.6667);
        QCOMPARE(w1.handlingMean, 540.0);
        QCOMPARE(w1.transferred, 0); // T3 was handed on by window 2, not by window 1
        QCOMPARE(w1.ratings, 4);
        QCOMPARE(w1.satisfaction, 0.5);
        const QueueFigures w2 = byWindow.rows.at(2).figures; // T2's no-show, T3's transfer
        QCOMPARE(w2.issued, 1);
        QCOMPARE(w2.noShow, 1);
        QCOMPARE(w2.served, 0);
        QCOMPARE(w2.waitMean, 570.0);
        QCOMPARE(w2.transferred, 1);
        QCOMPARE(byWindow.rows.at(2).hall, kCity);

        const QueueReport byTeller = report(QStringLiteral("teller"), kCity);
        QCOMPARE(keys(byTeller), QStringList({QString(), QStringLiteral("teller1"), QStringLiteral("teller2")}));
        QCOMPARE(byTeller.rows.at(1).name.zh, QStringLiteral("王丽"));
        QCOMPARE(byTeller.rows.at(1).figures, w1);
        QCOMPARE(byTeller.rows.at(2).figures, w2);
    }

    void theHistogramOneWindowAndOnesOwn()
    {
        driveTheDay(true);
        // Waits 300, 570, 660, 930 at the city hall (the township's ticket is never called):
        // bars 0–5, 5–10, 10–15 and 15–20 minutes, a wait of five minutes in the first.
        const QueueReport all = report(QStringLiteral("hall"));
        QList<int> counts;
        for (const WaitBin &b : all.waitHistogram)
            counts << b.count;
        QCOMPARE(counts, (QList<int>{1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}));

        // Window 2 of the city hall: T2's no-show alone (T3 ended at window 1, its transfer with
        // it); the township is left out though it is below the city hall.
        ReportRequest w2 = request(QStringLiteral("teller"), kCity);
        w2.window = 2;
        const QueueReport byWindow = ok(m_reports->queueReport(w2, supervisor()), "window 2");
        QCOMPARE(byWindow.halls, QStringList{kCity});
        QCOMPARE(keys(byWindow), QStringList{QStringLiteral("teller2")});
        QCOMPARE(byWindow.total.issued, 1);
        QCOMPARE(byWindow.total.noShow, 1);
        QCOMPARE(byWindow.total.transferred, 0);
        QCOMPARE(byWindow.total.waitMean, 570.0);

        // teller1's own: their row of the hall by teller (T1, T3, T4), waits 300, 660, 930.
        const QueueReport mine = ok(m_reports->myQueueReport(QDate(2026, 11, 2), QDate(2026, 11, 2), account(QStringLiteral("teller1"))), "mine");
        const QueueReport byTeller = report(QStringLiteral("teller"), kCity);
        QCOMPARE(keys(mine), QStringList{QStringLiteral("teller1")});
        QCOMPARE(mine.rows.first().figures, byTeller.rows.at(1).figures);
        QCOMPARE(mine.total, byTeller.rows.at(1).figures);
        QCOMPARE(mine.halls, QStringList{kCity});
        counts.clear();
        for (const WaitBin &b : mine.waitHistogram)
            counts << b.count;
        QCOMPARE(counts, (QList<int>{1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        // Someone with nothing counted: no row, zero figures.
        const QueueReport none = ok(m_reports->myQueueReport(QDate(2026, 11, 2), QDate(2026, 11, 2), account(QStringLiteral("teller3"))), "none");
        QVERIFY(none.rows.isEmpty());
        QCOMPARE(none.total, QueueFigures{});
    }

    void theDayByMatterHourAndDay()
    {
        driveTheDay();
        const QueueReport byMatter = report(QStringLiteral("matter"), kCity);
        QCOMPARE(keys(byMatter), QStringList({QStringLiteral("CD-003"), QStringLiteral("PE-005")}));
        const QueueFigures cd = byMatter.rows.at(0).figures; // T1, T2, T4, T5
        QCOMPARE(cd.issued, 4);
        QCOMPARE(cd.called, 3);
        QCOMPARE(cd.waitMean, 600.0); // 300, 570, 930
        QCOMPARE(cd.waitP90, 930.0);
        QCOMPARE(cd.withinPromiseShare, 0.6667);
        // T1 600 against 480; T4's 420 shared by its two matters: 210 against 480.
        QCOMPARE(cd.handled, 2);
        QCOMPARE(cd.handlingMean, 405.0);
        QCOMPARE(cd.standardMean, 480.0);
        QCOMPARE(cd.withinStandardShare, 0.5);
        QCOMPARE(cd.satisfaction, 1.0);
        QCOMPARE(cd.badReviews, 0);
        const QueueFigures pe = byMatter.rows.at(1).figures; // T3, T4
        QCOMPARE(pe.issued, 2);
        QCOMPARE(pe.waitMean, 795.0); // 660, 930
        QCOMPARE(pe.waitP50, 660.0);
        QCOMPARE(pe.transferred, 1);
        QCOMPARE(pe.satisfaction, 0.0);
        QCOMPARE(pe.badReviews, 2);
        QCOMPARE(pe.rectificationsOpen, 2);
        QCOMPARE(byMatter.rows.at(1).hall, QString());
        QVERIFY(!byMatter.rows.at(1).name.zh.isEmpty());

        const QueueReport byCategory = report(QStringLiteral("category"), kCity);
        QCOMPARE(keys(byCategory), QStringList({QStringLiteral("card"), QStringLiteral("pension")}));
        QCOMPARE(byCategory.rows.at(0).figures, cd); // one matter per category here

        const QueueReport byHour = report(QStringLiteral("hour"), kCity);
        QCOMPARE(keys(byHour), QStringList({QStringLiteral("09"), QStringLiteral("10")}));
        QCOMPARE(byHour.rows.at(0).figures.issued, 4);
        QCOMPARE(byHour.rows.at(1).figures.issued, 1);

        const QueueReport byDay = report(QStringLiteral("day"), kCity);
        QCOMPARE(keys(byDay), QStringList({QStringLiteral("2026-11-02")}));
        QCOMPARE(byDay.rows.at(0).figures, byDay.total);

        // Another range: nothing.
        auto before = m_reports->queueReport(request(QStringLiteral("hall"), kCity, QDate(2026, 11, 1), QDate(2026, 11, 1)), supervisor());
        QVERIFY(before.ok());
        QVERIFY(before.value().rows.isEmpty());
        QCOMPARE(before.value().total.issued, 0);
    }

    void theCountySupervisorSeesTheCountyOnly()
    {
        driveTheDay(true);
        const Account fc = account(QStringLiteral("fc_supervisor"));
        auto own = m_reports->queueReport(request(QStringLiteral("hall"), QString()), fc);
        QVERIFY(own.ok());
        QCOMPARE(own.value().halls, QStringList({QStringLiteral("MY-FC"), QStringLiteral("MY-FC-CJ"), QStringLiteral("MY-FC-GS"), QStringLiteral("MY-FC-NH"), QStringLiteral("MY-FC-QY")}));
        QCOMPARE(keys(own.value()), QStringList({QStringLiteral("MY-FC-CJ")}));
        QCOMPARE(own.value().total.issued, 1);
        auto city = m_reports->queueReport(request(QStringLiteral("hall"), kCity), fc);
        QVERIFY(!city.ok());
        QCOMPARE(toString(city.error().code), toString(ErrorCode::Forbidden));
        auto teller = m_reports->queueReport(request(QStringLiteral("hall"), kCity), account(QStringLiteral("teller1")));
        QCOMPARE(toString(teller.error().code), toString(ErrorCode::Forbidden));
        auto unknown = m_reports->caseReport(request(QStringLiteral("hall"), QStringLiteral("NOPE")), supervisor());
        QCOMPARE(toString(unknown.error().code), toString(ErrorCode::NotFound));
    }

    void rectificationsAcrossNationalDay()
    {
        // Wednesday 30 September: five working days skip 1–7 October and count Saturday 10th.
        m_clock->set(beijing(QDate(2026, 9, 30), 10, 0));
        const Ticket t = served(kCity, QStringLiteral("CD-003"));
        QVERIFY(m_rating->rate(t.id, QStringLiteral("CD-003"), RatingLevel::Dissatisfied, 0).ok());
        const QDate from(2026, 9, 28), to(2026, 10, 9);
        for (const auto &[today, overdue] : {std::pair{QDate(2026, 10, 8), 0}, std::pair{QDate(2026, 10, 13), 0},
                                             std::pair{QDate(2026, 10, 14), 1}}) {
            m_clock->set(beijing(today, 12, 0));
            auto r = m_reports->queueReport(request(QStringLiteral("day"), kCity, from, to), supervisor());
            QVERIFY(r.ok());
            QCOMPARE(r.value().total.rectificationsOpen, 1);
            QVERIFY2(r.value().total.rectificationsOverdue == overdue, qPrintable(today.toString(Qt::ISODate)));
        }
    }

    void casesAcrossNationalDay()
    {
        // Six cases taken in at the city hall on Wednesday 30 September; SI-008 has 15 working
        // days: 8, 9, 10 (working Saturday), 12–16, 19–23, 26, 27 October — due Tuesday 27
        // October (Monday to Friday alone would say 21 October).
        m_clock->set(beijing(QDate(2026, 9, 30), 10, 0));
        const Account teller = account(QStringLiteral("teller1"));
        const CaseView c1 = intake(QStringLiteral("SI-008"), CaseAction::Accept, teller);
        const CaseView c2 = intake(QStringLiteral("SI-008"), CaseAction::Accept, teller);
        const CaseView c3 = intake(QStringLiteral("SI-008"), CaseAction::Accept, teller);
        intake(QStringLiteral("SI-008"), CaseAction::Refuse, teller);
        intake(QStringLiteral("CD-003"), CaseAction::CompleteOnSpot, teller);
        const CaseView c6 = intake(QStringLiteral("SI-008"), CaseAction::Accept, teller);
        QCOMPARE(c1.dueDate, QDate(2026, 10, 27));

        m_clock->set(beijing(QDate(2026, 10, 9), 10, 0));
        QVERIFY(m_cases->act(c3.number, CaseAction::ReturnForSupplement, reviewerOf(c3), QStringLiteral("缺少转移凭证")).ok());
        m_clock->set(beijing(QDate(2026, 10, 20), 10, 0));
        QVERIFY(m_cases->act(c1.number, CaseAction::Approve, reviewerOf(c1), QString()).ok());

        const QDate from(2026, 9, 28), to(2026, 10, 9);
        m_clock->set(beijing(QDate(2026, 10, 22), 10, 0)); // Monday to Friday would call c2 and c6 late
        CaseFigures f = caseReport(QStringLiteral("hall"), from, to).total;
        QCOMPARE(f.overdue, 0);
        m_clock->set(beijing(QDate(2026, 10, 27), 17, 0)); // their due day
        f = caseReport(QStringLiteral("hall"), from, to).total;
        QCOMPARE(f.overdue, 0);

        m_clock->set(beijing(QDate(2026, 10, 28), 10, 0));
        QVERIFY(m_cases->act(c6.number, CaseAction::Reject, reviewerOf(c6), QStringLiteral("不符合转移条件")).ok());
        const CaseReport r = caseReport(QStringLiteral("hall"), from, to);
        QCOMPARE(keys(r), QStringList({kCity}));
        f = r.total;
        QCOMPARE(f.accepted, 5);
        QCOMPARE(f.onTheSpot, 1);
        QCOMPARE(f.refused, 1);
        QCOMPARE(f.approved, 1);
        QCOMPARE(f.rejected, 1);
        QCOMPARE(f.decided, 2);
        QCOMPARE(f.inSupplement, 1);
        QCOMPARE(f.pending, 2);        // c2, c3
        QCOMPARE(f.overdue, 2);        // c2 undecided after 27 October, c6 decided on the 28th
        QCOMPARE(f.decidedInTime, 1);  // c1
        QCOMPARE(f.inTimeShare, 0.5);
        QCOMPARE(r.rows.at(0).figures, f);

        // By reviewer: who decided, else who holds it; every case of the office in one row each.
        const CaseReport byReviewer = caseReport(QStringLiteral("reviewer"), from, to);
        int accepted = 0;
        for (const CaseReportRow &row : byReviewer.rows) {
            accepted += row.figures.accepted;
            QCOMPARE(row.hall, kCity);
        }
        QCOMPARE(accepted, 5);
        const QString decider = reviewerOf(c1).username;
        const auto row = std::find_if(byReviewer.rows.begin(), byReviewer.rows.end(), [&](const CaseReportRow &x) { return x.key == decider; });
        QVERIFY(row != byReviewer.rows.end());
        QVERIFY(row->figures.approved >= 1);
        QVERIFY(!row->name.zh.isEmpty());

        const CaseReport byDay = caseReport(QStringLiteral("day"), from, to);
        QCOMPARE(keys(byDay), QStringList({QStringLiteral("2026-09-30")}));
        const CaseReport byMatter = caseReport(QStringLiteral("matter"), from, to);
        QCOMPARE(keys(byMatter), QStringList({QStringLiteral("CD-003"), QStringLiteral("SI-008")}));
        QCOMPARE(byMatter.rows.at(0).figures.onTheSpot, 1);
        const CaseReport byOffice = caseReport(QStringLiteral("office"), from, to);
        QCOMPARE(keys(byOffice), QStringList({kCity}));
        QCOMPARE(byOffice.total, f);
        // The range ends the day before: none of them.
        QCOMPARE(caseReport(QStringLiteral("hall"), from, QDate(2026, 9, 29)).total.accepted, 0);
        Q_UNUSED(c2);
    }

    // Migration 17: what each of the reports' reads runs on, as ReportReader's comments say —
    // SQLite's own plan for the statements the reports ran (recorded as they ran).
    void readsRunOnTheirIndexes()
    {
        driveTheDay(true);
        QStringList ran;
        (*m_db)->setFaultInjector([&ran](const QString &sql) {
            if (sql.startsWith(QLatin1String("SELECT")))
                ran << sql;
            return false;
        });
        report(QStringLiteral("hall"));
        caseReport(QStringLiteral("hall"), QDate(2026, 11, 1), QDate(2026, 11, 30));
        (*m_db)->setFaultInjector({});
        const auto planOf = [this](const QString &needle, const QStringList &statements) {
            for (const QString &sql : statements) {
                if (!sql.contains(needle))
                    continue;
                QVariantList values;
                for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
                    values << QStringLiteral("2026-11-02");
                auto q = (*m_db)->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
                if (!q)
                    return QStringLiteral("cannot explain: ") + q.error().detail;
                QStringList plan;
                while (q.value().next())
                    plan << q.value().value(3).toString();
                return plan.join(QLatin1String("; "));
            }
            return QStringLiteral("not run: ") + needle;
        };
        const QString events = planOf(QStringLiteral("JOIN ticket_events e"), ran);
        QVERIFY2(events.contains(QLatin1String("COVERING INDEX tickets_hall_day_state")), qPrintable(events));
        QVERIFY2(events.contains(QLatin1String("USING INDEX ticket_events_timeline (ticket_id=?)")), qPrintable(events));
        const QString ratings = planOf(QStringLiteral("JOIN ratings r"), ran);
        QVERIFY2(ratings.contains(QLatin1String("COVERING INDEX tickets_hall_day_state")), qPrintable(ratings));
        QVERIFY2(!ratings.contains(QLatin1String("ticket_matters")), qPrintable(ratings)); // category from the tickets read
        const QString cases = planOf(QStringLiteral("FROM cases c"), ran);
        QVERIFY2(cases.contains(QLatin1String("COVERING INDEX case_events_intake (action=? AND at>? AND at<?)")), qPrintable(cases));
        QVERIFY2(cases.contains(QLatin1String("case_events_case (case_id=?)")), qPrintable(cases));
        for (const QString &plan : {events, ratings, cases})
            QVERIFY2(!plan.contains(QLatin1String("SCAN")), qPrintable(plan)); // no table read whole
    }

private:
    Account account(const QString &username) const
    {
        auto a = AccountRepository(**m_db).findByUsername(username);
        if (!a || !a.value())
            qFatal("no account %s", qPrintable(username));
        return *a.value();
    }
    Account supervisor() const { return account(QStringLiteral("supervisor1")); }

    Account reviewerOf(const CaseView &c) const
    {
        auto found = m_cases->find(c.number);
        if (!found || !found.value().facts.assigneeId)
            qFatal("case %s is not assigned", qPrintable(c.number));
        return *AccountRepository(**m_db).findById(found.value().facts.assigneeId).value();
    }

    ReportRequest request(const QString &group, const QString &hall, const QDate &from = QDate(2026, 11, 2),
                          const QDate &to = QDate(2026, 11, 2)) const
    {
        ReportRequest r;
        r.from = from;
        r.to = to;
        r.hallCode = hall;
        r.group = *reportGroupFromString(group);
        return r;
    }

    QueueReport report(const QString &group, const QString &hall = kCity)
    {
        return ok(m_reports->queueReport(request(group, hall), supervisor()), "queue report");
    }

    CaseReport caseReport(const QString &group, const QDate &from, const QDate &to)
    {
        ReportRequest r = request(group, kCity, from, to);
        r.kind = ReportKind::Cases;
        return ok(m_reports->caseReport(r, supervisor()), "case report");
    }

    template<typename Report>
    static QStringList keys(const Report &r)
    {
        QStringList out;
        for (const auto &row : r.rows)
            out << row.key;
        return out;
    }

    Ticket issue(const QString &hall, const QStringList &services)
    {
        IssueRequest r;
        r.hallCode = hall;
        r.services = services;
        return ok(m_queue->issue(r, 0), "issue");
    }

    void at(int h, int m, int s = 0) { m_clock->set(nov2(h, m, s)); }

    QList<MatterResult> done(const Ticket &t) const
    {
        QList<MatterResult> out;
        for (const TicketMatter &m : t.matters)
            out.append({m.serviceCode, MatterOutcome::Done, {}});
        return out;
    }

    Ticket called(int window, qint64 teller, qint64 expected)
    {
        auto c = ok(m_queue->callNext(kCity, window, teller), "call next");
        if (!c || c->id != expected)
            qFatal("window %d called %lld, not %lld", window, c ? c->id : 0LL, static_cast<long long>(expected));
        return *c;
    }

    // The day at the top of this file.
    void driveTheDay(bool withTownship = false)
    {
        const qint64 teller1 = account(QStringLiteral("teller1")).id;
        const qint64 teller2 = account(QStringLiteral("teller2")).id;
        at(9, 0);
        const Ticket t1 = issue(kCity, {QStringLiteral("CD-003")});
        if (withTownship)
            issue(QStringLiteral("MY-FC-CJ"), {QStringLiteral("CD-003")});
        at(9, 0, 30);
        const Ticket t2 = issue(kCity, {QStringLiteral("CD-003")});
        at(9, 1);
        const Ticket t3 = issue(kCity, {QStringLiteral("PE-005")});
        at(9, 1, 30);
        const Ticket t4 = issue(kCity, {QStringLiteral("CD-003"), QStringLiteral("PE-005")});
        at(9, 5);
        QVERIFY(m_queue->openWindow(kCity, 1, teller1).ok());
        QVERIFY(m_queue->openWindow(kCity, 2, teller2).ok());
        called(1, teller1, t1.id);
        at(9, 6);
        QVERIFY(m_queue->startServing(t1.id, 1, teller1).ok());
        at(9, 10);
        called(2, teller2, t2.id);
        at(9, 11);
        QVERIFY(m_queue->markNoShow(t2.id, 2, teller2).ok());
        at(9, 12);
        called(2, teller2, t3.id);
        at(9, 13);
        QVERIFY(m_queue->startServing(t3.id, 2, teller2).ok());
        at(9, 16);
        QVERIFY(m_queue->finish(t1.id, 1, done(t1), teller1).ok());
        QVERIFY(m_rating->rate(t1.id, QStringLiteral("CD-003"), RatingLevel::VerySatisfied, 0).ok());
        at(9, 17);
        called(1, teller1, t4.id);
        at(9, 18);
        QVERIFY(m_queue->startServing(t4.id, 1, teller1).ok());
        at(9, 20);
        TransferRequest toWindow1;
        toWindow1.toWindow = 1;
        QVERIFY(m_queue->transfer(t3.id, 2, toWindow1, teller2).ok());
        at(9, 25);
        QVERIFY(m_queue->finish(t4.id, 1, done(t4), teller1).ok());
        QVERIFY(m_rating->rate(t4.id, QStringLiteral("CD-003"), RatingLevel::Satisfied, 0).ok());
        QVERIFY(m_rating->rate(t4.id, QStringLiteral("PE-005"), RatingLevel::Dissatisfied, 0).ok());
        at(9, 26);
        called(1, teller1, t3.id);
        at(9, 27);
        QVERIFY(m_queue->startServing(t3.id, 1, teller1).ok());
        at(9, 30);
        QVERIFY(m_queue->finish(t3.id, 1, done(t3), teller1).ok());
        QVERIFY(m_rating->rate(t3.id, QStringLiteral("PE-005"), RatingLevel::VeryDissatisfied, 0).ok());
        at(10, 0);
        issue(kCity, {QStringLiteral("CD-003")});
    }

    // A ticket issued, called, served and finished at window 1 of `hall` now.
    Ticket served(const QString &hall, const QString &service)
    {
        const qint64 teller = account(QStringLiteral("teller1")).id;
        const Ticket t = issue(hall, {service});
        if (!m_queue->openWindow(hall, 1, teller) || !m_queue->callNext(hall, 1, teller) || !m_queue->startServing(t.id, 1, teller))
            qFatal("cannot serve");
        return ok(m_queue->finish(t.id, 1, done(t), teller), "finish");
    }

    CaseView intake(const QString &service, CaseAction decision, const Account &teller)
    {
        IntakeRequest r = ok(IntakeRequest::fromJson(test::completeIntake(service, kApplicant, QStringLiteral("张三"))), "intake body");
        r.hallCode = kCity;
        r.window = 1;
        r.decision = decision;
        if (decision == CaseAction::Refuse)
            r.reason = QStringLiteral("不属于本事项受理范围");
        return ok(m_cases->intake(r, teller), "intake");
    }

    test::ServerDb m_seeded;
    std::unique_ptr<test::ServerDb> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<QueueService> m_queue;
    std::unique_ptr<CalendarService> m_calendar;
    std::unique_ptr<RatingService> m_rating;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<ReportService> m_reports;
};

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_report_service.moc"
