// AuthService over a seeded demo city with a FakeClock: logins, the lockout after repeated
// failures, session expiry and revocation, and the permission check.
#include "core/service/org/DemoCity.h"
#include "core/service/security/AuthService.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "core/service/store/OrgRepository.h"
#include "core/domain/util/Clock.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ow;


namespace {
const QString kPassword = QStringLiteral("demo1234");
const QString kDevicePassword = QStringLiteral("device1234");
} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Seed once (Argon2id hashing is deliberately slow) and give each test a fresh copy.
        m_template = QDir(test::makeTempDir(m_templateDir)).filePath(QStringLiteral("seeded.sqlite"));
        auto db = ServerSchema::open(DatabaseLocation::parse(m_template));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        const auto seeded = DemoCity::seed(*db.value(), DemoCity::bundledJson(), PasswordHasher());
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().detail));
        QCOMPARE(seeded.value(), true);
        QVERIFY(db.value()->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = QDir(test::makeTempDir(*m_dir)).filePath(QStringLiteral("a.sqlite"));
        QVERIFY(QFile::copy(m_template, path));
        auto db = ServerSchema::open(DatabaseLocation::parse(path));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        m_db = std::move(db).value();
        m_clock = std::make_unique<FakeClock>();
        m_auth = std::make_unique<AuthService>(*m_db, *m_clock);
    }

    void cleanup()
    {
        m_auth.reset();
        m_db.reset();
        m_dir.reset();
    }

    void loginReturnsTokenAndAccount()
    {
        const auto grant = m_auth->login(QStringLiteral("teller1"), kPassword);
        QVERIFY2(grant.ok(), qPrintable(grant.ok() ? QString() : toString(grant.error().code)));
        QCOMPARE(grant.value().token.size(), 43);
        QCOMPARE(grant.value().expiresAt, m_clock->now().addSecs(m_auth->policy().tokenLifetimeSeconds));
        const Account &a = grant.value().account;
        QCOMPARE(a.username, QStringLiteral("teller1"));
        QCOMPARE(toString(a.role), toString(Role::Teller));
        QCOMPARE(a.hallCode, QStringLiteral("MY-CITY"));
        QCOMPARE(toString(a.hallLevel), toString(OrgLevel::City));
        QCOMPARE(a.name.zh, QStringLiteral("王丽"));
        QCOMPARE(a.staffNo, QStringLiteral("MY-C-0001"));
        QVERIFY(a.id > 0);

        // The public view never carries the hash.
        const QJsonObject json = a.toJson();
        QVERIFY(!json.contains(QLatin1String("password_hash")));
        QVERIFY(!QString::fromUtf8(QJsonDocument(json).toJson()).contains(QLatin1String("argon2")));

        // Two logins are two sessions with different tokens.
        const auto second = m_auth->login(QStringLiteral("teller1"), kPassword);
        QVERIFY(second.ok());
        QVERIFY(second.value().token != grant.value().token);
    }

    void loginTrimsUserName()
    {
        QVERIFY(m_auth->login(QStringLiteral("  teller1 "), kPassword).ok());
    }

    void badLogins_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << QStringLiteral("teller1") << QStringLiteral("demo12345");
        QTest::newRow("unknown user") << QStringLiteral("nobody") << kPassword;
        QTest::newRow("user name case") << QStringLiteral("Teller1") << kPassword;
        QTest::newRow("empty password") << QStringLiteral("teller1") << QString();
        QTest::newRow("device password on staff") << QStringLiteral("teller1") << kDevicePassword;
        QTest::newRow("empty user") << QString() << kPassword;
    }

    void badLogins()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        const auto r = m_auth->login(username, password);
        QVERIFY(!r.ok());
        QCOMPARE(toString(r.error().code), toString(ErrorCode::InvalidCredentials));
        // Same answer whether the name exists or not: nothing to tell an attacker.
        QVERIFY(r.error().detail.isEmpty());
        QVERIFY(r.error().extra.isEmpty());
    }

    void lockoutAfterFiveFailures()
    {
        const QString user = QStringLiteral("teller2");
        const int max = m_auth->policy().maxFailures;
        QCOMPARE(max, 5);
        for (int i = 1; i < max; ++i) {
            const auto r = m_auth->login(user, QStringLiteral("wrong"));
            QCOMPARE(toString(r.error().code), toString(ErrorCode::InvalidCredentials));
        }
        const auto fifth = m_auth->login(user, QStringLiteral("wrong"));
        QVERIFY(!fifth.ok());
        QCOMPARE(toString(fifth.error().code), toString(ErrorCode::AccountLocked));
        QCOMPARE(fifth.error().extra.value(QLatin1String("retry_after_seconds")).toInteger(),
                 m_auth->policy().lockSeconds);

        // Locked: the right password is refused too, with the time left.
        m_clock->advance(60);
        const auto right = m_auth->login(user, kPassword);
        QVERIFY(!right.ok());
        QCOMPARE(toString(right.error().code), toString(ErrorCode::AccountLocked));
        QCOMPARE(right.error().extra.value(QLatin1String("retry_after_seconds")).toInteger(),
                 m_auth->policy().lockSeconds - 60);

        // Other accounts are not affected.
        QVERIFY(m_auth->login(QStringLiteral("teller3"), kPassword).ok());

        // One second before the end: still locked.
        m_clock->advance(m_auth->policy().lockSeconds - 61);
        const auto almost = m_auth->login(user, kPassword);
        QCOMPARE(toString(almost.error().code), toString(ErrorCode::AccountLocked));
        QCOMPARE(almost.error().extra.value(QLatin1String("retry_after_seconds")).toInteger(), 1);

        m_clock->advance(1);
        QVERIFY(m_auth->login(user, kPassword).ok());

        // The counter started again from zero: four more failures do not lock.
        for (int i = 1; i < max; ++i)
            QCOMPARE(toString(m_auth->login(user, QStringLiteral("wrong")).error().code), toString(ErrorCode::InvalidCredentials));
        QVERIFY(m_auth->login(user, kPassword).ok());
    }

    void successResetsTheFailureCount()
    {
        // Four failures, a success, four more failures: not locked, because the success reset
        // the count (without the reset the eighth failure would have locked long ago).
        const QString user = QStringLiteral("reviewer1");
        for (int round = 0; round < 2; ++round) {
            for (int i = 1; i < m_auth->policy().maxFailures; ++i)
                QCOMPARE(toString(m_auth->login(user, QStringLiteral("wrong")).error().code),
                         toString(ErrorCode::InvalidCredentials));
            QVERIFY2(m_auth->login(user, kPassword).ok(), qPrintable(QString::number(round)));
        }
    }

    void lockAfterExpiryCountsAfresh()
    {
        // After a lock runs out, a single wrong password does not lock again.
        const QString user = QStringLiteral("teller4");
        for (int i = 0; i < m_auth->policy().maxFailures; ++i)
            m_auth->login(user, QStringLiteral("wrong"));
        QCOMPARE(toString(m_auth->login(user, kPassword).error().code), toString(ErrorCode::AccountLocked));
        m_clock->advance(m_auth->policy().lockSeconds);
        QCOMPARE(toString(m_auth->login(user, QStringLiteral("wrong")).error().code), toString(ErrorCode::InvalidCredentials));
        QVERIFY(m_auth->login(user, kPassword).ok());
    }

    void authenticateValidToken()
    {
        const auto grant = m_auth->login(QStringLiteral("supervisor1"), kPassword);
        QVERIFY(grant.ok());
        const auto who = m_auth->authenticate(grant.value().token);
        QVERIFY(who.ok());
        QCOMPARE(who.value().username, QStringLiteral("supervisor1"));
        QCOMPARE(toString(who.value().role), toString(Role::Supervisor));
        QCOMPARE(who.value().id, grant.value().account.id);
    }

    void unknownTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("not-a-token");
        QTest::newRow("fresh random") << TokenGenerator::newToken();
    }

    void unknownTokens()
    {
        QFETCH(QString, token);
        const auto who = m_auth->authenticate(token);
        QVERIFY(!who.ok());
        QCOMPARE(toString(who.error().code), toString(ErrorCode::Unauthorized));
    }

    void tokenExpires()
    {
        const auto grant = m_auth->login(QStringLiteral("teller1"), kPassword);
        QVERIFY(grant.ok());
        m_clock->advance(m_auth->policy().tokenLifetimeSeconds - 1);
        QVERIFY(m_auth->authenticate(grant.value().token).ok());
        m_clock->advance(1);
        const auto who = m_auth->authenticate(grant.value().token);
        QVERIFY(!who.ok());
        QCOMPARE(toString(who.error().code), toString(ErrorCode::Unauthorized));
    }

    void shortPolicyLifetime()
    {
        LoginPolicy policy;
        policy.tokenLifetimeSeconds = 60;
        AuthService shortLived(*m_db, *m_clock, policy);
        const auto grant = shortLived.login(QStringLiteral("teller1"), kPassword);
        QVERIFY(grant.ok());
        QCOMPARE(grant.value().expiresAt, m_clock->now().addSecs(60));
        m_clock->advance(61);
        QCOMPARE(toString(shortLived.authenticate(grant.value().token).error().code), toString(ErrorCode::Unauthorized));
    }

    void logoutRevokesOnlyThatToken()
    {
        const auto a = m_auth->login(QStringLiteral("teller1"), kPassword);
        const auto b = m_auth->login(QStringLiteral("teller1"), kPassword);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(m_auth->logout(a.value().token).ok());
        const auto who = m_auth->authenticate(a.value().token);
        QVERIFY(!who.ok());
        QCOMPARE(toString(who.error().code), toString(ErrorCode::Unauthorized));
        QVERIFY(m_auth->authenticate(b.value().token).ok());
        // Logging out twice is harmless.
        QVERIFY(m_auth->logout(a.value().token).ok());
        QCOMPARE(toString(m_auth->authenticate(a.value().token).error().code), toString(ErrorCode::Unauthorized));
    }

    // A checked session is answered from memory: a change written around the server (here
    // straight into the database) is seen only when the entry goes stale, after a minute.
    void checkedSessionIsAnsweredFromMemoryForAMinute()
    {
        const auto grant = m_auth->login(QStringLiteral("teller1"), kPassword);
        QVERIFY(grant.ok());
        QVERIFY(m_auth->authenticate(grant.value().token).ok());
        QVERIFY(m_db->run(QStringLiteral("UPDATE sessions SET revoked_at = ?"), {m_clock->now().toMSecsSinceEpoch()}).ok());
        QVERIFY(m_auth->authenticate(grant.value().token).ok());
        m_clock->advance(59);
        QVERIFY(m_auth->authenticate(grant.value().token).ok());
        m_clock->advance(1);
        QCOMPARE(toString(m_auth->authenticate(grant.value().token).error().code), toString(ErrorCode::Unauthorized));
    }

    void logoutEndsACheckedSessionAtOnce()
    {
        const auto grant = m_auth->login(QStringLiteral("teller1"), kPassword);
        QVERIFY(grant.ok());
        QVERIFY(m_auth->authenticate(grant.value().token).ok());
        QVERIFY(m_auth->logout(grant.value().token).ok());
        QCOMPARE(toString(m_auth->authenticate(grant.value().token).error().code), toString(ErrorCode::Unauthorized));
    }

    void accountChangedChecksItsSessionsAgain()
    {
        const auto grant = m_auth->login(QStringLiteral("teller1"), kPassword);
        QVERIFY(grant.ok());
        QVERIFY(m_auth->authenticate(grant.value().token).ok());
        QVERIFY(m_db->run(QStringLiteral("UPDATE accounts SET active = 0 WHERE id = ?"), {grant.value().account.id}).ok());
        m_auth->accountChanged(grant.value().account.id);
        QCOMPARE(toString(m_auth->authenticate(grant.value().token).error().code), toString(ErrorCode::Unauthorized));
    }

    void checkedSessionStillEndsOnTime()
    {
        LoginPolicy policy;
        policy.tokenLifetimeSeconds = 30; // shorter than the cache's minute
        AuthService shortLived(*m_db, *m_clock, policy);
        const auto grant = shortLived.login(QStringLiteral("teller1"), kPassword);
        QVERIFY(grant.ok());
        QVERIFY(shortLived.authenticate(grant.value().token).ok());
        m_clock->advance(29);
        QVERIFY(shortLived.authenticate(grant.value().token).ok());
        m_clock->advance(1);
        QCOMPARE(toString(shortLived.authenticate(grant.value().token).error().code), toString(ErrorCode::Unauthorized));
    }

    void authorize_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("display reads catalogue") << QStringLiteral("display-city") << int(Permission::CatalogueRead) << false;
        QTest::newRow("display reads org") << QStringLiteral("display-city") << int(Permission::OrgRead) << false;
        QTest::newRow("display views queue") << QStringLiteral("display-city") << int(Permission::QueueView) << true;
        QTest::newRow("kiosk reads catalogue") << QStringLiteral("kiosk-city") << int(Permission::CatalogueRead) << true;
        QTest::newRow("kiosk manages") << QStringLiteral("kiosk-city") << int(Permission::AdminManage) << false;
        QTest::newRow("teller reads catalogue") << QStringLiteral("teller1") << int(Permission::CatalogueRead) << true;
        QTest::newRow("teller reviews") << QStringLiteral("teller1") << int(Permission::CasesReview) << false;
        QTest::newRow("reviewer reviews") << QStringLiteral("reviewer1") << int(Permission::CasesReview) << true;
        QTest::newRow("admin manages") << QStringLiteral("admin") << int(Permission::AdminManage) << true;
    }

    void authorize()
    {
        QFETCH(QString, username);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        const auto found = AccountRepository(*m_db).findByUsername(username);
        QVERIFY(found.ok() && found.value().has_value());
        const Status st = AuthService::authorize(*found.value(), static_cast<Permission>(permission));
        QCOMPARE(st.ok(), allowed);
        if (!allowed)
            QCOMPARE(toString(st.error().code), toString(ErrorCode::Forbidden));
    }

    void authorizeAfterLogin()
    {
        // The same check on the account a real session resolves to.
        const auto grant = m_auth->login(QStringLiteral("display-city"), kDevicePassword);
        QVERIFY(grant.ok());
        const auto who = m_auth->authenticate(grant.value().token);
        QVERIFY(who.ok());
        const Status st = AuthService::authorize(who.value(), Permission::CatalogueRead);
        QVERIFY(!st.ok());
        QCOMPARE(toString(st.error().code), toString(ErrorCode::Forbidden));
    }

    void deviceAccountsHaveTheirRoles()
    {
        const auto display = m_auth->login(QStringLiteral("display-city"), kDevicePassword);
        QVERIFY(display.ok());
        QCOMPARE(toString(display.value().account.role), toString(Role::Display));
        const auto kiosk = m_auth->login(QStringLiteral("kiosk-fc"), kDevicePassword);
        QVERIFY(kiosk.ok());
        QCOMPARE(toString(kiosk.value().account.role), toString(Role::Kiosk));
        QCOMPARE(kiosk.value().account.hallCode, QStringLiteral("MY-FC"));
        QCOMPARE(toString(kiosk.value().account.hallLevel), toString(OrgLevel::County));
    }

    void inactiveAccountCannotLogIn()
    {
        Account a;
        a.username = QStringLiteral("former");
        a.passwordHash = PasswordHasher().hash(kPassword);
        a.hallId = OrgRepository(*m_db).hallId(QStringLiteral("MY-CITY")).value().value_or(0);
        a.name = {QStringLiteral("离职"), QStringLiteral("Former")};
        a.active = false;
        QVERIFY(AccountRepository(*m_db).insert(a).ok());
        const auto r = m_auth->login(QStringLiteral("former"), kPassword);
        QVERIFY(!r.ok());
        QCOMPARE(toString(r.error().code), toString(ErrorCode::InvalidCredentials));
    }

    void seedingTwiceChangesNothing()
    {
        const int accounts = AccountRepository(*m_db).count().value();
        QCOMPARE(accounts, 25);
        const auto again = DemoCity::seed(*m_db, DemoCity::bundledJson(), PasswordHasher());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), false);
        QCOMPARE(AccountRepository(*m_db).count().value(), accounts);
        const auto halls = OrgRepository(*m_db).halls();
        QVERIFY(halls.ok());
        QCOMPARE(halls.value().size(), 18);
        QCOMPARE(halls.value().first().code, QStringLiteral("MY-CITY"));
        QCOMPARE(halls.value().first().windows.size(), 8);
    }

private:
    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<AuthService> m_auth;
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
