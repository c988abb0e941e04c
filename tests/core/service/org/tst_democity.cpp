// DemoCity::seed on a real SQLite file: the bundled city arrives whole (halls under their parents,
// windows, staff with Argon2id hashes, devices bound to their accounts); seeding again changes
// nothing; a bad seed is refused and leaves nothing behind.
#include "core/domain/security/PasswordHasher.h"
#include "core/service/org/DemoCity.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/OrgRepository.h"
#include "tests/core/service/ServerDb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow;

namespace {

// The row counts of everything a seed writes.
QList<int> rowCounts(const test::ServerDb &db)
{
    QList<int> out;
    for (const char *table : {"halls", "windows", "accounts", "devices"})
        out << db.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return out;
}

QJsonObject hall(const QString &code, const QString &level, const QString &parent)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("level"), level},
            {QStringLiteral("parent"), parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parent)},
            {QStringLiteral("name_zh"), code},
            {QStringLiteral("name_en"), code},
            {QStringLiteral("address_zh"), QStringLiteral("某路1号")},
            {QStringLiteral("timezone"), QStringLiteral("Asia/Shanghai")}};
}

QJsonObject account(const QString &username, const QString &role, const QString &hallCode)
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("password"), QStringLiteral("seed-pass")},
            {QStringLiteral("role"), role},
            {QStringLiteral("hall"), hallCode},
            {QStringLiteral("name_zh"), username},
            {QStringLiteral("name_en"), username},
            {QStringLiteral("staff_no"), QStringLiteral("S-1")},
            {QStringLiteral("categories"), QJsonArray{QStringLiteral("pension")}}};
}

// A small city of two halls, a weighted window, a teller and a kiosk.
QJsonObject smallCity()
{
    return {{QStringLiteral("halls"), QJsonArray{hall(QStringLiteral("T-CITY"), QStringLiteral("city"), {}),
                                                 hall(QStringLiteral("T-EAST"), QStringLiteral("county"), QStringLiteral("T-CITY"))}},
            {QStringLiteral("windows"),
             QJsonArray{QJsonObject{{QStringLiteral("hall"), QStringLiteral("T-EAST")},
                                    {QStringLiteral("number"), 2},
                                    {QStringLiteral("kind"), QStringLiteral("dedicated")},
                                    {QStringLiteral("categories"), QJsonArray{QStringLiteral("pension"), QStringLiteral("card")}},
                                    {QStringLiteral("weights"), QJsonObject{{QStringLiteral("pension"), 2}}}}}},
            {QStringLiteral("accounts"), QJsonArray{account(QStringLiteral("east_teller"), QStringLiteral("teller"), QStringLiteral("T-EAST")),
                                                    account(QStringLiteral("east_kiosk"), QStringLiteral("kiosk"), QStringLiteral("T-EAST"))}},
            {QStringLiteral("devices"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("KIOSK-EAST")},
                                                               {QStringLiteral("kind"), QStringLiteral("kiosk")},
                                                               {QStringLiteral("hall"), QStringLiteral("T-EAST")},
                                                               {QStringLiteral("account"), QStringLiteral("east_kiosk")}}}}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDemoCity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The bundled city once (Argon2id is deliberately slow); tests work on copies.
        const auto seeded = DemoCity::seed(*m_bundled, DemoCity::bundledJson(), PasswordHasher());
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().detail));
        QCOMPARE(seeded.value(), true);
        m_bundled.checkpoint();
    }

    void bundledCityArrivesWhole()
    {
        const test::ServerDb db(m_bundled.path());
        // Issue 16: the nine districts and counties' halls and community service stations, each
        // with its place on the map (the 15-minute circle).
        QCOMPARE(rowCounts(db), (QList<int>{18, 39, 25, 4}));
        const QList<Hall> halls = OrgRepository(*db).halls().value();
        QCOMPARE(halls.first().code, QStringLiteral("MY-CITY"));
        QCOMPARE(halls.first().windows.size(), 8);
        for (const Hall &h : halls) {
            if (h.code != QLatin1String("MY-CITY"))
                QVERIFY2(!h.parentCode.isEmpty(), qPrintable(h.code));
            QVERIFY2(h.latitude && *h.latitude > 30.9 && *h.latitude < 32.6, qPrintable(h.code)); // in 绵阳市
            QVERIFY2(h.longitude && *h.longitude > 104.2 && *h.longitude < 105.6, qPrintable(h.code));
        }
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM halls h JOIN halls p ON p.id = h.parent_id "
                                         "WHERE h.code = 'MY-FC-CJ' AND p.code = 'MY-FC'")),
                 1);
        // Every device (its code in capitals, as a form would have it) is bound to the account of
        // the same name, in its hall.
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM devices d JOIN accounts a ON a.id = d.account_id "
                                         "WHERE UPPER(a.username) = d.code AND a.hall_id = d.hall_id AND a.role = d.kind")),
                 4);
    }

    void passwordsAreHashedNotStored()
    {
        const test::ServerDb db(m_bundled.path());
        const AccountRepository accounts(*db);
        const Account teller = *accounts.findByUsername(QStringLiteral("teller1")).value();
        QVERIFY(teller.passwordHash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(PasswordHasher::verify(teller.passwordHash, QStringLiteral("demo1234")));
        QVERIFY(!PasswordHasher::verify(teller.passwordHash, QStringLiteral("device1234")));
        const Account kiosk = *accounts.findByUsername(QStringLiteral("kiosk-city")).value();
        QVERIFY(PasswordHasher::verify(kiosk.passwordHash, QStringLiteral("device1234")));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE password_hash LIKE '%demo1234%' "
                                         "OR password_hash LIKE '%device1234%'")),
                 0);
    }

    void accountsKeepRoleHallAndSkills()
    {
        const test::ServerDb db(m_bundled.path());
        const Account reviewer = *AccountRepository(*db).findByUsername(QStringLiteral("fc_reviewer1")).value();
        QCOMPARE(toString(reviewer.role), QStringLiteral("reviewer"));
        QCOMPARE(reviewer.hallCode, QStringLiteral("MY-FC"));
        QCOMPARE(reviewer.categories.size(), 9);
        QVERIFY(reviewer.active);
    }

    void seedingTwiceChangesNothing()
    {
        const test::ServerDb db(m_bundled.path());
        const QList<int> before = rowCounts(db);
        const QString hash = AccountRepository(*db).findByUsername(QStringLiteral("teller1")).value()->passwordHash;
        const auto again = DemoCity::seed(*db, DemoCity::bundledJson(), PasswordHasher());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), false);
        QCOMPARE(rowCounts(db), before);
        // Not even re-hashed.
        QCOMPARE(AccountRepository(*db).findByUsername(QStringLiteral("teller1")).value()->passwordHash, hash);
    }

    void aSmallSeed()
    {
        const test::ServerDb db;
        const auto seeded = DemoCity::seed(*db, json(smallCity()), PasswordHasher());
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().detail));
        QCOMPARE(seeded.value(), true);
        QCOMPARE(rowCounts(db), (QList<int>{2, 1, 2, 1}));
        const QList<Hall> halls = OrgRepository(*db).halls().value();
        QCOMPARE(halls.at(1).code, QStringLiteral("T-EAST"));
        QCOMPARE(halls.at(1).parentCode, QStringLiteral("T-CITY"));
        const Window w = halls.at(1).windows.value(0);
        QCOMPARE(w.number, 2);
        QCOMPARE(toString(w.kind), QStringLiteral("dedicated"));
        QCOMPARE(w.categories, (QStringList{QStringLiteral("pension"), QStringLiteral("card")}));
        QCOMPARE(w.weight(QStringLiteral("pension")), 2);
        QCOMPARE(w.weight(QStringLiteral("card")), 1);
        const Account kiosk = *AccountRepository(*db).findByUsername(QStringLiteral("east_kiosk")).value();
        QCOMPARE(toString(kiosk.role), QStringLiteral("kiosk"));
        QCOMPARE(kiosk.hallCode, QStringLiteral("T-EAST"));
        QCOMPARE(kiosk.categories, QStringList{QStringLiteral("pension")});
        QVERIFY(PasswordHasher::verify(kiosk.passwordHash, QStringLiteral("seed-pass")));
        // A second seed whose first hall exists is skipped, even though its other rows are new.
        QJsonObject more = smallCity();
        more.insert(QStringLiteral("accounts"), QJsonArray{account(QStringLiteral("late"), QStringLiteral("teller"), QStringLiteral("T-CITY"))});
        more.insert(QStringLiteral("devices"), QJsonArray{});
        QCOMPARE(DemoCity::seed(*db, json(more), PasswordHasher()).value(), false);
        QCOMPARE(rowCounts(db), (QList<int>{2, 1, 2, 1}));
    }

    void badSeedsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<int>("code"); // ErrorCode
        QTest::newRow("not JSON") << QByteArray("{halls: [") << int(ErrorCode::InvalidJson);
        QTest::newRow("a list") << QByteArray("[]") << int(ErrorCode::InvalidJson);
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::InvalidJson);
        QTest::newRow("no halls") << QByteArray("{\"halls\": []}") << int(ErrorCode::ValidationFailed);
        QJsonObject badRole = smallCity();
        badRole.insert(QStringLiteral("accounts"),
                       QJsonArray{account(QStringLiteral("ok"), QStringLiteral("teller"), QStringLiteral("T-CITY")),
                                  account(QStringLiteral("boss"), QStringLiteral("emperor"), QStringLiteral("T-CITY"))});
        badRole.insert(QStringLiteral("devices"), QJsonArray{});
        QTest::newRow("unknown role") << json(badRole) << int(ErrorCode::ValidationFailed);
        QJsonObject badParent = smallCity();
        badParent.insert(QStringLiteral("halls"), QJsonArray{hall(QStringLiteral("T-CITY"), QStringLiteral("city"), {}),
                                                             hall(QStringLiteral("T-EAST"), QStringLiteral("county"), QStringLiteral("T-NONE"))});
        QTest::newRow("unknown parent") << json(badParent) << int(ErrorCode::ValidationFailed);
        QJsonObject twoWindows = smallCity();
        const QJsonObject window = twoWindows.value(QLatin1String("windows")).toArray().first().toObject();
        twoWindows.insert(QStringLiteral("windows"), QJsonArray{window, window});
        QTest::newRow("window twice") << json(twoWindows) << int(ErrorCode::ValidationFailed);
        // A seed obeys the administrators' rules like any imported document (all but the
        // password policy: its passwords are the demo's).
        QJsonObject farAway = smallCity();
        QJsonObject east = hall(QStringLiteral("T-EAST"), QStringLiteral("county"), QStringLiteral("T-CITY"));
        east.insert(QStringLiteral("latitude"), 95);
        east.insert(QStringLiteral("longitude"), 104.7);
        farAway.insert(QStringLiteral("halls"), QJsonArray{hall(QStringLiteral("T-CITY"), QStringLiteral("city"), {}), east});
        QTest::newRow("latitude 95") << json(farAway) << int(ErrorCode::ValidationFailed);
        QJsonObject lowerCase = smallCity();
        QJsonObject device = lowerCase.value(QLatin1String("devices")).toArray().first().toObject();
        device.insert(QStringLiteral("code"), QStringLiteral("kiosk-east"));
        lowerCase.insert(QStringLiteral("devices"), QJsonArray{device});
        QTest::newRow("a device code a form would refuse") << json(lowerCase) << int(ErrorCode::ValidationFailed);
    }

    void badSeedsAreRefused()
    {
        QFETCH(QByteArray, seed);
        QFETCH(int, code);
        const test::ServerDb db;
        const auto seeded = DemoCity::seed(*db, seed, PasswordHasher());
        QVERIFY(!seeded.ok());
        QCOMPARE(toString(seeded.error().code), toString(static_cast<ErrorCode>(code)));
        // All or nothing: the halls written before the bad row are gone too.
        QCOMPARE(rowCounts(db), (QList<int>{0, 0, 0, 0}));
        // And the good seed can still go in afterwards.
        QCOMPARE(DemoCity::seed(*db, json(smallCity()), PasswordHasher()).value(), true);
    }

private:
    test::ServerDb m_bundled;
};

QTEST_GUILESS_MAIN(TestDemoCity)
#include "tst_democity.moc"
