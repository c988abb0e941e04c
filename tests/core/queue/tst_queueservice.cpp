// The queue service on a real SQLite file: numbering, daily reset, window states, every ticket
// operation and its refusals, events for the live screens.
#include "core/catalogue/CatalogueService.h"
#include "core/org/DemoCity.h"
#include "core/queue/QueueService.h"
#include "core/security/PasswordHasher.h"
#include "core/store/Database.h"
#include "core/util/Clock.h"

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
        auto db = Database::open(loc);
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
        for (const QJsonObject &e : events.value())
            kinds << e.value(QLatin1String("kind")).toString();
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
        QVERIFY(!QJsonDocument(snapshot.value()).toJson().contains("11010519491231002X"));
        QCOMPARE(snapshot.value().value(QLatin1String("waiting_by_prefix")).toObject().value(QLatin1String("E")).toInt(), 1);
    }

private:
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
