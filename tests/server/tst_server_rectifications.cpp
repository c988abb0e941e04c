// The follow-up of bad ratings through the real server (issue 14). First who may do what: every
// rectification endpoint for every role, on the asker's own hall, a hall below it, the hall above
// it and another county's hall — each cell's expected status written in the table below and
// asserted, and a refused request changes nothing. Then the follow-up itself: refusals translated
// per Accept-Language (the fields' reasons too), contacts, the closing, each step on the ticket's
// timeline; the list's filters; and a rectification whose due day has passed: overdue, and once
// closed, closed late for good (the server restarted on a database whose due day was moved back).
#include "core/domain/api/AdminBodies.h"
#include "core/domain/api/RectificationBodies.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/service/store/ServerSchema.h"
#include "tests/support/RatedTicket.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <array>
#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::RatedTicket;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {

enum class Op {
    List,     // GET  /api/v1/halls/H/rectifications (H's rectification listed)
    Get,      // GET  /api/v1/rectifications/{H's}
    FollowUp, // POST /api/v1/rectifications/{H's}/follow-ups
    Close,    // POST /api/v1/rectifications/{a fresh one at H, contacted}/close
};

const char *opName(Op op)
{
    switch (op) {
    case Op::List: return "list";
    case Op::Get: return "get";
    case Op::FollowUp: return "follow-up";
    case Op::Close: return "close";
    }
    return "?";
}

// The hall the request is about, seen from the one who asks:
//  Own   — their own hall (MY-FC for every account of the table but the city administrator, whose
//          own hall is MY-CITY);
//  Below — MY-FC-CJ, a township hall below MY-FC;
//  Above — MY-CITY, the hall above MY-FC;
//  Other — MY-YX, another county's hall.
enum class Scope { Own, Below, Above, Other };

const char *scopeName(Scope s)
{
    switch (s) {
    case Scope::Own: return "own";
    case Scope::Below: return "below";
    case Scope::Above: return "above";
    case Scope::Other: return "other";
    }
    return "?";
}

enum Who { Teller, Reviewer, Supervisor, CityAdmin, HallAdmin, Kiosk, Display, Nobody, WhoCount };
const char *const kWhoNames[WhoCount] = {"teller", "reviewer", "supervisor", "city-admin", "hall-admin", "kiosk", "display", "no-token"};

struct MatrixRow
{
    Op op;
    Scope scope;
    std::array<int, WhoCount> expected;
};

// The expected status of each cell.
//   teller, reviewer, supervisor (fc_teller1, fc_reviewer1, fc_supervisor at MY-FC);
//   city administrator (admin at MY-CITY); hall administrator (made at MY-FC by the test);
//   kiosk, display (kiosk-fc, display-fc at MY-FC); no token.
// clang-format off
const MatrixRow kMatrix[] = {
    //                                 teller reviewer supervisor city   hall   kiosk display none
    {Op::List,     Scope::Own,   {{    403,   403,     200,       200,   403,   403,  403,    401}}},
    {Op::List,     Scope::Below, {{    403,   403,     200,       200,   403,   403,  403,    401}}},
    {Op::List,     Scope::Above, {{    403,   403,     403,       200,   403,   403,  403,    401}}},
    {Op::List,     Scope::Other, {{    403,   403,     403,       200,   403,   403,  403,    401}}},
    {Op::Get,      Scope::Own,   {{    403,   403,     200,       200,   403,   403,  403,    401}}},
    {Op::Get,      Scope::Below, {{    403,   403,     200,       200,   403,   403,  403,    401}}},
    {Op::Get,      Scope::Above, {{    403,   403,     403,       200,   403,   403,  403,    401}}},
    {Op::Get,      Scope::Other, {{    403,   403,     403,       200,   403,   403,  403,    401}}},
    {Op::FollowUp, Scope::Own,   {{    403,   403,     201,       201,   403,   403,  403,    401}}},
    {Op::FollowUp, Scope::Below, {{    403,   403,     201,       201,   403,   403,  403,    401}}},
    {Op::FollowUp, Scope::Above, {{    403,   403,     403,       201,   403,   403,  403,    401}}},
    {Op::FollowUp, Scope::Other, {{    403,   403,     403,       201,   403,   403,  403,    401}}},
    {Op::Close,    Scope::Own,   {{    403,   403,     200,       200,   403,   403,  403,    401}}},
    {Op::Close,    Scope::Below, {{    403,   403,     200,       200,   403,   403,  403,    401}}},
    {Op::Close,    Scope::Above, {{    403,   403,     403,       200,   403,   403,  403,    401}}},
    {Op::Close,    Scope::Other, {{    403,   403,     403,       200,   403,   403,  403,    401}}},
};
// clang-format on

QString hallFor(Who who, Scope scope)
{
    switch (scope) {
    case Scope::Own: return who == CityAdmin ? QStringLiteral("MY-CITY") : QStringLiteral("MY-FC");
    case Scope::Below: return QStringLiteral("MY-FC-CJ");
    case Scope::Above: return QStringLiteral("MY-CITY");
    case Scope::Other: return QStringLiteral("MY-YX");
    }
    return {};
}

// The teller who serves and rates the tickets of each hall of the table.
const QHash<QString, QString> kTellers{{QStringLiteral("MY-CITY"), QStringLiteral("teller1")},
                                       {QStringLiteral("MY-FC"), QStringLiteral("fc_teller1")},
                                       {QStringLiteral("MY-FC-CJ"), QStringLiteral("cj_teller1")},
                                       {QStringLiteral("MY-YX"), QStringLiteral("yx_teller1")}};

QJsonObject errorOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("error")).toObject();
}

QJsonObject contact(const QString &answer = QStringLiteral("satisfied"))
{
    return {{QLatin1String("contacted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QLatin1String("channel"), QStringLiteral("phone")},
            {QLatin1String("answer"), answer}};
}

const QJsonObject kClosing{{QLatin1String("cause"), QStringLiteral("窗口人员政策解释不清")},
                           {QLatin1String("action"), QStringLiteral("已开展政策培训并向群众致歉")}};

QString path(qint64 id, const QString &action = {})
{
    return QStringLiteral("/api/v1/rectifications/%1").arg(id) + (action.isEmpty() ? QString() : QLatin1Char('/') + action);
}

} // namespace

class TestServerRectifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        const QStringList users = {QStringLiteral("fc_teller1"), QStringLiteral("fc_reviewer1"), QStringLiteral("fc_supervisor"),
                                   QStringLiteral("admin"),      QString(),                      QStringLiteral("kiosk-fc"),
                                   QStringLiteral("display-fc"), QString()};
        for (int w = 0; w < WhoCount; ++w) {
            if (users[w].isEmpty())
                continue;
            m_token[w] = m_http->login(users[w], (w == Kiosk || w == Display) ? QStringLiteral("device1234") : QStringLiteral("demo1234"));
            QVERIFY2(!m_token[w].isEmpty(), qPrintable(users[w]));
        }
        // A hall administrator at MY-FC, made through the API, past their one-time password.
        NewAccountRequest made;
        made.username = QStringLiteral("fc_admin");
        made.role = Role::Admin;
        made.hall = QStringLiteral("MY-FC");
        made.nameZh = QStringLiteral("区管理员");
        const HttpReply created = m_http->post(QStringLiteral("/api/v1/admin/accounts"), made.toJson(), m_token[CityAdmin]);
        QCOMPARE(created.status, 201);
        const QString once = AccountWithPassword::fromJson(created.json()).value().oneTimePassword;
        m_token[HallAdmin] = m_http->login(made.username, once);
        QVERIFY(!m_token[HallAdmin].isEmpty());
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/me/password"), ChangePasswordRequest{once, QStringLiteral("Fucheng-Admin-2026")}.toJson(),
                              m_token[HallAdmin])
                     .status,
                 204);

        for (auto it = kTellers.begin(); it != kTellers.end(); ++it) {
            m_tellerToken.insert(it.key(), m_http->login(it.value(), QStringLiteral("demo1234")));
            QVERIFY(!m_tellerToken.value(it.key()).isEmpty());
            // Each hall's rectification the reading cells look at, contacted once by the city.
            const RatedTicket r = rated(it.key());
            QVERIFY2(r.rectificationId > 0, qPrintable(it.key()));
            m_shared.insert(it.key(), r.rectificationId);
            QCOMPARE(m_http->post(path(r.rectificationId, QStringLiteral("follow-ups")), contact(), m_token[CityAdmin]).status, 201);
        }
    }

    void matrix_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("who");
        QTest::addColumn<int>("expected");
        for (const MatrixRow &row : kMatrix) {
            for (int w = 0; w < WhoCount; ++w) {
                QTest::addRow("%s/%s/%s", opName(row.op), scopeName(row.scope), kWhoNames[w])
                    << static_cast<int>(row.op) << static_cast<int>(row.scope) << w << row.expected[static_cast<size_t>(w)];
            }
        }
    }

    void matrix()
    {
        QFETCH(int, op);
        QFETCH(int, scope);
        QFETCH(int, who);
        QFETCH(int, expected);
        const Op operation = static_cast<Op>(op);
        const QString hall = hallFor(static_cast<Who>(who), static_cast<Scope>(scope));
        const bool success = expected >= 200 && expected < 300;
        qint64 id = m_shared.value(hall);
        if (operation == Op::Close && success) { // a closing uses its rectification up
            id = rated(hall).rectificationId;
            QVERIFY(id > 0);
            QCOMPARE(m_http->post(path(id, QStringLiteral("follow-ups")), contact(), m_token[CityAdmin]).status, 201);
        }
        const QString token = m_token[who];
        const QJsonObject before = detail(id);
        HttpReply reply;
        switch (operation) {
        case Op::List:
            reply = m_http->get(QStringLiteral("/api/v1/halls/%1/rectifications?state=all").arg(hall), token);
            break;
        case Op::Get:
            reply = m_http->get(path(id), token);
            break;
        case Op::FollowUp:
            reply = m_http->post(path(id, QStringLiteral("follow-ups")), contact(QStringLiteral("not_reached")), token);
            break;
        case Op::Close:
            reply = m_http->post(path(id, QStringLiteral("close")), kClosing, token);
            break;
        }
        QCOMPARE(reply.status, expected);
        if (!success) {
            QCOMPARE(reply.errorCode(), expected == 401 ? QStringLiteral("unauthorized") : QStringLiteral("forbidden"));
            QCOMPARE(detail(id), before); // nothing changed
            return;
        }
        switch (operation) {
        case Op::List: {
            const auto list = RectificationList::fromJson(reply.json());
            QVERIFY(list.ok());
            QVERIFY(std::any_of(list.value().rectifications.begin(), list.value().rectifications.end(),
                                [id](const RectificationItem &i) { return i.id == id; }));
            for (const RectificationItem &i : list.value().rectifications)
                QCOMPARE(i.hall, hall); // without below=true, the hall alone
            break;
        }
        case Op::Get:
            QCOMPARE(RectificationDetail::fromJson(reply.json()).value().rectification.id, id);
            break;
        case Op::FollowUp:
            QCOMPARE(RectificationDetail::fromJson(reply.json()).value().followUps.size(),
                     RectificationDetail::fromJson(before).value().followUps.size() + 1);
            break;
        case Op::Close:
            QCOMPARE(toString(RectificationDetail::fromJson(reply.json()).value().rectification.state), QStringLiteral("closed"));
            break;
        }
    }

    void followUpAndCloseWithTranslatedRefusals()
    {
        const QString fc = QStringLiteral("MY-FC");
        const RatedTicket r = rated(fc);
        QVERIFY(r.rectificationId > 0);
        const QString boss = m_token[Supervisor];

        // Nobody contacted the citizen yet: 409, said in Chinese or English as asked.
        HttpReply early = send("POST", path(r.rectificationId, QStringLiteral("close")), kClosing, boss, "zh-CN");
        QCOMPARE(early.status, 409);
        QCOMPARE(errorOf(early).value(QLatin1String("message")).toString(), QStringLiteral("办结前请至少登记一次对群众的回访。"));
        early = send("POST", path(r.rectificationId, QStringLiteral("close")), kClosing, boss, "en");
        QCOMPARE(errorOf(early).value(QLatin1String("message")).toString(),
                 QStringLiteral("Record at least one contact with the citizen before closing."));

        // A contact with nothing in it: each field named, its reason translated too.
        HttpReply empty = send("POST", path(r.rectificationId, QStringLiteral("follow-ups")), {}, boss, "zh-CN");
        QCOMPARE(empty.status, 422);
        QJsonObject fields = errorOf(empty).value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("contacted_at")).toString(), QStringLiteral("请填写回访时间。"));
        QCOMPARE(fields.value(QLatin1String("channel")).toString(), QStringLiteral("请选择回访方式。"));
        QCOMPARE(fields.value(QLatin1String("answer")).toString(), QStringLiteral("请选择群众的回访意见。"));
        empty = send("POST", path(r.rectificationId, QStringLiteral("follow-ups")), {}, boss, "en");
        QCOMPARE(errorOf(empty).value(QLatin1String("fields")).toObject().value(QLatin1String("channel")).toString(),
                 QStringLiteral("Choose how the citizen was contacted."));
        QJsonObject future = contact();
        future.insert(QLatin1String("contacted_at"), QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate));
        QCOMPARE(m_http->post(path(r.rectificationId, QStringLiteral("follow-ups")), future, boss).status, 422);

        // Two contacts, then the closing: without a cause or an action first.
        QJsonObject first = contact(QStringLiteral("not_reached"));
        first.insert(QLatin1String("note"), QStringLiteral("电话无人接听"));
        QCOMPARE(m_http->post(path(r.rectificationId, QStringLiteral("follow-ups")), first, boss).status, 201);
        QJsonObject second = contact(QStringLiteral("satisfied"));
        second.insert(QLatin1String("channel"), QStringLiteral("visit"));
        second.insert(QLatin1String("cause"), QStringLiteral("政策解释不清"));
        const HttpReply reached = m_http->post(path(r.rectificationId, QStringLiteral("follow-ups")), second, boss);
        QCOMPARE(reached.status, 201);
        QCOMPARE(RectificationDetail::fromJson(reached.json()).value().followUps.size(), 2);
        const HttpReply missing = send("POST", path(r.rectificationId, QStringLiteral("close")), {{QLatin1String("note"), QStringLiteral("x")}}, boss, "zh-CN");
        QCOMPARE(missing.status, 422);
        fields = errorOf(missing).value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("cause")).toString(), QStringLiteral("请填写差评原因。"));
        QCOMPARE(fields.value(QLatin1String("action")).toString(), QStringLiteral("请填写整改措施。"));

        const HttpReply closed = m_http->post(path(r.rectificationId, QStringLiteral("close")), kClosing, boss);
        QCOMPARE(closed.status, 200);
        const RectificationDetail d = RectificationDetail::fromJson(closed.json()).value();
        QCOMPARE(toString(d.rectification.state), QStringLiteral("closed"));
        QVERIFY(d.closure && !d.closure->late && !d.rectification.closedLate);
        QCOMPARE(toString(d.closure->answer), QStringLiteral("satisfied"));
        QCOMPARE(d.closure->closedByName, QStringLiteral("马俊"));
        QCOMPARE(d.rectification.ticketId, r.ticketId);

        // Closed once.
        const HttpReply again = send("POST", path(r.rectificationId, QStringLiteral("close")), kClosing, boss, "zh-CN");
        QCOMPARE(again.status, 409);
        QCOMPARE(errorOf(again).value(QLatin1String("message")).toString(), QStringLiteral("该整改已办结，不能重复操作。"));
        QCOMPARE(m_http->post(path(r.rectificationId, QStringLiteral("follow-ups")), contact(), boss).status, 409);
        QCOMPARE(m_http->get(path(999999), boss).status, 404);

        // Each step on the ticket's timeline, as the ticket's history shows it.
        const HttpReply ticket = m_http->get(QStringLiteral("/api/v1/tickets/%1").arg(r.ticketId), boss);
        QCOMPARE(ticket.status, 200);
        QStringList kinds;
        QJsonObject closing;
        for (const QJsonValue &e : ticket.json().value(QLatin1String("events")).toArray()) {
            kinds << e.toObject().value(QLatin1String("kind")).toString();
            if (kinds.last() == QLatin1String("rectification_closed"))
                closing = e.toObject().value(QLatin1String("detail")).toObject();
        }
        QCOMPARE(kinds.mid(kinds.indexOf(QStringLiteral("finished"))),
                 (QStringList{QStringLiteral("finished"), QStringLiteral("rectification_opened"), QStringLiteral("rectification_followed_up"),
                              QStringLiteral("rectification_followed_up"), QStringLiteral("rectification_closed")}));
        QCOMPARE(closing.value(QLatin1String("rectification")).toInteger(), r.rectificationId);
        QCOMPARE(closing.value(QLatin1String("cause")).toString(), kClosing.value(QLatin1String("cause")).toString());
        QCOMPARE(closing.value(QLatin1String("late")).toBool(true), false);
    }

    void listFilters()
    {
        const QString city = m_token[CityAdmin];
        auto ids = [this](const QString &query, const QString &token) {
            const HttpReply r = m_http->get(QStringLiteral("/api/v1/halls/MY-FC/rectifications") + query, token);
            QSet<qint64> out;
            const QList<RectificationItem> items = RectificationList::fromJson(r.json()).value().rectifications;
            for (const RectificationItem &i : items)
                out.insert(i.id);
            return out;
        };
        // Below: the township's rectification joins the county's.
        QVERIFY(ids(QString(), city).contains(m_shared.value(QStringLiteral("MY-FC"))));
        QVERIFY(!ids(QString(), city).contains(m_shared.value(QStringLiteral("MY-FC-CJ"))));
        QVERIFY(ids(QStringLiteral("?below=true"), city).contains(m_shared.value(QStringLiteral("MY-FC-CJ"))));
        QVERIFY(!ids(QStringLiteral("?below=true"), city).contains(m_shared.value(QStringLiteral("MY-YX"))));
        QVERIFY(ids(QStringLiteral("?below=true"), m_token[Supervisor]).contains(m_shared.value(QStringLiteral("MY-FC-CJ"))));
        // The states: the shared one is open, not overdue (due in five working days), not closed.
        QVERIFY(ids(QStringLiteral("?state=open"), city).contains(m_shared.value(QStringLiteral("MY-FC"))));
        QVERIFY(!ids(QStringLiteral("?state=overdue"), city).contains(m_shared.value(QStringLiteral("MY-FC"))));
        QVERIFY(!ids(QStringLiteral("?state=closed"), city).contains(m_shared.value(QStringLiteral("MY-FC"))));
        for (const qint64 id : ids(QStringLiteral("?state=closed"), city))
            QCOMPARE(detail(id).value(QLatin1String("rectification")).toObject().value(QLatin1String("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/halls/MY-FC/rectifications?state=late"), city).status, 422);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/halls/MY-FC/rectifications?limit=1&state=all"), city).json()
                     .value(QLatin1String("rectifications")).toArray().size(),
                 1);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/halls/NO-SUCH/rectifications"), city).status, 404);
    }

    // Last: it restarts the server.
    void overdueThenClosedLate()
    {
        const RatedTicket r = rated(QStringLiteral("MY-FC"));
        QVERIFY(r.rectificationId > 0);
        // Its due day moved back to a Monday long past, with the server stopped.
        m_server->stop();
        {
            auto db = ServerSchema::open(DatabaseLocation::parse(m_server->databasePath()));
            QVERIFY(db.ok());
            QVERIFY(db.value()->run(QStringLiteral("UPDATE rectifications SET due_day = '2026-01-05' WHERE id = ?"), {r.rectificationId}).ok());
        }
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        const QString boss = m_token[Supervisor]; // sessions outlive the restart

        const HttpReply overdue = m_http->get(QStringLiteral("/api/v1/halls/MY-FC/rectifications?state=overdue"), boss);
        QCOMPARE(overdue.status, 200);
        const QList<RectificationItem> items = RectificationList::fromJson(overdue.json()).value().rectifications;
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().id, r.rectificationId);
        QCOMPARE(toString(items.first().state), QStringLiteral("overdue"));
        QCOMPARE(m_http->post(path(r.rectificationId, QStringLiteral("follow-ups")), contact(QStringLiteral("not_satisfied")), boss).status, 201);
        const HttpReply closed = m_http->post(path(r.rectificationId, QStringLiteral("close")), kClosing, boss);
        QCOMPARE(closed.status, 200);
        const RectificationDetail d = RectificationDetail::fromJson(closed.json()).value();
        QVERIFY(d.closure && d.closure->late);
        QVERIFY(d.rectification.closedLate);
        QCOMPARE(toString(d.closure->answer), QStringLiteral("not_satisfied"));
        // Closed late it stays, in the list and on the timeline.
        bool listed = false;
        const QList<RectificationItem> closedOnes =
            RectificationList::fromJson(m_http->get(QStringLiteral("/api/v1/halls/MY-FC/rectifications?state=closed"), boss).json())
                .value()
                .rectifications;
        for (const RectificationItem &i : closedOnes) {
            if (i.id == r.rectificationId) {
                listed = true;
                QVERIFY(i.closedLate);
            }
        }
        QVERIFY(listed);
        QVERIFY(m_http->get(QStringLiteral("/api/v1/halls/MY-FC/rectifications?state=overdue"), boss).json()
                    .value(QLatin1String("rectifications")).toArray().isEmpty());
        const QJsonArray events = m_http->get(QStringLiteral("/api/v1/tickets/%1").arg(r.ticketId), boss).json().value(QLatin1String("events")).toArray();
        QCOMPARE(events.last().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("rectification_closed"));
        QCOMPARE(events.last().toObject().value(QLatin1String("detail")).toObject().value(QLatin1String("late")).toBool(), true);
    }

private:
    RatedTicket rated(const QString &hall) { return ow::test::badlyRated(*m_http, m_tellerToken.value(hall), hall); }

    // The rectification as the city administrator reads it.
    QJsonObject detail(qint64 id) { return m_http->get(path(id), m_token[CityAdmin]).json(); }

    HttpReply send(const QByteArray &method, const QString &where, const QJsonObject &body, const QString &token, const QByteArray &language)
    {
        return m_http->send(method, where, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}, {"Accept-Language", language}});
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_token[WhoCount];
    QHash<QString, QString> m_tellerToken;
    QHash<QString, qint64> m_shared;
};

QTEST_GUILESS_MAIN(TestServerRectifications)
#include "tst_server_rectifications.moc"
