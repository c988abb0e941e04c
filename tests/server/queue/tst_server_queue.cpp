// The queue over HTTP and WebSocket against the real onewindow-server: roles and halls,
// concurrent call-next from many windows, and the live events a hall display receives.
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/DemoCity.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

using namespace ow::test;

namespace {

// The demo city with 44 more comprehensive windows at the city hall (101…144): with windows 1–6,
// 50 windows that may each call a ticket at the same moment (a window calls one citizen at a time).
QString cityWithFiftyWindows(const QString &dir)
{
    ow::DatabaseLocation loc;
    loc.sqlitePath = dir + QStringLiteral("/server.sqlite");
    auto db = ow::ServerSchema::open(loc);
    if (!db)
        return {};
    const ow::SystemClock clock;
    if (!ow::CatalogueService(*db.value(), clock).import(ow::Catalogue::bundledJson()))
        return {};
    if (!ow::DemoCity::seed(*db.value(), ow::DemoCity::bundledJson(), ow::PasswordHasher()))
        return {};
    const ow::OrgRepository org(*db.value());
    const auto hall = org.hallId(QStringLiteral("MY-CITY"));
    if (!hall || !hall.value())
        return {};
    for (int n = 101; n <= 144; ++n) {
        if (!org.insertWindow(*hall.value(), ow::Window{n, ow::WindowKind::Comprehensive, {}, {}}))
            return {};
    }
    return loc.sqlitePath;
}

} // namespace

class TestServerQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString database = cityWithFiftyWindows(m_dir.path());
        QVERIFY(!database.isEmpty());
        m_server = std::make_unique<TestServer>(database);
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        m_display = m_http->login(QStringLiteral("display-city"), QStringLiteral("device1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        m_countyTeller = m_http->login(QStringLiteral("fc_teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_kiosk.isEmpty() && !m_display.isEmpty() && !m_teller.isEmpty() && !m_countyTeller.isEmpty());
    }

    void rolesAndHallsAreEnforced()
    {
        const QJsonObject ticket{{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}};
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), ticket, m_display).status, 403);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), ticket, m_countyTeller).status, 403);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), ticket).status, 401);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/1/call-next"), {}, m_kiosk).status, 403);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/NOPE/tickets"), ticket, m_kiosk).status, 403);
        const HttpReply bad = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                           {{QLatin1String("services"), QJsonArray{QStringLiteral("XX-000")}}}, m_kiosk);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/tickets/999999"), m_teller).status, 404);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/42/call-next"), {}, m_teller).status, 404);

        // Another hall's staff can neither read nor act on this hall's tickets.
        const HttpReply own = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"), ticket, m_kiosk);
        QCOMPARE(own.status, 201);
        const QString path = QStringLiteral("/api/v1/tickets/%1").arg(own.json().value(QLatin1String("id")).toInteger());
        QCOMPARE(m_http->get(path, m_countyTeller).status, 403);
        QCOMPARE(m_http->post(path + QStringLiteral("/serve"), {{QLatin1String("window"), 1}}, m_countyTeller).status, 403);
        QCOMPARE(m_http->get(path, m_teller).status, 200);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v1/tickets/1/no-show"), "{}",
                              {{"Authorization", "Bearer " + m_teller.toLatin1()}}).status, 422);
    }

    void concurrentIssuesGetUniqueGapFreeNumbers()
    {
        // 50 kiosks' requests in flight at once for one prefix (records, J): J001…J050, each once.
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 50; ++i) {
            QNetworkRequest req(m_server->url().resolved(QUrl(QStringLiteral("/api/v1/halls/MY-CITY/tickets"))));
            req.setRawHeader("Authorization", "Bearer " + m_kiosk.toLatin1());
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            replies << nam.post(req, QByteArray(R"({"services":["RP-001"]})"));
        }
        QSet<QString> numbers;
        QList<qint64> ids;
        for (QNetworkReply *r : replies) {
            if (!r->isFinished())
                QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(20000));
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            const QJsonObject t = QJsonDocument::fromJson(r->readAll()).object();
            numbers.insert(t.value(QLatin1String("number")).toString());
            ids << t.value(QLatin1String("id")).toInteger();
            r->deleteLater();
        }
        QSet<QString> expected;
        for (int n = 1; n <= 50; ++n)
            expected.insert(QStringLiteral("J%1").arg(n, 3, 10, QLatin1Char('0')));
        QCOMPARE(numbers, expected);
        // Leave the hall as the next test expects it: these tickets are no longer waiting.
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/6"), R"({"state":"open"})",
                              {{"Authorization", "Bearer " + m_teller.toLatin1()}}).status, 200);
        for (qint64 id : std::as_const(ids)) {
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/tickets/%1/call").arg(id),
                                  {{QLatin1String("window"), 6}, {QLatin1String("reason"), QStringLiteral("test clean-up")}}, m_teller).status, 200);
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/tickets/%1/no-show").arg(id), {{QLatin1String("window"), 6}}, m_teller).status, 200);
        }
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/6"), R"({"state":"closed"})",
                              {{"Authorization", "Bearer " + m_teller.toLatin1()}}).status, 200);
    }

    void concurrentCallNextGivesDistinctTickets()
    {
        for (int w = 1; w <= 6; ++w) {
            QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/%1").arg(w), R"({"state":"open"})",
                                  {{"Authorization", "Bearer " + m_teller.toLatin1()}})
                         .status,
                     200);
        }
        for (int i = 0; i < 60; ++i)
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                  {{QLatin1String("services"), QJsonArray{QStringLiteral("SI-001")}}}, m_kiosk)
                         .status,
                     201);

        // 50 call-next requests in flight at once, one at each of 50 windows (a window calls one
        // citizen at a time).
        QList<int> windows{1, 2, 3, 4, 5, 6};
        for (int w = 101; w <= 144; ++w) {
            windows << w;
            QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/%1").arg(w), R"({"state":"open"})",
                                  {{"Authorization", "Bearer " + m_teller.toLatin1()}})
                         .status,
                     200);
        }
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 50; ++i) {
            QNetworkRequest req(m_server->url().resolved(QUrl(QStringLiteral("/api/v1/halls/MY-CITY/windows/%1/call-next").arg(windows.at(i)))));
            req.setRawHeader("Authorization", "Bearer " + m_teller.toLatin1());
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            replies << nam.post(req, QByteArray("{}"));
        }
        QSet<QString> numbers;
        QList<QJsonObject> called;
        for (QNetworkReply *r : replies) {
            if (!r->isFinished())
                QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(20000));
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            called << QJsonDocument::fromJson(r->readAll()).object();
            numbers.insert(called.last().value(QLatin1String("number")).toString());
            r->deleteLater();
        }
        QCOMPARE(numbers.size(), 50);
        const QJsonObject queue = m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), m_teller).json();
        QCOMPARE(queue.value(QLatin1String("waiting")).toArray().size(), 11); // 10 left + the one from rolesAndHallsAreEnforced
        // Leave the hall as the next test expects it: nobody came, each window is free again.
        for (const QJsonObject &t : std::as_const(called)) {
            QCOMPARE(m_http->post(QStringLiteral("/api/v1/tickets/%1/no-show").arg(t.value(QLatin1String("id")).toInteger()),
                                  {{QLatin1String("window"), t.value(QLatin1String("window")).toInt()}}, m_teller)
                         .status,
                     200);
        }
    }

    void displayHearsTheCallLive()
    {
        QWebSocket socket;
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QUrl url = m_server->url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/events"));
        url.setQuery(QUrlQuery{{QStringLiteral("hall"), QStringLiteral("MY-CITY")}, {QStringLiteral("token"), m_display}});
        socket.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 1, 10000);
        const QJsonObject hello = QJsonDocument::fromJson(messages.first().first().toString().toUtf8()).object();
        QCOMPARE(hello.value(QLatin1String("type")).toString(), QStringLiteral("queue.snapshot"));
        messages.clear();

        m_http->send("PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/5"), R"({"state":"open"})",
                     {{"Authorization", "Bearer " + m_teller.toLatin1()}});
        const HttpReply issued = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                              {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}},
                                               {QLatin1String("priority_group"), QStringLiteral("elderly")}},
                                              m_kiosk);
        QCOMPARE(issued.status, 201);
        const HttpReply called = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/windows/5/call-next"), {}, m_teller);
        QCOMPARE(called.status, 200);
        QCOMPARE(called.json().value(QLatin1String("number")), issued.json().value(QLatin1String("number")));

        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 3, 10000);
        QStringList types;
        QJsonObject callEvent;
        for (const QList<QVariant> &m : std::as_const(messages)) {
            const QJsonObject o = QJsonDocument::fromJson(m.first().toString().toUtf8()).object();
            types << o.value(QLatin1String("type")).toString();
            if (types.last() == QLatin1String("ticket.called"))
                callEvent = o.value(QLatin1String("data")).toObject();
        }
        QCOMPARE(types, (QStringList{"window.changed", "ticket.issued", "ticket.called"}));
        QCOMPARE(callEvent.value(QLatin1String("window")).toInt(), 5);
        QCOMPARE(callEvent.value(QLatin1String("number")), issued.json().value(QLatin1String("number")));

        // A kiosk may not watch the queue; a bad token is turned away.
        QWebSocket kiosk;
        QSignalSpy closed(&kiosk, &QWebSocket::disconnected);
        url.setQuery(QUrlQuery{{QStringLiteral("hall"), QStringLiteral("MY-CITY")}, {QStringLiteral("token"), m_kiosk}});
        kiosk.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() == 1, 10000);
        QCOMPARE(kiosk.closeReason(), QStringLiteral("forbidden"));
    }

    // A stream lives only as long as its session: logged out (or disabled, expired, reset), it is
    // closed within EventHub::kRecheckMs; an account that must change its one-time password first
    // gets none.
    void aStreamEndsWithItsSession()
    {
        QUrl url = m_server->url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/events"));
        const QString supervisor = m_http->login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        QVERIFY(!supervisor.isEmpty());
        QWebSocket watching;
        QSignalSpy messages(&watching, &QWebSocket::textMessageReceived);
        QSignalSpy closed(&watching, &QWebSocket::disconnected);
        url.setQuery(QUrlQuery{{QStringLiteral("hall"), QStringLiteral("MY-CITY")}, {QStringLiteral("token"), supervisor}});
        watching.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 1, 10000);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/api/v1/sessions/current"), {},
                              {{"Authorization", "Bearer " + supervisor.toLatin1()}})
                     .status,
                 204);
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() == 1, 10000);
        QCOMPARE(watching.closeReason(), QStringLiteral("unauthorized"));

        const QString admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        const HttpReply made = m_http->post(QStringLiteral("/api/v1/admin/accounts"),
                                            {{QLatin1String("username"), QStringLiteral("new_supervisor")},
                                             {QLatin1String("role"), QStringLiteral("supervisor")},
                                             {QLatin1String("hall"), QStringLiteral("MY-CITY")},
                                             {QLatin1String("name_zh"), QStringLiteral("新值班长")}},
                                            admin);
        QCOMPARE(made.status, 201);
        const QString fresh = m_http->login(QStringLiteral("new_supervisor"), made.json().value(QLatin1String("one_time_password")).toString());
        QVERIFY(!fresh.isEmpty());
        QWebSocket early;
        QSignalSpy earlyMessages(&early, &QWebSocket::textMessageReceived);
        QSignalSpy earlyClosed(&early, &QWebSocket::disconnected);
        url.setQuery(QUrlQuery{{QStringLiteral("hall"), QStringLiteral("MY-CITY")}, {QStringLiteral("token"), fresh}});
        early.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(earlyClosed.size() == 1, 10000);
        QCOMPARE(early.closeReason(), QStringLiteral("password_change_required"));
        QCOMPARE(earlyMessages.size(), 0);
    }

    void concurrentCallsAtOneWindowCallOneTicket()
    {
        // Ten presses of F1 in flight at once at window 2, with people waiting: one citizen is
        // called; the other nine are refused naming that ticket.
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 10; ++i) {
            QNetworkRequest req(m_server->url().resolved(QUrl(QStringLiteral("/api/v1/halls/MY-CITY/windows/2/call-next"))));
            req.setRawHeader("Authorization", "Bearer " + m_teller.toLatin1());
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            replies << nam.post(req, QByteArray("{}"));
        }
        QList<QJsonObject> called;
        QList<QJsonObject> refused;
        for (QNetworkReply *r : replies) {
            if (!r->isFinished())
                QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(20000));
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject body = QJsonDocument::fromJson(r->readAll()).object();
            QVERIFY2(status == 200 || status == 409, qPrintable(QString::number(status)));
            (status == 200 ? called : refused) << body;
            r->deleteLater();
        }
        QCOMPARE(called.size(), 1);
        QCOMPARE(refused.size(), 9);
        for (const QJsonObject &r : std::as_const(refused)) {
            const QJsonObject error = r.value(QLatin1String("error")).toObject();
            QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("conflict"));
            QCOMPARE(error.value(QLatin1String("ticket")).toObject().value(QLatin1String("id")), called.first().value(QLatin1String("id")));
        }
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/tickets/%1/no-show").arg(called.first().value(QLatin1String("id")).toInteger()),
                              {{QLatin1String("window"), 2}}, m_teller)
                     .status,
                 200);
    }

    void answeredChangesSurviveAKillUnderGroupCommit()
    {
        // 40 issues in flight share commits (group commit); every one answered 201 must be on
        // disk: kill -9 the server right after the last answer, start it again, count them.
        TestServer server;
        QVERIFY(server.start());
        SyncHttp http(server.url());
        const QString kiosk = http.login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 40; ++i) {
            QNetworkRequest req(server.url().resolved(QUrl(QStringLiteral("/api/v1/halls/MY-CITY/tickets"))));
            req.setRawHeader("Authorization", "Bearer " + kiosk.toLatin1());
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            replies << nam.post(req, QByteArray(R"({"services":["SI-001"]})"));
        }
        QSet<QString> answered;
        for (QNetworkReply *r : replies) {
            if (!r->isFinished())
                QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(20000));
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            answered.insert(QJsonDocument::fromJson(r->readAll()).object().value(QLatin1String("number")).toString());
            r->deleteLater();
        }
        QCOMPARE(answered.size(), 40);
        server.kill();
        QVERIFY(server.start());
        SyncHttp again(server.url());
        const QString teller = again.login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QSet<QString> stored;
        const QJsonArray waiting = again.get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), teller).json().value(QLatin1String("waiting")).toArray();
        for (const QJsonValue &t : waiting)
            stored.insert(t.toObject().value(QLatin1String("number")).toString());
        QCOMPARE(stored, answered);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_kiosk, m_display, m_teller, m_countyTeller;
};

QTEST_MAIN(TestServerQueue)
#include "tst_server_queue.moc"
