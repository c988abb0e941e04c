// The monthly assessment report's gathering and ranking (core/domain/reports/AssessmentReport),
// on hand-made report answers: windows and tellers ranked by tickets served (ties share a place,
// listed by satisfaction; rows without a ticket last), only the hall's own rows, the month's bad
// reviews matched to their rectifications (oldest first, nothing of another month), a teller's
// place among the hall's tellers and the hall's averages beside their figures.
#include "core/domain/reports/AssessmentReport.h"

#include <QTest>
#include <QTimeZone>

using namespace ow;

namespace {

const QString kHall = QStringLiteral("MY-CITY");

QueueFigures served(int issued, int served, std::optional<double> satisfaction = std::nullopt, int ratings = 0, int bad = 0)
{
    QueueFigures f;
    f.issued = issued;
    f.served = served;
    f.satisfaction = satisfaction;
    f.ratings = ratings;
    f.badReviews = bad;
    return f;
}

QueueReportRow row(const QString &key, const QString &hall, const QString &name, const QueueFigures &f)
{
    return QueueReportRow{key, hall, LocalizedName{name, {}}, f};
}

RectificationDetail rectification(qint64 id, qint64 ticket, int day)
{
    RectificationDetail d;
    d.rectification.id = id;
    d.rectification.ticketId = ticket;
    d.rectification.hall = kHall;
    d.rectification.openedAt = QDateTime(QDate(2026, 11, day), QTime(2, 0), QTimeZone::utc());
    return d;
}

ReportTicket ticket(qint64 id, const QString &teller)
{
    ReportTicket t;
    t.id = id;
    t.teller = teller;
    return t;
}

QStringList keys(const QList<AssessmentRow> &rows)
{
    QStringList out;
    for (const AssessmentRow &r : rows)
        out << r.key;
    return out;
}

QList<int> ranks(const QList<AssessmentRow> &rows)
{
    QList<int> out;
    for (const AssessmentRow &r : rows)
        out << r.rank;
    return out;
}

// November 2026 at the city hall: four tellers, three windows, two bad reviews of the month.
AssessmentMonth november()
{
    AssessmentMonth m;
    m.hall = kHall;
    m.hallName = {QStringLiteral("市民中心"), QStringLiteral("Citizen Centre")};
    m.month = QDate(2026, 11, 1);
    QueueFigures hall = served(14, 12, 0.75, 8, 2);
    hall.waitMean = 300;
    m.byHall.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(1, 0), QTimeZone::utc());
    m.byHall.rows = {row(kHall, {}, QStringLiteral("市民中心"), hall), row(QStringLiteral("MY-FC"), {}, QStringLiteral("县大厅"), served(40, 40))};
    m.byWindow.rows = {row(QStringLiteral("10"), kHall, {}, served(2, 2)),
                       row(QStringLiteral("1"), kHall, {}, served(6, 5, 1.0)),
                       row(QStringLiteral("2"), kHall, {}, served(6, 5, 0.5)),
                       row(QStringLiteral(""), kHall, {}, served(1, 0)),           // never at a window
                       row(QStringLiteral("1"), QStringLiteral("MY-FC"), {}, served(40, 40))}; // the county's window 1
    // teller3 and teller1 tie on 5 served; teller3's satisfaction is higher. teller4 only
    // handed tickets on (no ticket ended with them).
    m.byTeller.rows = {row(QStringLiteral("teller1"), kHall, QStringLiteral("王丽"), served(6, 5, 0.5, 4, 2)),
                       row(QStringLiteral("teller2"), kHall, QStringLiteral("李明"), served(2, 2, std::nullopt, 0, 0)),
                       row(QStringLiteral("teller3"), kHall, QStringLiteral("张华"), served(6, 5, 1.0, 4, 0)),
                       row(QStringLiteral("teller4"), kHall, QStringLiteral("赵强"), served(0, 0)),
                       row(QStringLiteral(""), kHall, {}, served(1, 0)),
                       row(QStringLiteral("fc_teller1"), QStringLiteral("MY-FC"), QStringLiteral("县柜员"), served(40, 40))};
    CaseFigures cases;
    cases.accepted = 3;
    cases.approved = 2;
    cases.refused = 1;
    cases.overdue = 1;
    m.casesByHall.rows = {CaseReportRow{kHall, kHall, {}, cases}, CaseReportRow{QStringLiteral("MY-FC"), QStringLiteral("MY-FC"), {}, {}}};
    m.casesByReviewer.rows = {CaseReportRow{QStringLiteral("reviewer1"), kHall, {}, cases},
                              CaseReportRow{QStringLiteral("fc_reviewer1"), QStringLiteral("MY-FC"), {}, {}}};
    m.badTickets.count = 2;
    m.badTickets.tickets = {ticket(11, QStringLiteral("teller1")), ticket(12, QStringLiteral("teller1"))};
    // Ticket 12's was opened first; 103 is an October ticket's, still open.
    m.rectifications = {rectification(101, 11, 5), rectification(102, 12, 3), rectification(103, 99, 1)};
    return m;
}

} // namespace

class TestAssessmentReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theMonthsDays()
    {
        AssessmentMonth m;
        m.month = QDate(2026, 2, 1);
        QCOMPARE(m.from(), QDate(2026, 2, 1));
        QCOMPARE(m.to(), QDate(2026, 2, 28));
    }

    void rankedByServedTiesBySatisfaction()
    {
        const QList<QueueReportRow> rows{row(QStringLiteral("a"), kHall, QStringLiteral("甲"), served(4, 3, 0.5)),
                                         row(QStringLiteral("b"), kHall, QStringLiteral("乙"), served(6, 5)),
                                         row(QStringLiteral("c"), kHall, QStringLiteral("丙"), served(3, 3, 1.0)),
                                         row(QStringLiteral("d"), kHall, QStringLiteral("丁"), served(0, 0)),
                                         row(QStringLiteral("e"), kHall, QStringLiteral("戊"), served(2, 1))};
        const QList<AssessmentRow> ranked = AssessmentReport::ranked(rows);
        QCOMPARE(keys(ranked), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("d")}));
        QCOMPARE(ranks(ranked), (QList<int>{1, 2, 2, 4, 0}));
        QCOMPARE(ranked.first().name.zh, QStringLiteral("乙"));
        QCOMPARE(ranked.first().figures.served, 5);
    }

    void theHallsReport()
    {
        const AssessmentReport r = AssessmentReport::ofHall(november());
        QCOMPARE(r.from, QDate(2026, 11, 1));
        QCOMPARE(r.to, QDate(2026, 11, 30));
        QCOMPARE(r.hallName.zh, QStringLiteral("市民中心"));
        QCOMPARE(r.generatedAt, QDateTime(QDate(2026, 12, 1), QTime(1, 0), QTimeZone::utc()));
        // The hall's own row, not the county's below it.
        QCOMPARE(r.queue.issued, 14);
        QCOMPARE(r.queue.served, 12);
        QCOMPARE(r.queue.waitMean, std::optional<double>(300));
        // Windows: the hall's own, by served, the tie by satisfaction; none for "never at one".
        QCOMPARE(keys(r.windows), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10")}));
        QCOMPARE(ranks(r.windows), (QList<int>{1, 1, 3}));
        QCOMPARE(keys(r.tellers), (QStringList{QStringLiteral("teller3"), QStringLiteral("teller1"), QStringLiteral("teller2"), QStringLiteral("teller4")}));
        QCOMPARE(ranks(r.tellers), (QList<int>{1, 1, 3, 0}));
        QCOMPARE(r.cases.accepted, 3);
        QCOMPARE(r.cases.refused, 1);
        QCOMPARE(r.reviewers.size(), 1);
        QCOMPARE(r.reviewers.first().key, QStringLiteral("reviewer1"));
        // The month's two bad reviews, oldest first; October's is not in it.
        QCOMPARE(r.badReviews.size(), 2);
        QCOMPARE(r.badReviews.at(0).rectification.id, 102);
        QCOMPARE(r.badReviews.at(1).rectification.id, 101);
        QVERIFY(r.badReviewsComplete);
        QVERIFY(!r.teller);
    }

    void aListCutShortIsSaid()
    {
        AssessmentMonth m = november();
        m.badTickets.count = 1500; // the server lists at most 1000
        QVERIFY(!AssessmentReport::ofHall(m).badReviewsComplete);
    }

    void aTellersReport()
    {
        const auto mine = AssessmentReport::ofTeller(november(), QStringLiteral("teller1"));
        QVERIFY(mine);
        const AssessmentReport &r = mine.value();
        QVERIFY(r.teller);
        const AssessmentTellerPart &t = *r.teller;
        QCOMPARE(t.row.key, QStringLiteral("teller1"));
        QCOMPARE(t.row.name.zh, QStringLiteral("王丽"));
        QCOMPARE(t.row.rank, 1); // shares the first place with teller3
        QCOMPARE(t.rankedTellers, 3);
        // (5 + 2 + 5 + 0) served by 4 tellers; (4 + 0 + 4 + 0) ratings; 2 bad reviews.
        QCOMPARE(t.servedPerTeller, 3.0);
        QCOMPARE(t.ratingsPerTeller, 2.0);
        QCOMPARE(t.badReviewsPerTeller, 0.5);
        QCOMPARE(t.hall.satisfaction, std::optional<double>(0.75));
        QCOMPARE(r.badReviews.size(), 2);

        const auto other = AssessmentReport::ofTeller(november(), QStringLiteral("teller3"));
        QVERIFY(other);
        QVERIFY(other.value().badReviews.isEmpty()); // the bad reviews were teller1's
        QCOMPARE(other.value().teller->row.rank, 1);
        QCOMPARE(AssessmentReport::ofTeller(november(), QStringLiteral("teller4")).value().teller->row.rank, 0);
    }

    void aTellerWithoutFiguresIsNotFound()
    {
        for (const QString &who : {QStringLiteral("fc_teller1"), QStringLiteral("nobody"), QString()}) {
            const auto r = AssessmentReport::ofTeller(november(), who);
            QVERIFY2(!r, qPrintable(who));
            QCOMPARE(toString(r.error().code), toString(ErrorCode::NotFound));
        }
    }

    void whichRectificationsToRead()
    {
        const AssessmentMonth m = november();
        QList<RectificationItem> items;
        for (const auto &[id, ticket] : QList<QPair<qint64, qint64>>{{201, 12}, {202, 50}, {203, 11}, {201, 12}}) {
            RectificationItem item;
            item.id = id;
            item.ticketId = ticket;
            items << item;
        }
        QCOMPARE(m.rectificationsOfMonth(items), (QList<qint64>{201, 203}));
        QCOMPARE(m.tellers(), (QStringList{QStringLiteral("teller3"), QStringLiteral("teller1"), QStringLiteral("teller2"), QStringLiteral("teller4")}));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentReport)
#include "tst_assessment_report.moc"
