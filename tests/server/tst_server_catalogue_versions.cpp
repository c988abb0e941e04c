// Catalogue versions against the real server: the city administrator imports a new catalogue
// (pending, with what it changes), puts it in force now — the catalogue's ETag and content follow,
// new tickets and cases carry the new version, earlier ones keep theirs and that version stays
// readable — or from a later day, and can withdraw that. Refusals (a hall administrator, a teller,
// a bad file, a version reused with other content, a day not after today, an unknown version)
// are translated and change nothing; every step is in the record of changes; a restart keeps the
// administrator's version in force.
#include "core/domain/util/ResidentId.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ExtraAccount.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
const QString kVersions = QStringLiteral("/api/v1/admin/catalogue/versions");

// The bundled catalogue as `version`, SI-008 with a time limit of `days` and one more material.
QByteArray newCatalogue(const QString &version, int days = 9)
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::bundledJson()).object();
    root.insert(QLatin1String("version"), version);
    QJsonArray services = root.value(QLatin1String("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject s = services.at(i).toObject();
        if (s.value(QLatin1String("code")).toString() != QLatin1String("SI-008"))
            continue;
        s.insert(QLatin1String("time_limit_days"), days);
        QJsonArray materials = s.value(QLatin1String("materials")).toArray();
        materials.append(QJsonObject{{QLatin1String("code"), QStringLiteral("pledge")},
                                     {QLatin1String("name_zh"), QStringLiteral("个人承诺书")},
                                     {QLatin1String("name_en"), QStringLiteral("Personal pledge")},
                                     {QLatin1String("required"), false}});
        s.insert(QLatin1String("materials"), materials);
        services.replace(i, s);
    }
    root.insert(QLatin1String("services"), services);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject errorOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("error")).toObject();
}

QString citizen()
{
    const QString base = QStringLiteral("51070319800101123");
    return base + ResidentId::checksumCharacter(base);
}

QDate beijingToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
}
} // namespace

class TestServerCatalogueVersions : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;
    QString m_bundled;

    HttpReply call(const QByteArray &method, const QString &path, const QString &user, const QByteArray &body = {},
                   const QByteArray &language = "zh-CN")
    {
        return m_http->send(method, path, body,
                            {{"Authorization", "Bearer " + m_token.value(user).toLatin1()},
                             {"Content-Type", "application/json"},
                             {"Accept-Language", language}});
    }
    QJsonObject versionsByName()
    {
        QJsonObject out;
        for (const QJsonValue &v : call("GET", kVersions, QStringLiteral("admin")).json().value(QLatin1String("versions")).toArray())
            out.insert(v.toObject().value(QLatin1String("version")).toString(), v.toObject());
        return out;
    }
    QJsonObject service(const QJsonObject &catalogue, const QString &code)
    {
        for (const QJsonValue &v : catalogue.value(QLatin1String("services")).toArray()) {
            if (v.toObject().value(QLatin1String("code")).toString() == code)
                return v.toObject();
        }
        return {};
    }
    QString issueTicket()
    {
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                                         QJsonObject{{QLatin1String("services"), QJsonArray{QStringLiteral("CD-003")}}},
                                         m_token.value(QStringLiteral("kiosk-city")));
        return r.status == 201 ? r.json().value(QLatin1String("catalogue_version")).toString() : QStringLiteral("status %1").arg(r.status);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.stop();
        QVERIFY(test::addAccountLikeAdmin(m_server.databasePath(), QStringLiteral("fc_admin"), QStringLiteral("admin"), QStringLiteral("MY-FC")));
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"teller1", "reviewer1", "supervisor1", "admin", "fc_admin"})
            m_token.insert(QString::fromLatin1(user), m_http->login(QString::fromLatin1(user), QStringLiteral("demo1234")));
        for (const char *device : {"kiosk-city", "display-city"})
            m_token.insert(QString::fromLatin1(device), m_http->login(QString::fromLatin1(device), QStringLiteral("device1234")));
        for (const QString &t : std::as_const(m_token))
            QVERIFY(!t.isEmpty());
        m_bundled = Catalogue::fromJson(Catalogue::bundledJson()).value().version();
    }

    void onlyTheCityAdministrator_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        const QString one = kVersions + QStringLiteral("/2099.1");
        // Every role but the city's administrator: a hall administrator (of MY-FC) too.
        for (const char *user : {"fc_admin", "teller1", "reviewer1", "supervisor1", "kiosk-city", "display-city"}) {
            const int status = 403;
            QTest::addRow("%s list", user) << QByteArray("GET") << kVersions << QString::fromLatin1(user) << status;
            QTest::addRow("%s import", user) << QByteArray("POST") << kVersions << QString::fromLatin1(user) << status;
            QTest::addRow("%s detail", user) << QByteArray("GET") << one << QString::fromLatin1(user) << status;
            QTest::addRow("%s activate", user) << QByteArray("POST") << one + QStringLiteral("/activate") << QString::fromLatin1(user)
                                                << status;
            QTest::addRow("%s unschedule", user) << QByteArray("DELETE") << one + QStringLiteral("/schedule")
                                                  << QString::fromLatin1(user) << status;
        }
        QTest::addRow("no token") << QByteArray("GET") << kVersions << QString() << 401;
        QTest::addRow("no token import") << QByteArray("POST") << kVersions << QString() << 401;
    }

    void onlyTheCityAdministrator()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, user);
        QFETCH(int, status);
        const HttpReply r = call(method, path, user, method == "POST" && path == kVersions ? newCatalogue(QStringLiteral("2099.1")) : QByteArray());
        QCOMPARE(r.status, status);
        QCOMPARE(versionsByName().keys(), QStringList{m_bundled});
    }

    void importCompareActivate()
    {
        // Made under the catalogue in force now.
        const HttpReply before = call("POST", QStringLiteral("/api/v1/cases"), QStringLiteral("teller1"),
                                      QJsonDocument(test::si008Intake(citizen(), QStringLiteral("张三"), 1)).toJson());
        QCOMPARE(before.status, 201);
        const QString oldCase = before.json().value(QLatin1String("number")).toString();
        QCOMPARE(before.json().value(QLatin1String("catalogue_version")).toString(), m_bundled);
        QCOMPARE(issueTicket(), m_bundled);
        const HttpReply oldCatalogue = m_http->get(QStringLiteral("/api/v1/catalogue"), m_token.value(QStringLiteral("teller1")));
        const int oldDays = service(oldCatalogue.json(), QStringLiteral("SI-008")).value(QLatin1String("time_limit_days")).toInt();
        QVERIFY(oldDays != 9);

        const HttpReply imported = call("POST", kVersions, QStringLiteral("admin"), newCatalogue(QStringLiteral("2027.1")));
        QCOMPARE(imported.status, 201);
        const QJsonObject detail = imported.json();
        QCOMPARE(detail.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(detail.value(QLatin1String("imported_by")).toString(), QStringLiteral("admin"));
        const QJsonObject changes = detail.value(QLatin1String("changes")).toObject();
        QCOMPARE(changes.value(QLatin1String("from_version")).toString(), m_bundled);
        const QJsonArray changed = changes.value(QLatin1String("changed")).toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).toObject().value(QLatin1String("code")).toString(), QStringLiteral("SI-008"));
        QCOMPARE(changed.at(0).toObject().value(QLatin1String("properties")).toArray(), QJsonArray{QStringLiteral("time_limit_days")});
        QCOMPARE(changed.at(0).toObject().value(QLatin1String("materials_added")).toArray().at(0).toObject().value(QLatin1String("name_zh")),
                 QStringLiteral("个人承诺书"));
        // Imported, not in force: the windows see no change.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue"), m_token.value(QStringLiteral("teller1"))).header("ETag"),
                 oldCatalogue.header("ETag"));
        // The same file again changes nothing.
        const HttpReply again = call("POST", kVersions, QStringLiteral("admin"), newCatalogue(QStringLiteral("2027.1")));
        QCOMPARE(again.status, 200);
        QCOMPARE(versionsByName().keys(), (QStringList{m_bundled, QStringLiteral("2027.1")})); // in the order of their names
        QCOMPARE(call("GET", kVersions + QStringLiteral("/2027.1"), QStringLiteral("admin")).json().value(QLatin1String("changes")), changes);

        const HttpReply activated = call("POST", kVersions + QStringLiteral("/2027.1/activate"), QStringLiteral("admin"));
        QCOMPARE(activated.status, 200);
        QCOMPARE(activated.json().value(QLatin1String("state")).toString(), QStringLiteral("active"));
        const HttpReply now = m_http->get(QStringLiteral("/api/v1/catalogue"), m_token.value(QStringLiteral("teller1")));
        QVERIFY(now.header("ETag") != oldCatalogue.header("ETag"));
        QCOMPARE(now.json().value(QLatin1String("version")).toString(), QStringLiteral("2027.1"));
        QCOMPARE(service(now.json(), QStringLiteral("SI-008")).value(QLatin1String("time_limit_days")).toInt(), 9);
        QCOMPARE(versionsByName().value(m_bundled).toObject().value(QLatin1String("state")).toString(), QStringLiteral("superseded"));

        // New work carries the new version; the earlier case keeps its own, still readable.
        QCOMPARE(issueTicket(), QStringLiteral("2027.1"));
        const HttpReply after = call("POST", QStringLiteral("/api/v1/cases"), QStringLiteral("teller1"),
                                     QJsonDocument(test::si008Intake(citizen(), QStringLiteral("张三"), 1)).toJson());
        QCOMPARE(after.status, 201);
        QCOMPARE(after.json().value(QLatin1String("catalogue_version")).toString(), QStringLiteral("2027.1"));
        QCOMPARE(after.json().value(QLatin1String("time_limit_days")).toInt(), 9);
        const HttpReply old = call("GET", QStringLiteral("/api/v1/cases/") + oldCase, QStringLiteral("teller1"));
        QCOMPARE(old.json().value(QLatin1String("catalogue_version")).toString(), m_bundled);
        QCOMPARE(old.json().value(QLatin1String("time_limit_days")).toInt(), oldDays);
        const QString oldPath = QStringLiteral("/api/v1/catalogue/versions/") + m_bundled;
        const HttpReply asItWas = m_http->get(oldPath, m_token.value(QStringLiteral("teller1")));
        QCOMPARE(asItWas.status, 200);
        QCOMPARE(service(asItWas.json(), QStringLiteral("SI-008")).value(QLatin1String("time_limit_days")).toInt(), oldDays);
        QCOMPARE(m_http->send("GET", oldPath, {},
                              {{"Authorization", "Bearer " + m_token.value(QStringLiteral("teller1")).toLatin1()},
                               {"If-None-Match", asItWas.header("ETag")}})
                     .status,
                 304);
    }

    void refusalsAreTranslatedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");

        QTest::newRow("version reused") << QByteArray("POST") << kVersions << newCatalogue(QStringLiteral("2027.1"), 11) << 409
                                        << QStringLiteral("事项清单版本 2027.1 已存在且内容不同：请为新清单另定版本号。")
                                        << QStringLiteral("Catalogue version 2027.1 already exists with different content: give the new catalogue a version of its own.");
        QTest::newRow("not json") << QByteArray("POST") << kVersions << QByteArray("{not json") << 400 << QString() << QString();
        QTest::newRow("bad file") << QByteArray("POST") << kVersions << QByteArray(R"({"version": "2027.9", "categories": [], "services": [{"code": "X"}]})")
                                  << 422 << QStringLiteral("事项清单文件未通过校验（共 ") // the count of problems is the parser's
                                  << QStringLiteral("The catalogue file was refused (");
        QTest::newRow("unknown version") << QByteArray("POST") << kVersions + QStringLiteral("/1999.1/activate") << QByteArray() << 404
                                         << QStringLiteral("没有事项清单版本 1999.1。") << QStringLiteral("There is no catalogue version 1999.1.");
        QTest::newRow("today") << QByteArray("POST") << kVersions + QStringLiteral("/") + QStringLiteral("%1") + QStringLiteral("/activate")
                               << QJsonDocument(QJsonObject{{QLatin1String("from"), beijingToday().toString(Qt::ISODate)}}).toJson()
                               << 422 << QStringLiteral("只能预约在以后的某一天生效；如需今天生效，请选择“立即启用”。")
                               << QStringLiteral("A version is scheduled from a later day; to put it in force today, activate it now.");
        QTest::newRow("bad day") << QByteArray("POST") << kVersions + QStringLiteral("/%1/activate")
                                 << QByteArray(R"({"from": "next week"})") << 422 << QString() << QString();
        QTest::newRow("not scheduled") << QByteArray("DELETE") << kVersions + QStringLiteral("/%1/schedule") << QByteArray() << 409
                                       << QStringLiteral("事项清单版本 %1 没有预约生效。") << QStringLiteral("Catalogue version %1 is not scheduled.");
    }

    void refusalsAreTranslatedAndChangeNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        path.replace(QStringLiteral("%1"), m_bundled);
        zh.replace(QStringLiteral("%1"), m_bundled);
        en.replace(QStringLiteral("%1"), m_bundled);
        const QJsonObject before = versionsByName();
        const HttpReply chinese = call(method, path, QStringLiteral("admin"), body);
        QCOMPARE(chinese.status, status);
        const HttpReply english = call(method, path, QStringLiteral("admin"), body, "en");
        QCOMPARE(english.status, status);
        const QString zhMessage = errorOf(chinese).value(QLatin1String("message")).toString();
        const QString enMessage = errorOf(english).value(QLatin1String("message")).toString();
        QVERIFY(!zhMessage.isEmpty() && !enMessage.isEmpty() && zhMessage != enMessage);
        if (!zh.isEmpty()) {
            if (status == 422 && path == kVersions) {
                QVERIFY2(zhMessage.startsWith(zh), qPrintable(zhMessage));
                QVERIFY2(enMessage.startsWith(en), qPrintable(enMessage));
                QVERIFY(!errorOf(english).value(QLatin1String("problems")).toArray().isEmpty());
            } else {
                QCOMPARE(zhMessage, zh);
                QCOMPARE(enMessage, en);
            }
        }
        QCOMPARE(versionsByName(), before);
    }

    void scheduleAndWithdraw()
    {
        QCOMPARE(call("POST", kVersions, QStringLiteral("admin"), newCatalogue(QStringLiteral("2027.2"), 12)).status, 201);
        const QString tomorrow = beijingToday().addDays(1).toString(Qt::ISODate);
        const QByteArray from = QJsonDocument(QJsonObject{{QLatin1String("from"), tomorrow}}).toJson();
        const HttpReply scheduled = call("POST", kVersions + QStringLiteral("/2027.2/activate"), QStringLiteral("admin"), from);
        QCOMPARE(scheduled.status, 200);
        QCOMPARE(scheduled.json().value(QLatin1String("state")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(scheduled.json().value(QLatin1String("activate_on")).toString(), tomorrow);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue"), m_token.value(QStringLiteral("teller1"))).json().value(QLatin1String("version")),
                 QStringLiteral("2027.1"));
        // One version waits at a time.
        const HttpReply second = call("POST", kVersions + QStringLiteral("/%1/activate").arg(m_bundled), QStringLiteral("admin"), from);
        QCOMPARE(second.status, 409);
        QCOMPARE(errorOf(second).value(QLatin1String("message")).toString(),
                 QStringLiteral("事项清单版本 2027.2 已预约于 %1 生效：请先撤销该预约。").arg(tomorrow));

        const HttpReply withdrawn = call("DELETE", kVersions + QStringLiteral("/2027.2/schedule"), QStringLiteral("admin"));
        QCOMPARE(withdrawn.status, 200);
        QCOMPARE(withdrawn.json().value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QVERIFY(!withdrawn.json().contains(QLatin1String("activate_on")));

        // Every step is in the record of changes, with who did it.
        const QJsonArray changes = call("GET", QStringLiteral("/api/v1/admin/changes?entity=catalogue"), QStringLiteral("admin"))
                                       .json().value(QLatin1String("changes")).toArray();
        QStringList steps;
        for (const QJsonValue &c : changes) {
            QCOMPARE(c.toObject().value(QLatin1String("actor")).toString(), QStringLiteral("admin"));
            steps.prepend(c.toObject().value(QLatin1String("key")).toString() + QLatin1Char(' ')
                          + c.toObject().value(QLatin1String("action")).toString());
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("2027.1 import"), QStringLiteral("2027.1 activate"), QStringLiteral("2027.2 import"),
                                     QStringLiteral("2027.2 schedule"), QStringLiteral("2027.2 unschedule")}));
    }

    void aRestartKeepsTheAdministratorsVersion()
    {
        m_server.stop();
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue"), m_token.value(QStringLiteral("teller1"))).json().value(QLatin1String("version")),
                 QStringLiteral("2027.1"));
        QCOMPARE(versionsByName().value(m_bundled).toObject().value(QLatin1String("state")).toString(), QStringLiteral("superseded"));
    }
};

QTEST_GUILESS_MAIN(TestServerCatalogueVersions)
#include "tst_server_catalogue_versions.moc"
