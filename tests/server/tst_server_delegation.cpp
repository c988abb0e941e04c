// Delegation (事项下放) against the real server: a matter not delegated to a hall's level is
// refused at intake with 422 naming `service` and telling where to go (in the request's
// language), and nothing is stored; a hall at or above its lowest level takes it in; a refusal
// (不予受理) is recorded anywhere. The city's administrator changes a matter's lowest level —
// the outcome follows at once, the catalogue's ETag and `lowest_level` with it, the change is
// recorded — and no one else may.
#include "core/domain/util/ResidentId.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ExtraAccount.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {
QString residentId(const char *first17)
{
    const QString base = QString::fromLatin1(first17);
    return base + ResidentId::checksumCharacter(base);
}

const QString kCitizen = residentId("51070319800101123");
// WI-001 工伤认定申请: competent at the county, not delegable (the catalogue says so).
const QString kCountyMatter = QStringLiteral("WI-001");
// LR-004 劳务派遣经营许可: competent at the city, not delegable.
const QString kCityMatter = QStringLiteral("LR-004");

QJsonObject errorOf(const HttpReply &r)
{
    return r.json().value(QLatin1String("error")).toObject();
}
} // namespace

class TestServerDelegation : public QObject
{
    Q_OBJECT
    TestServer m_server;
    std::unique_ptr<SyncHttp> m_http;
    QHash<QString, QString> m_token;

    HttpReply intake(const QString &user, const QJsonObject &body, const QByteArray &language = "zh-CN")
    {
        return m_http->send("POST", QStringLiteral("/api/v1/cases"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Authorization", "Bearer " + m_token.value(user).toLatin1()}, {"Accept-Language", language}});
    }
    HttpReply putDelegation(const QString &user, const QString &service, const QJsonValue &level)
    {
        return m_http->send("PUT", QStringLiteral("/api/v1/admin/delegation/") + service,
                            QJsonDocument(QJsonObject{{QLatin1String("lowest_level"), level}}).toJson(QJsonDocument::Compact),
                            {{"Authorization", "Bearer " + m_token.value(user).toLatin1()}});
    }
    int count(const QString &sql)
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(m_server.databasePath()));
        if (!db)
            return -1;
        auto q = db.value()->exec(sql);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }
    QJsonObject catalogueEntry(const QString &code, QByteArray *etag = nullptr)
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/catalogue"), m_token.value(QStringLiteral("cj_teller1")));
        if (etag)
            *etag = r.header("ETag");
        for (const QJsonValue &v : r.json().value(QLatin1String("services")).toArray()) {
            if (v.toObject().value(QLatin1String("code")).toString() == code)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The demo city and an administrator of a county hall beside the city's.
        QVERIFY(m_server.start());
        m_server.stop();
        QVERIFY(test::addAccountLikeAdmin(m_server.databasePath(), QStringLiteral("fc_admin"), QStringLiteral("admin"), QStringLiteral("MY-FC")));
        QVERIFY(m_server.start());
        m_http = std::make_unique<SyncHttp>(m_server.url());
        for (const char *user : {"teller1", "fc_teller1", "cj_teller1", "admin", "fc_admin", "supervisor1"}) {
            const QString name = QString::fromLatin1(user);
            m_token.insert(name, m_http->login(name, QStringLiteral("demo1234")));
            QVERIFY2(!m_token.value(name).isEmpty(), user);
        }
    }

    void notDelegatedIsRefusedAndNothingStored()
    {
        const int before = count(QStringLiteral("SELECT COUNT(*) FROM cases"));
        const QJsonObject application = test::completeIntake(kCountyMatter, kCitizen, QStringLiteral("张三"));
        const HttpReply township = intake(QStringLiteral("cj_teller1"), application);
        QCOMPARE(township.status, 422);
        QCOMPARE(errorOf(township).value(QLatin1String("code")).toString(), QStringLiteral("validation_failed"));
        QCOMPARE(errorOf(township).value(QLatin1String("message")).toString(),
                 QStringLiteral("「工伤认定申请」未下放至乡镇（街道）级大厅受理，请到县（市、区）级或以上的大厅办理。"));
        QCOMPARE(errorOf(township).value(QLatin1String("fields")).toObject().keys(), QStringList{QStringLiteral("service")});
        const HttpReply english = intake(QStringLiteral("cj_teller1"), application, "en");
        QCOMPARE(errorOf(english).value(QLatin1String("message")).toString(),
                 QStringLiteral("“Application for work-injury determination” is not delegated to township / street halls; "
                                "please apply at a county / district hall or above."));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases")), before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_counters WHERE hall_id = (SELECT id FROM halls WHERE code = 'MY-FC-CJ')")),
                 0); // no case number used either

        // Any other problem of the form is named with it.
        QJsonObject unnamed = application;
        unnamed.insert(QLatin1String("applicant"), QJsonObject{{QLatin1String("id_number"), kCitizen}});
        const QJsonObject fields = errorOf(intake(QStringLiteral("cj_teller1"), unnamed)).value(QLatin1String("fields")).toObject();
        QVERIFY(fields.contains(QLatin1String("service")) && fields.contains(QLatin1String("applicant.name")));

        // The county hall takes it in; so does the city hall above it.
        QCOMPARE(intake(QStringLiteral("fc_teller1"), application).status, 201);
        QCOMPARE(intake(QStringLiteral("teller1"), application).status, 201);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases")), before + 2);

        // A city matter: the county is refused too, and told to go to the city.
        const QJsonObject city = test::completeIntake(kCityMatter, kCitizen, QStringLiteral("张三"));
        const HttpReply county = intake(QStringLiteral("fc_teller1"), city);
        QCOMPARE(county.status, 422);
        QCOMPARE(errorOf(county).value(QLatin1String("message")).toString(),
                 QStringLiteral("「劳务派遣经营许可」未下放至县（市、区）级大厅受理，请到市级大厅办理。"));
        QCOMPARE(intake(QStringLiteral("teller1"), city).status, 201);
    }

    void aRefusalIsRecordedAnywhere()
    {
        QJsonObject refused = test::completeIntake(kCountyMatter, kCitizen, QStringLiteral("张三"));
        refused.insert(QLatin1String("decision"), QStringLiteral("refuse"));
        refused.insert(QLatin1String("reason"), QStringLiteral("本事项未下放至乡镇，请到涪城区人社服务大厅办理"));
        const HttpReply r = intake(QStringLiteral("cj_teller1"), refused);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("state")).toString(), QStringLiteral("refused"));
    }

    void anOnlineApplicationGoesToAHallThatMayAcceptIt()
    {
        QJsonObject online = test::completeIntake(kCountyMatter, kCitizen, QStringLiteral("张三"));
        online.insert(QLatin1String("hall"), QStringLiteral("MY-FC-CJ"));
        const HttpReply township = m_http->post(QStringLiteral("/api/v1/online/cases"), online, m_token.value(QStringLiteral("supervisor1")));
        QCOMPARE(township.status, 422);
        QVERIFY(errorOf(township).value(QLatin1String("fields")).toObject().contains(QLatin1String("service")));
        online.insert(QLatin1String("hall"), QStringLiteral("MY-FC"));
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/online/cases"), online, m_token.value(QStringLiteral("supervisor1"))).status, 201);
    }

    void theAdministratorsChoiceChangesTheOutcome()
    {
        const QJsonObject application = test::completeIntake(kCountyMatter, kCitizen, QStringLiteral("张三"));
        QByteArray etagBefore;
        QCOMPARE(catalogueEntry(kCountyMatter, &etagBefore).value(QLatin1String("lowest_level")).toString(), QStringLiteral("county"));

        // The list: every matter of the catalogue, with its default.
        const HttpReply list = m_http->get(QStringLiteral("/api/v1/admin/delegation"), m_token.value(QStringLiteral("admin")));
        QCOMPARE(list.status, 200);
        const QJsonArray matters = list.json().value(QLatin1String("matters")).toArray();
        QVERIFY(matters.size() > 80);
        QJsonObject wi001;
        for (const QJsonValue &v : matters) {
            if (v.toObject().value(QLatin1String("service")).toString() == kCountyMatter)
                wi001 = v.toObject();
        }
        QCOMPARE(wi001, (QJsonObject{{QLatin1String("service"), kCountyMatter},
                                     {QLatin1String("competent_level"), QStringLiteral("county")},
                                     {QLatin1String("delegable"), false},
                                     {QLatin1String("lowest_level"), QStringLiteral("county")},
                                     {QLatin1String("overridden"), false}}));

        // Delegated to the townships: the township's window takes it in now.
        const HttpReply set = putDelegation(QStringLiteral("admin"), kCountyMatter, QStringLiteral("township"));
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(QLatin1String("lowest_level")).toString(), QStringLiteral("township"));
        QCOMPARE(set.json().value(QLatin1String("overridden")).toBool(), true);
        QCOMPARE(intake(QStringLiteral("cj_teller1"), application).status, 201);
        // The windows learn it from the catalogue: another ETag, the new level.
        QByteArray etagAfter;
        QCOMPARE(catalogueEntry(kCountyMatter, &etagAfter).value(QLatin1String("lowest_level")).toString(), QStringLiteral("township"));
        QVERIFY(etagAfter != etagBefore);
        // Recorded, before and after.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM admin_changes WHERE entity = 'delegation' AND entity_key = 'WI-001' "
                                      "AND action = 'update' AND actor = 'admin' "
                                      "AND before_json LIKE '%\"lowest_level\":\"county\"%' AND after_json LIKE '%\"lowest_level\":\"township\"%'")),
                 1);

        // Back to the default (null): refused at the township again, the first ETag again.
        const HttpReply reset = putDelegation(QStringLiteral("admin"), kCountyMatter, QJsonValue::Null);
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.json().value(QLatin1String("overridden")).toBool(), false);
        QCOMPARE(reset.json().value(QLatin1String("lowest_level")).toString(), QStringLiteral("county"));
        QCOMPARE(intake(QStringLiteral("cj_teller1"), application).status, 422);
        QByteArray etagReset;
        (void)catalogueEntry(kCountyMatter, &etagReset);
        QCOMPARE(etagReset, etagBefore);

        // Kept only for the city: a delegable matter refused at the county.
        QCOMPARE(putDelegation(QStringLiteral("admin"), QStringLiteral("SI-008"), QStringLiteral("city")).status, 200);
        QCOMPARE(intake(QStringLiteral("fc_teller1"), test::si008Intake(kCitizen, QStringLiteral("张三"), 1)).status, 422);
        QCOMPARE(putDelegation(QStringLiteral("admin"), QStringLiteral("SI-008"), QJsonValue::Null).status, 200);
        QCOMPARE(intake(QStringLiteral("fc_teller1"), test::si008Intake(kCitizen, QStringLiteral("张三"), 1)).status, 201);
    }

    void onlyTheCitysAdministrator()
    {
        const int changes = count(QStringLiteral("SELECT COUNT(*) FROM admin_changes"));
        for (const char *user : {"fc_admin", "supervisor1", "teller1"}) {
            QCOMPARE(m_http->get(QStringLiteral("/api/v1/admin/delegation"), m_token.value(QString::fromLatin1(user))).status, 403);
            QCOMPARE(putDelegation(QString::fromLatin1(user), kCountyMatter, QStringLiteral("township")).status, 403);
        }
        // Unknown matter, unknown level, no level.
        QCOMPARE(putDelegation(QStringLiteral("admin"), QStringLiteral("XX-999"), QStringLiteral("township")).status, 404);
        const HttpReply bad = putDelegation(QStringLiteral("admin"), kCountyMatter, QStringLiteral("village"));
        QCOMPARE(bad.status, 422);
        QVERIFY(errorOf(bad).value(QLatin1String("fields")).toObject().contains(QLatin1String("lowest_level")));
        const HttpReply none = m_http->send("PUT", QStringLiteral("/api/v1/admin/delegation/") + kCountyMatter, "{}",
                                            {{"Authorization", "Bearer " + m_token.value(QStringLiteral("admin")).toLatin1()}});
        QCOMPARE(none.status, 422);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM admin_changes")), changes);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM delegation")), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerDelegation)
#include "tst_server_delegation.moc"
