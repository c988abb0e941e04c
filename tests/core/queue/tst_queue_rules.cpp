// Queue rules per hall on a real SQLite file: a hall given its own rules by an administrator
// (QueueRulesAdmin) issues, calls, recalls and books by them, while a hall without its own keeps
// the server's defaults; removing them returns the hall to the defaults; every change is in the
// record of administrative changes, and only an administrator of the hall may make it.
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/DemoCity.h"
#include "core/service/queue/Appointments.h"
#include "core/service/queue/QueueRulesAdmin.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {
const QString kFc = QStringLiteral("MY-FC");     // gets its own rules
const QString kCity = QStringLiteral("MY-CITY"); // keeps the defaults

Account administrator(const QString &hall, OrgLevel level)
{
    Account a;
    a.id = 1;
    a.username = QStringLiteral("admin");
    a.role = Role::Admin;
    a.hallCode = hall;
    a.hallLevel = level;
    return a;
}

QueueRules fcRules()
{
    QueueRules q;
    q.promiseMinutes = 5;
    q.maxRecalls = 1;
    q.recallGapSeconds = 10;
    q.priorityRatio = 1;
    q.keepNumbersOvernight = false;
    q.slotCapacity = 1;
    q.priorityGroups = {{QStringLiteral("veteran"), {QStringLiteral("退役军人"), QStringLiteral("Veteran")}},
                        {QStringLiteral("elderly"), {QStringLiteral("老年人"), QStringLiteral("Elderly person")}}};
    return q;
}
} // namespace

class TestQueueRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        DatabaseLocation loc;
        loc.sqlitePath = m_dir->filePath(QStringLiteral("rules.sqlite"));
        auto db = ServerSchema::open(loc);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC)); // 09:00 in Mianyang
        m_catalogue = std::make_unique<CatalogueService>(*m_db, *m_clock);
        QVERIFY(m_catalogue->import(Catalogue::bundledJson()).ok());
        QVERIFY(DemoCity::seed(*m_db, DemoCity::bundledJson(), PasswordHasher()).ok());
        m_queue = std::make_unique<QueueService>(*m_db, *m_clock, *m_catalogue);
        m_log = std::make_unique<AdminLog>(*m_db, *m_clock);
        m_rules = std::make_unique<QueueRulesAdmin>(*m_db, *m_clock, *m_log, *m_queue);
    }

    void cleanup()
    {
        m_rules.reset();
        m_log.reset();
        m_queue.reset();
        m_catalogue.reset();
        m_db.reset();
    }

    void aHallWithoutItsOwnFollowsTheDefaults()
    {
        auto r = m_rules->get(cityAdmin(), kFc);
        QVERIFY(r.ok());
        QVERIFY(!r.value().own);
        QCOMPARE(r.value().rules, QueueRules::of(m_queue->config()));
        QCOMPARE(m_queue->rulesOf(kFc).value().promiseMinutes, 15);
    }

    void priorityGroupsAreTheHalls()
    {
        // Read (and kept) before the change: the change must reach the queue all the same.
        QVERIFY(issue(kFc, QStringLiteral("serviceman")).ok());
        setFc();
        auto veteran = issue(kFc, QStringLiteral("veteran"));
        QVERIFY(veteran.ok());
        QCOMPARE(veteran.value().priorityGroup, QStringLiteral("veteran"));
        auto serviceman = issue(kFc, QStringLiteral("serviceman"));
        QVERIFY(!serviceman.ok());
        QVERIFY(serviceman.error().code == ErrorCode::ValidationFailed);
        QVERIFY(serviceman.error().extra.value(QLatin1String("fields")).toObject().contains(QLatin1String("priority_group")));
        // The city hall keeps the bureau's four.
        QVERIFY(issue(kCity, QStringLiteral("serviceman")).ok());
        QVERIFY(!issue(kCity, QStringLiteral("veteran")).ok());
    }

    void recallCapAndGapAreTheHalls()
    {
        setFc();
        const Ticket fc = callOne(kFc);
        const Ticket city = callOne(kCity);
        m_clock->advance(10);
        QVERIFY(m_queue->recall(fc.id, 1, 1).ok()); // MY-FC: 10 s apart
        const auto tooSoon = m_queue->recall(city.id, 1, 1); // MY-CITY: 30 s
        QVERIFY(!tooSoon.ok());
        QVERIFY(tooSoon.error().code == ErrorCode::Conflict);
        m_clock->advance(20);
        QVERIFY(m_queue->recall(city.id, 1, 1).ok());
        // MY-FC allows one recall: the next makes the ticket a no-show; MY-CITY three.
        auto fcAgain = m_queue->recall(fc.id, 1, 1);
        QVERIFY(fcAgain.ok());
        QVERIFY(fcAgain.value().state == TicketState::NoShow);
        m_clock->advance(30);
        auto cityAgain = m_queue->recall(city.id, 1, 1);
        QVERIFY(cityAgain.ok());
        QVERIFY(cityAgain.value().state == TicketState::Called);
        QCOMPARE(cityAgain.value().recalls, 2);
    }

    // A ticket moved to the back of the line is called first once it has waited longer than the
    // hall's promise: 5 minutes at MY-FC, 15 at MY-CITY.
    void thePromiseIsTheHalls()
    {
        setFc();
        for (const QString &hall : {kFc, kCity}) {
            const Ticket first = issue(hall, {}).value();
            m_clock->advance(60);
            const Ticket second = issue(hall, {}).value();
            TransferRequest back;
            back.toFront = false;
            QVERIFY(m_queue->moveWaiting(first.id, back, 9).ok());
            m_clock->advance(5 * 60);
            QVERIFY(m_queue->openWindow(hall, 1, 1).ok());
            auto called = m_queue->callNext(hall, 1, 1);
            QVERIFY(called.ok() && called.value());
            QCOMPARE(called.value()->id, hall == kFc ? first.id : second.id);
            m_clock->set(QDateTime(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC));
        }
    }

    // Ratio 1 at MY-FC: priority and ordinary alternate; MY-CITY's 2 calls two priority first.
    void thePriorityRatioIsTheHalls()
    {
        setFc();
        for (const QString &hall : {kFc, kCity}) {
            for (int i = 0; i < 3; ++i) {
                QVERIFY(issue(hall, QStringLiteral("elderly")).ok());
                QVERIFY(issue(hall, {}).ok());
            }
            QVERIFY(m_queue->openWindow(hall, 1, 1).ok());
            QString order;
            for (int i = 0; i < 3; ++i) {
                auto called = m_queue->callNext(hall, 1, 1);
                QVERIFY(called.ok() && called.value());
                order += called.value()->priorityGroup.isEmpty() ? QLatin1Char('o') : QLatin1Char('p');
                QVERIFY(m_queue->startServing(called.value()->id, 1, 1).ok());
                QVERIFY(m_queue->finish(called.value()->id, 1, {{QStringLiteral("CD-003"), MatterOutcome::Done, {}}}, 1).ok());
            }
            QCOMPARE(order, hall == kFc ? QStringLiteral("pop") : QStringLiteral("ppo"));
        }
    }

    void slotCapacityIsTheHalls()
    {
        setFc();
        AppointmentService appointments(*m_db, *m_clock, *m_catalogue, *m_queue);
        const QDateTime slot(QDate(2026, 11, 3), QTime(10, 0), QTimeZone(8 * 3600));
        QVERIFY(appointments.book(booking(kFc, slot), 1).ok());
        auto full = appointments.book(booking(kFc, slot), 1);
        QVERIFY(!full.ok());
        QVERIFY(full.error().code == ErrorCode::Conflict);
        for (int i = 0; i < HallQueueConfig{}.slotCapacity; ++i)
            QVERIFY(appointments.book(booking(kCity, slot), 1).ok());
        QVERIFY(!appointments.book(booking(kCity, slot), 1).ok());
    }

    void resetReturnsToTheDefaults()
    {
        setFc();
        QVERIFY(m_rules->reset(cityAdmin(), kFc).ok());
        auto r = m_rules->get(cityAdmin(), kFc);
        QVERIFY(!r.value().own);
        QCOMPARE(r.value().rules, QueueRules::of(m_queue->config()));
        QVERIFY(issue(kFc, QStringLiteral("serviceman")).ok());
        QVERIFY(!issue(kFc, QStringLiteral("veteran")).ok());
        // Twice is fine, and the second records nothing.
        QVERIFY(m_rules->reset(cityAdmin(), kFc).ok());
        QCOMPARE(changes(), (QStringList{QStringLiteral("update"), QStringLiteral("delete")}));
    }

    void everyChangeIsRecorded()
    {
        setFc();
        QCOMPARE(changes(), QStringList{QStringLiteral("update")});
        auto q = m_db->exec(QStringLiteral("SELECT hall_code, entity, entity_key, before_json, after_json FROM admin_changes "
                                           "WHERE entity = 'queue_rules'"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toString(), kFc);
        QCOMPARE(q.value().value(2).toString(), kFc);
        QVERIFY(q.value().value(3).toString().contains(QLatin1String("\"own\":false")));
        QVERIFY(q.value().value(4).toString().contains(QLatin1String("veteran")));
    }

    void onlyTheHallsAdministrators()
    {
        const Account fcAdmin = administrator(kFc, OrgLevel::County);
        // Its own hall and those below.
        QVERIFY(m_rules->set(fcAdmin, kFc, fcRules()).ok());
        QVERIFY(m_rules->set(fcAdmin, QStringLiteral("MY-FC-CJ"), fcRules()).ok());
        // Not another county's, not the city's.
        for (const QString &other : {QStringLiteral("MY-YX"), kCity}) {
            auto refused = m_rules->set(fcAdmin, other, fcRules());
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().code == ErrorCode::Forbidden);
            QVERIFY(m_rules->get(fcAdmin, other).error().code == ErrorCode::Forbidden);
            QVERIFY(m_rules->reset(fcAdmin, other).error().code == ErrorCode::Forbidden);
        }
        QVERIFY(!m_rules->effective(QStringLiteral("MY-YX")).value().own);
        QVERIFY(m_rules->set(cityAdmin(), QStringLiteral("NOWHERE"), fcRules()).error().code == ErrorCode::NotFound);
        QCOMPARE(changes().size(), 2);
    }

private:
    Account cityAdmin() const { return administrator(kCity, OrgLevel::City); }

    void setFc()
    {
        auto set = m_rules->set(cityAdmin(), kFc, fcRules());
        QVERIFY(set.ok());
        QVERIFY(set.value().own);
        QCOMPARE(m_rules->effective(kFc).value().rules, fcRules());
    }

    Result<Ticket> issue(const QString &hall, const QString &group)
    {
        IssueRequest r;
        r.hallCode = hall;
        r.services << QStringLiteral("CD-003");
        r.priorityGroup = group;
        return m_queue->issue(r, 0);
    }

    Ticket callOne(const QString &hall)
    {
        (void)issue(hall, {});
        (void)m_queue->openWindow(hall, 1, 1);
        auto called = m_queue->callNext(hall, 1, 1);
        return called.ok() && called.value() ? *called.value() : Ticket{};
    }

    BookingRequest booking(const QString &hall, const QDateTime &slot) const
    {
        BookingRequest r;
        r.hallCode = hall;
        r.serviceCode = QStringLiteral("CD-003");
        r.slotAt = slot;
        r.channel = Channel::Hotline;
        r.phone = QStringLiteral("13812345678");
        return r;
    }

    QStringList changes() const
    {
        QStringList out;
        auto q = m_db->exec(QStringLiteral("SELECT action FROM admin_changes WHERE entity = 'queue_rules' ORDER BY id"));
        while (q.ok() && q.value().next())
            out << q.value().value(0).toString();
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<QueueService> m_queue;
    std::unique_ptr<AdminLog> m_log;
    std::unique_ptr<QueueRulesAdmin> m_rules;
};

QTEST_GUILESS_MAIN(TestQueueRules)
#include "tst_queue_rules.moc"
