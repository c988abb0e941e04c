// The queue service on a real SQLite file: numbering, daily reset, window states, every ticket
// operation and its refusals, events for the live screens.
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/DemoCity.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/CommitGroup.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "core/domain/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestQueueService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        DatabaseLocation loc;
        loc.sqlitePath = m_dir->filePath(QStringLiteral("queue.sqlite"));
        auto db = ServerSchema::open(loc);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC)); // 09:00 in Mianyang
        m_catalogue = std::make_unique<CatalogueService>(*m_db, *m_clock);
        QVERIFY(m_catalogue->import(Catalogue::bundledJson()).ok());
        QVERIFY(DemoCity::seed(*m_db, DemoCity::bundledJson(), PasswordHasher()).ok());
        m_queue = std::make_unique<QueueService>(*m_db, *m_clock, *m_catalogue);
        m_events.clear();
        m_queue->setListener([this](const QueueEvent &e) { m_events.append(e); });
    }

    void cleanup()
    {
        m_queue.reset();
        m_catalogue.reset();
        m_db.reset();
    }

    void numbersArePerPrefixAndGapFree()
    {
        QStringList numbers;
        for (int i = 0; i < 120; ++i) {
            auto t = m_queue->issue(request(i % 3 == 0 ? QStringLiteral("PE-001") : QStringLiteral("CD-003")), 0);
            QVERIFY(t.ok());
            numbers << t.value().number;
        }
        QCOMPARE(numbers.value(0), QStringLiteral("B001"));
        QCOMPARE(numbers.value(1), QStringLiteral("E001"));
        QCOMPARE(numbers.value(2), QStringLiteral("E002"));
        QCOMPARE(numbers.value(3), QStringLiteral("B002"));
        QCOMPARE(numbers.filter(QStringLiteral("B")).size(), 40);
        QCOMPARE(numbers.last(), QStringLiteral("E080"));
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), numbers.size());
    }

    void numbersResetAtTheHallsMidnight()
    {
        QCOMPARE(m_queue->issue(request(QStringLiteral("CD-003")), 0).value().number, QStringLiteral("E001"));
        m_clock->set(QDateTime(QDate(2026, 11, 2), QTime(15, 59), Qt::UTC)); // 23:59 Beijing time
        QCOMPARE(m_queue->issue(request(QStringLiteral("CD-003")), 0).value().number, QStringLiteral("E002"));
        m_clock->set(QDateTime(QDate(2026, 11, 2), QTime(16, 1), Qt::UTC)); // 00:01 the next day
        auto next = m_queue->issue(request(QStringLiteral("CD-003")), 0);
        QCOMPARE(next.value().number, QStringLiteral("E001"));
        QCOMPARE(next.value().serviceDay, QStringLiteral("2026-11-03"));
    }

    void numbersRunOnOvernightWhereTheHallKeepsThem()
    {
        HallQueueConfig config;
        config.keepNumbersOvernight = true;
        QueueService keeping(*m_db, *m_clock, *m_catalogue, config);
        QCOMPARE(keeping.issue(request(QStringLiteral("CD-003")), 0).value().number, QStringLiteral("E001"));
        QCOMPARE(keeping.issue(request(QStringLiteral("CD-003")), 0).value().number, QStringLiteral("E002"));
        m_clock->set(QDateTime(QDate(2026, 11, 2), QTime(16, 1), Qt::UTC)); // 00:01 the next day
        auto next = keeping.issue(request(QStringLiteral("CD-003")), 0);
        QCOMPARE(next.value().number, QStringLiteral("E003"));
        QCOMPARE(next.value().serviceDay, QStringLiteral("2026-11-03"));
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QString>("residentId");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<QString>("field");
        QTest::newRow("no service") << QStringList{} << QString() << QString() << "services";
        QTest::newRow("unknown service") << QStringList{"XX-999"} << QString() << QString() << "services";
        QTest::newRow("bad id checksum") << QStringList{"CD-003"} << "110105194912310021" << QString() << "resident_id";
        QTest::newRow("unknown priority group") << QStringList{"CD-003"} << QString() << "vip" << "priority_group";
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, services);
        QFETCH(QString, residentId);
        QFETCH(QString, priority);
        QFETCH(QString, field);
        IssueRequest r = request(QString());
        r.services = services;
        r.residentId = residentId;
        r.priorityGroup = priority;
        auto t = m_queue->issue(r, 0);
        QVERIFY(!t.ok());
        QVERIFY(t.error().code == ErrorCode::ValidationFailed);
        QVERIFY(t.error().extra.value(QLatin1String("fields")).toObject().contains(field));
        QVERIFY(m_events.isEmpty());
        // The next good ticket still gets number 001: the refusal used no number.
        QCOMPARE(m_queue->issue(request(QStringLiteral("CD-003")), 0).value().number, QStringLiteral("E001"));
    }

    void callNextNeedsAnOpenWindow()
    {
        QVERIFY(m_queue->issue(request(QStringLiteral("CD-003")), 0).ok());
        auto closed = m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1);
        QVERIFY(!closed.ok());
        QVERIFY(closed.error().code == ErrorCode::Conflict);
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        auto called = m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1);
        QVERIFY(called.ok() && called.value());
        QCOMPARE(called.value()->number, QStringLiteral("E001"));
        QVERIFY(called.value()->state == TicketState::Called);
        QCOMPARE(called.value()->windowNumber, 1);
        QVERIFY(serveAndFinish(*called.value(), 1, 1)); // one citizen per window: done before the next call
        auto none = m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1);
        QVERIFY(none.ok() && !none.value());
        QVERIFY(!m_queue->openWindow(QStringLiteral("MY-CITY"), 99, 1).ok());
        QVERIFY(!m_queue->pauseWindow(QStringLiteral("MY-CITY"), 1, QString(), 1).ok()); // a pause needs a reason
    }

    void recallRespectsGapAndLimitThenNoShow()
    {
        const Ticket t = callOne();
        auto tooSoon = m_queue->recall(t.id, 1, 1);
        QVERIFY(!tooSoon.ok());
        QVERIFY(tooSoon.error().code == ErrorCode::Conflict);
        for (int i = 1; i <= m_queue->config().maxRecalls; ++i) {
            m_clock->advance(m_queue->config().recallGapSeconds);
            auto r = m_queue->recall(t.id, 1, 1);
            QVERIFY(r.ok());
            QCOMPARE(r.value().recalls, i);
            QVERIFY(r.value().state == TicketState::Called);
        }
        m_clock->advance(m_queue->config().recallGapSeconds);
        auto last = m_queue->recall(t.id, 1, 1);
        QVERIFY(last.ok());
        QVERIFY(last.value().state == TicketState::NoShow);
        QCOMPARE(m_events.last().type, QStringLiteral("ticket.no_show"));
    }

    void serveAndFinishWithOutcomes()
    {
        const Ticket t = callOne();
        auto early = m_queue->finish(t.id, 1, {{QStringLiteral("CD-003"), MatterOutcome::Done, {}}}, 1);
        QVERIFY(!early.ok()); // not serving yet
        QVERIFY(early.error().code == ErrorCode::Conflict);
        QVERIFY(!m_queue->startServing(t.id, 2, 1).ok()); // another window's ticket
        QVERIFY(m_queue->startServing(t.id, 1, 1).ok());
        auto noReason = m_queue->finish(t.id, 1, {{QStringLiteral("CD-003"), MatterOutcome::Refused, {}}}, 1);
        QVERIFY(!noReason.ok());
        QVERIFY(noReason.error().code == ErrorCode::ValidationFailed);
        auto done = m_queue->finish(t.id, 1, {{QStringLiteral("CD-003"), MatterOutcome::Done, {}}}, 1);
        QVERIFY(done.ok());
        QVERIFY(done.value().state == TicketState::Finished);
        QVERIFY(done.value().matters.first().outcome == MatterOutcome::Done);
        QVERIFY(!m_queue->markNoShow(t.id, 1, 1).ok()); // finished is final

        auto events = m_queue->events(t.id);
        QVERIFY(events.ok());
        QStringList kinds;
        for (const TicketHistoryEntry &e : events.value())
            kinds << toString(e.kind);
        QCOMPARE(kinds, (QStringList{"issued", "called", "serving", "finished"}));
    }

    void eventsCarryMaskedDataOnly()
    {
        IssueRequest r = request(QStringLiteral("CD-003"));
        r.residentId = QStringLiteral("11010519491231002x");
        r.phone = QStringLiteral("13812345678");
        auto t = m_queue->issue(r, 0);
        QVERIFY(t.ok());
        QCOMPARE(t.value().residentId, QStringLiteral("11010519491231002X"));
        QCOMPARE(m_events.size(), 1);
        const QJsonObject payload = m_events.first().payload;
        QCOMPARE(payload.value(QLatin1String("resident_id")).toString(), QStringLiteral("1101**********002X"));
        QCOMPARE(payload.value(QLatin1String("phone")).toString(), QStringLiteral("138****5678"));
        auto snapshot = m_queue->snapshot(QStringLiteral("MY-CITY"));
        QVERIFY(snapshot.ok());
        QVERIFY(!QJsonDocument(snapshot.value().toJson()).toJson().contains("11010519491231002X"));
        QCOMPARE(snapshot.value().waitingByPrefix.value(QStringLiteral("E")), 1);
    }

    void callingOutOfOrderNeedsAReason()
    {
        QList<Ticket> issued;
        for (int i = 0; i < 3; ++i)
            issued << m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        auto noReason = m_queue->callTicket(issued[2].id, 1, QStringLiteral("  "), 1);
        QVERIFY(!noReason.ok());
        QVERIFY(noReason.error().code == ErrorCode::ValidationFailed);
        auto called = m_queue->callTicket(issued[2].id, 1, QStringLiteral("wheelchair user at the door"), 1);
        QVERIFY(called.ok());
        QVERIFY(called.value().state == TicketState::Called);
        QCOMPARE(called.value().windowNumber, 1);
        const QJsonObject detail = m_queue->events(issued[2].id).value().last().detail;
        QCOMPARE(detail.value(QLatin1String("reason")).toString(), QStringLiteral("out_of_order"));
        QCOMPARE(detail.value(QLatin1String("note")).toString(), QStringLiteral("wheelchair user at the door"));
        QVERIFY(!m_queue->callTicket(issued[2].id, 2, QStringLiteral("again"), 1).ok()); // no longer waiting
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 2, 2).ok());
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 2, 2).value()->id, issued[0].id);
        // A dedicated window cannot be made to call what it does not serve.
        auto pension = m_queue->issue(request(QStringLiteral("PE-001")), 0).value();
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 8, 3).ok());
        QVERIFY(m_queue->callTicket(pension.id, 8, QStringLiteral("try"), 3).error().code == ErrorCode::Conflict);
    }

    void transferKeepsTheNumber_data()
    {
        QTest::addColumn<QString>("position");
        QTest::addColumn<int>("expectedPlace"); // where window 2 finds it among the three waiting
        QTest::newRow("front") << "front" << 0;
        QTest::newRow("back") << "back" << 2;
    }

    void transferKeepsTheNumber()
    {
        QFETCH(QString, position);
        QFETCH(int, expectedPlace);
        const Ticket t = callOne();
        QVERIFY(m_queue->startServing(t.id, 1, 1).ok());
        for (int i = 0; i < 2; ++i) {
            m_clock->advance(60);
            QVERIFY(m_queue->issue(request(QStringLiteral("CD-003")), 0).ok());
        }
        m_clock->advance(60);
        TransferRequest r;
        r.services = {QStringLiteral("PE-001")};
        r.toFront = position == QLatin1String("front");
        auto moved = m_queue->transfer(t.id, 1, r, 1);
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().detail));
        QCOMPARE(moved.value().number, t.number);
        QVERIFY(moved.value().state == TicketState::Waiting);
        QCOMPARE(moved.value().matters.first().serviceCode, QStringLiteral("PE-001"));
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 2, 2).ok());
        QList<qint64> order;
        for (int i = 0; i < 3; ++i) {
            auto c = m_queue->callNext(QStringLiteral("MY-CITY"), 2, 2);
            QVERIFY(c.ok() && c.value());
            order << c.value()->id;
            QVERIFY(m_queue->startServing(c.value()->id, 2, 2).ok());
            QVERIFY(m_queue->finish(c.value()->id, 2, {{c.value()->matters.first().serviceCode, MatterOutcome::Done, {}}}, 2).ok());
        }
        QCOMPARE(order.indexOf(t.id), expectedPlace);
        const QList<TicketHistoryEntry> events = m_queue->events(t.id).value();
        QStringList kinds;
        for (const TicketHistoryEntry &e : events)
            kinds << toString(e.kind);
        QCOMPARE(kinds.mid(0, 5), (QStringList{"issued", "called", "serving", "transferred", "called"}));
    }

    void transferToAWindowOrTellerOnly()
    {
        const Ticket t = callOne();
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 2, 2).ok());
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 3, 3).ok());
        TransferRequest toTeller;
        toTeller.toTeller = 3; // sits at window 3
        auto moved = m_queue->transfer(t.id, 1, toTeller, 1);
        QVERIFY(moved.ok());
        QCOMPARE(moved.value().targetWindow, 3);
        QVERIFY(m_queue->callNext(QStringLiteral("MY-CITY"), 2, 2).value() == std::nullopt);
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 3, 3).value()->id, t.id);
        TransferRequest nobody;
        nobody.toTeller = 999;
        QVERIFY(m_queue->transfer(t.id, 3, nobody, 3).error().code == ErrorCode::Conflict);
        TransferRequest cardToLabour;
        cardToLabour.toWindow = 8; // the labour window cannot serve a card matter
        QVERIFY(m_queue->transfer(t.id, 3, cardToLabour, 3).error().code == ErrorCode::Conflict);
        TransferRequest unknown;
        unknown.services = {QStringLiteral("XX-1")};
        QVERIFY(m_queue->transfer(t.id, 3, unknown, 3).error().code == ErrorCode::ValidationFailed);
        QVERIFY(m_queue->ticket(t.id).value()->state == TicketState::Called); // refusals changed nothing
    }

    void parkedTicketReturnsToItsPlace()
    {
        const Ticket t = callOne();
        m_clock->advance(60);
        const Ticket later = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QVERIFY(m_queue->park(t.id, 1, 0, {}, 1).error().code == ErrorCode::ValidationFailed);
        QVERIFY(m_queue->park(t.id, 1, m_queue->config().maxParkMinutes + 1, {}, 1).error().code == ErrorCode::ValidationFailed);
        auto parked = m_queue->park(t.id, 1, 10, QStringLiteral("fetching the household register"), 1);
        QVERIFY(parked.ok());
        QVERIFY(parked.value().state == TicketState::Parked);
        QCOMPARE(m_queue->snapshot(QStringLiteral("MY-CITY")).value().parked.size(), 1);
        m_clock->advance(9 * 60);
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 2, 2).ok());
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 2, 2).value()->id, later.id); // still away
        m_clock->advance(60);
        auto back = m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1);
        QVERIFY(back.ok() && back.value());
        QCOMPARE(back.value()->id, t.id);
        QCOMPARE(back.value()->recalls, 0);
        const QList<TicketHistoryEntry> events = m_queue->events(t.id).value();
        QStringList kinds;
        for (const TicketHistoryEntry &e : events)
            kinds << toString(e.kind);
        QCOMPARE(kinds, (QStringList{"issued", "called", "parked", "returned", "called"}));
    }

    void parkedTicketCanBeCalledEarly()
    {
        const Ticket t = callOne();
        QVERIFY(m_queue->park(t.id, 1, 30, {}, 1).ok());
        auto early = m_queue->callTicket(t.id, 1, QStringLiteral("back already"), 1);
        QVERIFY(early.ok());
        QVERIFY(early.value().state == TicketState::Called);
        QVERIFY(!early.value().parkedUntil.isValid());
    }

    void autoAssignGivesAnIdleWindowTheNextTicket()
    {
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        QVERIFY(m_queue->setAutoAssign(QStringLiteral("MY-CITY"), 1, true, 1).ok());
        const Ticket first = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QVERIFY(m_queue->ticket(first.id).value()->state == TicketState::Called);
        QCOMPARE(m_queue->ticket(first.id).value()->windowNumber, 1);
        const QJsonObject detail = m_queue->events(first.id).value().last().detail;
        QVERIFY(detail.value(QLatin1String("auto_assign")).toBool());
        const Ticket second = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QVERIFY(m_queue->ticket(second.id).value()->state == TicketState::Waiting); // window 1 is busy
        QVERIFY(m_queue->startServing(first.id, 1, 1).ok());
        QVERIFY(m_queue->finish(first.id, 1, {{QStringLiteral("CD-003"), MatterOutcome::Done, {}}}, 1).ok());
        QVERIFY(m_queue->ticket(second.id).value()->state == TicketState::Called);
        // Off again: the next ticket waits for a teller's call.
        QVERIFY(m_queue->markNoShow(second.id, 1, 1).ok());
        QVERIFY(m_queue->setAutoAssign(QStringLiteral("MY-CITY"), 1, false, 1).ok());
        const Ticket third = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QVERIFY(m_queue->ticket(third.id).value()->state == TicketState::Waiting);
    }

    void waitEstimateUsesTheHallsHistory()
    {
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        const Ticket fresh = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        const double fallback = WaitEstimator::catalogueDefaultSeconds(m_catalogue->current()->service(QStringLiteral("CD-003")));
        auto before = m_queue->estimate(fresh);
        QVERIFY(before.ok());
        QCOMPARE(before.value().peopleAhead, 0);
        QCOMPARE(before.value().pessimisticSeconds, qint64(fallback));
        // Three services of 4 minutes each make the history.
        for (int i = 0; i < WaitEstimator::kMinSamples; ++i) {
            auto c = m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value();
            QVERIFY(c);
            QVERIFY(m_queue->startServing(c->id, 1, 1).ok());
            m_clock->advance(240);
            QVERIFY(m_queue->finish(c->id, 1, {{QStringLiteral("CD-003"), MatterOutcome::Done, {}}}, 1).ok());
            m_queue->issue(request(QStringLiteral("CD-003")), 0);
        }
        m_clock->advance(400); // the history is reloaded every few minutes
        QList<Ticket> line;
        for (int i = 0; i < 2; ++i)
            line << m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 2, 2).ok());
        auto e = m_queue->estimate(line.last());
        QVERIFY(e.ok());
        QCOMPARE(e.value().capableWindows, 2);
        QCOMPARE(e.value().peopleAhead, 2); // the one left waiting from the loop, and line[0]
        QCOMPARE(e.value().pessimisticSeconds, qint64(240.0 / 2 * 3));
        QCOMPARE(e.value().optimisticSeconds, qint64(240.0 / 2 * 3 * 0.8));
    }

    void windowProfileDecidesWhatItCalls()
    {
        const Ticket card = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        m_clock->advance(60);
        const Ticket pension = m_queue->issue(request(QStringLiteral("PE-001")), 0).value();
        // Window 1, comprehensive, prefers pension 3:1: the later pension ticket goes first.
        Window preferring{1, WindowKind::Comprehensive, {}, {{QStringLiteral("pension"), 3}}};
        auto saved = m_queue->setWindowProfile(QStringLiteral("MY-CITY"), preferring, 9);
        QVERIFY(saved.ok());
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value()->id, pension.id);
        // Window 8 (labour) becomes a card window and takes the card ticket.
        Window card8{8, WindowKind::Dedicated, {QStringLiteral("card")}, {}};
        QVERIFY(m_queue->setWindowProfile(QStringLiteral("MY-CITY"), card8, 9).ok());
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 8, 2).ok());
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 8, 2).value()->id, card.id);
        QVERIFY(serveAndFinish(card, 8, 2)); // window 8 is free again for the call below
        // Refusals change nothing.
        Window empty{8, WindowKind::Dedicated, {}, {}};
        QVERIFY(m_queue->setWindowProfile(QStringLiteral("MY-CITY"), empty, 9).error().code == ErrorCode::ValidationFailed);
        Window unknown{8, WindowKind::Dedicated, {QStringLiteral("astrology")}, {}};
        QVERIFY(m_queue->setWindowProfile(QStringLiteral("MY-CITY"), unknown, 9).error().code == ErrorCode::ValidationFailed);
        Window heavy{8, WindowKind::Dedicated, {QStringLiteral("card")}, {{QStringLiteral("card"), 11}}};
        QVERIFY(m_queue->setWindowProfile(QStringLiteral("MY-CITY"), heavy, 9).error().code == ErrorCode::ValidationFailed);
        Window missing{42, WindowKind::Comprehensive, {}, {}};
        QVERIFY(m_queue->setWindowProfile(QStringLiteral("MY-CITY"), missing, 9).error().code == ErrorCode::NotFound);
        // The profile is stored: a new service instance reads it back.
        QueueService again(*m_db, *m_clock, *m_catalogue);
        const Ticket laterCard = m_queue->issue(request(QStringLiteral("CD-001")), 0).value();
        QVERIFY(again.openWindow(QStringLiteral("MY-CITY"), 8, 2).ok());
        QCOMPARE(again.callNext(QStringLiteral("MY-CITY"), 8, 2).value()->id, laterCard.id);
    }

    void supervisorMovesAWaitingTicket()
    {
        QList<Ticket> line;
        for (int i = 0; i < 3; ++i) {
            line << m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
            m_clock->advance(30);
        }
        TransferRequest toBack;
        toBack.toFront = false;
        auto moved = m_queue->moveWaiting(line[0].id, toBack, 9);
        QVERIFY(moved.ok());
        QCOMPARE(moved.value().number, line[0].number);
        TransferRequest toTwo;
        toTwo.toWindow = 2;
        QVERIFY(m_queue->moveWaiting(line[2].id, toTwo, 9).ok());
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value()->id, line[1].id);
        QVERIFY(serveAndFinish(line[1], 1, 1));
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value()->id, line[0].id);
        QVERIFY(m_queue->moveWaiting(line[0].id, toBack, 9).error().code == ErrorCode::Conflict); // called already
        QVERIFY(serveAndFinish(line[0], 1, 1));
        QVERIFY(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value() == std::nullopt); // line[2] waits for window 2
        TransferRequest toLabour;
        toLabour.toWindow = 8;
        QVERIFY(m_queue->moveWaiting(line[2].id, toLabour, 9).error().code == ErrorCode::Conflict);
    }

    void aRolledBackTicketIsNeverCalled()
    {
        // The waiting line is kept in memory; work undone by an outer transaction (as the sync
        // ingest does with a refused operation) must vanish from it too.
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        QVERIFY(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).ok()); // line loaded, empty
        const Status undone = m_db->transaction([&]() -> Status {
            if (auto t = m_queue->issue(request(QStringLiteral("CD-003")), 0); !t)
                return t.error();
            return Error{ErrorCode::Conflict, QStringLiteral("refused by the caller"), {}};
        });
        QVERIFY(!undone.ok());
        auto none = m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1);
        QVERIFY(none.ok());
        QVERIFY(!none.value());
        const Ticket kept = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QCOMPARE(kept.number, QStringLiteral("E001")); // the undone ticket used no number either
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value()->id, kept.id);
    }

    // A refused request writes nothing to the hall's line, so nothing is read back afterwards:
    // the line in memory survives refusals inside a commit group (as the server runs them).
    void aRefusedRequestKeepsTheLineInMemory()
    {
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 2, 2).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_queue->issue(request(QStringLiteral("CD-003")), 0).ok());
        QVERIFY(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value()); // the line is in memory now
        int lineReads = 0;
        m_db->setFaultInjector([&lineReads](const QString &sql) {
            lineReads += sql.contains(QLatin1String("state IN ('waiting')")) ? 1 : 0;
            return false;
        });
        CommitGroup group(*m_db);
        QList<bool> answers;
        const auto issueOf = [this](const QString &service) {
            return [this, service]() -> Status {
                auto t = m_queue->issue(request(service), 0);
                return t ? okStatus() : Status(t.error());
            };
        };
        group.run(issueOf(QStringLiteral("NO-SUCH-MATTER")), [&](const Status &st) { answers << bool(st); });
        group.run(issueOf(QStringLiteral("CD-003")), [&](const Status &st) { answers << bool(st); });
        group.run(issueOf(QString()), [&](const Status &st) { answers << bool(st); });
        QVERIFY(group.commit());
        QCOMPARE(answers, (QList<bool>{false, true, false}));
        auto next = m_queue->callNext(QStringLiteral("MY-CITY"), 2, 2);
        m_db->setFaultInjector({});
        QVERIFY(next.ok() && next.value());
        QCOMPARE(next.value()->number, QStringLiteral("E002"));
        QCOMPARE(lineReads, 0);
        QCOMPARE(m_queue->snapshot(QStringLiteral("MY-CITY")).value().waiting.size(), 2); // E003 and the new E004
    }

    // The view screens fetch is built once per change and shared until the next one.
    void viewIsBuiltOncePerChange()
    {
        QVERIFY(m_queue->issue(request(QStringLiteral("CD-003")), 0).ok());
        const auto first = m_queue->view(QStringLiteral("MY-CITY"));
        QVERIFY(first.ok());
        QCOMPARE(m_queue->view(QStringLiteral("MY-CITY")).value().get(), first.value().get());
        QCOMPARE(first.value()->json,
                 QJsonDocument(m_queue->snapshot(QStringLiteral("MY-CITY")).value().toJson()).toJson(QJsonDocument::Compact));
        QVERIFY(!first.value()->deflated.isEmpty());

        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        const auto opened = m_queue->view(QStringLiteral("MY-CITY")).value();
        QVERIFY(opened.get() != first.value().get());
        QVERIFY(opened->etag != first.value()->etag);
        QCOMPARE(opened->snapshot.windows.size(), 1);

        QVERIFY(m_queue->issue(request(QStringLiteral("CD-003")), 0).ok());
        QCOMPARE(m_queue->view(QStringLiteral("MY-CITY")).value()->snapshot.waiting.size(), 2);
        QVERIFY(m_queue->view(QStringLiteral("NO-SUCH-HALL")).error().code == ErrorCode::NotFound);
    }

    // Time changes the view too, without any event: a parked ticket coming back, a new day.
    void viewFollowsTheClock()
    {
        const Ticket t = callOne();
        QVERIFY(m_queue->park(t.id, 1, 10, {}, 1).ok());
        QCOMPARE(m_queue->view(QStringLiteral("MY-CITY")).value()->snapshot.parked.size(), 1);
        m_clock->advance(9 * 60);
        QCOMPARE(m_queue->view(QStringLiteral("MY-CITY")).value()->snapshot.parked.size(), 1);
        m_clock->advance(60);
        const auto back = m_queue->view(QStringLiteral("MY-CITY")).value();
        QCOMPARE(back->snapshot.parked.size(), 0);
        QCOMPARE(back->snapshot.waiting.size(), 1);
        QCOMPARE(back->snapshot.waiting.first().ticket.id, t.id);

        m_clock->advance(24 * 3600);
        const auto tomorrow = m_queue->view(QStringLiteral("MY-CITY")).value();
        QCOMPARE(tomorrow->snapshot.serviceDay, QStringLiteral("2026-11-03"));
        QVERIFY(tomorrow->snapshot.waiting.isEmpty());
    }

    void oneCitizenPerWindow()
    {
        const Ticket first = callOne(); // E001 at window 1
        const Ticket second = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        const qsizetype eventsBefore = m_events.size();

        // Call-next again: refused, naming the ticket still at the window; nothing changes.
        auto again = m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1);
        QVERIFY(!again.ok());
        QVERIFY(again.error().code == ErrorCode::Conflict);
        QCOMPARE(again.error().extra.value(QLatin1String("reason")).toString(),
                 QStringLiteral("E001 is still at window 1: finish it, mark it no-show or transfer it before calling the next."));
        const QJsonObject held = again.error().extra.value(QLatin1String("ticket")).toObject();
        QCOMPARE(held.value(QLatin1String("id")).toInteger(), first.id);
        QCOMPARE(held.value(QLatin1String("number")).toString(), QStringLiteral("E001"));
        QCOMPARE(held.value(QLatin1String("state")).toString(), QStringLiteral("called"));
        QVERIFY(again.error().text.source); // said in the request's language by the server
        QCOMPARE(again.error().text.english(), again.error().extra.value(QLatin1String("reason")).toString());
        QVERIFY(m_queue->ticket(first.id).value()->state == TicketState::Called);
        QVERIFY(m_queue->ticket(second.id).value()->state == TicketState::Waiting);
        QCOMPARE(m_events.size(), eventsBefore);

        // A call by number too, whatever the reason; recalling the ticket at the window is fine.
        auto chosen = m_queue->callTicket(second.id, 1, QStringLiteral("wheelchair user at the door"), 1);
        QVERIFY(!chosen.ok());
        QVERIFY(chosen.error().code == ErrorCode::Conflict);
        QCOMPARE(chosen.error().extra.value(QLatin1String("ticket")).toObject().value(QLatin1String("id")).toInteger(), first.id);
        m_clock->advance(m_queue->config().recallGapSeconds);
        QVERIFY(m_queue->recall(first.id, 1, 1).ok());

        // Serving counts as at the window as well.
        QVERIFY(m_queue->startServing(first.id, 1, 1).ok());
        auto whileServing = m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1);
        QVERIFY(!whileServing.ok());
        QCOMPARE(whileServing.error().extra.value(QLatin1String("ticket")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("serving"));
        QVERIFY(m_queue->ticket(second.id).value()->state == TicketState::Waiting);

        // Another window is not held by it.
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 2, 2).ok());
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 2, 2).value()->id, second.id);

        // A parked ticket has left the window: it may call again.
        const Ticket third = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QVERIFY(m_queue->park(first.id, 1, 10, QStringLiteral("fetching the household register"), 1).ok());
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value()->id, third.id);
    }

    void autoAssignLeavesAnOccupiedWindowAlone()
    {
        const Ticket atWindow = callOne(); // called by the teller before auto-assign is on
        QVERIFY(m_queue->startServing(atWindow.id, 1, 1).ok());
        const Ticket waiting = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QVERIFY(m_queue->setAutoAssign(QStringLiteral("MY-CITY"), 1, true, 1).ok());
        QVERIFY(m_queue->ticket(waiting.id).value()->state == TicketState::Waiting);
        const Ticket later = m_queue->issue(request(QStringLiteral("CD-003")), 0).value();
        QVERIFY(m_queue->ticket(later.id).value()->state == TicketState::Waiting);
        QVERIFY(m_queue->ticket(atWindow.id).value()->state == TicketState::Serving);
        // The citizen steps away: the window is free, and auto-assign gives it the next one.
        QVERIFY(m_queue->park(atWindow.id, 1, 10, {}, 1).ok());
        QVERIFY(m_queue->ticket(waiting.id).value()->state == TicketState::Called);
        QCOMPARE(m_queue->ticket(waiting.id).value()->windowNumber, 1);
        QVERIFY(m_queue->ticket(later.id).value()->state == TicketState::Waiting);
    }

private:
    // What a teller does before calling the next: serve the ticket at the window and finish it.
    bool serveAndFinish(const Ticket &t, int window, qint64 teller)
    {
        return m_queue->startServing(t.id, window, teller).ok()
               && m_queue->finish(t.id, window, {{t.matters.first().serviceCode, MatterOutcome::Done, {}}}, teller).ok();
    }

    IssueRequest request(const QString &service)
    {
        IssueRequest r;
        r.hallCode = QStringLiteral("MY-CITY");
        if (!service.isEmpty())
            r.services << service;
        return r;
    }

    Ticket callOne()
    {
        m_queue->issue(request(QStringLiteral("CD-003")), 0);
        m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1);
        auto called = m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1);
        return called.ok() && called.value() ? *called.value() : Ticket{};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<QueueService> m_queue;
    QList<QueueEvent> m_events;
};

QTEST_MAIN(TestQueueService)
#include "tst_queueservice.moc"
