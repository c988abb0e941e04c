// RatingService over the real queue on a real SQLite file (demo city, bundled catalogue, fake
// clock): a served matter is rated once; 不满意 and 非常不满意 open a rectification due in N
// working days from the hall's service day; refusals for unfinished tickets, unknown tickets and
// matters the ticket did not have. The deadline counts on the working-day calendar: a public
// holiday is skipped, and a year imported later counts at once.
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/CalendarService.h"
#include "core/service/org/DemoCity.h"
#include "core/service/queue/QueueService.h"
#include "core/service/queue/Rating.h"
#include "core/service/store/AccountRepository.h"
#include "tests/core/service/ServerDb.h"

#include <QTest>

#include <functional>

using namespace ow;

Q_DECLARE_METATYPE(ow::RatingLevel)

namespace {
const QString kHall = QStringLiteral("MY-CITY");
const QDateTime kMondayNine(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC); // Mon 09:00 Beijing time
} // namespace

class TestRating : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const FakeClock clock;
        CatalogueService catalogue(*m_seeded, clock);
        QVERIFY(catalogue.import(Catalogue::bundledJson()).ok());
        const auto seeded = DemoCity::seed(*m_seeded, DemoCity::bundledJson(), PasswordHasher());
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().detail));
        m_teller = AccountRepository(*m_seeded).findByUsername(QStringLiteral("teller1")).value()->id;
        m_seeded.checkpoint();
    }

    void init() { open(); }

    void cleanup()
    {
        m_rating.reset();
        m_calendar.reset();
        m_queue.reset();
        m_catalogue.reset();
        m_clock.reset();
        m_db.reset();
        m_events.clear();
    }

    void levels_data()
    {
        QTest::addColumn<RatingLevel>("level");
        QTest::addColumn<bool>("rectification");
        QTest::newRow("very satisfied") << RatingLevel::VerySatisfied << false;
        QTest::newRow("satisfied") << RatingLevel::Satisfied << false;
        QTest::newRow("basically satisfied") << RatingLevel::BasicallySatisfied << false;
        QTest::newRow("dissatisfied") << RatingLevel::Dissatisfied << true;
        QTest::newRow("very dissatisfied") << RatingLevel::VeryDissatisfied << true;
    }

    void levels()
    {
        QFETCH(RatingLevel, level);
        QFETCH(bool, rectification);
        const Ticket t = served({QStringLiteral("CD-003")});
        const auto rated = m_rating->rate(t.id, QStringLiteral("CD-003"), level, 42);
        QVERIFY2(rated.ok(), qPrintable(rated.ok() ? QString() : rated.error().detail));

        // The rating is stored with who served, where and when.
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE ticket_id = ? AND service_code = 'CD-003' "
                                            "AND level = ? AND teller_id = ? AND window_number = 1 AND submitted_by = 42 "
                                            "AND at = ? AND hall_id = (SELECT id FROM halls WHERE code = 'MY-CITY')"),
                             {t.id, toString(level), m_teller, m_clock->now().toMSecsSinceEpoch()}),
                 1);
        // Mon 2 Nov + 5 working days = Mon 9 Nov.
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectifications WHERE status = 'open' AND due_day = '2026-11-09' "
                                            "AND opened_at = ?"),
                             {m_clock->now().toMSecsSinceEpoch()}),
                 rectification ? 1 : 0);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectifications")), rectification ? 1 : 0);
        QCOMPARE(openAt(kHall), rectification ? 1 : 0);
        QCOMPARE(openAt(QStringLiteral("MY-FC")), 0);
        // …and on the ticket's timeline.
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'rectification_opened'"),
                             {t.id}),
                 rectification ? 1 : 0);

        // The hall's live screens hear of it.
        QCOMPARE(m_events.size(), 1);
        QCOMPARE(m_events.first().type, QStringLiteral("rating.submitted"));
        QCOMPARE(m_events.first().hallCode, kHall);
    }

    void oncePerTicketAndMatter()
    {
        const Ticket t = served({QStringLiteral("CD-003"), QStringLiteral("PE-005")});
        QVERIFY(m_rating->rate(t.id, QStringLiteral("CD-003"), RatingLevel::Dissatisfied, 0).ok());
        const auto again = m_rating->rate(t.id, QStringLiteral("CD-003"), RatingLevel::VerySatisfied, 0);
        QVERIFY(!again.ok());
        QVERIFY(again.error().code == ErrorCode::Conflict);
        QVERIFY(again.error().extra.contains(QLatin1String("reason")));
        // The first rating stands, with its one rectification.
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE ticket_id = ?"), {t.id}), 1);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE level = 'dissatisfied'")), 1);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectifications")), 1);
        // The ticket's other matter is rated on its own.
        QVERIFY(m_rating->rate(t.id, QStringLiteral("PE-005"), RatingLevel::VeryDissatisfied, 0).ok());
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE ticket_id = ?"), {t.id}), 2);
        QCOMPARE(openAt(kHall), 2);
    }

    void refusals()
    {
        const Ticket t = served({QStringLiteral("CD-003")});

        // Waiting, not finished.
        auto waiting = m_queue->issue(issue({QStringLiteral("CD-003")}), 0);
        QVERIFY(waiting.ok());
        m_events.clear();
        const auto early = m_rating->rate(waiting.value().id, QStringLiteral("CD-003"), RatingLevel::Satisfied, 0);
        QVERIFY(!early.ok());
        QVERIFY(early.error().code == ErrorCode::Conflict);

        const auto unknown = m_rating->rate(99999, QStringLiteral("CD-003"), RatingLevel::Satisfied, 0);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().code == ErrorCode::NotFound);

        const auto otherMatter = m_rating->rate(t.id, QStringLiteral("PE-001"), RatingLevel::Dissatisfied, 0);
        QVERIFY(!otherMatter.ok());
        QVERIFY(otherMatter.error().code == ErrorCode::ValidationFailed);
        QVERIFY(otherMatter.error().extra.value(QLatin1String("fields")).toObject().contains(QLatin1String("service")));

        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM ratings")), 0);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectifications")), 0);
        QVERIFY(m_events.isEmpty());
    }

    void theDeadlineIsInWorkingDays_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("due");
        QTest::newRow("5 from Monday") << 5 << kMondayNine << "2026-11-09";
        QTest::newRow("3 from Monday") << 3 << kMondayNine << "2026-11-05";
        QTest::newRow("1 from Friday") << 1 << kMondayNine.addDays(4) << "2026-11-09";
        QTest::newRow("5 from Saturday") << 5 << kMondayNine.addDays(5) << "2026-11-13";
        // Sunday 16:30 UTC is already Monday 00:30 in Beijing: the hall's day counts, not UTC's.
        QTest::newRow("5 from Beijing's Monday") << 5 << QDateTime(QDate(2026, 11, 8), QTime(16, 30), Qt::UTC) << "2026-11-16";
        // The holiday calendar: National Day 1–7 October 2026 does not count, the adjusted working
        // Saturday 10 October does (Monday to Friday alone would say 7 October).
        QTest::newRow("5 across National Day") << 5 << QDateTime(QDate(2026, 9, 30), QTime(1, 0), Qt::UTC) << "2026-10-13";
        // Friday 13 February 2026, before the Spring Festival: the next working day is Saturday 14.
        QTest::newRow("1 to the working Saturday") << 1 << QDateTime(QDate(2026, 2, 13), QTime(1, 0), Qt::UTC) << "2026-02-14";
    }

    void theDeadlineIsInWorkingDays()
    {
        QFETCH(int, days);
        QFETCH(QDateTime, at);
        QFETCH(QString, due);
        m_clock->set(at);
        RatingService rating(**m_db, *m_clock, *m_queue, *m_calendar, days);
        const Ticket t = served({QStringLiteral("CD-003")});
        QVERIFY(rating.rate(t.id, QStringLiteral("CD-003"), RatingLevel::Dissatisfied, 0).ok());
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectifications WHERE due_day = ?"), {due}), 1);
    }

    void aYearImportedLaterCountsAtOnce()
    {
        // The city's administrator imports 2026 again with Tuesday 3 November a holiday: the
        // service already running counts it from the next rating on.
        const Ticket t = served({QStringLiteral("CD-003"), QStringLiteral("PE-005")});
        QCOMPARE(m_rating->rate(t.id, QStringLiteral("CD-003"), RatingLevel::Dissatisfied, 0).value().rectification->dueDay,
                 QDate(2026, 11, 9));
        auto admin = AccountRepository(**m_db).findByUsername(QStringLiteral("admin"));
        QVERIFY(admin.ok() && admin.value());
        const QByteArray csv = "date,kind,name\n2026-01-01,holiday,元旦\n2026-11-03,holiday,test day\n";
        QVERIFY(m_calendar->import(csv, CalendarFileFormat::Csv, *admin.value()).ok());
        QCOMPARE(m_rating->rate(t.id, QStringLiteral("PE-005"), RatingLevel::Dissatisfied, 0).value().rectification->dueDay,
                 QDate(2026, 11, 10));
    }

    void theDeadlineCountsFromTheHallsOwnDay()
    {
        // A hall keeping another zone (its data says so): Sunday 16:30 UTC is still Sunday in
        // London, so five working days run Monday to Friday 13 November.
        cleanup();
        open([](const test::ServerDb &db) {
            QVERIFY(db.run(QStringLiteral("UPDATE halls SET timezone = 'Europe/London' WHERE code = 'MY-CITY'")).ok());
        });
        m_clock->set(QDateTime(QDate(2026, 11, 8), QTime(16, 30), Qt::UTC));
        const Ticket t = served({QStringLiteral("CD-003")});
        QCOMPARE(t.serviceDay, QStringLiteral("2026-11-08")); // the queue already counts by the hall's zone
        QVERIFY(m_rating->rate(t.id, QStringLiteral("CD-003"), RatingLevel::Dissatisfied, 0).ok());
        // The due day counts from serviceDay(hall, now): here Monday 9 → Friday 13 (counted from
        // another zone's date it would be Monday 16).
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectifications WHERE due_day = '2026-11-13'")), 1);
    }

private:
    int openAt(const QString &hall) const
    {
        return m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectifications x JOIN halls h ON h.id = x.hall_id "
                                          "WHERE h.code = ? AND x.status = 'open'"),
                           {hall});
    }

    // A fresh copy of the seeded city (adjusted by `prepare`), with the queue and ratings over it.
    void open(const std::function<void(const test::ServerDb &)> &prepare = {})
    {
        m_db = std::make_unique<test::ServerDb>(m_seeded.path());
        if (prepare)
            prepare(*m_db);
        m_clock = std::make_unique<FakeClock>(kMondayNine);
        m_catalogue = std::make_unique<CatalogueService>(**m_db, *m_clock);
        QVERIFY(m_catalogue->reload().ok());
        m_queue = std::make_unique<QueueService>(**m_db, *m_clock, *m_catalogue);
        m_calendar = std::make_unique<CalendarService>(**m_db, *m_clock, WorkCalendar::fromJson(WorkCalendar::bundledJson()).value());
        QVERIFY(m_calendar->load().ok());
        m_rating = std::make_unique<RatingService>(**m_db, *m_clock, *m_queue, *m_calendar);
    }

    IssueRequest issue(const QStringList &services) const
    {
        IssueRequest r;
        r.hallCode = kHall;
        r.services = services;
        return r;
    }

    // A ticket issued, called to window 1 by teller1, served and finished with every matter done;
    // only the rating's own events are heard afterwards.
    Ticket served(const QStringList &services)
    {
        auto issued = m_queue->issue(issue(services), 0);
        if (!issued)
            qFatal("issue: %s", qPrintable(issued.error().detail));
        if (!m_queue->openWindow(kHall, 1, m_teller))
            qFatal("cannot open window 1");
        auto called = m_queue->callNext(kHall, 1, m_teller);
        if (!called || !called.value() || called.value()->id != issued.value().id)
            qFatal("call-next did not call the new ticket");
        if (!m_queue->startServing(issued.value().id, 1, m_teller))
            qFatal("cannot start serving");
        QList<MatterResult> results;
        for (const QString &s : services)
            results.append({s, MatterOutcome::Done, {}});
        auto done = m_queue->finish(issued.value().id, 1, results, m_teller);
        if (!done)
            qFatal("finish: %s", qPrintable(done.error().detail));
        m_events.clear();
        m_queue->setListener([this](const QueueEvent &e) { m_events.append(e); });
        return done.value();
    }

    test::ServerDb m_seeded;
    qint64 m_teller = 0;
    std::unique_ptr<test::ServerDb> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<QueueService> m_queue;
    std::unique_ptr<CalendarService> m_calendar;
    std::unique_ptr<RatingService> m_rating;
    QList<QueueEvent> m_events;
};

QTEST_GUILESS_MAIN(TestRating)
#include "tst_rating.moc"
