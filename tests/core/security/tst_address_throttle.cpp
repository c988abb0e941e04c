// Failed logins counted per source address (issue 15): AddressThrottle alone with a FakeClock —
// the limit, the pause, the sliding window, the pause's end — and through AuthService, where
// unknown names count, the pause comes before any account is looked up, and other addresses
// and other accounts are not disturbed.
#include "core/domain/security/PasswordHasher.h"
#include "core/domain/util/Clock.h"
#include "core/service/org/DemoCity.h"
#include "core/service/security/AddressThrottle.h"
#include "core/service/security/AuthService.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ow;

namespace {
const QString kPassword = QStringLiteral("demo1234");
const QString kHere = QStringLiteral("10.0.0.7");
const QString kElsewhere = QStringLiteral("10.0.0.8");
} // namespace

class TestAddressThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitReachedBlocksForTheBlockTime()
    {
        FakeClock clock;
        AddressThrottle throttle({3, 600, 900});
        throttle.recordFailure(kHere, clock.now());
        clock.advance(10);
        throttle.recordFailure(kHere, clock.now());
        QCOMPARE(throttle.blockedFor(kHere, clock.now()), 0);
        clock.advance(10);
        throttle.recordFailure(kHere, clock.now()); // the third: the pause starts now
        QCOMPARE(throttle.blockedFor(kHere, clock.now()), 900);
        QCOMPARE(throttle.blockedFor(kElsewhere, clock.now()), 0);
        clock.advance(899);
        QCOMPARE(throttle.blockedFor(kHere, clock.now()), 1);
        clock.advance(1);
        QCOMPARE(throttle.blockedFor(kHere, clock.now()), 0);
        // Afterwards a whole allowance again: two failures do not block.
        throttle.recordFailure(kHere, clock.now());
        throttle.recordFailure(kHere, clock.now());
        QCOMPARE(throttle.blockedFor(kHere, clock.now()), 0);
        throttle.recordFailure(kHere, clock.now());
        QCOMPARE(throttle.blockedFor(kHere, clock.now()), 900);
    }

    void windowSlides()
    {
        FakeClock clock;
        AddressThrottle throttle({3, 600, 900});
        throttle.recordFailure(kHere, clock.now()); // t=0
        clock.advance(300);
        throttle.recordFailure(kHere, clock.now()); // t=300
        clock.advance(300);
        // t=600: the first has left the window, so this is the second of the window, not the third.
        throttle.recordFailure(kHere, clock.now());
        QCOMPARE(throttle.blockedFor(kHere, clock.now()), 0);
        clock.advance(299);
        // t=899: the ones at 300 and 600 are still in it: the third blocks.
        throttle.recordFailure(kHere, clock.now());
        QCOMPARE(throttle.blockedFor(kHere, clock.now()), 900);
    }

    void idleAddressesAreForgotten()
    {
        FakeClock clock;
        AddressThrottle throttle({3, 600, 900});
        for (int i = 0; i < 1024; ++i)
            throttle.recordFailure(QStringLiteral("10.1.%1.%2").arg(i / 256).arg(i % 256), clock.now());
        QCOMPARE(throttle.trackedAddresses(), 1024);
        clock.advance(601);
        throttle.recordFailure(kHere, clock.now()); // sweeps the idle ones first
        QCOMPARE(throttle.trackedAddresses(), 1);
    }

    void initTestCase()
    {
        m_template = QDir(test::makeTempDir(m_templateDir)).filePath(QStringLiteral("seeded.sqlite"));
        auto db = ServerSchema::open(DatabaseLocation::parse(m_template));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        QVERIFY(DemoCity::seed(*db.value(), DemoCity::bundledJson(), PasswordHasher()).ok());
        QVERIFY(db.value()->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = QDir(test::makeTempDir(*m_dir)).filePath(QStringLiteral("a.sqlite"));
        QVERIFY(QFile::copy(m_template, path));
        auto db = ServerSchema::open(DatabaseLocation::parse(path));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clock = std::make_unique<FakeClock>();
        LoginPolicy policy;
        policy.perAddress = {6, 600, 900}; // small, as Argon2id makes every attempt slow
        m_auth = std::make_unique<AuthService>(*m_db, *m_clock, policy);
    }

    void cleanup()
    {
        m_auth.reset();
        m_db.reset();
        m_dir.reset();
    }

    void unknownNamesAndLockedAccountsCount()
    {
        // Three wrong passwords for teller2 (below its own lock of 5), three unknown names: the
        // sixth refusal reaches the address's limit.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(code(m_auth->login(QStringLiteral("teller2"), QStringLiteral("wrong"), kHere)), QStringLiteral("invalid_credentials"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(code(m_auth->login(QStringLiteral("nobody%1").arg(i), QStringLiteral("x"), kHere)), QStringLiteral("invalid_credentials"));

        // Now refused whoever is named, the right password too, and an unknown name alike.
        const auto right = m_auth->login(QStringLiteral("teller1"), kPassword, kHere);
        QCOMPARE(code(right), QStringLiteral("too_many_requests"));
        QCOMPARE(right.error().extra.value(QLatin1String("retry_after_seconds")).toInteger(), 900);
        QCOMPARE(code(m_auth->login(QStringLiteral("nobody"), QStringLiteral("x"), kHere)), QStringLiteral("too_many_requests"));

        // Another address is not paused, and teller2's own count was not touched by the pause:
        // two more failures (3 + 2 = 5) lock it, not one.
        QVERIFY(m_auth->login(QStringLiteral("teller1"), kPassword, kElsewhere).ok());
        QCOMPARE(code(m_auth->login(QStringLiteral("teller2"), QStringLiteral("wrong"), kElsewhere)), QStringLiteral("invalid_credentials"));
        QCOMPARE(code(m_auth->login(QStringLiteral("teller2"), QStringLiteral("wrong"), kElsewhere)), QStringLiteral("account_locked"));
        // A locked account's refusal counts for its address like any other.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(code(m_auth->login(QStringLiteral("teller2"), kPassword, kElsewhere)), QStringLiteral("account_locked"));
        QCOMPARE(code(m_auth->login(QStringLiteral("teller1"), kPassword, kElsewhere)), QStringLiteral("too_many_requests"));

        // The pause ends.
        m_clock->advance(900);
        QVERIFY(m_auth->login(QStringLiteral("teller1"), kPassword, kHere).ok());
    }

    void successDoesNotResetTheAddress()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_auth->login(QStringLiteral("nobody"), QStringLiteral("x"), kHere).ok());
        QVERIFY(m_auth->login(QStringLiteral("teller3"), kPassword, kHere).ok());
        QCOMPARE(code(m_auth->login(QStringLiteral("nobody"), QStringLiteral("x"), kHere)), QStringLiteral("invalid_credentials"));
        QCOMPARE(code(m_auth->login(QStringLiteral("teller3"), kPassword, kHere)), QStringLiteral("too_many_requests"));
    }

    void noAddressIsNotCounted()
    {
        for (int i = 0; i < 7; ++i)
            QCOMPARE(code(m_auth->login(QStringLiteral("nobody"), QStringLiteral("x"))), QStringLiteral("invalid_credentials"));
        QVERIFY(m_auth->login(QStringLiteral("teller3"), kPassword).ok());
    }

private:
    static QString code(const Result<SessionGrant> &r) { return r ? QStringLiteral("ok") : toString(r.error().code); }

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<AuthService> m_auth;
};

QTEST_GUILESS_MAIN(TestAddressThrottle)
#include "tst_address_throttle.moc"
