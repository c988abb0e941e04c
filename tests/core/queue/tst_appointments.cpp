// Appointments on a real SQLite file: booking rules, the kiosk check-in window, and the
// appointment ticket going ahead of walk-ins once its slot has come.
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/DemoCity.h"
#include "core/service/queue/Appointments.h"
#include "core/service/queue/QueueService.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "core/domain/util/Clock.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace ow;

namespace {
// Mianyang is UTC+8: 09:00 local is 01:00 UTC.
QDateTime local(int h, int m)
{
    return QDateTime(QDate(2026, 11, 2), QTime(h, m), QTimeZone(8 * 3600));
}
} // namespace

class TestAppointments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        DatabaseLocation loc;
        loc.sqlitePath = m_dir->filePath(QStringLiteral("appointments.sqlite"));
        auto db = ServerSchema::open(loc);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clock = std::make_unique<FakeClock>(local(9, 0).toUTC());
        m_catalogue = std::make_unique<CatalogueService>(*m_db, *m_clock);
        QVERIFY(m_catalogue->import(Catalogue::bundledJson()).ok());
        QVERIFY(DemoCity::seed(*m_db, DemoCity::bundledJson(), PasswordHasher()).ok());
        m_queue = std::make_unique<QueueService>(*m_db, *m_clock, *m_catalogue);
        m_appointments = std::make_unique<AppointmentService>(*m_db, *m_clock, *m_catalogue, *m_queue);
    }

    void cleanup()
    {
        m_appointments.reset();
        m_queue.reset();
        m_catalogue.reset();
        m_db.reset();
    }

    void bookingGivesAnEightDigitCode()
    {
        auto a = m_appointments->book(booking(local(10, 0)), 1);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().detail));
        QCOMPARE(a.value().code.size(), 8);
        QVERIFY(a.value().state == AppointmentState::Booked);
        auto found = m_appointments->find(a.value().code);
        QVERIFY(found.ok());
        QCOMPARE(found.value().slotAt, local(10, 0).toUTC());
        QCOMPARE(found.value().hallCode, QStringLiteral("MY-CITY"));
        QVERIFY(!found.value().toJson(false).contains(QLatin1String("resident_id")));
    }

    void badBookingsAreRefused_data()
    {
        QTest::addColumn<QDateTime>("slot");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("residentId");
        QTest::addColumn<QString>("field");
        QTest::newRow("past") << local(8, 45) << "CD-003" << QString() << "slot_at";
        QTest::newRow("not on a quarter hour") << local(10, 7) << "CD-003" << QString() << "slot_at";
        QTest::newRow("too far ahead") << local(10, 0).addDays(31) << "CD-003" << QString() << "slot_at";
        QTest::newRow("unknown service") << local(10, 0) << "XX-9" << QString() << "service";
        QTest::newRow("bad id number") << local(10, 0) << "CD-003" << "110105194912310021" << "resident_id";
    }

    void badBookingsAreRefused()
    {
        QFETCH(QDateTime, slot);
        QFETCH(QString, service);
        QFETCH(QString, residentId);
        QFETCH(QString, field);
        BookingRequest r = booking(slot);
        r.serviceCode = service;
        r.residentId = residentId;
        auto a = m_appointments->book(r, 1);
        QVERIFY(!a.ok());
        QVERIFY(a.error().code == ErrorCode::ValidationFailed);
        QVERIFY(a.error().extra.value(QLatin1String("fields")).toObject().contains(field));
        QCOMPARE(m_appointments->forDay(QStringLiteral("MY-CITY"), QDate(2026, 11, 2)).value().size(), 0);
    }

    void aSlotHoldsLimitedBookings()
    {
        for (int i = 0; i < HallQueueConfig{}.slotCapacity; ++i)
            QVERIFY(m_appointments->book(booking(local(11, 0)), 1).ok());
        auto full = m_appointments->book(booking(local(11, 0)), 1);
        QVERIFY(!full.ok());
        QVERIFY(full.error().code == ErrorCode::Conflict);
        // A cancellation frees a place.
        const QString code = m_appointments->forDay(QStringLiteral("MY-CITY"), QDate(2026, 11, 2)).value().first().code;
        QVERIFY(m_appointments->cancel(code, 1).ok());
        QVERIFY(m_appointments->book(booking(local(11, 0)), 1).ok());
        QVERIFY(m_appointments->cancel(code, 1).error().code == ErrorCode::Conflict); // cancelled already
    }

    void checkInWindowAroundTheSlot_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("31 min early") << local(9, 29) << false;
        QTest::newRow("30 min early") << local(9, 30) << true;
        QTest::newRow("on time") << local(10, 0) << true;
        QTest::newRow("15 min late") << local(10, 15) << true;
        QTest::newRow("16 min late") << local(10, 16) << false;
    }

    void checkInWindowAroundTheSlot()
    {
        QFETCH(QDateTime, at);
        QFETCH(bool, accepted);
        const Appointment a = m_appointments->book(booking(local(10, 0)), 1).value();
        m_clock->set(at.toUTC());
        auto done = m_appointments->checkIn(a.code, QStringLiteral("MY-CITY"), 0);
        QCOMPARE(done.ok(), accepted);
        if (!accepted) {
            QVERIFY(done.error().code == ErrorCode::Conflict);
            QVERIFY(m_appointments->find(a.code).value().state == AppointmentState::Booked);
            return;
        }
        const Ticket &t = done.value().second;
        QVERIFY(t.channel == Channel::Appointment);
        QCOMPARE(t.appointmentId, a.id);
        QCOMPARE(t.appointmentAt, local(10, 0).toUTC());
        QVERIFY(m_appointments->find(a.code).value().state == AppointmentState::CheckedIn);
        QCOMPARE(m_appointments->find(a.code).value().ticketId, t.id);
        auto twice = m_appointments->checkIn(a.code, QStringLiteral("MY-CITY"), 0);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().code == ErrorCode::Conflict);
    }

    void checkInOnlyAtTheBookedHall()
    {
        const Appointment a = m_appointments->book(booking(local(10, 0)), 1).value();
        m_clock->set(local(9, 50).toUTC());
        QVERIFY(m_appointments->checkIn(a.code, QStringLiteral("MY-FC"), 0).error().code == ErrorCode::Conflict);
        QVERIFY(m_appointments->checkIn(QStringLiteral("00000000"), QStringLiteral("MY-CITY"), 0).error().code
                == ErrorCode::NotFound);
    }

    void dueAppointmentGoesAheadOfWalkIns()
    {
        const Appointment a = m_appointments->book(booking(local(10, 0)), 1).value();
        QVERIFY(m_queue->openWindow(QStringLiteral("MY-CITY"), 1, 1).ok());
        m_clock->set(local(9, 40).toUTC());
        const Ticket walkIn = m_queue->issue(walkInRequest(), 0).value();
        m_clock->set(local(9, 45).toUTC());
        const Ticket booked = m_appointments->checkIn(a.code, QStringLiteral("MY-CITY"), 0).value().second;
        m_clock->set(local(9, 50).toUTC());
        const Ticket secondWalkIn = m_queue->issue(walkInRequest(), 0).value();
        // Before the slot the appointment waits like anybody else: the earlier walk-in first.
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value()->id, walkIn.id);
        QVERIFY(serveAndFinish(walkIn)); // one citizen per window: done before the next call
        // From the slot on it goes ahead of the walk-in who came earlier.
        m_clock->set(local(10, 0).toUTC());
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value()->id, booked.id);
        QVERIFY(serveAndFinish(booked));
        QCOMPARE(m_queue->callNext(QStringLiteral("MY-CITY"), 1, 1).value()->id, secondWalkIn.id);
    }

private:
    // What the teller at window 1 does before calling the next: serve the ticket and finish it.
    bool serveAndFinish(const Ticket &t)
    {
        return m_queue->startServing(t.id, 1, 1).ok()
               && m_queue->finish(t.id, 1, {{t.matters.first().serviceCode, MatterOutcome::Done, {}}}, 1).ok();
    }

    BookingRequest booking(const QDateTime &slot) const
    {
        BookingRequest r;
        r.hallCode = QStringLiteral("MY-CITY");
        r.serviceCode = QStringLiteral("CD-003");
        r.slotAt = slot;
        r.channel = Channel::Hotline;
        r.phone = QStringLiteral("13812345678");
        return r;
    }

    IssueRequest walkInRequest() const
    {
        IssueRequest r;
        r.hallCode = QStringLiteral("MY-CITY");
        r.services << QStringLiteral("CD-003");
        return r;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<QueueService> m_queue;
    std::unique_ptr<AppointmentService> m_appointments;
};

QTEST_MAIN(TestAppointments)
#include "tst_appointments.moc"
