// The contract of the administration area (/api/v1/admin/…) and of everyone's own password
// (POST /api/v1/me/password): every answer of the real server fits docs/api/openapi.yaml
// (validated with ajv) and its C++ contract type in AdminBodies; each operation is exercised
// with a 2xx answer and with its main refusals.
#include "core/domain/api/AdminBodies.h"
#include "core/domain/api/SessionBodies.h"
#include "core/domain/security/Account.h"
#include "tests/support/ContractCheck.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::ContractCheck;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

class TestContractAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("admin"));
        m_check->expect<HealthAnswer>("GET", QStringLiteral("/health"));
        m_check->expect<LoginAnswer>("POST", QStringLiteral("/api/v1/sessions"));
        m_check->expect<Account>("GET", QStringLiteral("/api/v1/me"));
        m_check->expect<HallsAnswer>("GET", QStringLiteral("/api/v1/org/halls"));
        m_check->expect<AdminAccountList>("GET", QStringLiteral("/api/v1/admin/accounts"));
        m_check->expect<AccountWithPassword>("POST", QStringLiteral("/api/v1/admin/accounts"));
        m_check->expect<AdminAccount>("PATCH", QStringLiteral("/api/v1/admin/accounts/{id}"));
        m_check->expect<AdminAccount>("POST", QStringLiteral("/api/v1/admin/accounts/{id}/disable"));
        m_check->expect<AdminAccount>("POST", QStringLiteral("/api/v1/admin/accounts/{id}/enable"));
        m_check->expect<AccountWithPassword>("POST", QStringLiteral("/api/v1/admin/accounts/{id}/password-reset"));
        m_check->expect<AdminHallList>("GET", QStringLiteral("/api/v1/admin/halls"));
        m_check->expect<AdminHall>("POST", QStringLiteral("/api/v1/admin/halls"));
        m_check->expect<AdminHall>("PATCH", QStringLiteral("/api/v1/admin/halls/{hall}"));
        m_check->expect<AdminHall>("POST", QStringLiteral("/api/v1/admin/halls/{hall}/archive"));
        m_check->expect<AdminWindow>("POST", QStringLiteral("/api/v1/admin/halls/{hall}/windows"));
        m_check->expect<AdminWindow>("PATCH", QStringLiteral("/api/v1/admin/halls/{hall}/windows/{window}"));
        m_check->expect<DeviceList>("GET", QStringLiteral("/api/v1/admin/devices"));
        m_check->expect<DeviceWithSecret>("POST", QStringLiteral("/api/v1/admin/devices"));
        m_check->expect<DeviceWithSecret>("POST", QStringLiteral("/api/v1/admin/devices/{code}/secret"));
        m_check->expect<AdminChangeList>("GET", QStringLiteral("/api/v1/admin/changes"));

        const HttpReply health = m_http->get(QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QVERIFY(HealthAnswer::fromJson(health.json()).value().administrator);
        m_admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        QVERIFY(!m_admin.isEmpty());
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_teller.isEmpty());
    }

    void accounts()
    {
        // The list, whole and filtered.
        const HttpReply all = m_http->get(QStringLiteral("/api/v1/admin/accounts"), m_admin);
        QCOMPARE(all.status, 200);
        const QList<AdminAccount> people = AdminAccountList::fromJson(all.json()).value().accounts;
        QCOMPARE(people.size(), 16); // the demo city's people: its 4 devices are not among them
        for (const AdminAccount &a : people)
            QVERIFY2(isPersonRole(a.role), qPrintable(a.username)); // devices are listed apart
        AdminAccountFilter filter;
        filter.hall = QStringLiteral("MY-FC");
        filter.role = Role::Teller;
        filter.q = QStringLiteral("fc_");
        filter.includeDisabled = true;
        const HttpReply filtered = m_http->get(QStringLiteral("/api/v1/admin/accounts?") + filter.toQuery().toString(QUrl::FullyEncoded), m_admin);
        QCOMPARE(filtered.status, 200);
        QStringList names;
        const QList<AdminAccount> parsedAccounts = AdminAccountList::fromJson(filtered.json()).value().accounts;
        for (const AdminAccount &a : parsedAccounts)
            names << a.username;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("fc_teller1"), QStringLiteral("fc_teller2")}));
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts?role=kiosk"), m_admin).status, 422);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts"), m_teller).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/accounts")).status, 401);

        // Create: the one-time password comes once.
        NewAccountRequest request;
        request.username = QStringLiteral("fc_teller9");
        request.role = Role::Teller;
        request.hall = QStringLiteral("MY-FC");
        request.nameZh = QStringLiteral("张三");
        request.nameEn = QStringLiteral("Zhang San");
        request.staffNo = QStringLiteral("FC-009");
        request.categories = {QStringLiteral("pension"), QStringLiteral("employment")};
        const HttpReply created = m_http->post(QStringLiteral("/api/v1/admin/accounts"), request.toJson(), m_admin);
        QCOMPARE(created.status, 201);
        const AccountWithPassword made = AccountWithPassword::fromJson(created.json()).value();
        QCOMPARE(made.account.username, request.username);
        QVERIFY(made.account.mustChangePassword);
        QCOMPARE(made.oneTimePassword.size(), 12);
        m_newId = made.account.id;
        m_newPassword = made.oneTimePassword;
        // Refusals: the name taken, a bad name, an unknown hall, no token, no permission.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/accounts"), request.toJson(), m_admin).status, 409);
        NewAccountRequest bad = request;
        bad.username = QStringLiteral("Bad Name");
        const HttpReply badName = m_http->post(QStringLiteral("/api/v1/admin/accounts"), bad.toJson(), m_admin);
        QCOMPARE(badName.status, 422);
        QVERIFY(fieldsOf(badName).contains(QLatin1String("username")));
        bad = request;
        bad.username = QStringLiteral("fc_teller10");
        bad.hall = QStringLiteral("MY-XX");
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/accounts"), bad.toJson(), m_admin).status, 422);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v1/admin/accounts"), "{not json", auth(m_admin)).status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/accounts"), request.toJson(), m_teller).status, 403);

        // Change.
        AccountPatch patch;
        patch.nameEn = QStringLiteral("Zhang San (Fucheng)");
        patch.staffNo = QStringLiteral("FC-019");
        const HttpReply changed = send("PATCH", accountPath(m_newId), patch.toJson(), m_admin);
        QCOMPARE(changed.status, 200);
        QCOMPARE(AdminAccount::fromJson(changed.json()).value().nameEn, *patch.nameEn);
        QCOMPARE(send("PATCH", accountPath(999999), patch.toJson(), m_admin).status, 404);
        QCOMPARE(send("PATCH", QStringLiteral("/api/v1/admin/accounts/abc"), patch.toJson(), m_admin).status, 404);
        const HttpReply emptyName = send("PATCH", accountPath(m_newId), QJsonObject{{QLatin1String("name_zh"), QString()}}, m_admin);
        QCOMPARE(emptyName.status, 422);
        QVERIFY(fieldsOf(emptyName).contains(QLatin1String("name_zh")));

        // Disable, enable, reset the password.
        const HttpReply disabled = send("POST", accountPath(m_newId) + QStringLiteral("/disable"), {}, m_admin);
        QCOMPARE(disabled.status, 200);
        QVERIFY(!AdminAccount::fromJson(disabled.json()).value().active);
        const HttpReply enabled = send("POST", accountPath(m_newId) + QStringLiteral("/enable"), {}, m_admin);
        QCOMPARE(enabled.status, 200);
        QVERIFY(AdminAccount::fromJson(enabled.json()).value().active);
        const HttpReply reset = send("POST", accountPath(m_newId) + QStringLiteral("/password-reset"), {}, m_admin);
        QCOMPARE(reset.status, 200);
        const AccountWithPassword again = AccountWithPassword::fromJson(reset.json()).value();
        QVERIFY(again.oneTimePassword != m_newPassword);
        m_newPassword = again.oneTimePassword;
        QCOMPARE(send("POST", accountPath(999999) + QStringLiteral("/enable"), {}, m_admin).status, 404);
        QCOMPARE(send("POST", accountPath(999999) + QStringLiteral("/password-reset"), {}, m_admin).status, 404);
        QCOMPARE(send("POST", accountPath(m_newId) + QStringLiteral("/disable"), {}, m_teller).status, 403);

        // The city's only administrator may be neither disabled nor demoted.
        const qint64 adminId = idOf(QStringLiteral("admin"));
        QCOMPARE(send("POST", accountPath(adminId) + QStringLiteral("/disable"), {}, m_admin).status, 409);
        AccountPatch demote;
        demote.role = Role::Supervisor;
        QCOMPARE(send("PATCH", accountPath(adminId), demote.toJson(), m_admin).status, 409);
    }

    void ownPassword()
    {
        QVERIFY(m_newId > 0);
        // With a one-time password: only /me, the password change and logging out.
        const HttpReply login = m_http->post(QStringLiteral("/api/v1/sessions"),
                                             LoginRequest{QStringLiteral("fc_teller9"), m_newPassword}.toJson());
        QCOMPARE(login.status, 201);
        const LoginAnswer session = LoginAnswer::fromJson(login.json()).value();
        QVERIFY(session.account.mustChangePassword);
        const HttpReply me = m_http->get(QStringLiteral("/api/v1/me"), session.token);
        QCOMPARE(me.status, 200);
        QVERIFY(Account::fromJson(me.json()).value().mustChangePassword);
        const HttpReply gated = m_http->get(QStringLiteral("/api/v1/org/halls"), session.token);
        QCOMPARE(gated.status, 403);
        QCOMPARE(gated.json().value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("password_change_required"));

        // Refusals: the old password wrong, the new one too short, the user name, missing.
        const HttpReply wrongOld = m_http->post(QStringLiteral("/api/v1/me/password"),
                                                ChangePasswordRequest{QStringLiteral("not-it-at-all"), QStringLiteral("Fucheng-Window-2026")}.toJson(),
                                                session.token);
        QCOMPARE(wrongOld.status, 422);
        QVERIFY(fieldsOf(wrongOld).contains(QLatin1String("old_password")));
        for (const QString &weak : {QStringLiteral("short1"), QStringLiteral("fc_teller9"), QStringLiteral("1234567890")}) {
            const HttpReply refused = m_http->post(QStringLiteral("/api/v1/me/password"),
                                                   ChangePasswordRequest{m_newPassword, weak}.toJson(), session.token);
            QCOMPARE(refused.status, 422);
            QVERIFY2(fieldsOf(refused).contains(QLatin1String("new_password")), qPrintable(weak));
        }
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/me/password"), QJsonObject{}, session.token).status, 422);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v1/me/password"), "[", auth(session.token)).status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/me/password"),
                              ChangePasswordRequest{m_newPassword, QStringLiteral("Fucheng-Window-2026")}.toJson()).status,
                 401);

        const HttpReply changed = m_http->post(QStringLiteral("/api/v1/me/password"),
                                               ChangePasswordRequest{m_newPassword, QStringLiteral("Fucheng-Window-2026")}.toJson(),
                                               session.token);
        QCOMPARE(changed.status, 204);
        QVERIFY(changed.body.isEmpty());
        // The same session goes on, now without the gate.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/org/halls"), session.token).status, 200);
        QVERIFY(!Account::fromJson(m_http->get(QStringLiteral("/api/v1/me"), session.token).json()).value().mustChangePassword);
        QVERIFY(!m_http->login(QStringLiteral("fc_teller9"), QStringLiteral("Fucheng-Window-2026")).isEmpty());
    }

    void hallsAndWindows()
    {
        const HttpReply list = m_http->get(QStringLiteral("/api/v1/admin/halls"), m_admin);
        QCOMPARE(list.status, 200);
        QCOMPARE(AdminHallList::fromJson(list.json()).value().halls.size(), 18);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/halls"), m_teller).status, 403);

        // A community service station below the township hall.
        AdminHall station;
        station.code = QStringLiteral("MY-FC-CJ-01");
        station.nameZh = QStringLiteral("园艺社区便民服务站");
        station.nameEn = QStringLiteral("Yuanyi Community Service Station");
        station.level = OrgLevel::Community;
        station.parent = QStringLiteral("MY-FC-CJ");
        station.address = QStringLiteral("四川省绵阳市涪城区园艺街8号");
        station.latitude = 31.4655;
        station.longitude = 104.6921;
        OpeningHours monday;
        monday.weekday = 1;
        monday.open = QTime(9, 0);
        monday.close = QTime(17, 0);
        monday.lunchFrom = QTime(12, 0);
        monday.lunchTo = QTime(13, 30);
        station.hours = {monday};
        const HttpReply created = m_http->post(QStringLiteral("/api/v1/admin/halls"), station.toJson(), m_admin);
        QCOMPARE(created.status, 201);
        QCOMPARE(AdminHall::fromJson(created.json()).value(), station);
        // Refusals: the code in use, a latitude out of range, a time zone nobody knows, an
        // unknown parent; no permission.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/halls"), station.toJson(), m_admin).status, 409);
        const auto refusedField = [&](const AdminHall &hall, const char *field) {
            const HttpReply r = m_http->post(QStringLiteral("/api/v1/admin/halls"), hall.toJson(), m_admin);
            return r.status == 422 && fieldsOf(r).contains(QLatin1String(field));
        };
        AdminHall bad = station;
        bad.code = QStringLiteral("MY-FC-CJ-02");
        bad.latitude = 95;
        QVERIFY(refusedField(bad, "latitude"));
        bad = station;
        bad.code = QStringLiteral("MY-FC-CJ-02");
        bad.timeZone = QStringLiteral("Mars/Olympus");
        QVERIFY(refusedField(bad, "time_zone"));
        bad = station;
        bad.code = QStringLiteral("MY-FC-CJ-02");
        bad.parent = QStringLiteral("MY-XX");
        QVERIFY(refusedField(bad, "parent"));
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v1/admin/halls"), "{", auth(m_admin)).status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/halls"), station.toJson(), m_teller).status, 403);

        // Change it: Saturday mornings too.
        OpeningHours saturday;
        saturday.weekday = 6;
        saturday.open = QTime(9, 0);
        saturday.close = QTime(12, 0);
        HallPatch patch;
        patch.hours = QList<OpeningHours>{monday, saturday};
        patch.nameEn = QStringLiteral("Yuanyi Community Station");
        const HttpReply changed = send("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01"), patch.toJson(), m_admin);
        QCOMPARE(changed.status, 200);
        QCOMPARE(AdminHall::fromJson(changed.json()).value().hours.size(), 2);
        QCOMPARE(send("PATCH", QStringLiteral("/api/v1/admin/halls/MY-XX"), patch.toJson(), m_admin).status, 404);
        const HttpReply cycle = send("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC"),
                                     QJsonObject{{QLatin1String("parent"), QStringLiteral("MY-FC-CJ")},
                                                 {QLatin1String("level"), QStringLiteral("community")}},
                                     m_admin);
        QCOMPARE(cycle.status, 422);
        QVERIFY(fieldsOf(cycle).contains(QLatin1String("parent")));
        // The org list shows the new fields too.
        const HttpReply org = m_http->get(QStringLiteral("/api/v1/org/halls"), m_admin);
        QCOMPARE(org.status, 200);
        bool seen = false;
        const QList<Hall> parsedHalls = HallsAnswer::fromJson(org.json()).value().halls;
        for (const Hall &h : parsedHalls) {
            if (h.code == station.code) {
                seen = true;
                QVERIFY(h.level == OrgLevel::Community);
                QCOMPARE(h.hours.size(), 2);
                QVERIFY(h.latitude.has_value());
            }
        }
        QVERIFY(seen);

        // Windows: add, change, retire.
        AdminWindow window;
        window.number = 1;
        window.kind = WindowKind::Dedicated;
        window.categories = {QStringLiteral("pension"), QStringLiteral("card")};
        window.weights = {{QStringLiteral("pension"), 2}};
        window.label = QStringLiteral("1号窗口 养老");
        const HttpReply added = m_http->post(QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/windows"), window.toJson(), m_admin);
        QCOMPARE(added.status, 201);
        QCOMPARE(AdminWindow::fromJson(added.json()).value(), window);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/windows"), window.toJson(), m_admin).status, 409);
        AdminWindow noCategory = window;
        noCategory.number = 2;
        noCategory.categories.clear();
        noCategory.weights.clear();
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/windows"), noCategory.toJson(), m_admin).status, 422);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/halls/MY-XX/windows"), window.toJson(), m_admin).status, 404);
        WindowPatch windowPatch;
        windowPatch.label = QStringLiteral("1号窗口 养老 社保卡");
        windowPatch.autoAssign = true;
        const HttpReply windowChanged = send("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/windows/1"), windowPatch.toJson(), m_admin);
        QCOMPARE(windowChanged.status, 200);
        QVERIFY(AdminWindow::fromJson(windowChanged.json()).value().autoAssign);
        QCOMPARE(send("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/windows/7"), windowPatch.toJson(), m_admin).status, 404);
        QCOMPARE(send("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/windows/1"),
                      QJsonObject{{QLatin1String("weights"), QJsonObject{{QLatin1String("pension"), 11}}}}, m_admin)
                     .status,
                 422);
        QCOMPARE(send("DELETE", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/windows/1"), {}, m_admin).status, 204);
        QCOMPARE(send("DELETE", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/windows/1"), {}, m_admin).status, 404);
        const HttpReply afterRetire = m_http->get(QStringLiteral("/api/v1/admin/halls"), m_admin);
        const QList<AdminHall> afterHalls = AdminHallList::fromJson(afterRetire.json()).value().halls;
        for (const AdminHall &h : afterHalls) {
            if (h.code == station.code) {
                QCOMPARE(h.windows.size(), 1);
                QVERIFY(h.windows.first().retired);
            }
        }

        // Archive: not a hall with a hall below it still open; the station, yes.
        const HttpReply refused = send("POST", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ/archive"), {}, m_admin);
        QCOMPARE(refused.status, 409);
        const HttpReply archived = send("POST", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/archive"), {}, m_admin);
        QCOMPARE(archived.status, 200);
        QVERIFY(AdminHall::fromJson(archived.json()).value().archived);
        QCOMPARE(send("POST", QStringLiteral("/api/v1/admin/halls/MY-XX/archive"), {}, m_admin).status, 404);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-01/windows"), noCategory.toJson(), m_admin).status, 409);
    }

    void devices()
    {
        const HttpReply list = m_http->get(QStringLiteral("/api/v1/admin/devices"), m_admin);
        QCOMPARE(list.status, 200);
        QCOMPARE(DeviceList::fromJson(list.json()).value().devices.size(), 4);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/devices"), m_teller).status, 403);

        const NewDeviceRequest kiosk{QStringLiteral("FC-KIOSK-2"), DeviceKind::Kiosk, QStringLiteral("MY-FC"), QStringLiteral("kiosk-fc-2")};
        const HttpReply added = m_http->post(QStringLiteral("/api/v1/admin/devices"), kiosk.toJson(), m_admin);
        QCOMPARE(added.status, 201);
        const DeviceWithSecret device = DeviceWithSecret::fromJson(added.json()).value();
        QCOMPARE(device.device.code, kiosk.code);
        QCOMPARE(device.secret.size(), 24);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/devices"), kiosk.toJson(), m_admin).status, 409);
        NewDeviceRequest bad = kiosk;
        bad.code = QStringLiteral("fc kiosk");
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/admin/devices"), bad.toJson(), m_admin).status, 422);
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/v1/admin/devices"), "{", auth(m_admin)).status, 400);

        const HttpReply rotated = send("POST", QStringLiteral("/api/v1/admin/devices/FC-KIOSK-2/secret"), {}, m_admin);
        QCOMPARE(rotated.status, 200);
        QVERIFY(DeviceWithSecret::fromJson(rotated.json()).value().secret != device.secret);
        QCOMPARE(send("POST", QStringLiteral("/api/v1/admin/devices/NO-SUCH/secret"), {}, m_admin).status, 404);
        QCOMPARE(send("POST", QStringLiteral("/api/v1/admin/devices/FC-KIOSK-2/secret"), {}, m_teller).status, 403);
    }

    void changes()
    {
        const HttpReply all = m_http->get(QStringLiteral("/api/v1/admin/changes"), m_admin);
        QCOMPARE(all.status, 200);
        const QList<AdminChange> changes = AdminChangeList::fromJson(all.json()).value().changes;
        QVERIFY(changes.size() >= 10);
        AdminChangeFilter filter;
        filter.entity = QStringLiteral("account");
        filter.key = QStringLiteral("fc_teller9");
        filter.limit = 3;
        const HttpReply some = m_http->get(QStringLiteral("/api/v1/admin/changes?") + filter.toQuery().toString(QUrl::FullyEncoded), m_admin);
        QCOMPARE(some.status, 200);
        const QList<AdminChange> mine = AdminChangeList::fromJson(some.json()).value().changes;
        QCOMPARE(mine.size(), 3);
        QCOMPARE(mine.first().action, QStringLiteral("change_password")); // newest first
        QVERIFY(mine[0].id > mine[1].id);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/changes?limit=0"), m_admin).status, 422);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/changes"), m_teller).status, 403);
    }

    void orgDocument()
    {
        const HttpReply doc = m_http->get(QStringLiteral("/api/v1/admin/org"), m_admin);
        QCOMPARE(doc.status, 200);
        const HttpReply again = m_http->send("PUT", QStringLiteral("/api/v1/admin/org"), QJsonDocument(doc.json()).toJson(),
                                             {{"Authorization", "Bearer " + m_admin.toLatin1()}, {"Content-Type", "application/json"}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QLatin1String("one_time_passwords")).toArray().size(), 0);
    }

    void everyAnswerFitsTheContract()
    {
        const QStringList problems = m_check->problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_check.reset();
        m_http.reset();
        m_server.reset();
    }

private:
    static QList<QPair<QByteArray, QByteArray>> auth(const QString &token)
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}};
    }

    HttpReply send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_http->send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), auth(token));
    }

    static QString accountPath(qint64 id) { return QStringLiteral("/api/v1/admin/accounts/%1").arg(id); }

    static QJsonObject fieldsOf(const HttpReply &reply)
    {
        return reply.json().value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toObject();
    }

    qint64 idOf(const QString &username)
    {
        const HttpReply list = m_http->get(QStringLiteral("/api/v1/admin/accounts?q=") + username, m_admin);
        const QList<AdminAccount> parsedAccounts = AdminAccountList::fromJson(list.json()).value().accounts;
        for (const AdminAccount &a : parsedAccounts) {
            if (a.username == username)
                return a.id;
        }
        return 0;
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
    QString m_admin;
    QString m_teller;
    qint64 m_newId = 0;
    QString m_newPassword;
};

QTEST_GUILESS_MAIN(TestContractAdmin)
#include "tst_contract_admin.moc"
