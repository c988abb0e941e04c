// The queue operations beyond call-next over HTTP against the real onewindow-server: the wait
// estimate in the issue answer, calling out of order, transfer, park, auto-assign and
// appointments from booking to kiosk check-in. Time rules are covered in core with a fake clock.
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ow::test;

class TestServerQueueOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        m_display = m_http->login(QStringLiteral("display-city"), QStringLiteral("device1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        m_teller2 = m_http->login(QStringLiteral("teller2"), QStringLiteral("demo1234"));
        QVERIFY(!m_kiosk.isEmpty() && !m_display.isEmpty() && !m_teller.isEmpty() && !m_teller2.isEmpty());
        QCOMPARE(put(QStringLiteral("/api/v1/halls/MY-CITY/windows/1"), {{QLatin1String("state"), QStringLiteral("open")}}, m_teller).status, 200);
        QCOMPARE(put(QStringLiteral("/api/v1/halls/MY-CITY/windows/2"), {{QLatin1String("state"), QStringLiteral("open")}}, m_teller2).status, 200);
    }

    void issueAnswersWithTheWait()
    {
        const HttpReply first = issue(QStringLiteral("CD-003"));
        QCOMPARE(first.status, 201);
        const QJsonObject wait = first.json().value(QLatin1String("wait")).toObject();
        QCOMPARE(wait.value(QLatin1String("people_ahead")).toInt(-1), 0);
        QCOMPARE(wait.value(QLatin1String("capable_windows")).toInt(), 2);
        QVERIFY(wait.value(QLatin1String("pessimistic_minutes")).toInt() > 0);
        QVERIFY(wait.value(QLatin1String("optimistic_minutes")).toInt() <= wait.value(QLatin1String("pessimistic_minutes")).toInt());
        const HttpReply second = issue(QStringLiteral("CD-003"));
        QCOMPARE(second.json().value(QLatin1String("wait")).toObject().value(QLatin1String("people_ahead")).toInt(), 1);
        clearLine();
    }

    void callOutOfOrderTransferAndPark()
    {
        const qint64 a = issue(QStringLiteral("CD-003")).json().value(QLatin1String("id")).toInteger();
        const qint64 b = issue(QStringLiteral("CD-003")).json().value(QLatin1String("id")).toInteger();
        const QString bPath = QStringLiteral("/api/v1/tickets/%1").arg(b);
        const HttpReply noReason = m_http->post(bPath + QStringLiteral("/call"), {{QLatin1String("window"), 1}}, m_teller);
        QCOMPARE(noReason.status, 422);
        QCOMPARE(noReason.errorCode(), QStringLiteral("validation_failed"));
        const HttpReply called = m_http->post(bPath + QStringLiteral("/call"),
                                              {{QLatin1String("window"), 1}, {QLatin1String("reason"), QStringLiteral("elderly, came back")}},
                                              m_teller);
        QCOMPARE(called.status, 200);
        QCOMPARE(called.json().value(QLatin1String("state")).toString(), QStringLiteral("called"));

        const HttpReply sideways = m_http->post(bPath + QStringLiteral("/transfer"),
                                                {{QLatin1String("window"), 1}, {QLatin1String("position"), QStringLiteral("sideways")}},
                                                m_teller);
        QCOMPARE(sideways.status, 422);
        const HttpReply moved = m_http->post(bPath + QStringLiteral("/transfer"),
                                             {{QLatin1String("window"), 1},
                                              {QLatin1String("to_window"), 2},
                                              {QLatin1String("position"), QStringLiteral("front")},
                                              {QLatin1String("services"), QJsonArray{QStringLiteral("PE-001")}}},
                                             m_teller);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json().value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        QCOMPARE(moved.json().value(QLatin1String("number")).toString(), called.json().value(QLatin1String("number")).toString());
        // Only window 2 may take it now, and it comes first there.
        const HttpReply atTwo = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/2/call-next"), {}, m_teller2);
        QCOMPARE(atTwo.json().value(QLatin1String("id")).toInteger(), b);

        const HttpReply parked = m_http->post(bPath + QStringLiteral("/park"),
                                              {{QLatin1String("window"), 2}, {QLatin1String("minutes"), 5}}, m_teller2);
        QCOMPARE(parked.status, 200);
        QCOMPARE(parked.json().value(QLatin1String("state")).toString(), QStringLiteral("parked"));
        const QJsonObject snap = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), m_display).json();
        QCOMPARE(snap.value(QLatin1String("parked")).toArray().size(), 1);
        QVERIFY(snap.value(QLatin1String("waiting")).toArray().first().toObject().contains(QLatin1String("wait")));
        QCOMPARE(m_http->post(bPath + QStringLiteral("/park"), {{QLatin1String("window"), 2}, {QLatin1String("minutes"), 5}}, m_teller2).status,
                 409); // parked already

        const HttpReply details = m_http->get(bPath, m_teller);
        QStringList kinds;
        for (const QJsonValue &e : details.json().value(QLatin1String("events")).toArray())
            kinds << e.toObject().value(QLatin1String("kind")).toString();
        QCOMPARE(kinds, (QStringList{"issued", "called", "transferred", "called", "parked"}));
        Q_UNUSED(a);
        clearLine();
    }

    void autoAssignCallsForAnIdleWindow()
    {
        QCOMPARE(put(QStringLiteral("/api/v1/halls/MY-CITY/windows/1"), {{QLatin1String("auto_assign"), QStringLiteral("yes")}}, m_teller).status,
                 422);
        const HttpReply on = put(QStringLiteral("/api/v1/halls/MY-CITY/windows/1"), {{QLatin1String("auto_assign"), true}}, m_teller);
        QCOMPARE(on.status, 200);
        QVERIFY(on.json().value(QLatin1String("auto_assign")).toBool());
        const HttpReply t = issue(QStringLiteral("CD-003"));
        const HttpReply now = m_http->get(QStringLiteral("/api/v1/tickets/%1").arg(t.json().value(QLatin1String("id")).toInteger()), m_teller);
        QCOMPARE(now.json().value(QLatin1String("state")).toString(), QStringLiteral("called"));
        QCOMPARE(now.json().value(QLatin1String("window")).toInt(), 1);
        QCOMPARE(put(QStringLiteral("/api/v1/halls/MY-CITY/windows/1"), {{QLatin1String("auto_assign"), false}}, m_teller).status, 200);
        // Nobody came: the teller marks it so, and window 1 is free for the next call.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/tickets/%1/no-show").arg(t.json().value(QLatin1String("id")).toInteger()),
                              {{QLatin1String("window"), 1}}, m_teller)
                     .status,
                 200);
    }

    void appointmentFromBookingToCheckIn()
    {
        // The next quarter hour is at most 15 minutes away: inside the check-in window.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime slot = now.addSecs(15 * 60 - (now.time().minute() % 15) * 60 - now.time().second());
        slot.setTime(QTime(slot.time().hour(), slot.time().minute()));
        const QJsonObject booking{{QLatin1String("hall"), QStringLiteral("MY-CITY")},
                                  {QLatin1String("service"), QStringLiteral("CD-003")},
                                  {QLatin1String("slot_at"), slot.toString(Qt::ISODate)},
                                  {QLatin1String("channel"), QStringLiteral("hotline")},
                                  {QLatin1String("resident_id"), QStringLiteral("11010519491231002X")}};
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/appointments"), booking, m_display).status, 403);
        QJsonObject badSlot = booking;
        badSlot.insert(QLatin1String("slot_at"), QStringLiteral("tomorrow"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/appointments"), badSlot, m_teller).status, 422);
        const HttpReply booked = m_http->post(QStringLiteral("/api/v1/appointments"), booking, m_teller);
        QCOMPARE(booked.status, 201);
        const QString code = booked.json().value(QLatin1String("code")).toString();
        QCOMPARE(code.size(), 8);
        QCOMPARE(booked.json().value(QLatin1String("resident_id")).toString(), QStringLiteral("1101**********002X")); // never in full
        // Another hall's teller may not cancel it.
        const QString countyTeller = m_http->login(QStringLiteral("fc_teller1"), QStringLiteral("demo1234"));
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/v1/appointments/") + code, {}, auth(countyTeller)).status, 403);

        const HttpReply seen = m_http->get(QStringLiteral("/api/v1/appointments/") + code, m_kiosk);
        QCOMPARE(seen.status, 200);
        QVERIFY(!seen.body.contains("11010519491231002X")); // a kiosk never sees the ID number
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/appointments/") + code, m_display).status, 403);

        const QString checkIn = QStringLiteral("/api/v1/halls/%1/appointments/") + code + QStringLiteral("/check-in");
        QCOMPARE(m_http->post(checkIn.arg(QStringLiteral("MY-FC")), {}, m_kiosk).status, 403);
        const HttpReply in = m_http->post(checkIn.arg(QStringLiteral("MY-CITY")), {}, m_kiosk);
        QCOMPARE(in.status, 201);
        const QJsonObject ticket = in.json().value(QLatin1String("ticket")).toObject();
        QCOMPARE(ticket.value(QLatin1String("channel")).toString(), QStringLiteral("appointment"));
        QVERIFY(ticket.contains(QLatin1String("wait")));
        QCOMPARE(in.json().value(QLatin1String("appointment")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("checked_in"));
        QCOMPARE(m_http->post(checkIn.arg(QStringLiteral("MY-CITY")), {}, m_kiosk).status, 409);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/v1/appointments/") + code, {}, auth(m_teller)).status, 409);
        QCOMPARE(m_http->post(checkIn.arg(QStringLiteral("MY-CITY")).replace(code, QStringLiteral("99999999")), {}, m_kiosk).status,
                 404);
        const HttpReply day = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/appointments?day=")
                                              + slot.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate),
                                          m_teller);
        QCOMPARE(day.status, 200);
        QCOMPARE(day.json().value(QLatin1String("appointments")).toArray().size(), 1);
    }

    void supervisorChangesProfilesAndMovesTickets()
    {
        const QString supervisor = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        const QJsonObject profile{{QLatin1String("kind"), QStringLiteral("dedicated")},
                                  {QLatin1String("categories"), QJsonArray{QStringLiteral("card"), QStringLiteral("pension")}},
                                  {QLatin1String("weights"), QJsonObject{{QLatin1String("pension"), 2}}}};
        QCOMPARE(put(QStringLiteral("/api/v1/halls/MY-CITY/windows/8/profile"), profile, m_teller).status, 403);
        QJsonObject badKind = profile;
        badKind.insert(QLatin1String("kind"), QStringLiteral("sometimes"));
        QCOMPARE(put(QStringLiteral("/api/v1/halls/MY-CITY/windows/8/profile"), badKind, supervisor).status, 422);
        const HttpReply saved = put(QStringLiteral("/api/v1/halls/MY-CITY/windows/8/profile"), profile, supervisor);
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json().value(QLatin1String("weights")).toObject().value(QLatin1String("pension")).toInt(), 2);
        const QJsonArray halls = m_http->get(QStringLiteral("/api/v1/org/halls"), m_teller).json().value(QLatin1String("halls")).toArray();
        bool found = false;
        for (const QJsonValue &h : halls) {
            for (const QJsonValue &w : h.toObject().value(QLatin1String("windows")).toArray()) {
                if (h.toObject().value(QLatin1String("code")).toString() == QLatin1String("MY-CITY")
                    && w.toObject().value(QLatin1String("number")).toInt() == 8)
                    found = w.toObject().value(QLatin1String("categories")).toArray().size() == 2;
            }
        }
        QVERIFY(found);

        const qint64 id = issue(QStringLiteral("CD-003")).json().value(QLatin1String("id")).toInteger();
        const QString move = QStringLiteral("/api/v1/tickets/%1/move").arg(id);
        QCOMPARE(m_http->post(move, {{QLatin1String("to_window"), 8}}, m_teller).status, 403);
        const HttpReply moved = m_http->post(move, {{QLatin1String("to_window"), 8}, {QLatin1String("position"), QStringLiteral("back")}},
                                             supervisor);
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json().value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        clearLine(); // window 1 may not take it any more
        const HttpReply still = m_http->get(QStringLiteral("/api/v1/tickets/%1").arg(id), m_teller);
        QCOMPARE(still.json().value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
    }

    void ticketStatusIsPublicAndHoldsNoPersonalData()
    {
        const HttpReply issued = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                              {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}},
                                               {QLatin1String("resident_id"), QStringLiteral("11010519491231002X")},
                                               {QLatin1String("phone"), QStringLiteral("13812345678")}},
                                              m_kiosk);
        QCOMPARE(issued.status, 201);
        const QString number = issued.json().value(QLatin1String("number")).toString();
        const QString day = issued.json().value(QLatin1String("service_day")).toString();
        const QString path = QStringLiteral("/MY-CITY/%1/%2").arg(day, number);
        const HttpReply json = m_http->get(QStringLiteral("/api/v1/public/tickets") + path); // no token
        QCOMPARE(json.status, 200);
        QCOMPARE(json.json().value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        QVERIFY(json.json().value(QLatin1String("wait")).toObject().contains(QLatin1String("people_ahead")));
        QVERIFY(!json.body.contains("1101") && !json.body.contains("5678"));
        const HttpReply page = m_http->get(QStringLiteral("/t") + path);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(QString::fromUtf8(page.body).contains(number));
        QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("等候中")));
        QVERIFY(!page.body.contains("1101") && !page.body.contains("5678"));
        QCOMPARE(m_http->get(QStringLiteral("/t/MY-CITY/%1/Z999").arg(day)).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/t/MY-CITY/yesterday/%1").arg(number)).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/t/NOPE/%1/%2").arg(day, number)).status, 404);
        // Called: the page names the window.
        const QString ticketPath = QStringLiteral("/api/v1/tickets/%1").arg(issued.json().value(QLatin1String("id")).toInteger());
        const HttpReply called = m_http->post(ticketPath + QStringLiteral("/call"),
                                              {{QLatin1String("window"), 1}, {QLatin1String("reason"), QStringLiteral("test")}}, m_teller);
        QCOMPARE(called.status, 200);
        QVERIFY(QString::fromUtf8(m_http->get(QStringLiteral("/t") + path).body).contains(QStringLiteral("1 号窗口")));
        QCOMPARE(m_http->post(ticketPath + QStringLiteral("/no-show"), {{QLatin1String("window"), 1}}, m_teller).status, 200);
        clearLine();
    }

    void oneCitizenPerWindow()
    {
        clearLine();
        const HttpReply a = issue(QStringLiteral("CD-003"));
        const HttpReply b = issue(QStringLiteral("CD-003"));
        const QString aNumber = a.json().value(QLatin1String("number")).toString();
        const QString aPath = QStringLiteral("/api/v1/tickets/%1").arg(a.json().value(QLatin1String("id")).toInteger());
        const QString bPath = QStringLiteral("/api/v1/tickets/%1").arg(b.json().value(QLatin1String("id")).toInteger());
        const QString callNext = QStringLiteral("/api/v1/halls/MY-CITY/windows/1/call-next");
        QCOMPARE(m_http->post(callNext, {}, m_teller).json().value(QLatin1String("number")).toString(), aNumber);

        // F1 twice: 409, naming the ticket still at the window, in the caller's language.
        const HttpReply twice = m_http->send("POST", callNext, "{}", withLanguage(auth(m_teller), "zh-CN"));
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.errorCode(), QStringLiteral("conflict"));
        const QJsonObject error = twice.json().value(QLatin1String("error")).toObject();
        const QJsonObject held = error.value(QLatin1String("ticket")).toObject();
        QCOMPARE(held.value(QLatin1String("id")), a.json().value(QLatin1String("id")));
        QCOMPARE(held.value(QLatin1String("number")).toString(), aNumber);
        QCOMPARE(held.value(QLatin1String("state")).toString(), QStringLiteral("called"));
        QCOMPARE(held.value(QLatin1String("window")).toInt(), 1);
        QCOMPARE(error.value(QLatin1String("message")).toString(), aNumber + QStringLiteral(" 仍在 1 号窗口：请先办结、过号或转办，再叫下一位。"));
        QCOMPARE(error.value(QLatin1String("reason")).toString(),
                 aNumber + QStringLiteral(" is still at window 1: finish it, mark it no-show or transfer it before calling the next."));
        const HttpReply inEnglish = m_http->send("POST", callNext, "{}", withLanguage(auth(m_teller), "en"));
        QCOMPARE(inEnglish.status, 409);
        QCOMPARE(inEnglish.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 aNumber + QStringLiteral(" is still at window 1: finish it, mark it no-show or transfer it before calling the next."));
        // Nothing changed: A is still called there, B still waits.
        QCOMPARE(m_http->get(aPath, m_teller).json().value(QLatin1String("state")).toString(), QStringLiteral("called"));
        QCOMPARE(m_http->get(bPath, m_teller).json().value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        QStringList kinds;
        for (const QJsonValue &e : m_http->get(bPath, m_teller).json().value(QLatin1String("events")).toArray())
            kinds << e.toObject().value(QLatin1String("kind")).toString();
        QCOMPARE(kinds, QStringList{QStringLiteral("issued")});

        // Calling B by number while A is served: refused the same way.
        QCOMPARE(m_http->post(aPath + QStringLiteral("/serve"), {{QLatin1String("window"), 1}}, m_teller).status, 200);
        const HttpReply byNumber = m_http->post(bPath + QStringLiteral("/call"),
                                                {{QLatin1String("window"), 1}, {QLatin1String("reason"), QStringLiteral("elderly")}}, m_teller);
        QCOMPARE(byNumber.status, 409);
        const QJsonObject stillServed = byNumber.json().value(QLatin1String("error")).toObject().value(QLatin1String("ticket")).toObject();
        QCOMPARE(stillServed.value(QLatin1String("number")).toString(), aNumber);
        QCOMPARE(stillServed.value(QLatin1String("state")).toString(), QStringLiteral("serving"));
        QCOMPARE(m_http->get(bPath, m_teller).json().value(QLatin1String("state")).toString(), QStringLiteral("waiting"));

        // A finished: the window calls again.
        QCOMPARE(m_http->post(aPath + QStringLiteral("/finish"),
                              {{QLatin1String("window"), 1},
                               {QLatin1String("matters"), QJsonArray{QJsonObject{{QLatin1String("service"), QStringLiteral("CD-003")},
                                                                                 {QLatin1String("outcome"), QStringLiteral("done")}}}}},
                              m_teller)
                     .status,
                 200);
        QCOMPARE(m_http->post(callNext, {}, m_teller).json().value(QLatin1String("id")), b.json().value(QLatin1String("id")));

        // Auto-assign gives an occupied window nothing; once it is free, the next ticket.
        QCOMPARE(put(QStringLiteral("/api/v1/halls/MY-CITY/windows/1"), {{QLatin1String("auto_assign"), true}}, m_teller).status, 200);
        const HttpReply c = issue(QStringLiteral("CD-003"));
        const QString cPath = QStringLiteral("/api/v1/tickets/%1").arg(c.json().value(QLatin1String("id")).toInteger());
        QCOMPARE(m_http->get(cPath, m_teller).json().value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        QCOMPARE(m_http->get(bPath, m_teller).json().value(QLatin1String("state")).toString(), QStringLiteral("called"));
        QCOMPARE(m_http->post(bPath + QStringLiteral("/no-show"), {{QLatin1String("window"), 1}}, m_teller).status, 200);
        const QJsonObject cNow = m_http->get(cPath, m_teller).json();
        QCOMPARE(cNow.value(QLatin1String("state")).toString(), QStringLiteral("called"));
        QCOMPARE(cNow.value(QLatin1String("window")).toInt(), 1);
        QCOMPARE(put(QStringLiteral("/api/v1/halls/MY-CITY/windows/1"), {{QLatin1String("auto_assign"), false}}, m_teller).status, 200);
        QCOMPARE(m_http->post(cPath + QStringLiteral("/no-show"), {{QLatin1String("window"), 1}}, m_teller).status, 200);
    }

private:
    static QList<QPair<QByteArray, QByteArray>> withLanguage(QList<QPair<QByteArray, QByteArray>> headers, const QByteArray &language)
    {
        headers.append({"Accept-Language", language});
        return headers;
    }
    static QList<QPair<QByteArray, QByteArray>> auth(const QString &token)
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}};
    }
    HttpReply put(const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_http->send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), auth(token));
    }
    HttpReply issue(const QString &service)
    {
        return m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                            {{QLatin1String("services"), QJsonArray{service}}}, m_kiosk);
    }
    // Window 1 calls and finishes everyone waiting, so each test starts with an empty line. The
    // window must be free (one citizen per window): a ticket left at it would stop the clean-up.
    void clearLine()
    {
        for (int i = 0; i < 50; ++i) {
            const HttpReply c = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/1/call-next"), {}, m_teller);
            QVERIFY2(c.status == 200 || c.status == 204, c.body.constData());
            if (c.status != 200)
                return;
            const QString path = QStringLiteral("/api/v1/tickets/%1").arg(c.json().value(QLatin1String("id")).toInteger());
            m_http->post(path + QStringLiteral("/no-show"), {{QLatin1String("window"), 1}}, m_teller);
        }
    }

    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_kiosk;
    QString m_display;
    QString m_teller;
    QString m_teller2;
};

QTEST_MAIN(TestServerQueueOps)
#include "tst_server_queue_ops.moc"
