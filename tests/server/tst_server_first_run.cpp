// Issue 13, acceptance 1: a new install, through REST only. From an empty database the first
// administrator is made on the command line; they open a county hall and a community service
// station below it, add windows, a teller, a reviewer and a kiosk; the kiosk issues a ticket and
// the teller (after changing the one-time password) calls, serves and finishes it.
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
const QString kAdminPassword = QStringLiteral("Fucheng-Hall-2026");

QJsonObject credentials(const QString &user, const QString &password)
{
    return {{QLatin1String("username"), user}, {QLatin1String("password"), password}};
}
} // namespace

class TestServerFirstRun : public QObject
{
    Q_OBJECT

    HttpReply send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_http->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(QString(), QStringList(), TestServer::Seed::Nothing);
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
    }

    void anEmptyDatabaseSaysNoAdministratorExists()
    {
        const HttpReply health = m_http->get(QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QLatin1String("administrator")).toBool(true), false);
        QVERIFY2(m_server->output().contains("no administrator exists yet"), m_server->output().constData());
        // No default password exists outside the demo: nobody gets in.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sessions"), credentials(QStringLiteral("admin"), QStringLiteral("demo1234"))).status,
                 401);
    }

    void initAdminRefusesAWeakPasswordAndMakesNothing()
    {
        QByteArray out;
        QCOMPARE(m_server->initAdmin(QStringLiteral("director"), "password\n", &out), 1);
        QVERIFY2(out.contains("at least 10"), out.constData());
        QCOMPARE(m_server->initAdmin(QStringLiteral("director"), "1234567890\n", &out), 1); // one of the most common
        QVERIFY2(out.contains("most common"), out.constData());
        QCOMPARE(m_http->get(QStringLiteral("/health")).json().value(QLatin1String("administrator")).toBool(true), false);
    }

    void initAdminMakesTheFirstAdministratorOnce()
    {
        QByteArray out;
        QCOMPARE(m_server->initAdmin(QStringLiteral("director"), kAdminPassword.toUtf8() + "\n", &out,
                                     {QStringLiteral("--city-code"), QStringLiteral("MY"), QStringLiteral("--city-name"),
                                      QStringLiteral("绵阳市人社局服务大厅")}),
                 0);
        QVERIFY2(out.contains("administrator director created"), out.constData());
        // The password never appears on the command line, and a second run changes nothing.
        QCOMPARE(m_server->initAdmin(QStringLiteral("someone"), "Another-Strong-Pass\n", &out), 1);
        QVERIFY2(out.contains("already exists"), out.constData());
        QCOMPARE(m_http->get(QStringLiteral("/health")).json().value(QLatin1String("administrator")).toBool(), true);
        m_admin = m_http->login(QStringLiteral("director"), kAdminPassword);
        QVERIFY(!m_admin.isEmpty());
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sessions"), credentials(QStringLiteral("someone"), QStringLiteral("Another-Strong-Pass"))).status,
                 401);
    }

    void theAdministratorSetsUpACountyAndACommunityStation()
    {
        const HttpReply halls = m_http->get(QStringLiteral("/api/v1/admin/halls"), m_admin);
        QCOMPARE(halls.status, 200);
        QCOMPARE(halls.json().value(QLatin1String("halls")).toArray().size(), 1);
        QCOMPARE(halls.json().value(QLatin1String("halls")).toArray().first().toObject().value(QLatin1String("name_zh")).toString(),
                 QStringLiteral("绵阳市人社局服务大厅"));

        const QJsonObject county{{QLatin1String("code"), QStringLiteral("MY-AZ")},
                                 {QLatin1String("name_zh"), QStringLiteral("安州区人社服务大厅")},
                                 {QLatin1String("name_en"), QStringLiteral("Anzhou District Service Hall")},
                                 {QLatin1String("level"), QStringLiteral("county")},
                                 {QLatin1String("parent"), QStringLiteral("MY")},
                                 {QLatin1String("address"), QStringLiteral("安州区花荄镇益昌路 8 号")},
                                 {QLatin1String("latitude"), 31.534},
                                 {QLatin1String("longitude"), 104.567},
                                 {QLatin1String("time_zone"), QStringLiteral("Asia/Shanghai")}};
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/halls"), county, m_admin).status, 201);
        QJsonArray hours;
        for (int day = 1; day <= 5; ++day)
            hours.append(QJsonObject{{QLatin1String("weekday"), day}, {QLatin1String("open"), QStringLiteral("09:00")},
                                     {QLatin1String("close"), QStringLiteral("17:00")}, {QLatin1String("lunch_from"), QStringLiteral("12:00")},
                                     {QLatin1String("lunch_to"), QStringLiteral("13:30")}});
        const QJsonObject station{{QLatin1String("code"), QStringLiteral("MY-AZ-HJ-01")},
                                  {QLatin1String("name_zh"), QStringLiteral("花荄镇益昌社区服务站")},
                                  {QLatin1String("name_en"), QStringLiteral("Yichang Community Service Station")},
                                  {QLatin1String("level"), QStringLiteral("community")},
                                  {QLatin1String("parent"), QStringLiteral("MY-AZ")},
                                  {QLatin1String("time_zone"), QStringLiteral("Asia/Shanghai")},
                                  {QLatin1String("hours"), hours}};
        const HttpReply made = m_http->post(QStringLiteral("/api/v1/admin/halls"), station, m_admin);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json().value(QLatin1String("hours")).toArray().size(), 5);

        for (int n : {1, 2}) {
            const HttpReply w = m_http->post(QStringLiteral("/api/v1/admin/halls/MY-AZ-HJ-01/windows"),
                                             {{QLatin1String("number"), n},
                                              {QLatin1String("kind"), QStringLiteral("comprehensive")},
                                              {QLatin1String("label"), QStringLiteral("%1号综合窗口").arg(n)}},
                                             m_admin);
            QCOMPARE(w.status, 201);
        }
        // Everyone's org view (kiosks, tellers) has the new station with its two windows.
        const HttpReply org = m_http->get(QStringLiteral("/api/v1/admin/halls"), m_admin);
        const QJsonArray all = org.json().value(QLatin1String("halls")).toArray();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(2).toObject().value(QLatin1String("windows")).toArray().size(), 2);
    }

    void theAdministratorAddsStaffAndAKiosk()
    {
        const HttpReply teller = m_http->post(QStringLiteral("/api/v1/admin/accounts"),
                                              {{QLatin1String("username"), QStringLiteral("wang.fang")},
                                               {QLatin1String("role"), QStringLiteral("teller")},
                                               {QLatin1String("hall"), QStringLiteral("MY-AZ-HJ-01")},
                                               {QLatin1String("name_zh"), QStringLiteral("王芳")},
                                               {QLatin1String("staff_no"), QStringLiteral("AZ-0101")}},
                                              m_admin);
        QCOMPARE(teller.status, 201);
        m_tellerPassword = teller.json().value(QLatin1String("one_time_password")).toString();
        QCOMPARE(m_tellerPassword.size(), 12);
        QCOMPARE(teller.json().value(QLatin1String("account")).toObject().value(QLatin1String("must_change_password")).toBool(), true);

        const HttpReply reviewer = m_http->post(QStringLiteral("/api/v1/admin/accounts"),
                                                {{QLatin1String("username"), QStringLiteral("li.jun")},
                                                 {QLatin1String("role"), QStringLiteral("reviewer")},
                                                 {QLatin1String("hall"), QStringLiteral("MY-AZ")},
                                                 {QLatin1String("name_zh"), QStringLiteral("李军")},
                                                 {QLatin1String("categories"), QJsonArray{QStringLiteral("pension")}}},
                                                m_admin);
        QCOMPARE(reviewer.status, 201);

        const HttpReply kiosk = m_http->post(QStringLiteral("/api/v1/admin/devices"),
                                             {{QLatin1String("code"), QStringLiteral("AZ-HJ-KIOSK-1")},
                                              {QLatin1String("kind"), QStringLiteral("kiosk")},
                                              {QLatin1String("hall"), QStringLiteral("MY-AZ-HJ-01")},
                                              {QLatin1String("username"), QStringLiteral("kiosk-az-hj-1")}},
                                             m_admin);
        QCOMPARE(kiosk.status, 201);
        m_kioskSecret = kiosk.json().value(QLatin1String("secret")).toString();
        QVERIFY(m_kioskSecret.size() >= 20);

        // Every one of those changes is in the record, with who made it.
        const HttpReply changes = m_http->get(QStringLiteral("/api/v1/admin/changes"), m_admin);
        QCOMPARE(changes.status, 200);
        QStringList seen;
        for (const QJsonValue &v : changes.json().value(QLatin1String("changes")).toArray())
            seen << v.toObject().value(QLatin1String("entity")).toString() + QLatin1Char(':')
                        + v.toObject().value(QLatin1String("key")).toString();
        for (const char *key : {"hall:MY-AZ", "hall:MY-AZ-HJ-01", "window:MY-AZ-HJ-01/1", "window:MY-AZ-HJ-01/2",
                                "account:wang.fang", "account:li.jun", "device:AZ-HJ-KIOSK-1", "account:director"})
            QVERIFY2(seen.contains(QString::fromLatin1(key)), key);
    }

    void theKioskIssuesAndTheTellerServes()
    {
        const QString kiosk = m_http->login(QStringLiteral("kiosk-az-hj-1"), m_kioskSecret);
        QVERIFY(!kiosk.isEmpty());
        const HttpReply issued = m_http->post(QStringLiteral("/api/v1/halls/MY-AZ-HJ-01/tickets"),
                                              {{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}}, kiosk);
        QCOMPARE(issued.status, 201);
        const qint64 ticket = issued.json().value(QLatin1String("id")).toInteger();

        // The teller's one-time password lets them do one thing: change it.
        const QString first = m_http->login(QStringLiteral("wang.fang"), m_tellerPassword);
        QVERIFY(!first.isEmpty());
        const HttpReply refused = send("PUT", QStringLiteral("/api/v1/halls/MY-AZ-HJ-01/windows/1"),
                                       {{QLatin1String("state"), QStringLiteral("open")}}, first);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("password_change_required"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/me/password"),
                              {{QLatin1String("old_password"), m_tellerPassword}, {QLatin1String("new_password"), QStringLiteral("wang.fang")}},
                              first)
                     .status,
                 422);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/me/password"),
                              {{QLatin1String("old_password"), m_tellerPassword}, {QLatin1String("new_password"), QStringLiteral("Yichang-Window-1")}},
                              first)
                     .status,
                 204);

        const QString teller = m_http->login(QStringLiteral("wang.fang"), QStringLiteral("Yichang-Window-1"));
        QVERIFY(!teller.isEmpty());
        QCOMPARE(send("PUT", QStringLiteral("/api/v1/halls/MY-AZ-HJ-01/windows/1"), {{QLatin1String("state"), QStringLiteral("open")}}, teller)
                     .status,
                 200);
        const HttpReply called = m_http->post(QStringLiteral("/api/v1/halls/MY-AZ-HJ-01/windows/1/call-next"), {}, teller);
        QCOMPARE(called.status, 200);
        QCOMPARE(called.json().value(QLatin1String("id")).toInteger(), ticket);
        const QString path = QStringLiteral("/api/v1/tickets/%1").arg(ticket);
        QCOMPARE(m_http->post(path + QStringLiteral("/serve"), {{QLatin1String("window"), 1}}, teller).status, 200);
        const QJsonArray matters{QJsonObject{{QLatin1String("service"), QStringLiteral("CD-003")}, {QLatin1String("outcome"), QStringLiteral("done")}}};
        const HttpReply finished = m_http->post(path + QStringLiteral("/finish"),
                                                {{QLatin1String("window"), 1}, {QLatin1String("matters"), matters}}, teller);
        QCOMPARE(finished.status, 200);
        QCOMPARE(finished.json().value(QLatin1String("state")).toString(), QStringLiteral("finished"));
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_server.reset();
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_admin;
    QString m_tellerPassword;
    QString m_kioskSecret;
};

QTEST_GUILESS_MAIN(TestServerFirstRun)
#include "tst_server_first_run.moc"
