// RectificationService over the real queue and ratings on a real SQLite file (demo city, bundled
// catalogue and holiday calendar, fake clock): a bad rating on Wednesday 30 September 2026 is due
// on Tuesday 13 October — National Day's week is skipped and the adjusted working Saturday
// 10 October counts; it is open through its due day in the hall's own time, overdue from the next
// day, and a closing after that stays marked late. Contacts and the closing are refused as the
// rules say (translated reasons per field), and every step is on the ticket's timeline. Who may:
// a supervisor for their hall and the halls below, a city administrator for all, nobody else.
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/CalendarService.h"
#include "core/service/org/DemoCity.h"
#include "core/service/queue/QueueService.h"
#include "core/service/queue/Rating.h"
#include "core/service/queue/RectificationService.h"
#include "core/service/store/AccountRepository.h"
#include "tests/core/service/ServerDb.h"

#include <QTest>

using namespace ow;

namespace {
const QString kCity = QStringLiteral("MY-CITY");
const QString kCounty = QStringLiteral("MY-FC");
// Beijing time is UTC+8: these are the hall's local times.
QDateTime beijing(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).addSecs(-8 * 3600);
}
} // namespace

class TestRectification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const FakeClock clock;
        CatalogueService catalogue(*m_seeded, clock);
        QVERIFY(catalogue.import(Catalogue::bundledJson()).ok());
        QVERIFY(DemoCity::seed(*m_seeded, DemoCity::bundledJson(), PasswordHasher()).ok());
        // A county administrator, which the demo city does not have.
        QVERIFY(m_seeded.run(QStringLiteral("INSERT INTO accounts (username, password_hash, role, hall_id, name_zh) "
                                            "SELECT 'fc_admin', 'x', 'admin', id, '县管理员' FROM halls WHERE code = 'MY-FC'"))
                    .ok());
        m_seeded.checkpoint();
    }

    void init()
    {
        m_db = std::make_unique<test::ServerDb>(m_seeded.path());
        m_clock = std::make_unique<FakeClock>(beijing(2026, 9, 30, 10));
        m_catalogue = std::make_unique<CatalogueService>(**m_db, *m_clock);
        QVERIFY(m_catalogue->reload().ok());
        m_queue = std::make_unique<QueueService>(**m_db, *m_clock, *m_catalogue);
        m_calendar = std::make_unique<CalendarService>(**m_db, *m_clock, WorkCalendar::fromJson(WorkCalendar::bundledJson()).value());
        QVERIFY(m_calendar->load().ok());
        m_rating = std::make_unique<RatingService>(**m_db, *m_clock, *m_queue, *m_calendar);
        m_service = std::make_unique<RectificationService>(**m_db, *m_clock, *m_queue, *m_catalogue);
    }

    void cleanup()
    {
        m_service.reset();
        m_rating.reset();
        m_calendar.reset();
        m_queue.reset();
        m_catalogue.reset();
        m_clock.reset();
        m_db.reset();
    }

    void dueAcrossNationalDayThenOverdueThenClosedLate()
    {
        const Account boss = account(QStringLiteral("supervisor1"));
        const Ticket t = served(kCity, QStringLiteral("teller1"), QStringLiteral("CD-003"));
        const auto rated = m_rating->rate(t.id, QStringLiteral("CD-003"), RatingLevel::VeryDissatisfied, 0);
        QVERIFY(rated.ok());
        const qint64 id = rated.value().rectification->id;
        QCOMPARE(rated.value().rectification->dueDay, QDate(2026, 10, 13));

        // Open, with the rating, the ticket, the teller, the window and the matter.
        RectificationDetail d = m_service->detail(boss, id).value();
        QCOMPARE(toString(d.rectification.state), toString(RectificationState::Open));
        QCOMPARE(d.rectification.dueDay, QDate(2026, 10, 13));
        QCOMPARE(d.rectification.ticket, t.number);
        QCOMPARE(d.rectification.ticketId, t.id);
        QCOMPARE(d.rectification.window, 1);
        QCOMPARE(d.rectification.tellerName, QStringLiteral("王丽"));
        QCOMPARE(d.rectification.tellerStaffNo, QStringLiteral("MY-C-0001"));
        QCOMPARE(toString(d.rectification.level), toString(RatingLevel::VeryDissatisfied));
        QCOMPARE(d.rectification.service, QStringLiteral("CD-003"));
        QVERIFY(!d.serviceName.zh.isEmpty());
        QCOMPARE(d.ratingId, rated.value().id);
        QCOMPARE(d.ticketServiceDay, QStringLiteral("2026-09-30"));
        QVERIFY(!d.closure);
        QVERIFY(d.followUps.isEmpty());

        // Through the holiday and up to the last minute of its due day, in Beijing: open.
        for (const QDateTime &at : {beijing(2026, 10, 5, 12), beijing(2026, 10, 12, 18), beijing(2026, 10, 13, 23, 59)}) {
            m_clock->set(at);
            QCOMPARE(toString(m_service->detail(boss, id).value().rectification.state), toString(RectificationState::Open));
            QCOMPARE(listed(boss, kCity, RectificationState::Overdue), QList<qint64>{});
            QCOMPARE(listed(boss, kCity, RectificationState::Open), QList<qint64>{id});
        }
        // 00:01 on Wednesday 14 October in Beijing (still the 13th in UTC): overdue.
        m_clock->set(beijing(2026, 10, 14, 0, 1));
        QCOMPARE(m_clock->now().toUTC().date(), QDate(2026, 10, 13));
        QCOMPARE(toString(m_service->detail(boss, id).value().rectification.state), toString(RectificationState::Overdue));
        QCOMPARE(listed(boss, kCity, RectificationState::Overdue), QList<qint64>{id});
        QCOMPARE(listed(boss, kCity, RectificationState::Open), QList<qint64>{id}); // open counts the overdue
        QCOMPARE(listed(boss, kCity, RectificationState::Closed), QList<qint64>{});

        // Nobody contacted the citizen yet: it cannot be closed.
        const CloseRectificationRequest closing{QStringLiteral("窗口人员解释政策不清"), QStringLiteral("已对该窗口人员进行政策培训并回访"), {}};
        auto early = m_service->close(boss, id, closing);
        QVERIFY(!early.ok());
        QVERIFY(early.error().code == ErrorCode::Conflict);
        QVERIFY(early.error().text.source != nullptr);

        // Two contacts: the first does not reach the citizen, the second does.
        FollowUpRequest call;
        call.contactedAt = beijing(2026, 10, 14, 9);
        call.channel = ContactChannel::Phone;
        call.answer = CitizenAnswer::NotReached;
        m_clock->set(beijing(2026, 10, 14, 9, 5));
        QVERIFY(m_service->followUp(boss, id, call).ok());
        call.contactedAt = beijing(2026, 10, 14, 15);
        call.answer = CitizenAnswer::Satisfied;
        call.cause = QStringLiteral("政策解释不到位");
        m_clock->set(beijing(2026, 10, 14, 15, 10));
        d = m_service->followUp(boss, id, call).value();
        QCOMPARE(d.followUps.size(), 2);
        QCOMPARE(d.rectification.followUps, 2);
        QCOMPARE(toString(d.followUps.at(0).answer), toString(CitizenAnswer::NotReached));
        QCOMPARE(d.followUps.at(1).cause, QStringLiteral("政策解释不到位"));
        QCOMPARE(d.followUps.at(1).recordedByName, QStringLiteral("黄志强"));

        // Closed a day after its due day: closed, and late for good.
        d = m_service->close(boss, id, closing).value();
        QCOMPARE(toString(d.rectification.state), toString(RectificationState::Closed));
        QVERIFY(d.closure);
        QVERIFY(d.closure->late);
        QVERIFY(d.rectification.closedLate);
        QCOMPARE(d.closure->closedDay, QDate(2026, 10, 14));
        QCOMPARE(toString(d.closure->answer), toString(CitizenAnswer::Satisfied)); // the last contact's
        QCOMPARE(d.closure->cause, closing.cause);
        QCOMPARE(d.closure->action, closing.action);
        QCOMPARE(d.closure->closedByName, QStringLiteral("黄志强"));
        m_clock->set(beijing(2026, 12, 1, 9));
        QCOMPARE(listed(boss, kCity, RectificationState::Closed), QList<qint64>{id});
        QCOMPARE(listed(boss, kCity, RectificationState::Open), QList<qint64>{});
        QVERIFY(m_service->list(boss, kCity, RectificationFilter::open()).value().rectifications.isEmpty());
        const RectificationItem closed = m_service->list(boss, kCity, {std::nullopt, false, 10}).value().rectifications.value(0);
        QCOMPARE(closed.id, id);
        QVERIFY(closed.closedLate);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectifications WHERE id = ? AND status = 'closed' AND "
                                            "closed_day = '2026-10-14' AND closed_day > due_day AND answer = 'satisfied'"),
                             {id}),
                 1);

        // Closed once: a second closing and a late contact are refused, and nothing changes.
        auto twice = m_service->close(boss, id, closing);
        QVERIFY(!twice.ok() && twice.error().code == ErrorCode::Conflict);
        auto after = m_service->followUp(boss, id, call);
        QVERIFY(!after.ok() && after.error().code == ErrorCode::Conflict);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectification_steps WHERE rectification_id = ?"), {id}), 2);

        // Every step on the ticket's timeline, after the visit itself.
        const QList<TicketHistoryEntry> events = m_queue->events(t.id).value();
        QStringList kinds;
        for (const TicketHistoryEntry &e : events)
            kinds << toString(e.kind);
        QCOMPARE(kinds.mid(kinds.indexOf(QStringLiteral("finished"))),
                 (QStringList{QStringLiteral("finished"), QStringLiteral("rectification_opened"), QStringLiteral("rectification_followed_up"),
                              QStringLiteral("rectification_followed_up"), QStringLiteral("rectification_closed")}));
        const TicketHistoryEntry &opened = events.at(kinds.indexOf(QStringLiteral("rectification_opened")));
        QCOMPARE(opened.detail.value(QLatin1String("due_day")).toString(), QStringLiteral("2026-10-13"));
        QCOMPARE(opened.detail.value(QLatin1String("rectification")).toInteger(), id);
        const TicketHistoryEntry &reached = events.at(kinds.lastIndexOf(QStringLiteral("rectification_followed_up")));
        QCOMPARE(reached.detail.value(QLatin1String("channel")).toString(), QStringLiteral("phone"));
        QCOMPARE(reached.detail.value(QLatin1String("answer")).toString(), QStringLiteral("satisfied"));
        QCOMPARE(reached.actor, boss.id);
        const TicketHistoryEntry &last = events.last();
        QCOMPARE(last.detail.value(QLatin1String("late")).toBool(), true);
        QCOMPARE(last.detail.value(QLatin1String("cause")).toString(), closing.cause);
        QCOMPARE(last.at, beijing(2026, 10, 14, 15, 10));
    }

    void closedOnItsDueDayIsInTime()
    {
        m_clock->set(beijing(2026, 11, 2, 9)); // Monday: due Monday 9 November
        const Account boss = account(QStringLiteral("supervisor1"));
        const Ticket t = served(kCity, QStringLiteral("teller1"), QStringLiteral("CD-003"));
        const qint64 id = m_rating->rate(t.id, QStringLiteral("CD-003"), RatingLevel::Dissatisfied, 0).value().rectification->id;
        m_clock->set(beijing(2026, 11, 9, 17));
        QVERIFY(m_service->followUp(boss, id, contact(beijing(2026, 11, 9, 16), CitizenAnswer::NotSatisfied)).ok());
        const RectificationDetail d = m_service->close(boss, id, {QStringLiteral("等候时间过长"), QStringLiteral("增开窗口"), {}}).value();
        QVERIFY(!d.closure->late);
        QVERIFY(!d.rectification.closedLate);
        QCOMPARE(toString(d.closure->answer), toString(CitizenAnswer::NotSatisfied));
        m_clock->set(beijing(2026, 11, 20, 9)); // long after: still in time
        QVERIFY(!m_service->detail(boss, id).value().rectification.closedLate);
    }

    void refusalsNameTheFields_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("empty contact") << "contact-empty" << QStringList{"answer", "channel", "contacted_at"};
        QTest::newRow("contact in the future") << "contact-future" << QStringList{"contacted_at"};
        QTest::newRow("contact before the rating") << "contact-before" << QStringList{"contacted_at"};
        QTest::newRow("a note too long") << "contact-long" << QStringList{"note"};
        QTest::newRow("closing without cause or action") << "close-empty" << QStringList{"action", "cause"};
        QTest::newRow("closing without action") << "close-no-action" << QStringList{"action"};
    }

    void refusalsNameTheFields()
    {
        QFETCH(QString, what);
        QFETCH(QStringList, fields);
        const Account boss = account(QStringLiteral("supervisor1"));
        const Ticket t = served(kCity, QStringLiteral("teller1"), QStringLiteral("CD-003"));
        const qint64 id = m_rating->rate(t.id, QStringLiteral("CD-003"), RatingLevel::Dissatisfied, 0).value().rectification->id;
        m_clock->set(m_clock->now().addSecs(3600));
        FollowUpRequest c = contact(m_clock->now().addSecs(-60), CitizenAnswer::Satisfied);
        Result<RectificationDetail> r = RectificationDetail{};
        if (what == QLatin1String("contact-empty")) {
            r = m_service->followUp(boss, id, FollowUpRequest{});
        } else if (what == QLatin1String("contact-future")) {
            c.contactedAt = m_clock->now().addSecs(600);
            r = m_service->followUp(boss, id, c);
        } else if (what == QLatin1String("contact-before")) {
            c.contactedAt = m_clock->now().addDays(-1);
            r = m_service->followUp(boss, id, c);
        } else if (what == QLatin1String("contact-long")) {
            c.note = QString(501, QLatin1Char('x'));
            r = m_service->followUp(boss, id, c);
        } else {
            QVERIFY(m_service->followUp(boss, id, c).ok());
            r = m_service->close(boss, id, {what == QLatin1String("close-empty") ? QString() : QStringLiteral("原因"), QString(), {}});
        }
        QVERIFY(!r.ok());
        QVERIFY(r.error().code == ErrorCode::ValidationFailed);
        QStringList named = r.error().extra.value(QLatin1String("fields")).toObject().keys();
        named.sort();
        QCOMPARE(named, fields);
        // Nothing was written beyond what the row needed.
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectifications WHERE status = 'closed'")), 0);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE kind = 'rectification_closed'")), 0);
    }

    void whoOverseesWhichHall()
    {
        const Ticket city = served(kCity, QStringLiteral("teller1"), QStringLiteral("CD-003"));
        const Ticket county = served(kCounty, QStringLiteral("fc_teller1"), QStringLiteral("CD-003"));
        const qint64 cityId = m_rating->rate(city.id, QStringLiteral("CD-003"), RatingLevel::Dissatisfied, 0).value().rectification->id;
        const qint64 countyId = m_rating->rate(county.id, QStringLiteral("CD-003"), RatingLevel::Dissatisfied, 0).value().rectification->id;

        const Account citySupervisor = account(QStringLiteral("supervisor1"));
        const Account countySupervisor = account(QStringLiteral("fc_supervisor"));
        // The city supervisor: their hall alone, or with the halls below.
        QCOMPARE(listed(citySupervisor, kCity, RectificationState::Open), QList<qint64>{cityId});
        QCOMPARE(listed(citySupervisor, kCity, RectificationState::Open, true), (QList<qint64>{cityId, countyId}));
        QCOMPARE(listed(citySupervisor, kCounty, RectificationState::Open), QList<qint64>{countyId});
        QVERIFY(m_service->detail(citySupervisor, countyId).ok());
        // The county supervisor: their hall (and below); not the city's, not another county's.
        QCOMPARE(listed(countySupervisor, kCounty, RectificationState::Open, true), QList<qint64>{countyId});
        QVERIFY(m_service->list(countySupervisor, QStringLiteral("MY-FC-CJ"), RectificationFilter::open()).ok());
        for (const QString &hall : {kCity, QStringLiteral("MY-YX")}) {
            auto refused = m_service->list(countySupervisor, hall, RectificationFilter::open());
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().code == ErrorCode::Forbidden);
            QVERIFY(refused.error().text.source != nullptr);
        }
        QVERIFY(m_service->detail(countySupervisor, cityId).error().code == ErrorCode::Forbidden);
        QVERIFY(m_service->followUp(countySupervisor, cityId, contact(m_clock->now(), CitizenAnswer::Satisfied)).error().code
                == ErrorCode::Forbidden);
        // The city administrator: every hall. A county administrator, tellers, reviewers: none.
        QCOMPARE(listed(account(QStringLiteral("admin")), kCity, RectificationState::Open, true), (QList<qint64>{cityId, countyId}));
        for (const QString &who : {QStringLiteral("fc_admin"), QStringLiteral("fc_teller1"), QStringLiteral("fc_reviewer1")}) {
            auto refused = m_service->list(account(who), kCounty, RectificationFilter::open());
            QVERIFY2(!refused.ok() && refused.error().code == ErrorCode::Forbidden, qPrintable(who));
        }
        QVERIFY(m_service->detail(citySupervisor, 99999).error().code == ErrorCode::NotFound);
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM rectification_steps")), 0);
    }

private:
    Account account(const QString &username) const
    {
        auto a = AccountRepository(**m_db).findByUsername(username);
        if (!a || !a.value())
            qFatal("no account %s", qPrintable(username));
        return *a.value();
    }

    static FollowUpRequest contact(const QDateTime &at, CitizenAnswer answer)
    {
        FollowUpRequest c;
        c.contactedAt = at;
        c.channel = ContactChannel::Phone;
        c.answer = answer;
        return c;
    }

    QList<qint64> listed(const Account &who, const QString &hall, RectificationState state, bool below = false) const
    {
        auto list = m_service->list(who, hall, RectificationFilter{state, below, RectificationFilter::kDefaultLimit});
        if (!list)
            qFatal("list: %s", qPrintable(list.error().detail));
        QList<qint64> ids;
        for (const RectificationItem &i : list.value().rectifications)
            ids << i.id;
        return ids;
    }

    // A ticket issued at `hall`, served at window 1 by `teller` and finished.
    Ticket served(const QString &hall, const QString &teller, const QString &service)
    {
        const qint64 tellerId = account(teller).id;
        IssueRequest r;
        r.hallCode = hall;
        r.services = {service};
        auto issued = m_queue->issue(r, 0);
        if (!issued || !m_queue->openWindow(hall, 1, tellerId))
            qFatal("cannot issue or open");
        auto called = m_queue->callNext(hall, 1, tellerId);
        if (!called || !called.value() || !m_queue->startServing(issued.value().id, 1, tellerId))
            qFatal("cannot call or serve");
        auto done = m_queue->finish(issued.value().id, 1, {{service, MatterOutcome::Done, {}}}, tellerId);
        if (!done)
            qFatal("finish: %s", qPrintable(done.error().detail));
        return done.value();
    }

    test::ServerDb m_seeded;
    std::unique_ptr<test::ServerDb> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<QueueService> m_queue;
    std::unique_ptr<CalendarService> m_calendar;
    std::unique_ptr<RatingService> m_rating;
    std::unique_ptr<RectificationService> m_service;
};

QTEST_GUILESS_MAIN(TestRectification)
#include "tst_rectification.moc"
