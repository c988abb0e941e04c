// The real server's catalogue and org endpoints: the documented JSON shape, ETag revalidation,
// and what happens across restarts and catalogue file changes on the same database.
#include "core/domain/catalogue/Catalogue.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
const QString kCatalogue = QStringLiteral("/api/v1/catalogue");
const QString kHalls = QStringLiteral("/api/v1/org/halls");
const QString kPassword = QStringLiteral("demo1234");

Headers auth(const QString &token, const QByteArray &ifNoneMatch = {})
{
    Headers h{{QByteArray("Authorization"), "Bearer " + token.toLatin1()}};
    if (!ifNoneMatch.isNull())
        h.append({QByteArray("If-None-Match"), ifNoneMatch});
    return h;
}

// The keys docs/api/openapi.yaml lists as required, with their JSON types.
using KeyTypes = QList<QPair<const char *, QJsonValue::Type>>;
const KeyTypes kCatalogueKeys{{"version", QJsonValue::String}, {"categories", QJsonValue::Array},
                              {"services", QJsonValue::Array}};
const KeyTypes kCategoryKeys{{"code", QJsonValue::String}, {"prefix", QJsonValue::String},
                             {"name_zh", QJsonValue::String}, {"name_en", QJsonValue::String}};
const KeyTypes kServiceKeys{{"code", QJsonValue::String},           {"category", QJsonValue::String},
                            {"name_zh", QJsonValue::String},        {"name_en", QJsonValue::String},
                            {"pinyin", QJsonValue::String},         {"kind", QJsonValue::String},
                            {"time_limit_days", QJsonValue::Double}, {"risk", QJsonValue::String},
                            {"competent_level", QJsonValue::String}, {"delegable", QJsonValue::Bool},
                            {"materials", QJsonValue::Array},       {"fields", QJsonValue::Array}};
const KeyTypes kMaterialKeys{{"code", QJsonValue::String}, {"name_zh", QJsonValue::String},
                             {"name_en", QJsonValue::String}, {"required", QJsonValue::Bool}};
const KeyTypes kFieldKeys{{"key", QJsonValue::String},      {"type", QJsonValue::String},
                          {"label_zh", QJsonValue::String}, {"label_en", QJsonValue::String},
                          {"required", QJsonValue::Bool}};
const KeyTypes kHallKeys{{"code", QJsonValue::String},       {"level", QJsonValue::String},
                         {"name_zh", QJsonValue::String},    {"name_en", QJsonValue::String},
                         {"address_zh", QJsonValue::String}, {"timezone", QJsonValue::String},
                         {"windows", QJsonValue::Array}};

// The first documented key that is missing or has another type; empty if all are right.
QString badKey(const QJsonObject &o, const KeyTypes &keys, const QString &where)
{
    for (const auto &[key, type] : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.type() != type)
            return QStringLiteral("%1: %2 has JSON type %3, not %4").arg(where, QLatin1String(key)).arg(v.type()).arg(type);
    }
    return {};
}

#define VERIFY_KEYS(object, keys, where)                                                                              \
    do {                                                                                                             \
        const QString problem_ = badKey(object, keys, where);                                                        \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                          \
    } while (false)

// A copy of the bundled catalogue with one service renamed, written to `path`.
bool writeModifiedCatalogue(const QString &path, const QString &code, const QString &newEnglishName)
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::bundledJson()).object();
    QJsonArray services = root.value(QLatin1String("services")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject s = services.at(i).toObject();
        if (s.value(QLatin1String("code")).toString() == code) {
            s.insert(QLatin1String("name_en"), newEnglishName);
            services.replace(i, s);
            found = true;
        }
    }
    root.insert(QLatin1String("services"), services);
    root.insert(QLatin1String("version"), QStringLiteral("2099.1-revised")); // a version names one content
    QFile f(path);
    return found && f.open(QIODevice::WriteOnly)
           && f.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) > 0;
}

QString englishNameOf(const QJsonObject &catalogue, const QString &code)
{
    for (const QJsonValue &v : catalogue.value(QLatin1String("services")).toArray()) {
        if (v.toObject().value(QLatin1String("code")).toString() == code)
            return v.toObject().value(QLatin1String("name_en")).toString();
    }
    return {};
}
} // namespace

class TestServerCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_token = m_http->login(QStringLiteral("teller1"), kPassword);
        QVERIFY(!m_token.isEmpty());
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_server.reset();
    }

    void catalogueHasDocumentedShape()
    {
        const HttpReply r = m_http->get(kCatalogue, m_token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QByteArray etag = r.header("ETag");
        QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());
        QVERIFY(!etag.mid(1, etag.size() - 2).contains('"'));

        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        VERIFY_KEYS(root, kCatalogueKeys, QStringLiteral("catalogue"));
        // The served catalogue is the bundled one.
        QCOMPARE(root, Catalogue::fromJson(Catalogue::bundledJson()).value().toJson());

        static const QRegularExpression prefix(QStringLiteral("^[A-Z]$"));
        QSet<QString> categories;
        for (const QJsonValue &v : root.value(QLatin1String("categories")).toArray()) {
            const QJsonObject c = v.toObject();
            VERIFY_KEYS(c, kCategoryKeys, QStringLiteral("category"));
            QVERIFY(prefix.match(c.value(QLatin1String("prefix")).toString()).hasMatch());
            categories.insert(c.value(QLatin1String("code")).toString());
        }

        static const QRegularExpression code(QStringLiteral("^[A-Z]{2}-\\d{3}$"));
        static const QRegularExpression pinyin(QStringLiteral("^[a-z]+$"));
        const QStringList kinds{QStringLiteral("on_the_spot"), QStringLiteral("committed")};
        const QStringList risks{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
        const QStringList levels{QStringLiteral("city"), QStringLiteral("county"), QStringLiteral("township")};
        const QStringList types{QStringLiteral("text"),      QStringLiteral("date"),  QStringLiteral("choice"),
                                QStringLiteral("amount"),    QStringLiteral("id_number"), QStringLiteral("phone"),
                                QStringLiteral("bank_account"), QStringLiteral("integer")};
        const QJsonArray services = root.value(QLatin1String("services")).toArray();
        QVERIFY2(services.size() >= 60, qPrintable(QString::number(services.size())));
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            const QString where = s.value(QLatin1String("code")).toString();
            VERIFY_KEYS(s, kServiceKeys, where);
            QVERIFY2(code.match(where).hasMatch(), qPrintable(where));
            QVERIFY2(categories.contains(s.value(QLatin1String("category")).toString()), qPrintable(where));
            QVERIFY2(pinyin.match(s.value(QLatin1String("pinyin")).toString()).hasMatch(), qPrintable(where));
            QVERIFY(kinds.contains(s.value(QLatin1String("kind")).toString()));
            QVERIFY(risks.contains(s.value(QLatin1String("risk")).toString()));
            QVERIFY(levels.contains(s.value(QLatin1String("competent_level")).toString()));
            QVERIFY(s.value(QLatin1String("time_limit_days")).toInt(-1) >= 0);
            for (const QJsonValue &m : s.value(QLatin1String("materials")).toArray())
                VERIFY_KEYS(m.toObject(), kMaterialKeys, where + QStringLiteral(" material"));
            for (const QJsonValue &f : s.value(QLatin1String("fields")).toArray()) {
                const QJsonObject fo = f.toObject();
                VERIFY_KEYS(fo, kFieldKeys, where + QStringLiteral(" field"));
                QVERIFY(types.contains(fo.value(QLatin1String("type")).toString()));
                if (fo.value(QLatin1String("type")).toString() == QLatin1String("choice"))
                    QVERIFY(!fo.value(QLatin1String("options")).toArray().isEmpty());
            }
        }
    }

    void conditionalGet_data()
    {
        QTest::addColumn<QByteArray>("ifNoneMatch"); // "<etag>" stands for the current ETag
        QTest::addColumn<int>("status");
        QTest::newRow("current ETag") << QByteArray("<etag>") << 304;
        QTest::newRow("any") << QByteArray("*") << 304;
        QTest::newRow("stale ETag") << QByteArray("\"2020.1-0000000000000000\"") << 200;
        QTest::newRow("empty") << QByteArray("") << 200;
        QTest::newRow("unquoted current ETag") << QByteArray("<bare>") << 200;
        // RFC 9110 13.1.2: a list of tags, and weak comparison (a proxy that compresses the body
        // turns our strong ETag into W/"…" and the client sends that back).
        QTest::newRow("list with current") << QByteArray("\"old\", <etag>") << 304;
        QTest::newRow("list without current") << QByteArray("\"old\", \"older\"") << 200;
        QTest::newRow("weak form of current") << QByteArray("W/<etag>") << 304;
    }

    void conditionalGet()
    {
        QFETCH(QByteArray, ifNoneMatch);
        QFETCH(int, status);
        const HttpReply first = m_http->get(kCatalogue, m_token);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("ETag");
        ifNoneMatch.replace("<etag>", etag).replace("<bare>", etag.mid(1, etag.size() - 2));

        const HttpReply r = m_http->send("GET", kCatalogue, {}, auth(m_token, ifNoneMatch));
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("ETag"), etag); // both 200 and 304 carry the current validator
        if (status == 304)
            QVERIFY2(r.body.isEmpty(), r.body.left(80).constData());
        else
            QCOMPARE(r.body, first.body);
    }

    void conditionalGetStillNeedsAToken()
    {
        const HttpReply first = m_http->get(kCatalogue, m_token);
        Headers h{{QByteArray("If-None-Match"), first.header("ETag")}};
        const HttpReply r = m_http->send("GET", kCatalogue, {}, h);
        QCOMPARE(r.status, 401);
    }

    void halls()
    {
        const HttpReply r = m_http->get(kHalls, m_token);
        QCOMPARE(r.status, 200);
        const QJsonArray halls = r.json().value(QLatin1String("halls")).toArray();
        QCOMPARE(halls.size(), 18); // the city, nine districts and counties, a street, seven community stations
        QStringList codes;
        for (const QJsonValue &v : halls) {
            const QJsonObject h = v.toObject();
            VERIFY_KEYS(h, kHallKeys, QStringLiteral("hall"));
            QVERIFY(h.contains(QLatin1String("parent")));
            codes << h.value(QLatin1String("code")).toString();
        }
        // City first, then counties, then townships, then community stations; by code within a level.
        QCOMPARE(codes, (QStringList{QStringLiteral("MY-CITY"), QStringLiteral("MY-AZ"), QStringLiteral("MY-BC"), QStringLiteral("MY-FC"),
                                     QStringLiteral("MY-JY"), QStringLiteral("MY-PW"), QStringLiteral("MY-ST"), QStringLiteral("MY-YT"),
                                     QStringLiteral("MY-YX"), QStringLiteral("MY-ZT"), QStringLiteral("MY-FC-CJ"), QStringLiteral("MY-FC-GS"),
                                     QStringLiteral("MY-FC-NH"), QStringLiteral("MY-FC-QY"), QStringLiteral("MY-JY-ZB"), QStringLiteral("MY-ST-BB"),
                                     QStringLiteral("MY-YX-FL"), QStringLiteral("MY-YX-XQ")}));

        const QJsonObject city = halls.at(0).toObject();
        QCOMPARE(city.value(QLatin1String("level")).toString(), QStringLiteral("city"));
        QVERIFY(city.value(QLatin1String("parent")).isNull());
        QCOMPARE(city.value(QLatin1String("timezone")).toString(), QStringLiteral("Asia/Shanghai"));
        const QJsonArray windows = city.value(QLatin1String("windows")).toArray();
        QCOMPARE(windows.size(), 8);
        for (int i = 0; i < windows.size(); ++i)
            QCOMPARE(windows.at(i).toObject().value(QLatin1String("number")).toInt(), i + 1);
        const QJsonObject seven = windows.at(6).toObject();
        QCOMPARE(seven.value(QLatin1String("kind")).toString(), QStringLiteral("dedicated"));
        QCOMPARE(seven.value(QLatin1String("categories")).toArray(), QJsonArray{QStringLiteral("card")});
        QCOMPARE(windows.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("comprehensive"));

        const QJsonObject fc = halls.at(codes.indexOf(QStringLiteral("MY-FC"))).toObject();
        QCOMPARE(fc.value(QLatin1String("parent")).toString(), QStringLiteral("MY-CITY"));
        QCOMPARE(fc.value(QLatin1String("level")).toString(), QStringLiteral("county"));
        QCOMPARE(halls.at(codes.indexOf(QStringLiteral("MY-YX"))).toObject().value(QLatin1String("parent")).toString(), QStringLiteral("MY-CITY"));
        const QJsonObject cj = halls.at(codes.indexOf(QStringLiteral("MY-FC-CJ"))).toObject();
        QCOMPARE(cj.value(QLatin1String("parent")).toString(), QStringLiteral("MY-FC"));
        QCOMPARE(cj.value(QLatin1String("level")).toString(), QStringLiteral("township"));
        QCOMPARE(cj.value(QLatin1String("windows")).toArray().size(), 2);
    }

    void restartOnSameDatabase()
    {
        QTemporaryDir dir;
        const QString dbPath = QDir(test::makeTempDir(dir)).filePath(QStringLiteral("restart.sqlite"));
        QByteArray etag;
        QString token;
        {
            TestServer first(dbPath);
            QVERIFY(first.start());
            QVERIFY(first.output().contains("demo city seeded"));
            SyncHttp http(first.url());
            token = http.login(QStringLiteral("teller1"), kPassword);
            QVERIFY(!token.isEmpty());
            etag = http.get(kCatalogue, token).header("ETag");
            QVERIFY(!etag.isEmpty());
            first.stop();
            QVERIFY(!first.isRunning());
        }
        TestServer second(dbPath);
        QVERIFY(second.start());
        // Neither the catalogue nor the demo city was loaded again.
        QVERIFY2(!second.output().contains("(imported)"), second.output().constData());
        QVERIFY2(second.output().contains("demo city already present"), second.output().constData());
        SyncHttp http(second.url());
        // The session of the first run survived (sessions are stored, not kept in memory).
        QCOMPARE(http.get(QStringLiteral("/api/v1/me"), token).status, 200);
        const HttpReply cat = http.get(kCatalogue, token);
        QCOMPARE(cat.status, 200);
        QCOMPARE(cat.header("ETag"), etag);
        QCOMPARE(http.send("GET", kCatalogue, {}, auth(token, etag)).status, 304);
        QVERIFY(!http.login(QStringLiteral("teller1"), kPassword).isEmpty());
        QCOMPARE(http.get(kHalls, token).json().value(QLatin1String("halls")).toArray().size(), 18);
    }

    void modifiedCatalogueFileChangesEtag()
    {
        QTemporaryDir dir;
        const QString dbPath = QDir(test::makeTempDir(dir)).filePath(QStringLiteral("modified.sqlite"));
        const QString modified = dir.filePath(QStringLiteral("catalogue-modified.json"));
        const QString newName = QStringLiteral("Social security card application (revised)");
        QVERIFY(writeModifiedCatalogue(modified, QStringLiteral("CD-001"), newName));

        QByteArray bundledEtag;
        {
            TestServer bundled(dbPath);
            QVERIFY(bundled.start());
            SyncHttp http(bundled.url());
            bundledEtag = http.get(kCatalogue, http.login(QStringLiteral("teller1"), kPassword)).header("ETag");
            QVERIFY(!bundledEtag.isEmpty());
        }
        QByteArray modifiedEtag;
        {
            TestServer changed(dbPath, {QStringLiteral("--catalogue"), modified});
            QVERIFY(changed.start());
            QVERIFY2(changed.output().contains("(imported)"), changed.output().constData());
            SyncHttp http(changed.url());
            const QString token = http.login(QStringLiteral("teller1"), kPassword);
            const HttpReply r = http.get(kCatalogue, token);
            QCOMPARE(r.status, 200);
            modifiedEtag = r.header("ETag");
            QVERIFY(modifiedEtag != bundledEtag);
            QCOMPARE(englishNameOf(r.json(), QStringLiteral("CD-001")), newName);
            // A client holding the old ETag gets the new catalogue.
            QCOMPARE(http.send("GET", kCatalogue, {}, auth(token, bundledEtag)).status, 200);
        }
        {
            // Started again without the file: the operator's catalogue stays in force (a restart
            // never changes the city's catalogue) until an administrator puts the built-in one
            // back in force — and its ETag with it.
            TestServer back(dbPath);
            QVERIFY(back.start());
            SyncHttp http(back.url());
            const QString teller = http.login(QStringLiteral("teller1"), kPassword);
            HttpReply r = http.get(kCatalogue, teller);
            QCOMPARE(r.header("ETag"), modifiedEtag);
            QCOMPARE(englishNameOf(r.json(), QStringLiteral("CD-001")), newName);
            const QString bundled = Catalogue::fromJson(Catalogue::bundledJson()).value().version();
            const QString admin = http.login(QStringLiteral("admin"), kPassword);
            QCOMPARE(http.send("POST", QStringLiteral("/api/v1/admin/catalogue/versions/%1/activate").arg(bundled), {},
                               {{"Authorization", "Bearer " + admin.toLatin1()}})
                         .status,
                     200);
            r = http.get(kCatalogue, teller);
            QCOMPARE(r.header("ETag"), bundledEtag);
            QVERIFY(englishNameOf(r.json(), QStringLiteral("CD-001")) != newName);
        }
    }

    void invalidCatalogueFileStopsTheServer()
    {
        QTemporaryDir dir;
        test::makeTempDir(dir);
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QJsonObject root = QJsonDocument::fromJson(Catalogue::bundledJson()).object();
        QJsonArray services = root.value(QLatin1String("services")).toArray();
        QJsonObject s = services.at(0).toObject();
        s.insert(QLatin1String("kind"), QStringLiteral("instant"));
        services.replace(0, s);
        root.insert(QLatin1String("services"), services);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
        f.close();

        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(OW_SERVER_BINARY),
                     {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                      dir.filePath(QStringLiteral("bad.sqlite")), QStringLiteral("--data-dir"), dir.path(),
                      QStringLiteral("--catalogue"), bad});
        QVERIFY(server.waitForFinished(30000));
        const QByteArray out = server.readAll();
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 1);
        QVERIFY2(out.contains("catalogue rejected"), out.constData());
        QVERIFY2(out.contains("SI-001: unknown kind 'instant'"), out.constData());
        QVERIFY(!out.contains("listening on"));
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    QString m_token;
};

QTEST_GUILESS_MAIN(TestServerCatalogue)
#include "tst_server_catalogue.moc"
