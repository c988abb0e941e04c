// TicketRepository on a real SQLite file: gap-free numbers per hall, day and prefix; a ticket
// and its matters stored and read back field for field; updates (with and without matters);
// lists in queue order by state; the event log; handling times for the wait estimate; window
// states.
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/TicketRepository.h"
#include "tests/core/service/ServerDb.h"

#include <QTest>

using namespace ow;

namespace {

const QString kDay = QStringLiteral("2026-11-02");
const QDateTime kNine(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC); // 09:00 Beijing time

Ticket waiting(qint64 hallId, const QString &number, double queueKey, const QStringList &services = {QStringLiteral("CD-003")})
{
    Ticket t;
    t.hallId = hallId;
    t.serviceDay = kDay;
    t.prefix = number.left(1);
    t.sequence = number.mid(1).toInt();
    t.number = number;
    t.issuedAt = kNine.addSecs(static_cast<qint64>(queueKey));
    t.queueKey = queueKey;
    for (const QString &s : services)
        t.matters.append({s, s.startsWith(QLatin1String("CD")) ? QStringLiteral("card") : QStringLiteral("pension"),
                          MatterOutcome::Pending, {}, {}});
    return t;
}

} // namespace

class TestTicketRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_hall = m_seeded.addHall(QStringLiteral("MY-CITY"), OrgLevel::City, {}, QStringLiteral("Asia/Shanghai"), 3);
        m_other = m_seeded.addHall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"));
        const FakeClock clock;
        CatalogueService catalogue(*m_seeded, clock); // matters name services (a foreign key)
        QVERIFY(catalogue.import(Catalogue::bundledJson()).ok());
        Account teller;
        teller.username = QStringLiteral("teller1");
        teller.passwordHash = QStringLiteral("x");
        teller.hallId = m_hall;
        teller.name = {QStringLiteral("王芳"), QStringLiteral("Wang Fang")};
        teller.staffNo = QStringLiteral("T-001");
        m_teller = AccountRepository(*m_seeded).insert(teller).value();
        m_seeded.checkpoint();
    }

    void init()
    {
        m_db = std::make_unique<test::ServerDb>(m_seeded.path());
        m_repo = std::make_unique<TicketRepository>(**m_db);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void sequencesArePerHallDayAndPrefix()
    {
        QCOMPARE(m_repo->nextSequence(m_hall, kDay, QStringLiteral("A")).value(), 1);
        QCOMPARE(m_repo->nextSequence(m_hall, kDay, QStringLiteral("A")).value(), 2);
        QCOMPARE(m_repo->nextSequence(m_hall, kDay, QStringLiteral("E")).value(), 1);
        QCOMPARE(m_repo->nextSequence(m_other, kDay, QStringLiteral("A")).value(), 1);
        QCOMPARE(m_repo->nextSequence(m_hall, QStringLiteral("2026-11-03"), QStringLiteral("A")).value(), 1);
        QCOMPARE(m_repo->nextSequence(m_hall, kDay, QStringLiteral("A")).value(), 3);
    }

    void aSequenceTakenInARolledBackTransactionIsNotUsed()
    {
        // Gap-free: the number is taken in the same transaction as the ticket, so a refused issue
        // gives its number back.
        QCOMPARE(m_repo->nextSequence(m_hall, kDay, QStringLiteral("A")).value(), 1);
        const Status st = (**m_db).transaction([&]() -> Status {
            if (!m_repo->nextSequence(m_hall, kDay, QStringLiteral("A")))
                return Error{};
            return conflictError(QStringLiteral("refused"));
        });
        QVERIFY(!st.ok());
        QCOMPARE(m_repo->nextSequence(m_hall, kDay, QStringLiteral("A")).value(), 2);
    }

    void insertedTicketReadsBack()
    {
        Ticket t = waiting(m_hall, QStringLiteral("E007"), 12.5, {QStringLiteral("CD-003"), QStringLiteral("PE-001")});
        t.channel = Channel::Appointment;
        t.priorityGroup = QStringLiteral("elderly");
        t.residentId = QStringLiteral("11010519491231002X");
        t.phone = QStringLiteral("13912345678");
        t.appointmentId = 0;
        t.appointmentAt = kNine.addSecs(1800);
        t.targetWindow = 2;
        const auto id = m_repo->insert(t);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        QVERIFY(id.value() > 0);

        const auto found = m_repo->find(id.value());
        QVERIFY(found.ok() && found.value());
        const Ticket &back = *found.value();
        QCOMPARE(back.id, id.value());
        QCOMPARE(back.hallId, m_hall);
        QCOMPARE(back.serviceDay, kDay);
        QCOMPARE(back.prefix, QStringLiteral("E"));
        QCOMPARE(back.sequence, 7);
        QCOMPARE(back.number, QStringLiteral("E007"));
        QCOMPARE(toString(back.channel), QStringLiteral("appointment"));
        QCOMPARE(back.priorityGroup, QStringLiteral("elderly"));
        QCOMPARE(back.residentId, t.residentId);
        QCOMPARE(back.phone, t.phone);
        QCOMPARE(back.issuedAt, t.issuedAt);
        QCOMPARE(back.issuedAt.timeSpec(), Qt::UTC);
        QCOMPARE(toString(back.state), QStringLiteral("waiting"));
        QCOMPARE(back.queueKey, 12.5);
        QCOMPARE(back.appointmentAt, t.appointmentAt);
        QCOMPARE(back.targetWindow, 2);
        QCOMPARE(back.windowNumber, 0);
        QCOMPARE(back.tellerId, qint64(0));
        QVERIFY(!back.calledAt.isValid());
        QCOMPARE(back.matters.size(), 2);
        QCOMPARE(back.matters[0].serviceCode, QStringLiteral("CD-003")); // in the order asked
        QCOMPARE(back.matters[1].serviceCode, QStringLiteral("PE-001"));
        QCOMPARE(back.matters[1].category, QStringLiteral("pension"));
        QCOMPARE(toString(back.matters[1].outcome), QStringLiteral("pending"));

        const auto byNumber = m_repo->findByNumber(m_hall, kDay, QStringLiteral("E007"));
        QVERIFY(byNumber.ok() && byNumber.value());
        QCOMPARE(byNumber.value()->id, id.value());
    }

    void unknownTicketsAreNotFound()
    {
        QVERIFY(m_repo->insert(waiting(m_hall, QStringLiteral("A001"), 1)).ok());
        const auto none = m_repo->find(999);
        QVERIFY(none.ok());
        QVERIFY(!none.value());
        QVERIFY(!m_repo->findByNumber(m_hall, kDay, QStringLiteral("A002")).value());
        QVERIFY(!m_repo->findByNumber(m_hall, QStringLiteral("2026-11-03"), QStringLiteral("A001")).value());
        QVERIFY(!m_repo->findByNumber(m_other, kDay, QStringLiteral("A001")).value());
    }

    void aNumberIsUniquePerHallDayAndPrefix()
    {
        QVERIFY(m_repo->insert(waiting(m_hall, QStringLiteral("A001"), 1)).ok());
        QVERIFY(!m_repo->insert(waiting(m_hall, QStringLiteral("A001"), 2)).ok());
        QVERIFY(m_repo->insert(waiting(m_other, QStringLiteral("A001"), 2)).ok());
    }

    void updateStoresTheState()
    {
        Ticket t = waiting(m_hall, QStringLiteral("E001"), 1);
        t.id = m_repo->insert(t).value();
        t.state = TicketState::Finished;
        t.windowNumber = 3;
        t.tellerId = m_teller;
        t.calledAt = kNine.addSecs(60);
        t.lastCalledAt = kNine.addSecs(90);
        t.servingSince = kNine.addSecs(120);
        t.finishedAt = kNine.addSecs(600);
        t.recalls = 1;
        t.queueKey = -5;
        t.targetWindow = 0;
        t.matters[0].outcome = MatterOutcome::Refused;
        t.matters[0].reason = QStringLiteral("缺少身份证原件");
        QVERIFY(m_repo->update(t).ok());
        const Ticket back = *m_repo->find(t.id).value();
        QCOMPARE(toString(back.state), QStringLiteral("finished"));
        QCOMPARE(back.windowNumber, 3);
        QCOMPARE(back.tellerId, m_teller);
        QCOMPARE(back.calledAt, t.calledAt);
        QCOMPARE(back.lastCalledAt, t.lastCalledAt);
        QCOMPARE(back.servingSince, t.servingSince);
        QCOMPARE(back.finishedAt, t.finishedAt);
        QCOMPARE(back.recalls, 1);
        QCOMPARE(back.queueKey, -5.0);
        QCOMPARE(toString(back.matters[0].outcome), QStringLiteral("refused"));
        QCOMPARE(back.matters[0].reason, QStringLiteral("缺少身份证原件"));

        // Cleared times are stored as cleared (a parked ticket that returned).
        t.parkedUntil = kNine.addSecs(900);
        QVERIFY(m_repo->update(t, false).ok());
        QCOMPARE(m_repo->find(t.id).value()->parkedUntil, t.parkedUntil);
        t.parkedUntil = QDateTime();
        QVERIFY(m_repo->update(t, false).ok());
        QVERIFY(!m_repo->find(t.id).value()->parkedUntil.isValid());
    }

    void mattersAreRewrittenOnlyWhenAsked()
    {
        Ticket t = waiting(m_hall, QStringLiteral("E001"), 1, {QStringLiteral("CD-003")});
        t.id = m_repo->insert(t).value();
        t.matters = {{QStringLiteral("PE-001"), QStringLiteral("pension"), MatterOutcome::Pending, {}, {}}};
        QVERIFY(m_repo->update(t, false).ok());
        QCOMPARE(m_repo->find(t.id).value()->matters.first().serviceCode, QStringLiteral("CD-003"));
        QVERIFY(m_repo->update(t).ok()); // transferred to other matters
        const Ticket back = *m_repo->find(t.id).value();
        QCOMPARE(back.matters.size(), 1);
        QCOMPARE(back.matters.first().serviceCode, QStringLiteral("PE-001"));
    }

    void listIsInQueueOrderByState()
    {
        // Inserted out of order; the queue key decides (a transfer to the front lowers it).
        const qint64 c = m_repo->insert(waiting(m_hall, QStringLiteral("A003"), 30)).value();
        const qint64 a = m_repo->insert(waiting(m_hall, QStringLiteral("A001"), 10)).value();
        const qint64 front = m_repo->insert(waiting(m_hall, QStringLiteral("B001"), -1)).value();
        Ticket called = waiting(m_hall, QStringLiteral("A002"), 20);
        called.id = m_repo->insert(called).value();
        called.state = TicketState::Called;
        QVERIFY(m_repo->update(called, false).ok());
        QVERIFY(m_repo->insert(waiting(m_other, QStringLiteral("A001"), 5)).ok());
        Ticket tomorrow = waiting(m_hall, QStringLiteral("A001"), 1);
        tomorrow.serviceDay = QStringLiteral("2026-11-03");
        QVERIFY(m_repo->insert(tomorrow).ok());

        const auto line = m_repo->list(m_hall, kDay, {TicketState::Waiting});
        QVERIFY(line.ok());
        QList<qint64> ids;
        for (const Ticket &t : line.value())
            ids << t.id;
        QCOMPARE(ids, (QList<qint64>{front, a, c}));
        for (const Ticket &t : line.value())
            QCOMPARE(t.matters.size(), 1); // matters come with each ticket

        const auto both = m_repo->list(m_hall, kDay, {TicketState::Waiting, TicketState::Called});
        QCOMPARE(both.value().size(), 4);
        QCOMPARE(both.value().at(2).number, QStringLiteral("A002"));
        QVERIFY(m_repo->list(m_hall, kDay, {TicketState::Finished}).value().isEmpty());
    }

    void eventsAreKeptInOrder()
    {
        Ticket t = waiting(m_hall, QStringLiteral("A001"), 1);
        t.id = m_repo->insert(t).value();
        QVERIFY(m_repo->appendEvent(t, TicketEventKind::Issued, 0, kNine).ok());
        t.windowNumber = 2;
        QVERIFY(m_repo->appendEvent(t, TicketEventKind::Called, m_teller, kNine.addSecs(60)).ok());
        QVERIFY(m_repo->appendEvent(t, TicketEventKind::Transferred, m_teller, kNine.addSecs(120),
                                    {{QStringLiteral("reason"), QStringLiteral("专窗办理")}})
                    .ok());
        const auto events = m_repo->events(t.id);
        QVERIFY(events.ok());
        QCOMPARE(events.value().size(), 3);
        QCOMPARE(events.value()[0].value(QLatin1String("kind")).toString(), QStringLiteral("issued"));
        QCOMPARE(events.value()[0].value(QLatin1String("actor")).toInteger(), qint64(0));
        QCOMPARE(events.value()[0].value(QLatin1String("at")).toString(), QStringLiteral("2026-11-02T01:00:00Z"));
        QVERIFY(!events.value()[0].contains(QLatin1String("detail")));
        QCOMPARE(events.value()[1].value(QLatin1String("kind")).toString(), QStringLiteral("called"));
        QCOMPARE(events.value()[1].value(QLatin1String("window")).toInt(), 2);
        QCOMPARE(events.value()[1].value(QLatin1String("actor")).toInteger(), m_teller);
        QCOMPARE(events.value()[2].value(QLatin1String("detail")).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("专窗办理"));
        QVERIFY(m_repo->events(999).value().isEmpty());
    }

    void handlingTimesShareATicketAmongItsMatters()
    {
        // A: one matter, served 600 s. B: two matters, served 1200 s → 600 s each. C: one matter,
        // 300 s, but finished before the window of history. D: waiting, not counted.
        const auto finished = [&](const QString &number, const QStringList &services, qint64 servedSeconds, qint64 finishedAfter) {
            Ticket t = waiting(m_hall, number, 1, services);
            t.id = m_repo->insert(t).value();
            t.state = TicketState::Finished;
            t.finishedAt = kNine.addSecs(finishedAfter);
            t.servingSince = t.finishedAt.addSecs(-servedSeconds);
            QVERIFY(m_repo->update(t, false).ok());
        };
        finished(QStringLiteral("E001"), {QStringLiteral("CD-003")}, 600, 3600);
        finished(QStringLiteral("E002"), {QStringLiteral("CD-003"), QStringLiteral("PE-001")}, 1200, 7200);
        finished(QStringLiteral("E003"), {QStringLiteral("CD-003")}, 300, -86400);
        QVERIFY(m_repo->insert(waiting(m_hall, QStringLiteral("E004"), 4)).ok());

        const auto times = m_repo->handlingTimes(m_hall, kNine);
        QVERIFY(times.ok());
        QCOMPARE(times.value().size(), 2);
        QCOMPARE(times.value().value(QStringLiteral("CD-003")).first, 600.0);
        QCOMPARE(times.value().value(QStringLiteral("CD-003")).second, 2);
        QCOMPARE(times.value().value(QStringLiteral("PE-001")).first, 600.0);
        QCOMPARE(times.value().value(QStringLiteral("PE-001")).second, 1);
        // From a day earlier, the quick one counts too: (600 + 600 + 300) / 3.
        QCOMPARE(m_repo->handlingTimes(m_hall, kNine.addDays(-2)).value().value(QStringLiteral("CD-003")).first, 500.0);
        QVERIFY(m_repo->handlingTimes(m_other, kNine.addDays(-2)).value().isEmpty());
    }

    void windowStates()
    {
        QVERIFY(!m_repo->window(m_hall, 1).value());
        WindowStatus w;
        w.number = 1;
        w.state = WindowState::Open;
        w.tellerId = m_teller;
        w.since = kNine;
        w.priorityStreak = 2;
        w.autoAssign = true;
        QVERIFY(m_repo->saveWindow(m_hall, w).ok());
        const auto one = m_repo->window(m_hall, 1);
        QVERIFY(one.ok() && one.value());
        QCOMPARE(toString(one.value()->state), QStringLiteral("open"));
        QCOMPARE(one.value()->tellerId, m_teller);
        QCOMPARE(one.value()->since, kNine);
        QCOMPARE(one.value()->priorityStreak, 2);
        QCOMPARE(one.value()->autoAssign, true);

        // Saving again replaces (one row per window).
        w.state = WindowState::Paused;
        w.reason = QStringLiteral("午休");
        w.autoAssign = false;
        QVERIFY(m_repo->saveWindow(m_hall, w).ok());
        WindowStatus closed;
        closed.number = 3;
        closed.since = kNine;
        QVERIFY(m_repo->saveWindow(m_hall, closed).ok());
        const auto all = m_repo->windows(m_hall);
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value()[0].number, 1);
        QCOMPARE(toString(all.value()[0].state), QStringLiteral("paused"));
        QCOMPARE(all.value()[0].reason, QStringLiteral("午休"));
        QCOMPARE(all.value()[0].autoAssign, false);
        // The teller's name and staff number are joined in for the supervisor's view.
        QCOMPARE(all.value()[0].tellerName, QStringLiteral("王芳"));
        QCOMPARE(all.value()[0].tellerStaffNo, QStringLiteral("T-001"));
        QCOMPARE(all.value()[1].number, 3);
        QCOMPARE(all.value()[1].tellerId, qint64(0));
        QVERIFY(all.value()[1].tellerName.isEmpty());
        QVERIFY(m_repo->windows(m_other).value().isEmpty());
    }

private:
    test::ServerDb m_seeded;
    std::unique_ptr<test::ServerDb> m_db;
    std::unique_ptr<TicketRepository> m_repo;
    qint64 m_hall = 0;
    qint64 m_other = 0;
    qint64 m_teller = 0;
};

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticket_repository.moc"
