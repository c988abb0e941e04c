// The appointments area of the API against the real server: every operation answered once with
// 2xx and with its main refusals, each answer checked against docs/api/openapi.yaml and against
// the C++ contract types (core/domain/api/AppointmentBodies.h) — and the typed client
// (core/client/api/AppointmentApi) reading the same answers.
#include "core/client/ApiClient.h"
#include "core/client/api/AppointmentApi.h"
#include "core/domain/api/AppointmentBodies.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace ow;
using namespace ow::test;

namespace {

const QString kId = QStringLiteral("11010519491231002X"); // GB 11643 example number

// The next quarter hour: at most 15 minutes away, inside the check-in window.
QDateTime nextQuarterHour()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime slot = now.addSecs(15 * 60 - (now.time().minute() % 15) * 60 - now.time().second());
    slot.setTime(QTime(slot.time().hour(), slot.time().minute()));
    return slot;
}

// Tomorrow at `hour`:`minute` Beijing time, with its offset as the hotline would send it.
QDateTime tomorrowAt(int hour, int minute)
{
    const QTimeZone beijing(8 * 3600);
    return QDateTime(QDateTime::currentDateTimeUtc().toTimeZone(beijing).date().addDays(1), QTime(hour, minute), beijing);
}

QJsonObject booking(const QDateTime &slot, const QString &hall = QStringLiteral("MY-CITY"))
{
    return {{QLatin1String("hall"), hall},
            {QLatin1String("service"), QStringLiteral("CD-003")},
            {QLatin1String("slot_at"), slot.toString(Qt::ISODate)},
            {QLatin1String("channel"), QStringLiteral("hotline")}};
}

QJsonObject fieldsOf(const HttpReply &reply)
{
    return reply.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject();
}

} // namespace

class TestContractAppointments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("appointments"));
        m_check->expect<AppointmentView>("POST", QStringLiteral("/api/v1/appointments"));
        m_check->expect<AppointmentView>("GET", QStringLiteral("/api/v1/appointments/{code}"));
        m_check->expect<AppointmentView>("DELETE", QStringLiteral("/api/v1/appointments/{code}"));
        m_check->expect<AppointmentCheckIn>("POST", QStringLiteral("/api/v1/halls/{hall}/appointments/{code}/check-in"));
        m_check->expect<AppointmentList>("GET", QStringLiteral("/api/v1/halls/{hall}/appointments"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        m_display = m_http->login(QStringLiteral("display-city"), QStringLiteral("device1234"));
        m_countyTeller = m_http->login(QStringLiteral("fc_teller1"), QStringLiteral("demo1234"));
        m_countySupervisor = m_http->login(QStringLiteral("fc_supervisor"), QStringLiteral("demo1234"));
        QVERIFY(!m_teller.isEmpty() && !m_kiosk.isEmpty() && !m_display.isEmpty() && !m_countyTeller.isEmpty()
                && !m_countySupervisor.isEmpty());
        // An open window, so the check-in's ticket has a known wait.
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/1"), R"({"state":"open"})",
                              {{"Authorization", "Bearer " + m_teller.toUtf8()}, {"Content-Type", "application/json"}})
                     .status,
                 200);
    }

    void bookLookUpAndCancel()
    {
        QJsonObject body = booking(tomorrowAt(10, 0));
        body.insert(QLatin1String("resident_id"), kId);
        body.insert(QLatin1String("phone"), QStringLiteral("13812345678"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/appointments"), body, m_display).status, 403);
        const HttpReply booked = m_http->post(QStringLiteral("/api/v1/appointments"), body, m_teller);
        QCOMPARE(booked.status, 201);
        const auto view = AppointmentView::fromJson(booked.json());
        QVERIFY(view.ok());
        QCOMPARE(view.value().code.size(), 8);
        QCOMPARE(view.value().residentId, QStringLiteral("1101**********002X"));
        QCOMPARE(view.value().phone, QStringLiteral("138****5678"));
        QVERIFY(view.value().state == AppointmentState::Booked);
        const QString path = QStringLiteral("/api/v1/appointments/") + view.value().code;

        QCOMPARE(m_http->get(path, m_kiosk).status, 200);
        QCOMPARE(m_http->get(path, m_display).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/appointments/99999999"), m_teller).status, 404);

        // Only the appointment's own hall cancels it, and only once.
        QCOMPARE(del(path, m_countyTeller).status, 403);
        const HttpReply cancelled = del(path, m_teller);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(del(path, m_teller).status, 409);
        QCOMPARE(del(QStringLiteral("/api/v1/appointments/99999999"), m_teller).status, 404);
    }

    void badBookingsAreRefused()
    {
        QJsonObject notADate = booking(tomorrowAt(10, 0));
        notADate.insert(QLatin1String("slot_at"), QStringLiteral("tomorrow"));
        const HttpReply badSlot = m_http->post(QStringLiteral("/api/v1/appointments"), notADate, m_teller);
        QCOMPARE(badSlot.status, 422);
        QCOMPARE(fieldsOf(badSlot).value(QLatin1String("slot_at")).toString(), QStringLiteral("ISO 8601 date and time with offset"));

        QJsonObject byKiosk = booking(tomorrowAt(10, 0));
        byKiosk.insert(QLatin1String("channel"), QStringLiteral("kiosk"));
        const HttpReply badChannel = m_http->post(QStringLiteral("/api/v1/appointments"), byKiosk, m_teller);
        QCOMPARE(badChannel.status, 422);
        QCOMPARE(fieldsOf(badChannel).value(QLatin1String("channel")).toString(), QStringLiteral("hotline, online or window"));

        const HttpReply notQuarter = m_http->post(QStringLiteral("/api/v1/appointments"), booking(tomorrowAt(10, 7)), m_teller);
        QCOMPARE(notQuarter.status, 422);
        QVERIFY(fieldsOf(notQuarter).contains(QLatin1String("slot_at")));

        QCOMPARE(m_http->post(QStringLiteral("/api/v1/appointments"), booking(tomorrowAt(10, 0), QStringLiteral("NO-SUCH")), m_teller).status,
                 404);

        // Six bookings fill a slot.
        for (int i = 0; i < 6; ++i)
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/appointments"), booking(tomorrowAt(11, 30)), m_teller).status, 201);
        const HttpReply full = m_http->post(QStringLiteral("/api/v1/appointments"), booking(tomorrowAt(11, 30)), m_teller);
        QCOMPARE(full.status, 409);
        QCOMPARE(full.errorCode(), QStringLiteral("conflict"));
    }

    void checkInAtTheKiosk()
    {
        QJsonObject body = booking(nextQuarterHour());
        body.insert(QLatin1String("resident_id"), kId);
        body.insert(QLatin1String("phone"), QStringLiteral("13812345678"));
        const HttpReply booked = m_http->post(QStringLiteral("/api/v1/appointments"), body, m_teller);
        QCOMPARE(booked.status, 201);
        const QString code = booked.json().value(QLatin1String("code")).toString();
        const QString checkIn = QStringLiteral("/api/v1/halls/%1/appointments/%2/check-in");

        QCOMPARE(m_http->post(checkIn.arg(QStringLiteral("MY-FC"), code), {}, m_kiosk).status, 403);
        QCOMPARE(m_http->post(checkIn.arg(QStringLiteral("MY-CITY"), QStringLiteral("99999999")), {}, m_kiosk).status, 404);
        const HttpReply in = m_http->post(checkIn.arg(QStringLiteral("MY-CITY"), code), {}, m_kiosk);
        QCOMPARE(in.status, 201);
        const auto answer = AppointmentCheckIn::fromJson(in.json());
        QVERIFY2(answer.ok(), answer.ok() ? "" : qPrintable(QJsonDocument(answer.error().extra).toJson()));
        QVERIFY(answer.value().appointment.state == AppointmentState::CheckedIn);
        QCOMPARE(answer.value().appointment.ticketId, answer.value().ticket.id);
        QVERIFY(answer.value().ticket.channel == Channel::Appointment);
        QCOMPARE(answer.value().ticket.residentId, QStringLiteral("1101**********002X")); // never in full
        QVERIFY(!in.body.contains(kId.toUtf8()));
        QVERIFY(answer.value().wait && answer.value().wait->known());
        QCOMPARE(m_http->post(checkIn.arg(QStringLiteral("MY-CITY"), code), {}, m_kiosk).status, 409);

        const QString day = nextQuarterHour().toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
        const QString list = QStringLiteral("/api/v1/halls/MY-CITY/appointments?day=") + day;
        const HttpReply today = m_http->get(list, m_teller);
        QCOMPARE(today.status, 200);
        const auto appointments = AppointmentList::fromJson(today.json());
        QVERIFY(appointments.ok());
        QVERIFY(std::any_of(appointments.value().appointments.begin(), appointments.value().appointments.end(),
                            [&code](const AppointmentView &a) { return a.code == code && a.state == AppointmentState::CheckedIn; }));
        QCOMPARE(m_http->get(list, m_countyTeller).status, 403);
        QCOMPARE(m_http->get(list, m_countySupervisor).status, 200); // supervisors see every hall
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/appointments"), m_teller).status, 422);
    }

    // The typed client reads the same answers, and the server's refusals come as its errors.
    void typedClient()
    {
        ApiClient api;
        api.setBaseUrl(m_server.url());
        api.setToken(m_teller);
        AppointmentApi appointments(api);

        AppointmentBooking b;
        b.hallCode = QStringLiteral("MY-CITY");
        b.serviceCode = QStringLiteral("CD-003");
        b.slotAt = nextQuarterHour().toTimeZone(QTimeZone(8 * 3600));
        b.channel = Channel::Window;
        std::optional<Result<AppointmentView>> booked;
        appointments.book(b, [&booked](Result<AppointmentView> r) { booked = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(booked.has_value(), 10000);
        QVERIFY2(booked->ok(), booked->ok() ? "" : qPrintable(booked->error().detail));
        QVERIFY(booked->value().channel == Channel::Window);
        QCOMPARE(booked->value().slotAt, b.slotAt);
        const QString code = booked->value().code;

        std::optional<Result<AppointmentView>> found;
        appointments.find(code, [&found](Result<AppointmentView> r) { found = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
        QVERIFY(found->ok());
        QVERIFY(found->value() == booked->value());

        std::optional<Result<AppointmentCheckIn>> in;
        appointments.checkIn(QStringLiteral("MY-CITY"), code, [&in](Result<AppointmentCheckIn> r) { in = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(in.has_value(), 10000);
        QVERIFY2(in->ok(), in->ok() ? "" : qPrintable(in->error().detail));
        QCOMPARE(in->value().appointment.code, code);
        QVERIFY(!in->value().ticket.number.isEmpty());

        std::optional<Result<AppointmentView>> again;
        appointments.cancel(code, [&again](Result<AppointmentView> r) { again = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 10000);
        QVERIFY(!again->ok());
        QVERIFY(again->error().code == ErrorCode::Conflict);

        std::optional<Result<AppointmentList>> day;
        appointments.forDay(QStringLiteral("MY-CITY"), b.slotAt.date(), [&day](Result<AppointmentList> r) { day = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(day.has_value(), 10000);
        QVERIFY(day->ok());
        QVERIFY(!day->value().appointments.isEmpty());

        std::optional<Result<AppointmentView>> unknown;
        appointments.find(QStringLiteral("99999999"), [&unknown](Result<AppointmentView> r) { unknown = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(unknown.has_value(), 10000);
        QVERIFY(!unknown->ok());
        QVERIFY(unknown->error().code == ErrorCode::NotFound);
    }

    // Last: everything recorded above against openapi.yaml and the C++ types.
    void answersFitTheContract()
    {
        const QStringList p = m_check->problems();
        QVERIFY2(p.isEmpty(), qPrintable(p.join(QLatin1Char('\n'))));
    }

private:
    HttpReply del(const QString &path, const QString &token)
    {
        return m_http->send("DELETE", path, {}, {{"Authorization", "Bearer " + token.toUtf8()}});
    }

    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
    QString m_teller;
    QString m_kiosk;
    QString m_display;
    QString m_countyTeller;
    QString m_countySupervisor;
};

QTEST_MAIN(TestContractAppointments)
#include "tst_contract_appointments.moc"
