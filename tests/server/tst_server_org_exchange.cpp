// The org as one JSON document (issue 13): exported by an administrator, imported by REST and by
// `onewindow-server --import-org FILE`; importing twice changes nothing.
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
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

    HttpReply put(const QByteArray &body, const QString &token)
    {
        return m_http->send("PUT", QStringLiteral("/api/v1/admin/org"), body,
                            {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}});
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
