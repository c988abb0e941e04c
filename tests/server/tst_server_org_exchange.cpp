// The org as one JSON document (issue 13): exported by an administrator, imported by REST and by
// `onewindow-server --import-org FILE`; importing twice changes nothing. An import obeys the rules
// of the administration API: a document breaking one is refused whole, with the API's error and
// the row at fault named, and changes nothing; what it disables or moves loses its sessions.
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <tuple>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
using Match = std::function<bool(const QJsonObject &)>;

Match keyed(const char *field, const QString &value)
{
    return [field, value](const QJsonObject &o) { return o.value(QLatin1String(field)).toString() == value; };
}

Match window(const QString &hall, int number)
{
    return [hall, number](const QJsonObject &o) {
        return o.value(QLatin1String("hall")).toString() == hall && o.value(QLatin1String("number")).toInt() == number;
    };
}

// `doc` with `changes` made to the row of `part` that `match` finds, or with `changes` as a new
// row when none does.
QJsonObject edited(QJsonObject doc, const char *part, const Match &match, const QJsonObject &changes)
{
    QJsonArray rows = doc.value(QLatin1String(part)).toArray();
    bool found = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        if (!match(row))
            continue;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            row.insert(it.key(), it.value());
        rows.replace(i, row);
        found = true;
    }
    if (!found)
        rows.append(changes);
    doc.insert(QLatin1String(part), rows);
    return doc;
}

QJsonObject person(const QString &username, const QString &role, const QString &hall, const QString &password = {})
{
    QJsonObject o{{QLatin1String("username"), username},
                  {QLatin1String("role"), role},
                  {QLatin1String("hall"), hall},
                  {QLatin1String("name_zh"), QStringLiteral("测试人员")},
                  {QLatin1String("name_en"), QStringLiteral("Test Person")}};
    if (!password.isEmpty())
        o.insert(QLatin1String("password"), password);
    return o;
}

QJsonObject errorOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("error")).toObject();
}

int total(const QJsonObject &report, const char *part)
{
    int n = 0;
    const QJsonObject counts = report.value(QLatin1String(part)).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        n += it.value().toInt();
    return n;
}
} // namespace

class TestServerOrgExchange : public QObject
{
    Q_OBJECT

    HttpReply put(const QByteArray &body, const QString &token, const QByteArray &language = "zh-CN")
    {
        return m_http->send("PUT", QStringLiteral("/api/v1/admin/org"), body,
                            {{"Authorization", "Bearer " + token.toLatin1()},
                             {"Content-Type", "application/json"},
                             {"Accept-Language", language}});
    }

    HttpReply call(const QByteArray &method, const QString &path, const QJsonObject &body, const QByteArray &language = "zh-CN")
    {
        return m_http->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Authorization", "Bearer " + m_admin.toLatin1()},
                             {"Content-Type", "application/json"},
                             {"Accept-Language", language}});
    }

    QJsonObject org() { return m_http->get(QStringLiteral("/api/v1/admin/org"), m_admin).json(); }

    // The newest entry of the change record (0: none).
    qint64 newestChange()
    {
        const QJsonArray changes = m_http->get(QStringLiteral("/api/v1/admin/changes?limit=1"), m_admin).json().value(QLatin1String("changes")).toArray();
        return changes.isEmpty() ? 0 : changes.first().toObject().value(QLatin1String("id")).toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        QVERIFY(!m_admin.isEmpty());
    }

    void theExportIsTheWholeCityWithoutPasswords()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/admin/org"), m_admin);
        QCOMPARE(r.status, 200);
        m_exported = r.json();
        const QJsonArray halls = m_exported.value(QLatin1String("halls")).toArray();
        QCOMPARE(halls.size(), m_http->get(QStringLiteral("/api/v1/org/halls"), m_admin).json().value(QLatin1String("halls")).toArray().size());
        QVERIFY(m_exported.value(QLatin1String("windows")).toArray().size() > 0);
        QVERIFY(m_exported.value(QLatin1String("devices")).toArray().size() > 0);
        const QByteArray text = QJsonDocument(m_exported).toJson();
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("$argon2"));
    }

    void importingTheExportChangesNothing()
    {
        const QByteArray doc = QJsonDocument(m_exported).toJson();
        const HttpReply r = put(doc, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(total(r.json(), "created"), 0);
        QCOMPARE(total(r.json(), "updated"), 0);
        QVERIFY(r.json().value(QLatin1String("unchanged")).toInt() > 20);
        const HttpReply changes = m_http->get(QStringLiteral("/api/v1/admin/changes?entity=hall"), m_admin);
        QCOMPARE(changes.json().value(QLatin1String("changes")).toArray().size(), 0);
    }

    void importCreatesWhatIsMissingOnceAndOnlyOnce()
    {
        QJsonObject doc = m_exported;
        QJsonArray halls = doc.value(QLatin1String("halls")).toArray();
        halls.append(QJsonObject{{QLatin1String("code"), QStringLiteral("MY-FC-XY")},
                                 {QLatin1String("level"), QStringLiteral("township")},
                                 {QLatin1String("parent"), QStringLiteral("MY-FC")},
                                 {QLatin1String("name_zh"), QStringLiteral("新皂镇便民服务中心")},
                                 {QLatin1String("name_en"), QStringLiteral("Xinzao Town Service Centre")}});
        doc.insert(QLatin1String("halls"), halls);
        QJsonArray windows = doc.value(QLatin1String("windows")).toArray();
        windows.append(QJsonObject{{QLatin1String("hall"), QStringLiteral("MY-FC-XY")}, {QLatin1String("number"), 1},
                                   {QLatin1String("kind"), QStringLiteral("comprehensive")}});
        doc.insert(QLatin1String("windows"), windows);
        QJsonArray accounts = doc.value(QLatin1String("accounts")).toArray();
        accounts.append(QJsonObject{{QLatin1String("username"), QStringLiteral("zhao.lei")},
                                    {QLatin1String("role"), QStringLiteral("teller")},
                                    {QLatin1String("hall"), QStringLiteral("MY-FC-XY")},
                                    {QLatin1String("name_zh"), QStringLiteral("赵磊")}});
        doc.insert(QLatin1String("accounts"), accounts);
        const QByteArray text = QJsonDocument(doc).toJson();

        const HttpReply first = put(text, m_admin);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QLatin1String("created")).toObject().value(QLatin1String("halls")).toInt(), 1);
        QCOMPARE(first.json().value(QLatin1String("created")).toObject().value(QLatin1String("windows")).toInt(), 1);
        QCOMPARE(first.json().value(QLatin1String("created")).toObject().value(QLatin1String("accounts")).toInt(), 1);
        const QJsonArray passwords = first.json().value(QLatin1String("one_time_passwords")).toArray();
        QCOMPARE(passwords.size(), 1);
        const QString password = passwords.first().toObject().value(QLatin1String("one_time_password")).toString();
        const HttpReply login = m_http->post(QStringLiteral("/api/v1/sessions"),
                                             {{QLatin1String("username"), QStringLiteral("zhao.lei")}, {QLatin1String("password"), password}});
        QCOMPARE(login.status, 201);
        QCOMPARE(login.json().value(QLatin1String("account")).toObject().value(QLatin1String("must_change_password")).toBool(), true);

        const HttpReply second = put(text, m_admin);
        QCOMPARE(second.status, 200);
        QCOMPARE(total(second.json(), "created"), 0);
        QCOMPARE(total(second.json(), "updated"), 0);
        QCOMPARE(second.json().value(QLatin1String("one_time_passwords")).toArray().size(), 0);
    }

    void aBadDocumentChangesNothing()
    {
        const int before = m_http->get(QStringLiteral("/api/v1/org/halls"), m_admin).json().value(QLatin1String("halls")).toArray().size();
        QJsonObject doc = m_exported;
        QJsonArray halls = doc.value(QLatin1String("halls")).toArray();
        halls.append(QJsonObject{{QLatin1String("code"), QStringLiteral("MY-ORPHAN")}, {QLatin1String("level"), QStringLiteral("township")},
                                 {QLatin1String("parent"), QStringLiteral("MY-NOWHERE")}, {QLatin1String("name_zh"), QStringLiteral("孤儿")}});
        doc.insert(QLatin1String("halls"), halls);
        const HttpReply r = put(QJsonDocument(doc).toJson(), m_admin);
        QCOMPARE(r.status, 422);
        QVERIFY(!r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(put("{\"halls\": [", m_admin).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/org/halls"), m_admin).json().value(QLatin1String("halls")).toArray().size(), before);
    }

    // An archived hall takes no one new: neither an account nor a device, made, moved or enabled
    // there.
    void anArchivedHallTakesNoOneNew()
    {
        QCOMPARE(call("POST", QStringLiteral("/api/v1/admin/halls"),
                      {{QLatin1String("code"), QStringLiteral("MY-FC-OLD")},
                       {QLatin1String("level"), QStringLiteral("township")},
                       {QLatin1String("parent"), QStringLiteral("MY-FC")},
                       {QLatin1String("name_zh"), QStringLiteral("涪城区旧城街道便民服务中心")},
                       {QLatin1String("name_en"), QStringLiteral("Old Town Service Centre")}})
                     .status,
                 201);
        const HttpReply clerk = call("POST", QStringLiteral("/api/v1/admin/accounts"),
                                     person(QStringLiteral("old.clerk"), QStringLiteral("teller"), QStringLiteral("MY-FC-OLD")));
        QCOMPARE(clerk.status, 201);
        const QString clerkPath = QStringLiteral("/api/v1/admin/accounts/%1")
                                      .arg(clerk.json().value(QLatin1String("account")).toObject().value(QLatin1String("id")).toInteger());
        QCOMPARE(call("POST", QStringLiteral("/api/v1/admin/halls/MY-FC-OLD/archive"), {}).status, 200);
        QCOMPARE(call("POST", clerkPath + QStringLiteral("/disable"), {}).status, 200); // filed with its hall
        const QJsonObject before = org();
        const QString zh = QStringLiteral("大厅 MY-FC-OLD 已归档，不能在该大厅新增或调入账号、设备。");
        const QString en = QStringLiteral("Hall MY-FC-OLD is archived: no account or device may be added there or moved there.");
        const QJsonObject account = person(QStringLiteral("old.teller"), QStringLiteral("teller"), QStringLiteral("MY-FC-OLD"));
        const QJsonObject device{{QLatin1String("code"), QStringLiteral("OLD-KIOSK-1")},
                                 {QLatin1String("kind"), QStringLiteral("kiosk")},
                                 {QLatin1String("hall"), QStringLiteral("MY-FC-OLD")},
                                 {QLatin1String("username"), QStringLiteral("kiosk-old-1")}};
        const QJsonArray people = m_http->get(QStringLiteral("/api/v1/admin/accounts?q=fc_teller2"), m_admin).json().value(QLatin1String("accounts")).toArray();
        QCOMPARE(people.size(), 1);
        const QString moved = QStringLiteral("/api/v1/admin/accounts/%1").arg(people.first().toObject().value(QLatin1String("id")).toInteger());
        const QList<std::tuple<QByteArray, QString, QJsonObject>> refused{
            {"POST", QStringLiteral("/api/v1/admin/accounts"), account},
            {"PATCH", moved, QJsonObject{{QLatin1String("hall"), QStringLiteral("MY-FC-OLD")}}},
            {"POST", QStringLiteral("/api/v1/admin/devices"), device},
            {"POST", clerkPath + QStringLiteral("/enable"), QJsonObject()}};
        for (const auto &[method, path, body] : refused) {
            const HttpReply r = call(method, path, body);
            QVERIFY2(r.status == 422, r.body.constData());
            QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(), QStringLiteral("validation_failed"));
            QCOMPARE(errorOf(r).value(QLatin1String("message")).toString(), zh);
            QVERIFY(errorOf(r).value(QLatin1String("fields")).toObject().contains(QLatin1String("hall")));
            QCOMPARE(errorOf(call(method, path, body, "en")).value(QLatin1String("message")).toString(), en);
        }
        QCOMPARE(org(), before);
    }

    void badDocumentsAreRefusedWhole_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("row"); // "kind key" of error.row
        QTest::addColumn<QString>("field"); // in error.fields; "" for a conflict
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        const QJsonObject doc = org();
        const QString invalidZh = QStringLiteral("部分信息未填写或填写有误，请检查。");
        const QString invalidEn = QStringLiteral("Some fields are missing or invalid.");
        const auto hallRow = [](const QString &code) { return keyed("code", code); };
        const auto hall = [&](const char *name, const QJsonObject &changed, const QString &code, const char *field) {
            QTest::newRow(name) << edited(doc, "halls", hallRow(code), changed) << 422 << QStringLiteral("validation_failed")
                                << QStringLiteral("hall ") + code << QString::fromLatin1(field)
                                << QStringLiteral("组织架构文件中的大厅 %1：").arg(code) + invalidZh
                                << QStringLiteral("Hall %1 in the org document: ").arg(code) + invalidEn;
        };
        hall("a cycle in the tree", {{QLatin1String("parent"), QStringLiteral("MY-FC-CJ")}, {QLatin1String("level"), QStringLiteral("community")}},
             QStringLiteral("MY-FC"), "parent");
        hall("above a hall of its own level", {{QLatin1String("level"), QStringLiteral("township")}}, QStringLiteral("MY-FC"), "level");
        hall("an unknown parent",
             {{QLatin1String("code"), QStringLiteral("MY-ORPHAN")}, {QLatin1String("level"), QStringLiteral("township")},
              {QLatin1String("parent"), QStringLiteral("MY-NOWHERE")}, {QLatin1String("name_zh"), QStringLiteral("无主大厅")},
              {QLatin1String("name_en"), QStringLiteral("Orphan hall")}},
             QStringLiteral("MY-ORPHAN"), "parent");
        hall("latitude 95", {{QLatin1String("latitude"), 95}, {QLatin1String("longitude"), 104.68}}, QStringLiteral("MY-FC"), "latitude");
        hall("a time zone on Mars", {{QLatin1String("timezone"), QStringLiteral("Mars/Olympus")}}, QStringLiteral("MY-FC"), "time_zone");

        QTest::newRow("a category not in the catalogue")
            << edited(doc, "windows", window(QStringLiteral("MY-FC"), 1),
                      {{QLatin1String("kind"), QStringLiteral("dedicated")}, {QLatin1String("categories"), QJsonArray{QStringLiteral("astrology")}}})
            << 422 << QStringLiteral("validation_failed") << QStringLiteral("window MY-FC/1") << QStringLiteral("categories")
            << QStringLiteral("组织架构文件中大厅 MY-FC 的 1 号窗口：") + invalidZh << QStringLiteral("Window 1 of hall MY-FC in the org document: ") + invalidEn;

        const auto account = [&](const char *name, const QJsonObject &edit, const QString &user, int status, const char *field,
                                 const QString &zh, const QString &en) {
            QTest::newRow(name) << edited(doc, "accounts", keyed("username", user), edit) << status
                                << (status == 409 ? QStringLiteral("conflict") : QStringLiteral("validation_failed"))
                                << QStringLiteral("account ") + user << QString::fromLatin1(field)
                                << QStringLiteral("组织架构文件中的账号 %1：").arg(user) + zh << QStringLiteral("Account %1 in the org document: ").arg(user) + en;
        };
        const QString admin = QStringLiteral("admin");
        const QString lastZh = QStringLiteral("admin 是最后一名在用的系统管理员，请先设立另一名管理员。");
        const QString lastEn = QStringLiteral("admin is the last active administrator; appoint another one first.");
        account("the last administrator disabled", {{QLatin1String("active"), false}}, admin, 409, "", lastZh, lastEn);
        account("the last administrator demoted", {{QLatin1String("role"), QStringLiteral("supervisor")}}, admin, 409, "", lastZh, lastEn);
        account("the last city administrator moved to a county hall", {{QLatin1String("hall"), QStringLiteral("MY-FC")}}, admin, 409, "",
                QStringLiteral("admin 是最后一名在用的市级管理员，请先在市级大厅设立另一名管理员。"),
                QStringLiteral("admin is the last active city administrator; appoint another one at the city hall first."));
        account("a password the policy refuses", person(QStringLiteral("li.na"), QStringLiteral("teller"), QStringLiteral("MY-FC"), QStringLiteral("abc12345")),
                QStringLiteral("li.na"), 422, "password", invalidZh, invalidEn);
        account("a kiosk made an administrator", {{QLatin1String("role"), QStringLiteral("admin")}}, QStringLiteral("kiosk-fc"), 422, "role",
                invalidZh, invalidEn);
        const QString archivedZh = QStringLiteral("大厅 MY-FC-OLD 已归档，不能在该大厅新增或调入账号、设备。");
        const QString archivedEn = QStringLiteral("Hall MY-FC-OLD is archived: no account or device may be added there or moved there.");
        account("a new account at an archived hall", person(QStringLiteral("old.teller"), QStringLiteral("teller"), QStringLiteral("MY-FC-OLD")),
                QStringLiteral("old.teller"), 422, "hall", archivedZh, archivedEn);
        account("an account moved to an archived hall", {{QLatin1String("hall"), QStringLiteral("MY-FC-OLD")}}, QStringLiteral("fc_teller2"), 422,
                "hall", archivedZh, archivedEn);

        // The device's account is filed there disabled (allowed); the device itself is not.
        QJsonObject kiosk = person(QStringLiteral("kiosk-old"), QStringLiteral("kiosk"), QStringLiteral("MY-FC-OLD"), QStringLiteral("Kiosk-Old-Town-26"));
        kiosk.insert(QLatin1String("active"), false);
        QTest::newRow("a device at an archived hall")
            << edited(edited(doc, "accounts", keyed("username", QStringLiteral("kiosk-old")), kiosk), "devices", keyed("code", QStringLiteral("KIOSK-OLD")),
                      {{QLatin1String("code"), QStringLiteral("KIOSK-OLD")}, {QLatin1String("kind"), QStringLiteral("kiosk")},
                       {QLatin1String("hall"), QStringLiteral("MY-FC-OLD")}, {QLatin1String("account"), QStringLiteral("kiosk-old")}})
            << 422 << QStringLiteral("validation_failed") << QStringLiteral("device KIOSK-OLD") << QStringLiteral("hall")
            << QStringLiteral("组织架构文件中的设备 KIOSK-OLD：") + archivedZh << QStringLiteral("Device KIOSK-OLD in the org document: ") + archivedEn;
    }

    // Each refused whole, with the error the administration API gives for the same fault, the row
    // at fault named in the caller's language; and nothing changed, not even the change record.
    void badDocumentsAreRefusedWhole()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, row);
        QFETCH(QString, field);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        const QJsonObject before = org();
        const qint64 lastChange = newestChange();
        const QByteArray body = QJsonDocument(doc).toJson();

        const HttpReply r = put(body, m_admin);
        QVERIFY2(r.status == status, r.body.constData());
        const QJsonObject error = errorOf(r);
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
        QCOMPARE(error.value(QLatin1String("message")).toString(), zh);
        const QJsonObject at = error.value(QLatin1String("row")).toObject();
        QCOMPARE(at.value(QLatin1String("kind")).toString() + QLatin1Char(' ') + at.value(QLatin1String("key")).toString(), row);
        if (!field.isEmpty())
            QVERIFY2(error.value(QLatin1String("fields")).toObject().contains(field), r.body.constData());
        QCOMPARE(errorOf(put(body, m_admin, "en")).value(QLatin1String("message")).toString(), en);

        QCOMPARE(org(), before);
        QCOMPARE(newestChange(), lastChange);
    }

    // An account the import disables, or gives a new role or hall, is out at once; one merely
    // renamed keeps its session. Each change is in the change record as an import.
    void importEndsTheSessionsOfWhomItDisablesOrMoves()
    {
        const QStringList users{QStringLiteral("sun.li"), QStringLiteral("qian.wei"), QStringLiteral("zhou.qi")};
        const QString password = QStringLiteral("Hall-Desk-Spring-26");
        QJsonObject doc = org();
        for (const QString &user : users)
            doc = edited(doc, "accounts", keyed("username", user), person(user, QStringLiteral("teller"), QStringLiteral("MY-FC"), password));
        const HttpReply made = put(QJsonDocument(doc).toJson(), m_admin);
        QVERIFY2(made.status == 200, made.body.constData());
        QCOMPARE(made.json().value(QLatin1String("created")).toObject().value(QLatin1String("accounts")).toInt(), 3);
        QCOMPARE(made.json().value(QLatin1String("one_time_passwords")).toArray().size(), 0); // each had its own
        QHash<QString, QString> token;
        for (const QString &user : users) {
            token[user] = m_http->login(user, password);
            QVERIFY(!token[user].isEmpty());
            QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), token[user]).status, 200);
        }

        doc = edited(doc, "accounts", keyed("username", QStringLiteral("sun.li")), {{QLatin1String("active"), false}});
        doc = edited(doc, "accounts", keyed("username", QStringLiteral("qian.wei")), {{QLatin1String("hall"), QStringLiteral("MY-YX")}});
        doc = edited(doc, "accounts", keyed("username", QStringLiteral("zhou.qi")), {{QLatin1String("name_zh"), QStringLiteral("周琪")}});
        const HttpReply changed = put(QJsonDocument(doc).toJson(), m_admin);
        QVERIFY2(changed.status == 200, changed.body.constData());
        QCOMPARE(changed.json().value(QLatin1String("updated")).toObject().value(QLatin1String("accounts")).toInt(), 3);

        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), token[QStringLiteral("sun.li")]).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), token[QStringLiteral("qian.wei")]).status, 401);
        const HttpReply renamed = m_http->get(QStringLiteral("/api/v1/me"), token[QStringLiteral("zhou.qi")]);
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value(QLatin1String("name_zh")).toString(), QStringLiteral("周琪"));
        QVERIFY(m_http->login(QStringLiteral("sun.li"), password).isEmpty());

        const QJsonArray record = m_http->get(QStringLiteral("/api/v1/admin/changes?entity=account&key=sun.li"), m_admin)
                                      .json()
                                      .value(QLatin1String("changes"))
                                      .toArray();
        QCOMPARE(record.size(), 2); // created, then disabled
        const QJsonObject disabled = record.first().toObject();
        QCOMPARE(disabled.value(QLatin1String("action")).toString(), QStringLiteral("import"));
        QCOMPARE(disabled.value(QLatin1String("actor")).toString(), QStringLiteral("admin"));
        QCOMPARE(disabled.value(QLatin1String("before")).toObject().value(QLatin1String("active")).toBool(), true);
        QCOMPARE(disabled.value(QLatin1String("after")).toObject().value(QLatin1String("active")).toBool(), false);
    }

    void onlyACityAdministratorImports()
    {
        const QString teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QCOMPARE(put(QJsonDocument(m_exported).toJson(), teller).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/org"), teller).status, 403);
    }

    void theCommandLineImportsIntoANewInstall()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("org.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(m_exported).toJson());
        f.close();
        const QString db = dir.filePath(QStringLiteral("new.sqlite"));
        const auto run = [&] {
            QProcess p;
            p.start(QStringLiteral(OW_SERVER_BINARY), {QStringLiteral("--db"), db, QStringLiteral("--data-dir"), dir.path(),
                                                       QStringLiteral("--import-org"), file});
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object());
        };
        const auto [code, report] = run();
        QCOMPARE(code, 0);
        QCOMPARE(report.value(QLatin1String("created")).toObject().value(QLatin1String("halls")).toInt(),
                 m_exported.value(QLatin1String("halls")).toArray().size());
        QCOMPARE(report.value(QLatin1String("one_time_passwords")).toArray().size(),
                 m_exported.value(QLatin1String("accounts")).toArray().size());
        const auto [again, secondReport] = run();
        QCOMPARE(again, 0);
        QCOMPARE(total(secondReport, "created"), 0);
        QCOMPARE(total(secondReport, "updated"), 0);
    }

    // The command line obeys the same rules: a bad document makes the server exit non-zero with
    // the reason in the language of its terminal, and the database is as it was.
    void theCommandLineRefusesABadDocument()
    {
        TestServer server;
        QVERIFY(server.start());
        SyncHttp http(server.url());
        QString admin = http.login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        const QJsonObject before = http.get(QStringLiteral("/api/v1/admin/org"), admin).json();
        QVERIFY(before.value(QLatin1String("halls")).toArray().size() > 1);
        server.stop();

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(edited(before, "halls", keyed("code", QStringLiteral("MY-FC")),
                                     {{QLatin1String("latitude"), 95}, {QLatin1String("longitude"), 104.68}}))
                    .toJson());
        f.close();
        const auto run = [&](const QString &locale, const QString &language) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
            env.insert(QStringLiteral("LANGUAGE"), language);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(OW_SERVER_BINARY), {QStringLiteral("--db"), server.databasePath(), QStringLiteral("--data-dir"),
                                                       dir.path(), QStringLiteral("--import-org"), file});
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const auto [code, log] = run(QStringLiteral("zh_CN.UTF-8"), QStringLiteral("zh_CN"));
        QCOMPARE(code, 1);
        QVERIFY2(log.contains(QStringLiteral("组织架构文件中的大厅 MY-FC：部分信息未填写或填写有误，请检查。")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("latitude: The latitude is between -90 and 90 degrees.")), qPrintable(log));
        const auto [codeEn, logEn] = run(QStringLiteral("en_US.UTF-8"), QStringLiteral("en"));
        QCOMPARE(codeEn, 1);
        QVERIFY2(logEn.contains(QStringLiteral("Hall MY-FC in the org document: Some fields are missing or invalid.")), qPrintable(logEn));

        QVERIFY(server.start());
        SyncHttp again(server.url());
        admin = again.login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        QCOMPARE(again.get(QStringLiteral("/api/v1/admin/org"), admin).json(), before);
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
    QJsonObject m_exported;
};

QTEST_GUILESS_MAIN(TestServerOrgExchange)
#include "tst_server_org_exchange.moc"
