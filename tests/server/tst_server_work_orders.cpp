// The 12333 hotline's work orders through the real server (issue 17): who may do what (the
// hotline agent's role among the others), a complaint about a served ticket recorded, routed to
// the hall's supervisor, answered within the limit with the caller told by text message; an
// appointment booked from a work order; bad input refused with translated texts and nothing
// stored; a holiday between routing and the due day moving the due day on; the report JSON and
// CSV, and the complaint counted against the teller and window in the queue figures; and last a
// complaint left past its due day: overdue in the list and the detail, answered late.
#include "core/domain/api/WorkOrderBodies.h"
#include "core/domain/reports/CsvTable.h"
#include "core/service/store/ServerSchema.h"
#include "tests/support/RatedTicket.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {

const QString kMobile = QStringLiteral("13812345678");

QJsonObject complaint(const QString &hall = QStringLiteral("MY-FC"), const QString &ticket = {})
{
    NewWorkOrderRequest r;
    r.kind = WorkOrderKind::Complaint;
    r.phone = kMobile;
    r.hall = hall;
    r.service = QStringLiteral("CD-003");
    r.text = QStringLiteral("来电反映窗口工作人员态度生硬，办理时间过长。");
    r.ticket = ticket;
    return r.toJson();
}

} // namespace

class TestServerWorkOrders : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_agent, m_supervisor, m_teller, m_reviewer, m_admin, m_citySupervisor, m_kiosk, m_otherSupervisor;

    WorkOrderDetail detailOf(const HttpReply &r)
    {
        auto d = WorkOrderDetail::fromJson(r.json());
        if (!d)
            qWarning("not a work order: %s", r.body.constData());
        return d ? d.value() : WorkOrderDetail{};
    }
    QString created(const QJsonObject &body)
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/work-orders"), body, m_agent);
        if (r.status != 201)
            qWarning("create: %d %s", r.status, r.body.constData());
        return detailOf(r).workOrder.number;
    }
    QString path(const QString &number, const QString &step = {})
    {
        return QStringLiteral("/api/v1/work-orders/") + number + (step.isEmpty() ? QString() : QLatin1Char('/') + step);
    }
    int count(const QString &sql)
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(m_server->databasePath()));
        if (!db)
            return -1;
        auto q = db.value()->exec(sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }
    HttpReply postAs(const QString &url, const QJsonObject &body, const QString &token, const QByteArray &language)
    {
        return m_http->send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"},
                             {"Accept-Language", language}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        const QString pw = QStringLiteral("demo1234");
        m_agent = m_http->login(QStringLiteral("agent1"), pw);
        m_supervisor = m_http->login(QStringLiteral("fc_supervisor"), pw);
        m_teller = m_http->login(QStringLiteral("fc_teller1"), pw);
        m_reviewer = m_http->login(QStringLiteral("fc_reviewer1"), pw);
        m_admin = m_http->login(QStringLiteral("admin"), pw);
        m_citySupervisor = m_http->login(QStringLiteral("supervisor1"), pw);
        m_kiosk = m_http->login(QStringLiteral("kiosk-fc"), QStringLiteral("device1234"));
        for (const QString &t : {m_agent, m_supervisor, m_teller, m_reviewer, m_admin, m_citySupervisor, m_kiosk})
            QVERIFY(!t.isEmpty());
    }

    // Who may: the agent records and reads every hall's; a supervisor reads and answers their
    // halls' only; tellers, reviewers, administrators and devices nothing.
    void permissions()
    {
        const QString number = created(complaint());
        QVERIFY(!number.isEmpty());
        const QString yx = created(complaint(QStringLiteral("MY-YX")));
        QVERIFY(!yx.isEmpty());
        struct Cell
        {
            const char *who;
            QString token;
            int create, list, get, getOther, report;
        };
        const QList<Cell> cells{
            {"agent", m_agent, 201, 200, 200, 200, 200},
            {"fc-supervisor", m_supervisor, 403, 200, 200, 403, 200},
            {"city-supervisor", m_citySupervisor, 403, 200, 200, 200, 200},
            {"teller", m_teller, 403, 403, 403, 403, 403},
            {"reviewer", m_reviewer, 403, 403, 403, 403, 403},
            {"admin", m_admin, 403, 403, 403, 403, 403},
            {"kiosk", m_kiosk, 403, 403, 403, 403, 403},
            {"no-token", QString(), 401, 401, 401, 401, 401},
        };
        const QString report = QStringLiteral("/api/v1/reports/work-orders?from=2026-01-01&to=2026-12-31");
        for (const Cell &c : cells) {
            const int before = count(QStringLiteral("SELECT COUNT(*) FROM work_orders"));
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/work-orders"), complaint(), c.token).status, c.create);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_orders")), before + (c.create == 201 ? 1 : 0));
            QVERIFY2(m_http->get(QStringLiteral("/api/v1/work-orders?hall=MY-FC"), c.token).status == c.list, c.who);
            QVERIFY2(m_http->get(path(number), c.token).status == c.get, c.who);
            QVERIFY2(m_http->get(path(yx), c.token).status == c.getOther, c.who);
            QVERIFY2(m_http->get(report + QStringLiteral("&hall=MY-FC"), c.token).status == c.report, c.who);
        }
        // A supervisor's list holds their halls' only.
        const HttpReply mine = m_http->get(QStringLiteral("/api/v1/work-orders"), m_supervisor);
        QCOMPARE(mine.status, 200);
        const QList<WorkOrderItem> mineListed = WorkOrderList::fromJson(mine.json()).value().workOrders;
        for (const WorkOrderItem &i : mineListed)
            QVERIFY(i.hall.startsWith(QLatin1String("MY-FC")));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/work-orders?hall=MY-YX"), m_supervisor).status, 403);
        // Routing is the agent's, and an agent does not answer for the hall.
        QCOMPARE(m_http->post(path(number, QStringLiteral("route")), {}, m_supervisor).status, 403);
        QCOMPARE(m_http->post(path(number, QStringLiteral("route")), {}, m_agent).status, 200);
        QCOMPARE(m_http->post(path(number, QStringLiteral("answer")), {{QLatin1String("answer"), QStringLiteral("x")}}, m_agent).status, 403);
    }

    void complaintRoutedAnsweredAndTold()
    {
        const test::RatedTicket ticket = test::badlyRated(*m_http, m_teller, QStringLiteral("MY-FC"));
        QVERIFY(!ticket.number.isEmpty());
        const HttpReply made = m_http->post(QStringLiteral("/api/v1/work-orders"), complaint(QStringLiteral("MY-FC"), ticket.number), m_agent);
        QCOMPARE(made.status, 201);
        WorkOrderDetail d = detailOf(made);
        QVERIFY(QRegularExpression(QStringLiteral("\\AGD-\\d{8}-\\d{4}\\z")).match(d.workOrder.number).hasMatch());
        QCOMPARE(toString(d.workOrder.status), QStringLiteral("open"));
        QCOMPARE(d.workOrder.phone, QStringLiteral("138****5678")); // never whole over the API
        QVERIFY(!made.body.contains(kMobile.toUtf8()));
        QCOMPARE(d.workOrder.ticket, ticket.number);
        QCOMPARE(d.workOrder.window, 1);
        QVERIFY(!d.workOrder.tellerName.isEmpty());
        QCOMPARE(d.events.size(), 1);
        QCOMPARE(toString(d.events.first().kind), QStringLiteral("created"));

        const HttpReply routed = m_http->post(path(d.workOrder.number, QStringLiteral("route")),
                                              {{QLatin1String("note"), QStringLiteral("请大厅核实")}}, m_agent);
        QCOMPARE(routed.status, 200);
        d = detailOf(routed);
        QCOMPARE(toString(d.workOrder.status), QStringLiteral("routed"));
        QVERIFY(d.workOrder.dueDay.isValid());
        QVERIFY(d.workOrder.dueDay > d.workOrder.createdAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date());
        QVERIFY(!d.workOrder.overdue);
        QVERIFY(!d.routedTo.isEmpty());
        // Routed once only.
        QCOMPARE(m_http->post(path(d.workOrder.number, QStringLiteral("route")), {}, m_agent).status, 409);

        // The supervisor sees it among the routed ones of the hall, and answers.
        const HttpReply list = m_http->get(QStringLiteral("/api/v1/work-orders?hall=MY-FC&status=routed&kind=complaint"), m_supervisor);
        QCOMPARE(list.status, 200);
        bool listed = false;
        const QList<WorkOrderItem> routedListed = WorkOrderList::fromJson(list.json()).value().workOrders;
        for (const WorkOrderItem &i : routedListed) {
            QCOMPARE(toString(i.status), QStringLiteral("routed"));
            listed = listed || i.number == d.workOrder.number;
        }
        QVERIFY(listed);
        const HttpReply answered = m_http->post(path(d.workOrder.number, QStringLiteral("answer")),
                                                {{QLatin1String("answer"), QStringLiteral("已约谈窗口工作人员并整改，感谢监督。")}}, m_supervisor);
        QCOMPARE(answered.status, 200);
        d = detailOf(answered);
        QCOMPARE(toString(d.workOrder.status), QStringLiteral("answered"));
        QVERIFY(!d.workOrder.answeredLate);
        QCOMPARE(d.notifications.size(), 1);
        // Sent once the answer is durable: read again, the gateway has taken it.
        d = detailOf(m_http->get(path(d.workOrder.number), m_supervisor));
        QCOMPARE(d.notifications.size(), 1);
        QVERIFY(d.notifications.first().sent);
        QCOMPARE(d.notifications.first().phone, QStringLiteral("138****5678"));
        QVERIFY(d.notifications.first().text.contains(d.workOrder.number));
        QVERIFY(d.notifications.first().text.contains(QStringLiteral("已约谈")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_order_notifications WHERE sent_at IS NOT NULL AND phone = '%1'").arg(kMobile)), 1);
        QCOMPARE(m_http->post(path(d.workOrder.number, QStringLiteral("answer")), {{QLatin1String("answer"), QStringLiteral("again")}},
                              m_supervisor)
                     .status,
                 409);
        // The agent closes it; the timeline holds every step, in order.
        const HttpReply closed = m_http->post(path(d.workOrder.number, QStringLiteral("close")), {}, m_agent);
        QCOMPARE(closed.status, 200);
        d = detailOf(closed);
        QStringList kinds;
        for (const WorkOrderEvent &e : d.events)
            kinds << toString(e.kind);
        QCOMPARE(kinds, (QStringList{QStringLiteral("created"), QStringLiteral("routed"), QStringLiteral("answered"), QStringLiteral("closed")}));
        // The timeline is append-only, under the audit trail.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE subject_table = 'work_order_events'")) >= 4, true);

        // The complaint is counted against the teller's window in the queue figures.
        const QString day = d.workOrder.createdAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date().toString(Qt::ISODate);
        const HttpReply figures = m_http->get(QStringLiteral("/api/v1/reports/queue?hall=MY-FC&from=%1&to=%1&group=window").arg(day),
                                              m_supervisor);
        QCOMPARE(figures.status, 200);
        int complaints = -1;
        for (const QJsonValue &row : figures.json().value(QLatin1String("rows")).toArray()) {
            const QJsonObject o = row.toObject();
            if (o.value(QLatin1String("key")).toString() == QLatin1String("1"))
                complaints = o.value(QLatin1String("complaints")).toInt();
        }
        QCOMPARE(complaints, 1);
        QVERIFY(figures.json().value(QLatin1String("total")).toObject().value(QLatin1String("complaints")).toInt() >= 1);
    }

    void appointmentBookedFromWorkOrder()
    {
        NewWorkOrderRequest r;
        r.kind = WorkOrderKind::Booking;
        r.phone = QStringLiteral("0816-2345678");
        r.hall = QStringLiteral("MY-FC");
        r.service = QStringLiteral("CD-003");
        r.text = QStringLiteral("想预约明天上午办理。");
        const QString number = created(r.toJson());
        QVERIFY(!number.isEmpty());
        QDateTime slot = QDateTime::currentDateTimeUtc().addDays(1);
        slot.setTime(QTime(2, 0)); // 10:00 in Mianyang
        const HttpReply booked = m_http->post(path(number, QStringLiteral("appointment")),
                                              {{QLatin1String("slot_at"), slot.toString(Qt::ISODate)}}, m_agent);
        QCOMPARE(booked.status, 200);
        const WorkOrderDetail d = detailOf(booked);
        QCOMPARE(d.workOrder.appointment.size(), 8);
        QCOMPARE(toString(d.events.last().kind), QStringLiteral("booked"));
        // The appointment is the hotline's, for the caller's number, found by its code.
        const HttpReply appointment = m_http->get(QStringLiteral("/api/v1/appointments/") + d.workOrder.appointment, m_agent);
        QCOMPARE(appointment.status, 200);
        QCOMPARE(appointment.json().value(QLatin1String("channel")).toString(), QStringLiteral("hotline"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE code = '%1' AND phone = '0816-2345678'").arg(d.workOrder.appointment)), 1);
        // Once only; a booking work order is closed by the agent without routing.
        QCOMPARE(m_http->post(path(number, QStringLiteral("appointment")), {{QLatin1String("slot_at"), slot.toString(Qt::ISODate)}}, m_agent).status,
                 409);
        QCOMPARE(m_http->post(path(number, QStringLiteral("route")), {}, m_agent).status, 409);
        QCOMPARE(m_http->post(path(number, QStringLiteral("close")), {}, m_agent).status, 200);
    }

    void badInputRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("unknown kind") << "kind" << "gossip" << QStringLiteral("请选择来电类型") << "Choose what the call is";
        QTest::newRow("bad phone") << "phone" << "12345" << QStringLiteral("不是有效的电话号码") << "Not a phone number";
        QTest::newRow("unknown hall") << "hall" << "NO-SUCH" << QStringLiteral("没有这个大厅") << "There is no such hall";
        QTest::newRow("unknown matter") << "service" << "XX-999" << QStringLiteral("事项清单中没有该事项") << "no such matter";
        QTest::newRow("unknown ticket") << "ticket" << "Z999" << QStringLiteral("没有发出过这个号码") << "issued no ticket";
        QTest::newRow("nothing said") << "text" << "" << QStringLiteral("请记录来电人反映的内容") << "Write down what the caller said";
    }

    void badInputRefusedAndNothingStored()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        const int before = count(QStringLiteral("SELECT COUNT(*) FROM work_orders"));
        const int events = count(QStringLiteral("SELECT COUNT(*) FROM work_order_events"));
        QJsonObject body = complaint();
        body.insert(field, value);
        for (const auto &[language, expected] : {std::pair{QByteArray("zh-CN"), zh}, std::pair{QByteArray("en"), en}}) {
            const HttpReply r = postAs(QStringLiteral("/api/v1/work-orders"), body, m_agent, language);
            QCOMPARE(r.status, 422);
            const QString why = r.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject().value(field).toString();
            QVERIFY2(why.contains(expected), qPrintable(why));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_orders")), before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM work_order_events")), events);
    }

    // A holiday between routing and the due day moves the due day on by a working day.
    void holidayExtendsTheLimit()
    {
        const QString first = created(complaint());
        const WorkOrderDetail a = detailOf(m_http->post(path(first, QStringLiteral("route")), {}, m_agent));
        QVERIFY(a.workOrder.dueDay.isValid());
        // The city's administrator declares the next working day after today a holiday.
        const HttpReply calendar = m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_admin);
        QCOMPARE(calendar.status, 200);
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
        QJsonObject year;
        for (const QJsonValue &y : calendar.json().value(QLatin1String("years")).toArray()) {
            if (y.toObject().value(QLatin1String("year")).toInt() == today.year())
                year = y.toObject();
        }
        if (year.isEmpty())
            QSKIP("the calendar does not know this year");
        QSet<QString> holidays, workdays;
        for (const QJsonValue &v : year.value(QLatin1String("holidays")).toArray())
            holidays.insert(v.toString());
        for (const QJsonValue &v : year.value(QLatin1String("workdays")).toArray())
            workdays.insert(v.toString());
        QDate extra = today.addDays(1);
        while (holidays.contains(extra.toString(Qt::ISODate))
               || (extra.dayOfWeek() > 5 && !workdays.contains(extra.toString(Qt::ISODate))))
            extra = extra.addDays(1);
        if (extra.year() != today.year() || extra >= a.workOrder.dueDay)
            QSKIP("no working day to make a holiday before the due day this year");
        QByteArray csv = "date,kind,name\n";
        for (const QString &h : std::as_const(holidays))
            csv += h.toUtf8() + ",holiday,假日\n";
        for (const QString &w : std::as_const(workdays))
            csv += w.toUtf8() + ",workday,调休\n";
        csv += extra.toString(Qt::ISODate).toUtf8() + ",holiday,测试假日\n";
        const HttpReply put = m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"), csv,
                                           {{"Authorization", "Bearer " + m_admin.toLatin1()}, {"Content-Type", "text/csv"}});
        QCOMPARE(put.status, 200);
        const QString second = created(complaint());
        const WorkOrderDetail b = detailOf(m_http->post(path(second, QStringLiteral("route")), {}, m_agent));
        QVERIFY2(b.workOrder.dueDay > a.workOrder.dueDay, qPrintable(b.workOrder.dueDay.toString(Qt::ISODate)));
    }

    void report()
    {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
        const QString url = QStringLiteral("/api/v1/reports/work-orders?from=%1&to=%1").arg(today.toString(Qt::ISODate));
        const HttpReply json = m_http->get(url, m_agent);
        QCOMPARE(json.status, 200);
        const WorkOrderReport r = WorkOrderReport::fromJson(json.json()).value();
        QCOMPARE(r.rows.size(), 5);
        QCOMPARE(r.total.count, count(QStringLiteral("SELECT COUNT(*) FROM work_orders")));
        int complaints = 0;
        for (const WorkOrderFigures &f : r.rows) {
            if (f.kind == QLatin1String("complaint")) {
                complaints = f.count;
                QVERIFY(f.answered >= 1);
                QVERIFY(f.answerHoursMean.has_value());
            }
        }
        QCOMPARE(complaints, count(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE kind = 'complaint'")));
        const HttpReply csv = m_http->get(url + QStringLiteral("&format=csv"), m_agent);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
        const QList<QStringList> table = CsvTable::parse(csv.body);
        QCOMPARE(table.size(), 7); // header, five kinds, total
        QCOMPARE(table.last().first(), QStringLiteral("total"));
        QCOMPARE(table.last().at(1).toInt(), r.total.count);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/reports/work-orders?from=2026-02-01&to=2026-01-01"), m_agent).status, 422);
    }

    // Last: it restarts the server.
    void overdueFlaggedThenAnsweredLate()
    {
        const QString number = created(complaint());
        QCOMPARE(m_http->post(path(number, QStringLiteral("route")), {}, m_agent).status, 200);
        m_server->stop();
        {
            auto db = ServerSchema::open(DatabaseLocation::parse(m_server->databasePath()));
            QVERIFY(db.ok());
            QVERIFY(db.value()->run(QStringLiteral("UPDATE work_orders SET due_day = '2026-01-05' WHERE number = ?"), {number}).ok());
        }
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        const HttpReply overdue = m_http->get(QStringLiteral("/api/v1/work-orders?overdue=true"), m_supervisor);
        QCOMPARE(overdue.status, 200);
        const QList<WorkOrderItem> items = WorkOrderList::fromJson(overdue.json()).value().workOrders;
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().number, number);
        QVERIFY(items.first().overdue);
        QVERIFY(detailOf(m_http->get(path(number), m_supervisor)).workOrder.overdue);
        const WorkOrderDetail d = detailOf(m_http->post(path(number, QStringLiteral("answer")),
                                                        {{QLatin1String("answer"), QStringLiteral("迟复致歉，已处理。")}, {QLatin1String("notify"), false}},
                                                        m_supervisor));
        QVERIFY(d.workOrder.answeredLate);
        QVERIFY(!d.workOrder.overdue);
        QVERIFY(d.notifications.isEmpty()); // the supervisor chose not to send it
        QCOMPARE(WorkOrderList::fromJson(m_http->get(QStringLiteral("/api/v1/work-orders?overdue=true"), m_supervisor).json())
                     .value()
                     .workOrders.size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestServerWorkOrders)
#include "tst_server_work_orders.moc"
