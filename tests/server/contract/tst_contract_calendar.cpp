// The contract of the working-day calendar's, delegation's and catalogue versions' administration
// (issue 13): every answer of the real server — 2xx and refusals — fits docs/api/openapi.yaml
// (validated with ajv) and, for 2xx, its C++ contract type (CalendarAnswer, DelegationAnswer,
// DelegationEntry, CatalogueVersionList, CatalogueVersionDetail, Catalogue).
#include "core/domain/api/CalendarBodies.h"
#include "core/domain/api/CatalogueVersionBodies.h"
#include "core/domain/api/DelegationBodies.h"
#include "core/domain/catalogue/Catalogue.h"
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

class TestContractCalendar : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SyncHttp> m_http;
    std::unique_ptr<ContractCheck> m_check;
    QString m_admin;
    QString m_teller;

    QList<QPair<QByteArray, QByteArray>> as(const QString &token, const QByteArray &type = "application/json") const
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", type}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_http = std::make_unique<SyncHttp>(m_server->url());
        m_check = std::make_unique<ContractCheck>(*m_http, QStringLiteral("calendar"));
        m_check->expect<CalendarAnswer>("GET", QStringLiteral("/api/v1/admin/calendar"));
        m_check->expect<CalendarAnswer>("PUT", QStringLiteral("/api/v1/admin/calendar"));
        m_check->expect<DelegationAnswer>("GET", QStringLiteral("/api/v1/admin/delegation"));
        m_check->expect<DelegationEntry>("PUT", QStringLiteral("/api/v1/admin/delegation/{service}"));
        m_check->expect<Catalogue>("GET", QStringLiteral("/api/v1/catalogue"));
        m_check->expect<CatalogueVersionList>("GET", QStringLiteral("/api/v1/admin/catalogue/versions"));
        m_check->expect<CatalogueVersionDetail>("POST", QStringLiteral("/api/v1/admin/catalogue/versions"));
        m_check->expect<CatalogueVersionDetail>("GET", QStringLiteral("/api/v1/admin/catalogue/versions/{version}"));
        m_check->expect<CatalogueVersionDetail>("POST", QStringLiteral("/api/v1/admin/catalogue/versions/{version}/activate"));
        m_check->expect<CatalogueVersionDetail>("DELETE", QStringLiteral("/api/v1/admin/catalogue/versions/{version}/schedule"));
        m_check->expect<Catalogue>("GET", QStringLiteral("/api/v1/catalogue/versions/{version}"));
        m_admin = m_http->login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_admin.isEmpty() && !m_teller.isEmpty());
    }

    void calendar()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_admin).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/calendar"), m_teller).status, 403);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/calendar")).status, 401);
        const HttpReply json = m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"),
                                            R"({"years":{"2027":{"holidays":["2027-01-01","2027-02-06"],"working_weekends":["2027-02-20"]}}})",
                                            as(m_admin));
        QCOMPARE(json.status, 200);
        QCOMPARE(json.json().value(QLatin1String("years")).toArray().size(), 3);
        const HttpReply csv = m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"),
                                           "date,kind,name\n2028-01-01,holiday,元旦\n2028-01-08,workday,调休\n", as(m_admin, "text/csv"));
        QCOMPARE(csv.status, 200);
        QCOMPARE(csv.json().value(QLatin1String("years")).toArray().size(), 4);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"), "date,kind,name\n2028-01-03,workday,x\n",
                              as(m_admin, "text/csv")).status,
                 422);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"), "x", as(m_admin, "text/plain")).status, 400);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/admin/calendar"), "date,kind,name\n2028-01-01,holiday,元旦\n",
                              as(m_teller, "text/csv")).status,
                 403);
    }

    void delegation()
    {
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/delegation"), m_admin).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/delegation"), m_teller).status, 403);
        const QString path = QStringLiteral("/api/v1/admin/delegation/WI-001");
        QCOMPARE(m_http->send("PUT", path, R"({"lowest_level":"township"})", as(m_admin)).status, 200);
        QCOMPARE(m_http->send("PUT", path, R"({"lowest_level":null})", as(m_admin)).status, 200);
        QCOMPARE(m_http->send("PUT", path, R"({"lowest_level":"village"})", as(m_admin)).status, 422);
        QCOMPARE(m_http->send("PUT", QStringLiteral("/api/v1/admin/delegation/XX-999"), R"({"lowest_level":"county"})", as(m_admin)).status, 404);
        QCOMPARE(m_http->send("PUT", path, R"({"lowest_level":"county"})", as(m_teller)).status, 403);
        // The catalogue carries each matter's lowest level to the windows.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue"), m_teller).status, 200);
    }

    void catalogueVersions()
    {
        const QString versions = QStringLiteral("/api/v1/admin/catalogue/versions");
        const QString bundled = Catalogue::fromJson(Catalogue::bundledJson()).value().version();
        QJsonObject next = QJsonDocument::fromJson(Catalogue::bundledJson()).object();
        next.insert(QLatin1String("version"), QStringLiteral("2099.1"));
        QJsonArray categories = next.value(QLatin1String("categories")).toArray();
        categories.removeLast(); // records
        next.insert(QLatin1String("categories"), categories);
        QJsonArray services;
        for (const QJsonValue &v : next.value(QLatin1String("services")).toArray()) {
            if (v.toObject().value(QLatin1String("category")).toString() != QLatin1String("records"))
                services.append(v);
        }
        next.insert(QLatin1String("services"), services);
        const QByteArray file = QJsonDocument(next).toJson(QJsonDocument::Compact);

        QCOMPARE(m_http->get(versions, m_admin).status, 200);
        QCOMPARE(m_http->get(versions, m_teller).status, 403);
        QCOMPARE(m_http->send("POST", versions, file, as(m_admin)).status, 201);
        QCOMPARE(m_http->send("POST", versions, file, as(m_admin)).status, 200);
        QCOMPARE(m_http->send("POST", versions, "{\"version\": \"2099.2\"}", as(m_admin)).status, 422);
        QCOMPARE(m_http->send("POST", versions, "{", as(m_admin)).status, 400);
        QCOMPARE(m_http->get(versions + QStringLiteral("/2099.1"), m_admin).status, 200);
        QCOMPARE(m_http->get(versions + QStringLiteral("/1999.1"), m_admin).status, 404);
        const QByteArray later = QJsonDocument(QJsonObject{{QLatin1String("from"), QDate::currentDate().addDays(3).toString(Qt::ISODate)}}).toJson();
        QCOMPARE(m_http->send("POST", versions + QStringLiteral("/2099.1/activate"), later, as(m_admin)).status, 200);
        QCOMPARE(m_http->send("POST", versions + QStringLiteral("/%1/activate").arg(bundled), later, as(m_admin)).status, 409);
        QCOMPARE(m_http->send("DELETE", versions + QStringLiteral("/2099.1/schedule"), {}, as(m_admin)).status, 200);
        QCOMPARE(m_http->send("DELETE", versions + QStringLiteral("/2099.1/schedule"), {}, as(m_admin)).status, 409);
        QCOMPARE(m_http->send("POST", versions + QStringLiteral("/2099.1/activate"), R"({"from":"someday"})", as(m_admin)).status, 422);
        QCOMPARE(m_http->send("POST", versions + QStringLiteral("/2099.1/activate"), {}, as(m_admin)).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue/versions/") + bundled, m_teller).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/catalogue/versions/1999.1"), m_teller).status, 404);
        // Back to the bundled catalogue, so the suites after this one see the catalogue they expect.
        QCOMPARE(m_http->send("POST", versions + QStringLiteral("/%1/activate").arg(bundled), {}, as(m_admin)).status, 200);
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
};

QTEST_GUILESS_MAIN(TestContractCalendar)
#include "tst_contract_calendar.moc"
