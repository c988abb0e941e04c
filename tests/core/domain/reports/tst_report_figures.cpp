// The reports' pure figures (core/domain/reports), on hand-computed values: nearest-rank
// percentiles, shares, a ticket's record folded from its events (waits, handling over serving
// stretches, transfers and parkings and who did them), a group's tally, a case's due day and
// overdue state on the working-day calendar across National Day 2026, a case's tally.
#include "core/domain/reports/CaseRecord.h"
#include "core/domain/reports/CaseTally.h"
#include "core/domain/reports/Durations.h"
#include "core/domain/reports/QueueTally.h"
#include "core/domain/reports/Share.h"
#include "core/domain/reports/TicketRecord.h"

#include <QTest>

using namespace ow;

namespace {
using K = TicketEventKind;
const QDateTime kNine(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC); // Mon 09:00 in Beijing

TicketEventRow ev(qint64 id, K kind, int second, int window = 0, qint64 actor = 0, int fromWindow = 0)
{
    return {id, kind, kNine.addSecs(second), actor, window, fromWindow};
}

TicketRecord fold(const QList<TicketEventRow> &events)
{
    return TicketRecord::fold(1, 1, QDate(2026, 11, 2), events);
}

// The six tickets the tally test counts (each described where it is made).
const QList<QList<TicketEventRow>> kTickets{
    // served once: wait 300, handling 600
    {ev(1, K::Issued, 0), ev(2, K::Called, 300, 1, 7), ev(3, K::Serving, 360, 1, 7), ev(4, K::Finished, 960, 1, 7)},
    // recalled: the wait runs to the first call (120), handling 300
    {ev(1, K::Issued, 0), ev(2, K::Called, 120, 1, 7), ev(3, K::Recalled, 180, 1, 7), ev(4, K::Serving, 240, 1, 7),
     ev(5, K::Finished, 540, 1, 7)},
    // no-show at window 2: wait 600
    {ev(1, K::Issued, 0), ev(2, K::Called, 600, 2, 8), ev(3, K::NoShow, 900, 2, 8)},
    // transferred from window 1 to window 2: wait 60, handling 180 + 300
    {ev(1, K::Issued, 0), ev(2, K::Called, 60, 1, 7), ev(3, K::Serving, 120, 1, 7), ev(4, K::Transferred, 300, 0, 7, 1),
     ev(5, K::Called, 400, 2, 8), ev(6, K::Serving, 420, 2, 8), ev(7, K::Finished, 720, 2, 8)},
    // parked and back: wait 100, handling 90 + 300
    {ev(1, K::Issued, 0), ev(2, K::Called, 100, 1, 7), ev(3, K::Serving, 110, 1, 7), ev(4, K::Parked, 200, 1, 7),
     ev(5, K::Returned, 500), ev(6, K::Called, 520, 1, 7), ev(7, K::Serving, 530, 1, 7), ev(8, K::Finished, 830, 1, 7)},
    // never called
    {ev(1, K::Issued, 0)},
};

Hall hall(const QString &code)
{
    Hall h;
    h.code = code;
    return h;
}

WorkCalendar calendar()
{
    return WorkCalendar::fromJson(WorkCalendar::bundledJson()).value();
}

CaseEventRow step(qint64 id, CaseAction action, CaseState state, const QDate &day, qint64 actor = 0, qint64 assignee = 0)
{
    // 10:00 in Beijing on `day`.
    return {id, action, state, QDateTime(day, QTime(2, 0), Qt::UTC), actor, assignee};
}
} // namespace

class TestReportFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentiles_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<int>("p");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("empty") << QList<qint64>{} << 50 << qint64(-1);
        QTest::newRow("one value p50") << QList<qint64>{60} << 50 << qint64(60);
        QTest::newRow("one value p90") << QList<qint64>{60} << 90 << qint64(60);
        QTest::newRow("four p50: rank 2") << QList<qint64>{60, 120, 180, 240} << 50 << qint64(120);
        QTest::newRow("four p90: rank 4") << QList<qint64>{60, 120, 180, 240} << 90 << qint64(240);
        QTest::newRow("ten p90: rank 9") << QList<qint64>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100} << 90 << qint64(90);
        QTest::newRow("ten p50: rank 5") << QList<qint64>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100} << 50 << qint64(50);
        QTest::newRow("ten p1: rank 1") << QList<qint64>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100} << 1 << qint64(10);
        QTest::newRow("ten p100: the max") << QList<qint64>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100} << 100 << qint64(100);
        QTest::newRow("unsorted p50: rank 2") << QList<qint64>{300, 60, 180} << 50 << qint64(180);
        QTest::newRow("out of range") << QList<qint64>{60} << 0 << qint64(-1);
    }

    void percentiles()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(int, p);
        QFETCH(qint64, expected);
        Durations d;
        for (qint64 v : values)
            d.add(v);
        const auto got = d.percentile(p);
        QCOMPARE(got.has_value(), expected >= 0);
        if (got)
            QCOMPARE(*got, double(expected));
    }

    void meanAndMax()
    {
        Durations d;
        QVERIFY(!d.mean() && !d.max());
        d.add(60);
        d.add(120);
        d.add(100);
        QCOMPARE(d.count(), 3);
        QCOMPARE(*d.mean(), 93.3); // 280 / 3, to a tenth
        QCOMPARE(*d.max(), 120.0);
    }

    void shares_data()
    {
        QTest::addColumn<int>("part");
        QTest::addColumn<int>("whole");
        QTest::addColumn<double>("expected"); // -1: none
        QTest::newRow("two of three") << 2 << 3 << 0.6667;
        QTest::newRow("one of eight") << 1 << 8 << 0.125;
        QTest::newRow("all") << 5 << 5 << 1.0;
        QTest::newRow("none of four") << 0 << 4 << 0.0;
        QTest::newRow("of nothing") << 0 << 0 << -1.0;
    }

    void shares()
    {
        QFETCH(int, part);
        QFETCH(int, whole);
        QFETCH(double, expected);
        const auto s = Share::of(part, whole);
        QCOMPARE(s.has_value(), expected >= 0);
        if (s)
            QCOMPARE(*s, expected);
    }

    void ticketRecords_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<qint64>("wait");     // -1: never called
        QTest::addColumn<qint64>("handling"); // -1: not served
        QTest::addColumn<bool>("noShow");
        QTest::addColumn<int>("lastWindow");
        QTest::addColumn<qint64>("lastTeller");
        QTest::addColumn<int>("transfers");
        QTest::addColumn<int>("parks");
        QTest::newRow("served once") << 0 << qint64(300) << qint64(600) << false << 1 << qint64(7) << 0 << 0;
        QTest::newRow("recalled") << 1 << qint64(120) << qint64(300) << false << 1 << qint64(7) << 0 << 0;
        QTest::newRow("no-show") << 2 << qint64(600) << qint64(-1) << true << 2 << qint64(8) << 0 << 0;
        QTest::newRow("transferred") << 3 << qint64(60) << qint64(480) << false << 2 << qint64(8) << 1 << 0;
        QTest::newRow("parked") << 4 << qint64(100) << qint64(390) << false << 1 << qint64(7) << 0 << 1;
        QTest::newRow("never called") << 5 << qint64(-1) << qint64(-1) << false << 0 << qint64(0) << 0 << 0;
    }

    void ticketRecords()
    {
        QFETCH(int, index);
        QFETCH(qint64, wait);
        QFETCH(qint64, handling);
        QFETCH(bool, noShow);
        QFETCH(int, lastWindow);
        QFETCH(qint64, lastTeller);
        QFETCH(int, transfers);
        QFETCH(int, parks);
        QList<TicketEventRow> events = kTickets.at(index);
        std::reverse(events.begin(), events.end()); // the order read does not matter: ids do
        const TicketRecord r = fold(events);
        QCOMPARE(r.waitSeconds().value_or(-1), wait);
        QCOMPARE(r.handlingSeconds.value_or(-1), handling);
        QCOMPARE(r.served, handling >= 0);
        QCOMPARE(r.noShow, noShow);
        QCOMPARE(r.last.window, lastWindow);
        QCOMPARE(r.last.tellerId, lastTeller);
        QCOMPARE(r.transfers.size(), transfers);
        QCOMPARE(r.parks.size(), parks);
        QCOMPARE(r.issuedAt, kNine);
    }

    void whoTransferredAndParked()
    {
        QCOMPARE(fold(kTickets.at(3)).transfers, (QList<WindowAct>{{1, 7}}));
        QCOMPARE(fold(kTickets.at(4)).parks, (QList<WindowAct>{{1, 7}}));
    }

    void queueTally_data()
    {
        QTest::addColumn<qint64>("promise");
        QTest::addColumn<int>("within");
        QTest::addColumn<double>("share");
        QTest::newRow("15 minutes: every call within") << qint64(900) << 5 << 1.0;
        QTest::newRow("200 s: 60, 100 and 120 within") << qint64(200) << 3 << 0.6;
        QTest::newRow("exactly the wait counts within") << qint64(100) << 2 << 0.4;
    }

    void queueTally()
    {
        QFETCH(qint64, promise);
        QFETCH(int, within);
        QFETCH(double, share);
        QueueTally tally;
        for (const auto &events : kTickets) {
            const TicketRecord r = fold(events);
            tally.countTicket(r, promise);
            if (r.handlingSeconds)
                tally.countHandling(*r.handlingSeconds, 480);
            if (!r.transfers.isEmpty())
                tally.countTransfer();
            if (!r.parks.isEmpty())
                tally.countPark();
        }
        using L = RatingLevel;
        for (L level : {L::VerySatisfied, L::VerySatisfied, L::Satisfied, L::BasicallySatisfied, L::Dissatisfied, L::VeryDissatisfied})
            tally.countRating(level);
        tally.countRectification(true, false);
        tally.countRectification(false, true);
        tally.countRectification(false, false);

        const QueueFigures f = tally.figures();
        QCOMPARE(f.issued, 6);
        QCOMPARE(f.called, 5);
        QCOMPARE(f.served, 4);
        QCOMPARE(f.noShow, 1);
        QCOMPARE(f.transferred, 1);
        QCOMPARE(f.parked, 1);
        // Waits 60, 100, 120, 300, 600: mean 1180 / 5; p50 rank 3; p90 rank 5.
        QCOMPARE(*f.waitMean, 236.0);
        QCOMPARE(*f.waitP50, 120.0);
        QCOMPARE(*f.waitP90, 600.0);
        QCOMPARE(*f.waitMax, 600.0);
        QCOMPARE(f.withinPromise, within);
        QCOMPARE(*f.withinPromiseShare, share);
        // Handling 600, 300, 480, 390 against 480 each: mean 1770 / 4; p90 rank 4; 3 within.
        QCOMPARE(f.handled, 4);
        QCOMPARE(*f.handlingMean, 442.5);
        QCOMPARE(*f.handlingP90, 600.0);
        QCOMPARE(*f.standardMean, 480.0);
        QCOMPARE(f.withinStandard, 3);
        QCOMPARE(*f.withinStandardShare, 0.75);
        QCOMPARE(f.ratings, 6);
        QCOMPARE(f.verySatisfied, 2);
        QCOMPARE(f.satisfied, 1);
        QCOMPARE(f.basicallySatisfied, 1);
        QCOMPARE(f.dissatisfied, 1);
        QCOMPARE(f.veryDissatisfied, 1);
        QCOMPARE(*f.satisfaction, 0.5);
        QCOMPARE(f.badReviews, 2);
        QCOMPARE(f.rectificationsOpen, 2);
        QCOMPARE(f.rectificationsOverdue, 1);
        QCOMPARE(f.rectificationsClosed, 1);
    }

    void anEmptyGroupHasNoMeasures()
    {
        const QueueFigures f = QueueTally().figures();
        QVERIFY(!f.waitMean && !f.waitP50 && !f.waitP90 && !f.waitMax && !f.withinPromiseShare);
        QVERIFY(!f.handlingMean && !f.handlingP90 && !f.standardMean && !f.withinStandardShare && !f.satisfaction);
        QCOMPARE(f.issued, 0);
    }

    void caseRecords_data()
    {
        using A = CaseAction;
        using S = CaseState;
        QTest::addColumn<QList<CaseEventRow>>("events");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<bool>("inTime");
        const QDate sep21(2026, 9, 21), sep30(2026, 9, 30), nov2(2026, 11, 2);
        // Mon 21 Sep + 5 working days: 22, 23, 24, (25 Mid-Autumn, 26–27 weekend) 28, 29.
        QTest::newRow("approved on its due day, across Mid-Autumn")
            << QList<CaseEventRow>{step(1, A::Accept, S::Accepted, sep21, 5), step(2, A::Assign, S::InReview, sep21, 0, 9),
                                   step(3, A::Approve, S::Approved, QDate(2026, 9, 29), 9)}
            << 5 << QDate(2026, 10, 20) << QDate(2026, 9, 29) << false << true;
        // Wed 30 Sep + 5: National Day 1–7 Oct does not count, the working Saturday 10 Oct does:
        // 8, 9, 10, 12, 13 (Monday to Friday alone would say 7 Oct).
        QTest::newRow("undecided across National Day, on its due day")
            << QList<CaseEventRow>{step(1, A::Accept, S::Accepted, sep30, 5), step(2, A::Assign, S::InReview, sep30, 0, 9)}
            << 5 << QDate(2026, 10, 13) << QDate(2026, 10, 13) << false << false;
        QTest::newRow("undecided across National Day, a day late")
            << QList<CaseEventRow>{step(1, A::Accept, S::Accepted, sep30, 5), step(2, A::Assign, S::InReview, sep30, 0, 9)}
            << 5 << QDate(2026, 10, 14) << QDate(2026, 10, 13) << true << false;
        QTest::newRow("undecided across National Day, 8 Oct is not late")
            << QList<CaseEventRow>{step(1, A::Accept, S::Accepted, sep30, 5)} << 5 << QDate(2026, 10, 8) << QDate(2026, 10, 13)
            << false << false;
        QTest::newRow("rejected a day late")
            << QList<CaseEventRow>{step(1, A::Accept, S::Accepted, sep30, 5), step(2, A::Reject, S::Rejected, QDate(2026, 10, 14), 9)}
            << 5 << QDate(2026, 10, 20) << QDate(2026, 10, 13) << true << false;
        // Mon 2 Nov, 3 days; back with the citizen Tue 3 (counts) to Thu 5 (does not): Wed and
        // Thu stand still, so 3, 6, 9.
        QTest::newRow("a supplement moves the due day")
            << QList<CaseEventRow>{step(1, A::Accept, S::Accepted, nov2, 5), step(2, A::ReturnForSupplement, S::Supplement, nov2.addDays(1), 9),
                                   step(3, A::ReceiveSupplement, S::InReview, nov2.addDays(3), 5),
                                   step(4, A::Approve, S::Approved, QDate(2026, 11, 9), 9)}
            << 3 << QDate(2026, 11, 20) << QDate(2026, 11, 9) << false << true;
        // Still with the citizen on Fri 20 Nov: the clock stands until today — 3, 23, 24.
        QTest::newRow("an open supplement stands until today")
            << QList<CaseEventRow>{step(1, A::Accept, S::Accepted, nov2, 5), step(2, A::ReturnForSupplement, S::Supplement, nov2.addDays(1), 9)}
            << 3 << QDate(2026, 11, 20) << QDate(2026, 11, 24) << false << false;
        QTest::newRow("refused at the window: no time limit")
            << QList<CaseEventRow>{step(1, A::Refuse, S::Refused, nov2, 5)} << 3 << QDate(2026, 12, 31) << QDate() << false << false;
        QTest::newRow("on the spot: no time limit")
            << QList<CaseEventRow>{step(1, A::CompleteOnSpot, S::CompletedOnSpot, nov2, 5)} << 3 << QDate(2026, 12, 31) << QDate()
            << false << false;
    }

    void caseRecords()
    {
        QFETCH(QList<CaseEventRow>, events);
        QFETCH(int, limit);
        QFETCH(QDate, today);
        QFETCH(QDate, due);
        QFETCH(bool, overdue);
        QFETCH(bool, inTime);
        const CaseRecord r = CaseRecord::fold(1, events, hall(QStringLiteral("H")), hall(QStringLiteral("O")), limit, calendar(), today);
        QCOMPARE(r.intakeDay, events.first().at.date());
        QCOMPARE(r.dueDay, due);
        QCOMPARE(r.overdue, overdue);
        QCOMPARE(r.decidedInTime, inTime);
    }

    void caseReviewerAndTally()
    {
        using A = CaseAction;
        using S = CaseState;
        const WorkCalendar days = calendar();
        const QDate sep30(2026, 9, 30), today(2026, 10, 14);
        const auto record = [&](const QList<CaseEventRow> &events) {
            return CaseRecord::fold(1, events, hall(QStringLiteral("H")), hall(QStringLiteral("O")), 5, days, today);
        };
        const CaseRecord approved = record({step(1, A::Accept, S::Accepted, sep30, 5), step(2, A::Assign, S::InReview, sep30, 0, 9),
                                            step(3, A::Approve, S::Approved, QDate(2026, 10, 12), 11),
                                            step(4, A::HandOut, S::HandedOut, QDate(2026, 10, 13), 5)});
        QCOMPARE(approved.reviewer(), qint64(11)); // who decided, not who held it
        QCOMPARE(toString(approved.state), toString(S::HandedOut));
        const CaseRecord held = record({step(1, A::Verify, S::Accepted, sep30, 5), step(2, A::Assign, S::InReview, sep30, 0, 9)});
        QCOMPARE(held.reviewer(), qint64(9));
        const CaseRecord supplement = record({step(1, A::Accept, S::Accepted, sep30, 5),
                                              step(2, A::ReturnForSupplement, S::Supplement, QDate(2026, 10, 9), 9)});
        const CaseRecord late = record({step(1, A::Accept, S::Accepted, sep30, 5), step(2, A::Reject, S::Rejected, today, 9)});
        const CaseRecord refused = record({step(1, A::Refuse, S::Refused, sep30, 5)});
        const CaseRecord spot = record({step(1, A::CompleteOnSpot, S::CompletedOnSpot, sep30, 5)});

        CaseTally tally;
        for (const CaseRecord &c : {approved, held, supplement, late, refused, spot})
            tally.count(c);
        const CaseFigures f = tally.figures();
        QCOMPARE(f.accepted, 5);
        QCOMPARE(f.onTheSpot, 1);
        QCOMPARE(f.refused, 1);
        QCOMPARE(f.approved, 1);
        QCOMPARE(f.rejected, 1);
        QCOMPARE(f.decided, 2);
        QCOMPARE(f.inSupplement, 1);
        QCOMPARE(f.pending, 2);  // held, supplement
        QCOMPARE(f.overdue, 2);  // held (due 13 Oct, today 14), late; the supplement's clock stands
        QCOMPARE(f.decidedInTime, 1);
        QCOMPARE(*f.inTimeShare, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestReportFigures)
#include "tst_report_figures.moc"
