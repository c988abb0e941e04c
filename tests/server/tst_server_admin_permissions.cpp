// Who may administer what (issue 13, acceptance point 2), against the real server with the demo
// city: every administration endpoint and POST /api/v1/me/password, for every role, on the
// role's own hall, on a hall below it and on another county's hall — each cell's expected status
// written in the table below and asserted, and a refused request changes nothing. Then the rules
// around it: a hall administrator elsewhere, duplicates, a broken hall tree, the last
// administrator, sessions that end at once, a device's secret that stops working at once.
#include "core/domain/api/AdminBodies.h"
#include "core/domain/api/SessionBodies.h"
#include "core/domain/security/Account.h"
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
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {

// The endpoints: each administration route, and one's own password.
enum class Op {
    ListAccounts,   // GET    /api/v1/admin/accounts?hall=H
    CreateAccount,  // POST   /api/v1/admin/accounts (a teller at H)
    UpdateAccount,  // PATCH  /api/v1/admin/accounts/{a teller at H}
    DisableAccount, // POST   /api/v1/admin/accounts/{a teller at H}/disable
    EnableAccount,  // POST   /api/v1/admin/accounts/{a disabled teller at H}/enable
    ResetPassword,  // POST   /api/v1/admin/accounts/{a teller at H}/password-reset
    OwnPassword,    // POST   /api/v1/me/password (H plays no part)
    ListHalls,      // GET    /api/v1/admin/halls: is H listed?
    CreateHall,     // POST   /api/v1/admin/halls (a hall below H)
    UpdateHall,     // PATCH  /api/v1/admin/halls/H
    ArchiveHall,    // POST   /api/v1/admin/halls/{a new hall below H}/archive (H itself has work and halls below)
    AddWindow,      // POST   /api/v1/admin/halls/H/windows
    UpdateWindow,   // PATCH  /api/v1/admin/halls/H/windows/{n}
    RetireWindow,   // DELETE /api/v1/admin/halls/H/windows/{n}
    ListDevices,    // GET    /api/v1/admin/devices: is H's device listed?
    AddDevice,      // POST   /api/v1/admin/devices (at H)
    RotateSecret,   // POST   /api/v1/admin/devices/{H's device}/secret
    ListChanges,    // GET    /api/v1/admin/changes?entity=account&key={the teller at H}: is its record listed?
};

const char *opName(Op op)
{
    switch (op) {
    case Op::ListAccounts: return "list-accounts";
    case Op::CreateAccount: return "create-account";
    case Op::UpdateAccount: return "update-account";
    case Op::DisableAccount: return "disable-account";
    case Op::EnableAccount: return "enable-account";
    case Op::ResetPassword: return "reset-password";
    case Op::OwnPassword: return "own-password";
    case Op::ListHalls: return "list-halls";
    case Op::CreateHall: return "create-hall";
    case Op::UpdateHall: return "update-hall";
    case Op::ArchiveHall: return "archive-hall";
    case Op::AddWindow: return "add-window";
    case Op::UpdateWindow: return "update-window";
    case Op::RetireWindow: return "retire-window";
    case Op::ListDevices: return "list-devices";
    case Op::AddDevice: return "add-device";
    case Op::RotateSecret: return "rotate-secret";
    case Op::ListChanges: return "list-changes";
    }
    return "?";
}

// The hall the request is about, seen from the one who asks:
//  Own   — their own hall (MY-FC for every account of the table but the city administrator, whose
//          own hall is MY-CITY);
//  Below — MY-FC-CJ, a township hall below MY-FC;
//  Other — MY-YX, another county's hall.
enum class Scope { Own, Below, Other };

enum Who { Teller, Reviewer, Supervisor, CityAdmin, HallAdmin, Kiosk, Display, Nobody, WhoCount };
const char *const kWhoNames[WhoCount] = {"teller", "reviewer", "supervisor", "city-admin", "hall-admin", "kiosk", "display", "no-token"};

// For the lists: 200, and the hall's item is in it (Seen) or not (Unseen).
constexpr int Seen = 1200;
constexpr int Unseen = 1201;

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
    //                                      teller reviewer supervisor city   hall    kiosk display none
    {Op::ListAccounts,   Scope::Own,   {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::ListAccounts,   Scope::Below, {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::ListAccounts,   Scope::Other, {{   403,   403,     403,       200,   403,    403,  403,    401}}},
    {Op::CreateAccount,  Scope::Own,   {{   403,   403,     403,       201,   201,    403,  403,    401}}},
    {Op::CreateAccount,  Scope::Below, {{   403,   403,     403,       201,   201,    403,  403,    401}}},
    {Op::CreateAccount,  Scope::Other, {{   403,   403,     403,       201,   403,    403,  403,    401}}},
    {Op::UpdateAccount,  Scope::Own,   {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::UpdateAccount,  Scope::Below, {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::UpdateAccount,  Scope::Other, {{   403,   403,     403,       200,   403,    403,  403,    401}}},
    {Op::DisableAccount, Scope::Own,   {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::DisableAccount, Scope::Below, {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::DisableAccount, Scope::Other, {{   403,   403,     403,       200,   403,    403,  403,    401}}},
    {Op::EnableAccount,  Scope::Own,   {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::EnableAccount,  Scope::Below, {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::EnableAccount,  Scope::Other, {{   403,   403,     403,       200,   403,    403,  403,    401}}},
    {Op::ResetPassword,  Scope::Own,   {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::ResetPassword,  Scope::Below, {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::ResetPassword,  Scope::Other, {{   403,   403,     403,       200,   403,    403,  403,    401}}},
    {Op::OwnPassword,    Scope::Own,   {{   204,   204,     204,       204,   204,    204,  204,    401}}},
    {Op::OwnPassword,    Scope::Below, {{   204,   204,     204,       204,   204,    204,  204,    401}}},
    {Op::OwnPassword,    Scope::Other, {{   204,   204,     204,       204,   204,    204,  204,    401}}},
    {Op::ListHalls,      Scope::Own,   {{   403,   403,     403,       Seen,  Seen,   403,  403,    401}}},
    {Op::ListHalls,      Scope::Below, {{   403,   403,     403,       Seen,  Seen,   403,  403,    401}}},
    {Op::ListHalls,      Scope::Other, {{   403,   403,     403,       Seen,  Unseen, 403,  403,    401}}},
    {Op::CreateHall,     Scope::Own,   {{   403,   403,     403,       201,   201,    403,  403,    401}}},
    {Op::CreateHall,     Scope::Below, {{   403,   403,     403,       201,   201,    403,  403,    401}}},
    {Op::CreateHall,     Scope::Other, {{   403,   403,     403,       201,   403,    403,  403,    401}}},
    {Op::UpdateHall,     Scope::Own,   {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::UpdateHall,     Scope::Below, {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::UpdateHall,     Scope::Other, {{   403,   403,     403,       200,   403,    403,  403,    401}}},
    {Op::ArchiveHall,    Scope::Own,   {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::ArchiveHall,    Scope::Below, {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::ArchiveHall,    Scope::Other, {{   403,   403,     403,       200,   403,    403,  403,    401}}},
    {Op::AddWindow,      Scope::Own,   {{   403,   403,     403,       201,   201,    403,  403,    401}}},
    {Op::AddWindow,      Scope::Below, {{   403,   403,     403,       201,   201,    403,  403,    401}}},
    {Op::AddWindow,      Scope::Other, {{   403,   403,     403,       201,   403,    403,  403,    401}}},
    {Op::UpdateWindow,   Scope::Own,   {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::UpdateWindow,   Scope::Below, {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::UpdateWindow,   Scope::Other, {{   403,   403,     403,       200,   403,    403,  403,    401}}},
    {Op::RetireWindow,   Scope::Own,   {{   403,   403,     403,       204,   204,    403,  403,    401}}},
    {Op::RetireWindow,   Scope::Below, {{   403,   403,     403,       204,   204,    403,  403,    401}}},
    {Op::RetireWindow,   Scope::Other, {{   403,   403,     403,       204,   403,    403,  403,    401}}},
    {Op::ListDevices,    Scope::Own,   {{   403,   403,     403,       Seen,  Seen,   403,  403,    401}}},
    {Op::ListDevices,    Scope::Below, {{   403,   403,     403,       Seen,  Seen,   403,  403,    401}}},
    {Op::ListDevices,    Scope::Other, {{   403,   403,     403,       Seen,  Unseen, 403,  403,    401}}},
    {Op::AddDevice,      Scope::Own,   {{   403,   403,     403,       201,   201,    403,  403,    401}}},
    {Op::AddDevice,      Scope::Below, {{   403,   403,     403,       201,   201,    403,  403,    401}}},
    {Op::AddDevice,      Scope::Other, {{   403,   403,     403,       201,   403,    403,  403,    401}}},
    {Op::RotateSecret,   Scope::Own,   {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::RotateSecret,   Scope::Below, {{   403,   403,     403,       200,   200,    403,  403,    401}}},
    {Op::RotateSecret,   Scope::Other, {{   403,   403,     403,       200,   403,    403,  403,    401}}},
    {Op::ListChanges,    Scope::Own,   {{   403,   403,     403,       Seen,  Seen,   403,  403,    401}}},
    {Op::ListChanges,    Scope::Below, {{   403,   403,     403,       Seen,  Seen,   403,  403,    401}}},
    {Op::ListChanges,    Scope::Other, {{   403,   403,     403,       Seen,  Unseen, 403,  403,    401}}},
};
// clang-format on

const char *scopeName(Scope s)
{
    switch (s) {
    case Scope::Own: return "own";
    case Scope::Below: return "below";
    case Scope::Other: return "other";
    }
    return "?";
}

QString hallFor(Who who, Scope scope)
{
    switch (scope) {
    case Scope::Own: return who == CityAdmin ? QStringLiteral("MY-CITY") : QStringLiteral("MY-FC");
    case Scope::Below: return QStringLiteral("MY-FC-CJ");
    case Scope::Other: return QStringLiteral("MY-YX");
    }
    return {};
}

// The level of a new hall right below `hall` (one of the halls of the table).
QString levelBelow(const QString &hall)
{
    if (hall == QLatin1String("MY-CITY"))
        return QStringLiteral("county");
    if (hall == QLatin1String("MY-FC-CJ"))
        return QStringLiteral("community");
    return QStringLiteral("township");
}

bool isChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

QJsonObject errorOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("error")).toObject();
}

} // namespace

class TestServerAdminPermissions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        const QString demo = QStringLiteral("demo1234");
        const QString device = QStringLiteral("device1234");
        const QStringList users = {QStringLiteral("fc_teller1"), QStringLiteral("fc_reviewer1"), QStringLiteral("fc_supervisor"),
                                   QStringLiteral("admin"),      QString(),                      QStringLiteral("kiosk-fc"),
                                   QStringLiteral("display-fc"), QString()};
        for (int w = 0; w < WhoCount; ++w) {
            m_user[w] = users[w];
            m_password[w] = (w == Kiosk || w == Display) ? device : demo;
            if (!m_user[w].isEmpty()) {
                m_token[w] = m_http->login(m_user[w], m_password[w]);
                QVERIFY2(!m_token[w].isEmpty(), qPrintable(m_user[w]));
            }
        }

        // The hall administrator, made through the API at the Fucheng district hall; their
        // one-time password gates everything until they change it.
        const AccountWithPassword made = createAccount(QStringLiteral("fc_admin"), Role::Admin, QStringLiteral("MY-FC"));
        QVERIFY(made.account.id > 0);
        QVERIFY(made.account.mustChangePassword);
        m_user[HallAdmin] = made.account.username;
        m_hallAdminId = made.account.id;
        const QString first = m_http->login(m_user[HallAdmin], made.oneTimePassword);
        QVERIFY(!first.isEmpty());
        const HttpReply gated = m_http->get(QStringLiteral("/api/v1/admin/halls"), first);
        QCOMPARE(gated.status, 403);
        QCOMPARE(errorOf(gated).value(QLatin1String("reason")).toString(), QStringLiteral("password_change_required"));
        QCOMPARE(call("POST", QStringLiteral("/api/v1/me/password"),
                      ChangePasswordRequest{made.oneTimePassword, QStringLiteral("Fucheng-Admin-2026")}.toJson(), first)
                     .status,
                 204);
        m_password[HallAdmin] = QStringLiteral("Fucheng-Admin-2026");
        m_token[HallAdmin] = first; // the session goes on, without the gate
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/halls"), m_token[HallAdmin]).status, 200);

        // What the cells act on, at each hall of the table: a teller and a device.
        for (const QString &hall : {QStringLiteral("MY-CITY"), QStringLiteral("MY-FC"), QStringLiteral("MY-FC-CJ"), QStringLiteral("MY-YX")}) {
            const QString username = QStringLiteral("target.") + hall.toLower();
            const AccountWithPassword target = createAccount(username, Role::Teller, hall);
            QVERIFY2(target.account.id > 0, qPrintable(hall));
            m_target.insert(hall, target.account);
            const QString code = QStringLiteral("DEV-") + hall;
            const HttpReply added = call("POST", QStringLiteral("/api/v1/admin/devices"),
                                         NewDeviceRequest{code, DeviceKind::Display, hall, QStringLiteral("dev.") + hall.toLower()}.toJson(),
                                         admin());
            QCOMPARE(added.status, 201);
            m_device.insert(hall, code);
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
        const Who asker = static_cast<Who>(who);
        const QString hall = hallFor(asker, static_cast<Scope>(scope));
        const bool listed = expected == Seen || expected == Unseen;
        const int status = listed ? 200 : expected;
        const bool success = status >= 200 && status < 300;
        const int n = ++m_serial;

        // What the request is, and what it needs beforehand (made by the city administrator).
        QByteArray method = "POST";
        QString path;
        QJsonObject body;
        const AdminAccount target = m_target.value(hall);
        switch (operation) {
        case Op::ListAccounts:
            method = "GET";
            path = QStringLiteral("/api/v1/admin/accounts?hall=") + hall;
            break;
        case Op::CreateAccount:
            path = QStringLiteral("/api/v1/admin/accounts");
            body = newAccount(QStringLiteral("matrix%1").arg(n), Role::Teller, hall).toJson();
            break;
        case Op::UpdateAccount: {
            method = "PATCH";
            path = accountPath(target.id);
            AccountPatch patch;
            patch.nameEn = QStringLiteral("Target %1").arg(n);
            body = patch.toJson();
            break;
        }
        case Op::DisableAccount:
            path = accountPath(target.id) + QStringLiteral("/disable");
            break;
        case Op::EnableAccount:
            QCOMPARE(call("POST", accountPath(target.id) + QStringLiteral("/disable"), {}, admin()).status, 200);
            path = accountPath(target.id) + QStringLiteral("/enable");
            break;
        case Op::ResetPassword:
            path = accountPath(target.id) + QStringLiteral("/password-reset");
            break;
        case Op::OwnPassword:
            path = QStringLiteral("/api/v1/me/password");
            body = ChangePasswordRequest{m_password[who], QStringLiteral("Matrix-Password-%1").arg(n)}.toJson();
            break;
        case Op::ListHalls:
            method = "GET";
            path = QStringLiteral("/api/v1/admin/halls");
            break;
        case Op::CreateHall:
            path = QStringLiteral("/api/v1/admin/halls");
            body = newHall(QStringLiteral("PM-%1").arg(n), hall);
            break;
        case Op::UpdateHall: {
            method = "PATCH";
            path = QStringLiteral("/api/v1/admin/halls/") + hall;
            HallPatch patch;
            patch.address = QStringLiteral("四川省绵阳市示例路%1号").arg(n);
            body = patch.toJson();
            break;
        }
        case Op::ArchiveHall: {
            const QString fresh = QStringLiteral("AR-%1").arg(n);
            QCOMPARE(call("POST", QStringLiteral("/api/v1/admin/halls"), newHall(fresh, hall), admin()).status, 201);
            path = QStringLiteral("/api/v1/admin/halls/%1/archive").arg(fresh);
            break;
        }
        case Op::AddWindow:
            path = QStringLiteral("/api/v1/admin/halls/%1/windows").arg(hall);
            body = newWindow(100 + n);
            break;
        case Op::UpdateWindow:
        case Op::RetireWindow:
            QCOMPARE(call("POST", QStringLiteral("/api/v1/admin/halls/%1/windows").arg(hall), newWindow(100 + n), admin()).status, 201);
            method = operation == Op::UpdateWindow ? "PATCH" : "DELETE";
            path = QStringLiteral("/api/v1/admin/halls/%1/windows/%2").arg(hall).arg(100 + n);
            if (operation == Op::UpdateWindow)
                body = QJsonObject{{QLatin1String("label"), QStringLiteral("%1号窗口 综合").arg(100 + n)}};
            break;
        case Op::ListDevices:
            method = "GET";
            path = QStringLiteral("/api/v1/admin/devices");
            break;
        case Op::AddDevice:
            path = QStringLiteral("/api/v1/admin/devices");
            body = NewDeviceRequest{QStringLiteral("NEW-%1").arg(n), DeviceKind::Kiosk, hall, QStringLiteral("kiosk.matrix%1").arg(n)}.toJson();
            break;
        case Op::RotateSecret:
            path = QStringLiteral("/api/v1/admin/devices/%1/secret").arg(m_device.value(hall));
            break;
        case Op::ListChanges:
            method = "GET";
            path = QStringLiteral("/api/v1/admin/changes?entity=account&key=") + target.username;
            break;
        }

        const QJsonObject before = success ? QJsonObject() : snapshot();
        QVERIFY(success || before.value(QLatin1String("halls")).toObject().value(QLatin1String("halls")).toArray().size() >= 4);
        const HttpReply reply = call(method, path, body, m_token[who]);
        QVERIFY2(reply.status == status, qPrintable(QStringLiteral("%1 %2 → %3, expected %4: %5")
                                                        .arg(QString::fromLatin1(method), path)
                                                        .arg(reply.status)
                                                        .arg(status)
                                                        .arg(QString::fromUtf8(reply.body))));
        if (!success) {
            // A clear refusal, translated (asked in zh-CN), and nothing changed.
            QCOMPARE(errorOf(reply).value(QLatin1String("code")).toString(),
                     status == 401 ? QStringLiteral("unauthorized") : QStringLiteral("forbidden"));
            const QString message = errorOf(reply).value(QLatin1String("message")).toString();
            QVERIFY2(isChinese(message), qPrintable(message));
            QCOMPARE(snapshot(), before);
        }

        // What a success means.
        if (success) {
            switch (operation) {
            case Op::ListAccounts: {
                const QList<AdminAccount> accounts = AdminAccountList::fromJson(reply.json()).value().accounts;
                bool found = false;
                for (const AdminAccount &a : accounts) {
                    QCOMPARE(a.hall, hall);
                    found = found || a.id == target.id;
                }
                QVERIFY(found);
                break;
            }
            case Op::DisableAccount:
                QVERIFY(!AdminAccount::fromJson(reply.json()).value().active);
                break;
            case Op::EnableAccount:
                QVERIFY(AdminAccount::fromJson(reply.json()).value().active);
                break;
            case Op::OwnPassword:
                m_password[who] = QStringLiteral("Matrix-Password-%1").arg(n);
                QVERIFY(!m_http->login(m_user[who], m_password[who]).isEmpty());
                break;
            case Op::ListHalls: {
                bool found = false;
                const QList<AdminHall> parsedHalls = AdminHallList::fromJson(reply.json()).value().halls;
                for (const AdminHall &h : parsedHalls)
                    found = found || h.code == hall;
                QCOMPARE(found, expected == Seen);
                break;
            }
            case Op::ListDevices: {
                bool found = false;
                const QList<Device> parsedDevices = DeviceList::fromJson(reply.json()).value().devices;
                for (const Device &d : parsedDevices)
                    found = found || d.hall == hall;
                QCOMPARE(found, expected == Seen);
                break;
            }
            case Op::ListChanges:
                QCOMPARE(!AdminChangeList::fromJson(reply.json()).value().changes.isEmpty(), expected == Seen);
                break;
            default:
                break;
            }
        }
        // Put back what the next cells act on.
        if (operation == Op::DisableAccount || operation == Op::EnableAccount)
            QCOMPARE(call("POST", accountPath(target.id) + QStringLiteral("/enable"), {}, admin()).status, 200);
    }

    // A hall administrator reaching beyond their halls: refused, told why in the asker's
    // language, and nothing changed.
    void hallAdministratorElsewhere()
    {
        const QString hallAdmin = m_token[HallAdmin];
        const QJsonObject before = snapshot();
        const HttpReply rename = call("PATCH", QStringLiteral("/api/v1/admin/halls/MY-YX"),
                                      QJsonObject{{QLatin1String("name_zh"), QStringLiteral("改名大厅")}}, hallAdmin);
        QCOMPARE(rename.status, 403);
        QCOMPARE(errorOf(rename).value(QLatin1String("message")).toString(), QStringLiteral("您不是大厅 MY-YX 的管理员。"));
        QCOMPARE(errorOf(rename).value(QLatin1String("reason")).toString(), QStringLiteral("not an administrator of hall MY-YX"));
        const HttpReply english = call("PATCH", QStringLiteral("/api/v1/admin/halls/MY-YX"),
                                       QJsonObject{{QLatin1String("name_zh"), QStringLiteral("改名大厅")}}, hallAdmin, "en");
        QCOMPARE(english.status, 403);
        QCOMPARE(errorOf(english).value(QLatin1String("message")).toString(), QStringLiteral("You do not administer hall MY-YX."));
        const HttpReply zh = call("PATCH", QStringLiteral("/api/v1/admin/halls/MY-YX"),
                                  QJsonObject{{QLatin1String("name_zh"), QStringLiteral("改名大厅")}}, hallAdmin, "zh-CN");
        QCOMPARE(errorOf(zh).value(QLatin1String("message")).toString(), QStringLiteral("您不是大厅 MY-YX 的管理员。"));

        // Moving a hall of theirs below another county's, or a person of theirs there.
        QCOMPARE(call("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ"), QJsonObject{{QLatin1String("parent"), QStringLiteral("MY-YX")}},
                      hallAdmin)
                     .status,
                 403);
        const AdminAccount mine = m_target.value(QStringLiteral("MY-FC"));
        QCOMPARE(call("PATCH", accountPath(mine.id), QJsonObject{{QLatin1String("hall"), QStringLiteral("MY-YX")}}, hallAdmin).status, 403);
        // Reaching the city hall's people: the city administrator among them.
        const qint64 cityAdmin = idOf(QStringLiteral("admin"));
        QCOMPARE(call("POST", accountPath(cityAdmin) + QStringLiteral("/disable"), {}, hallAdmin).status, 403);
        QCOMPARE(call("POST", accountPath(cityAdmin) + QStringLiteral("/password-reset"), {}, hallAdmin).status, 403);
        // Nor may they lift their own hall to the top of the tree as a city hall, which would
        // make them a city administrator.
        const HttpReply lifted = call("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC"),
                                      QJsonObject{{QLatin1String("level"), QStringLiteral("city")}, {QLatin1String("parent"), QJsonValue()}},
                                      hallAdmin);
        QVERIFY2(lifted.status == 403, lifted.body.constData());
        QVERIFY(isChinese(errorOf(lifted).value(QLatin1String("message")).toString()));
        QCOMPARE(call("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ"), QJsonObject{{QLatin1String("parent"), QJsonValue()},
                                                                                          {QLatin1String("level"), QStringLiteral("city")}},
                      hallAdmin)
                     .status,
                 403);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/admin/accounts?hall=MY-YX"), {}, hallAdmin).status, 403);
        // A hall at the top is the city administrators' to open.
        QCOMPARE(call("POST", QStringLiteral("/api/v1/admin/halls"),
                      QJsonObject{{QLatin1String("code"), QStringLiteral("TOP-2")},
                                  {QLatin1String("name_zh"), QStringLiteral("另一个市")},
                                  {QLatin1String("name_en"), QStringLiteral("Another city")},
                                  {QLatin1String("level"), QStringLiteral("city")}},
                      hallAdmin)
                     .status,
                 403);
        QCOMPARE(snapshot(), before);
    }

    void duplicatesConflict()
    {
        const QJsonObject before = snapshot();
        const HttpReply account = call("POST", QStringLiteral("/api/v1/admin/accounts"),
                                       newAccount(QStringLiteral("fc_teller1"), Role::Teller, QStringLiteral("MY-FC")).toJson(), admin());
        QCOMPARE(account.status, 409);
        QCOMPARE(errorOf(account).value(QLatin1String("code")).toString(), QStringLiteral("conflict"));
        QCOMPARE(errorOf(account).value(QLatin1String("message")).toString(), QStringLiteral("用户名 fc_teller1 已被占用。"));
        const HttpReply english = call("POST", QStringLiteral("/api/v1/admin/accounts"),
                                       newAccount(QStringLiteral("fc_teller1"), Role::Teller, QStringLiteral("MY-FC")).toJson(), admin(), "en");
        QCOMPARE(errorOf(english).value(QLatin1String("message")).toString(), QStringLiteral("The user name fc_teller1 is already taken."));
        // A hall administrator meets the same.
        QCOMPARE(call("POST", QStringLiteral("/api/v1/admin/accounts"),
                      newAccount(QStringLiteral("cj_teller1"), Role::Teller, QStringLiteral("MY-FC-CJ")).toJson(), m_token[HallAdmin])
                     .status,
                 409);

        const HttpReply hall = call("POST", QStringLiteral("/api/v1/admin/halls"), newHall(QStringLiteral("MY-FC-CJ"), QStringLiteral("MY-FC")), admin());
        QCOMPARE(hall.status, 409);
        QCOMPARE(errorOf(hall).value(QLatin1String("message")).toString(), QStringLiteral("大厅编码 MY-FC-CJ 已被使用。"));
        QCOMPARE(call("POST", QStringLiteral("/api/v1/admin/halls"), newHall(QStringLiteral("MY-YX"), QStringLiteral("MY-CITY")), admin()).status, 409);

        const HttpReply window = call("POST", QStringLiteral("/api/v1/admin/halls/MY-FC/windows"), newWindow(1), admin());
        QCOMPARE(window.status, 409);
        QCOMPARE(errorOf(window).value(QLatin1String("message")).toString(), QStringLiteral("大厅 MY-FC 已有 1 号窗口。"));

        const HttpReply deviceCode = call("POST", QStringLiteral("/api/v1/admin/devices"),
                                          NewDeviceRequest{QStringLiteral("DEV-MY-FC"), DeviceKind::Kiosk, QStringLiteral("MY-FC"), QStringLiteral("kiosk.dup")}.toJson(),
                                          admin());
        QCOMPARE(deviceCode.status, 409);
        QCOMPARE(errorOf(deviceCode).value(QLatin1String("message")).toString(), QStringLiteral("设备编号 DEV-MY-FC 已被使用。"));
        const HttpReply deviceUser = call("POST", QStringLiteral("/api/v1/admin/devices"),
                                          NewDeviceRequest{QStringLiteral("DEV-DUP"), DeviceKind::Kiosk, QStringLiteral("MY-FC"), QStringLiteral("fc_teller1")}.toJson(),
                                          admin());
        QCOMPARE(deviceUser.status, 409);
        QVERIFY(!errorOf(deviceUser).value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(snapshot(), before);
    }

    void brokenHallsRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QString halls = QStringLiteral("/api/v1/admin/halls");
        QJsonObject unknownParent = newHall(QStringLiteral("MY-XX-01"), QStringLiteral("MY-FC"));
        unknownParent.insert(QLatin1String("parent"), QStringLiteral("MY-XX"));
        QTest::newRow("unknown parent") << QByteArray("POST") << halls << unknownParent << QStringLiteral("parent");
        // Below its own child: the county would hang below its township (a cycle), as a
        // community hall so that the levels alone would allow it.
        QTest::newRow("cycle") << QByteArray("PATCH") << halls + QStringLiteral("/MY-FC")
                               << QJsonObject{{QLatin1String("parent"), QStringLiteral("MY-FC-CJ")}, {QLatin1String("level"), QStringLiteral("community")}}
                               << QStringLiteral("parent");
        QTest::newRow("below its own child") << QByteArray("PATCH") << halls + QStringLiteral("/MY-FC")
                                             << QJsonObject{{QLatin1String("parent"), QStringLiteral("MY-FC-CJ")}} << QStringLiteral("level");
        QTest::newRow("below itself") << QByteArray("PATCH") << halls + QStringLiteral("/MY-FC-CJ")
                                      << QJsonObject{{QLatin1String("parent"), QStringLiteral("MY-FC-CJ")}} << QStringLiteral("parent");
        QTest::newRow("latitude 95") << QByteArray("PATCH") << halls + QStringLiteral("/MY-FC")
                                     << QJsonObject{{QLatin1String("latitude"), 95}, {QLatin1String("longitude"), 104.68}} << QStringLiteral("latitude");
        QTest::newRow("longitude 181") << QByteArray("PATCH") << halls + QStringLiteral("/MY-FC")
                                       << QJsonObject{{QLatin1String("latitude"), 31.46}, {QLatin1String("longitude"), 181}} << QStringLiteral("longitude");
        QJsonObject farAway = newHall(QStringLiteral("MY-FC-95"), QStringLiteral("MY-FC"));
        farAway.insert(QLatin1String("latitude"), 95);
        farAway.insert(QLatin1String("longitude"), 104.68);
        QTest::newRow("new hall at latitude 95") << QByteArray("POST") << halls << farAway << QStringLiteral("latitude");
        QTest::newRow("time zone on Mars") << QByteArray("PATCH") << halls + QStringLiteral("/MY-FC")
                                           << QJsonObject{{QLatin1String("time_zone"), QStringLiteral("Mars/Olympus")}} << QStringLiteral("time_zone");
        QJsonObject mars = newHall(QStringLiteral("MY-FC-MARS"), QStringLiteral("MY-FC"));
        mars.insert(QLatin1String("time_zone"), QStringLiteral("Mars/Olympus"));
        QTest::newRow("new hall on Mars") << QByteArray("POST") << halls << mars << QStringLiteral("time_zone");
    }

    void brokenHallsRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const QJsonObject before = snapshot();
        for (const QString &token : {admin(), m_token[HallAdmin]}) {
            const HttpReply zh = call(method, path, body, token);
            QVERIFY2(zh.status == 422, zh.body.constData());
            QCOMPARE(errorOf(zh).value(QLatin1String("code")).toString(), QStringLiteral("validation_failed"));
            QCOMPARE(errorOf(zh).value(QLatin1String("message")).toString(), QStringLiteral("部分信息未填写或填写有误，请检查。"));
            const QJsonObject fields = errorOf(zh).value(QLatin1String("fields")).toObject();
            QVERIFY2(fields.contains(field), QJsonDocument(fields).toJson().constData());
            const HttpReply en = call(method, path, body, token, "en");
            QCOMPARE(en.status, 422);
            QCOMPARE(errorOf(en).value(QLatin1String("message")).toString(), QStringLiteral("Some fields are missing or invalid."));
        }
        QCOMPARE(snapshot(), before);
    }

    // Archiving through PATCH comes alone: with other changes beside it, none would be kept.
    void archiveComesAlone()
    {
        QCOMPARE(call("POST", QStringLiteral("/api/v1/admin/halls"), newHall(QStringLiteral("MY-FC-CJ-LEAF"), QStringLiteral("MY-FC-CJ")), admin())
                     .status,
                 201);
        const QJsonObject before = snapshot();
        const HttpReply mixed = call("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-LEAF"),
                                     QJsonObject{{QLatin1String("name_zh"), QStringLiteral("园艺社区便民服务站")}, {QLatin1String("archived"), true}},
                                     m_token[HallAdmin]);
        QVERIFY2(mixed.status == 422, mixed.body.constData());
        QVERIFY(errorOf(mixed).value(QLatin1String("fields")).toObject().contains(QLatin1String("archived")));
        QVERIFY(isChinese(errorOf(mixed).value(QLatin1String("message")).toString()));
        QCOMPARE(snapshot(), before);

        const HttpReply alone = call("PATCH", QStringLiteral("/api/v1/admin/halls/MY-FC-CJ-LEAF"), QJsonObject{{QLatin1String("archived"), true}},
                                     m_token[HallAdmin]);
        QCOMPARE(alone.status, 200);
        const AdminHall archived = AdminHall::fromJson(alone.json()).value();
        QVERIFY(archived.archived);
        QCOMPARE(archived.nameZh, QStringLiteral("测试大厅 MY-FC-CJ-LEAF"));
    }

    // Disabling an account, or resetting its password, ends its sessions at once.
    void sessionsEndAtOnce()
    {
        const AccountWithPassword made = createAccount(QStringLiteral("fc_leaving"), Role::Teller, QStringLiteral("MY-FC"));
        const QString first = m_http->login(made.account.username, made.oneTimePassword);
        QVERIFY(!first.isEmpty());
        QCOMPARE(call("POST", QStringLiteral("/api/v1/me/password"),
                      ChangePasswordRequest{made.oneTimePassword, QStringLiteral("Leaving-Soon-2026")}.toJson(), first)
                     .status,
                 204);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/org/halls"), first).status, 200);

        QCOMPARE(call("POST", accountPath(made.account.id) + QStringLiteral("/disable"), {}, m_token[HallAdmin]).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/org/halls"), first).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), first).status, 401);
        QVERIFY(m_http->login(made.account.username, QStringLiteral("Leaving-Soon-2026")).isEmpty());

        QCOMPARE(call("POST", accountPath(made.account.id) + QStringLiteral("/enable"), {}, m_token[HallAdmin]).status, 200);
        const QString second = m_http->login(made.account.username, QStringLiteral("Leaving-Soon-2026"));
        QVERIFY(!second.isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/org/halls"), second).status, 200);

        const HttpReply reset = call("POST", accountPath(made.account.id) + QStringLiteral("/password-reset"), {}, m_token[HallAdmin]);
        QCOMPARE(reset.status, 200);
        const QString oneTime = AccountWithPassword::fromJson(reset.json()).value().oneTimePassword;
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/org/halls"), second).status, 401);
        QVERIFY(m_http->login(made.account.username, QStringLiteral("Leaving-Soon-2026")).isEmpty());
        const HttpReply again = m_http->post(QStringLiteral("/api/v1/sessions"), LoginRequest{made.account.username, oneTime}.toJson());
        QCOMPARE(again.status, 201);
        QVERIFY(LoginAnswer::fromJson(again.json()).value().account.mustChangePassword);

        // A new role ends them too (what the session may do changed).
        const QString third = LoginAnswer::fromJson(again.json()).value().token;
        QCOMPARE(call("POST", QStringLiteral("/api/v1/me/password"),
                      ChangePasswordRequest{oneTime, QStringLiteral("Leaving-Later-2026")}.toJson(), third)
                     .status,
                 204);
        QCOMPARE(call("PATCH", accountPath(made.account.id), QJsonObject{{QLatin1String("role"), QStringLiteral("supervisor")}},
                      m_token[HallAdmin])
                     .status,
                 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), third).status, 401);
    }

    // A device's new secret: the old one fails to log in, and its sessions end, at once.
    void deviceSecretRotation()
    {
        const HttpReply added = call("POST", QStringLiteral("/api/v1/admin/devices"),
                                     NewDeviceRequest{QStringLiteral("CJ-KIOSK-1"), DeviceKind::Kiosk, QStringLiteral("MY-FC-CJ"),
                                                      QStringLiteral("kiosk-cj-1")}
                                         .toJson(),
                                     m_token[HallAdmin]);
        QCOMPARE(added.status, 201);
        const QString oldSecret = DeviceWithSecret::fromJson(added.json()).value().secret;
        const QString session = m_http->login(QStringLiteral("kiosk-cj-1"), oldSecret);
        QVERIFY(!session.isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue"), session).status, 200);

        const HttpReply rotated = call("POST", QStringLiteral("/api/v1/admin/devices/CJ-KIOSK-1/secret"), {}, m_token[HallAdmin]);
        QCOMPARE(rotated.status, 200);
        const QString newSecret = DeviceWithSecret::fromJson(rotated.json()).value().secret;
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue"), session).status, 401);
        const HttpReply old = m_http->post(QStringLiteral("/api/v1/sessions"), LoginRequest{QStringLiteral("kiosk-cj-1"), oldSecret}.toJson());
        QCOMPARE(old.status, 401);
        QCOMPARE(errorOf(old).value(QLatin1String("code")).toString(), QStringLiteral("invalid_credentials"));
        const QString fresh = m_http->login(QStringLiteral("kiosk-cj-1"), newSecret);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue"), fresh).status, 200);
    }

    // The city keeps an administrator: with only one active, it may be neither disabled nor
    // demoted, by itself or anyone.
    void lastAdministrator()
    {
        const qint64 cityAdmin = idOf(QStringLiteral("admin"));
        QVERIFY(cityAdmin > 0);
        // Only two administrators: the city's and the hall's (the table made only tellers).
        const HttpReply admins = m_http->get(QStringLiteral("/api/v1/admin/accounts?role=admin"), admin());
        QCOMPARE(AdminAccountList::fromJson(admins.json()).value().accounts.size(), 2);
        // With a hall administrator beside it, the only city administrator still stays: alone,
        // hall administrators could never reach the other halls (nor make a city administrator
        // again: --init-admin is refused while an administrator exists).
        {
            const QJsonObject before = snapshot();
            const HttpReply disable = call("POST", accountPath(cityAdmin) + QStringLiteral("/disable"), {}, admin());
            QCOMPARE(disable.status, 409);
            QCOMPARE(errorOf(disable).value(QLatin1String("message")).toString(),
                     QStringLiteral("admin 是最后一名在用的市级管理员，请先在市级大厅设立另一名管理员。"));
            const HttpReply english = call("POST", accountPath(cityAdmin) + QStringLiteral("/disable"), {}, admin(), "en");
            QCOMPARE(errorOf(english).value(QLatin1String("message")).toString(),
                     QStringLiteral("admin is the last active city administrator; appoint another one at the city hall first."));
            QCOMPARE(call("PATCH", accountPath(cityAdmin), QJsonObject{{QLatin1String("role"), QStringLiteral("supervisor")}}, admin()).status, 409);
            QCOMPARE(call("PATCH", accountPath(cityAdmin), QJsonObject{{QLatin1String("hall"), QStringLiteral("MY-FC")}}, admin()).status, 409);
            QCOMPARE(snapshot(), before);
        }

        // While there are two, the hall administrator may go.
        QCOMPARE(call("POST", accountPath(m_hallAdminId) + QStringLiteral("/disable"), {}, admin()).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/halls"), m_token[HallAdmin]).status, 401);

        const QJsonObject before = snapshot();
        const HttpReply disable = call("POST", accountPath(cityAdmin) + QStringLiteral("/disable"), {}, admin());
        QCOMPARE(disable.status, 409);
        QCOMPARE(errorOf(disable).value(QLatin1String("message")).toString(),
                 QStringLiteral("admin 是最后一名在用的系统管理员，请先设立另一名管理员。"));
        const HttpReply english = call("POST", accountPath(cityAdmin) + QStringLiteral("/disable"), {}, admin(), "en");
        QCOMPARE(english.status, 409);
        QCOMPARE(errorOf(english).value(QLatin1String("message")).toString(),
                 QStringLiteral("admin is the last active administrator; appoint another one first."));
        for (const char *role : {"teller", "reviewer", "supervisor"}) {
            const HttpReply demote = call("PATCH", accountPath(cityAdmin),
                                          QJsonObject{{QLatin1String("role"), QString::fromLatin1(role)},
                                                      {QLatin1String("categories"), QJsonArray{QStringLiteral("pension")}}},
                                          admin());
            QCOMPARE(demote.status, 409);
            QVERIFY(!errorOf(demote).value(QLatin1String("message")).toString().isEmpty());
        }
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/halls"), admin()).status, 200);
        QVERIFY(HealthAnswer::fromJson(m_http->get(QStringLiteral("/health")).json()).value().administrator);

        // With the hall administrator back, the city's may be demoted (and the other is the last).
        QCOMPARE(call("POST", accountPath(m_hallAdminId) + QStringLiteral("/enable"), {}, admin()).status, 200);
        QCOMPARE(call("PATCH", accountPath(m_hallAdminId), QJsonObject{{QLatin1String("role"), QStringLiteral("supervisor")}}, admin()).status, 200);
        QCOMPARE(call("PATCH", accountPath(cityAdmin), QJsonObject{{QLatin1String("role"), QStringLiteral("supervisor")}}, admin()).status, 409);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_server.reset();
    }

private:
    QString admin() const { return m_token[CityAdmin]; }

    // In Chinese unless told otherwise (QNetworkAccessManager would send the test's own locale).
    HttpReply call(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token,
                   const QByteArray &language = "zh-CN")
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({QByteArray("Authorization"), "Bearer " + token.toLatin1()});
        headers.append({QByteArray("Accept-Language"), language});
        const QByteArray payload = method == "GET" || (method != "PATCH" && body.isEmpty()) ? QByteArray()
                                                                                            : QJsonDocument(body).toJson(QJsonDocument::Compact);
        return m_http->send(method, path, payload, headers);
    }

    static QString accountPath(qint64 id) { return QStringLiteral("/api/v1/admin/accounts/%1").arg(id); }

    static NewAccountRequest newAccount(const QString &username, Role role, const QString &hall)
    {
        NewAccountRequest r;
        r.username = username;
        r.role = role;
        r.hall = hall;
        r.nameZh = QStringLiteral("测试人员");
        r.nameEn = QStringLiteral("Test Person");
        return r;
    }

    static QJsonObject newHall(const QString &code, const QString &parent)
    {
        return {{QLatin1String("code"), code},
                {QLatin1String("name_zh"), QStringLiteral("测试大厅 ") + code},
                {QLatin1String("name_en"), QStringLiteral("Test hall ") + code},
                {QLatin1String("level"), levelBelow(parent)},
                {QLatin1String("parent"), parent}};
    }

    static QJsonObject newWindow(int number)
    {
        return AdminWindow{number, WindowKind::Comprehensive, {}, {}, QStringLiteral("%1号窗口").arg(number), false, false}.toJson();
    }

    AccountWithPassword createAccount(const QString &username, Role role, const QString &hall)
    {
        const HttpReply r = call("POST", QStringLiteral("/api/v1/admin/accounts"), newAccount(username, role, hall).toJson(), admin());
        if (r.status != 201) {
            qWarning("creating %s: %d %s", qPrintable(username), r.status, r.body.constData());
            return {};
        }
        return AccountWithPassword::fromJson(r.json()).value();
    }

    qint64 idOf(const QString &username)
    {
        const HttpReply list = m_http->get(QStringLiteral("/api/v1/admin/accounts?include_disabled=true&q=") + username, admin());
        const QList<AdminAccount> parsedAccounts = AdminAccountList::fromJson(list.json()).value().accounts;
        for (const AdminAccount &a : parsedAccounts) {
            if (a.username == username)
                return a.id;
        }
        return 0;
    }

    QJsonObject adminHalls() { return m_http->get(QStringLiteral("/api/v1/admin/halls"), admin()).json(); }

    // Everything an administrator may change, as the city administrator reads it, and the newest
    // change recorded.
    QJsonObject snapshot()
    {
        return {{QLatin1String("accounts"), m_http->get(QStringLiteral("/api/v1/admin/accounts?include_disabled=true"), admin()).json()},
                {QLatin1String("halls"), adminHalls()},
                {QLatin1String("devices"), m_http->get(QStringLiteral("/api/v1/admin/devices"), admin()).json()},
                {QLatin1String("changes"), m_http->get(QStringLiteral("/api/v1/admin/changes?limit=1"), admin()).json()}};
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::array<QString, WhoCount> m_user;
    std::array<QString, WhoCount> m_password;
    std::array<QString, WhoCount> m_token;
    qint64 m_hallAdminId = 0;
    QHash<QString, AdminAccount> m_target; // hall → a teller there
    QHash<QString, QString> m_device;      // hall → a device there
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TestServerAdminPermissions)
#include "tst_server_admin_permissions.moc"
