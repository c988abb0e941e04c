// AccountRepository on a real SQLite file: an account stored and found (by name and id) with its
// hall joined in; unique names; devices bound to one account each; and the lockout bookkeeping —
// a failure count with the lock's end, cleared by a success.
#include "core/service/store/AccountRepository.h"
#include "tests/core/service/ServerDb.h"

#include <QTest>

using namespace ow;

namespace {

Account account(const QString &username, qint64 hallId, Role role = Role::Teller)
{
    Account a;
    a.username = username;
    a.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA");
    a.role = role;
    a.hallId = hallId;
    a.name = {QStringLiteral("李娜"), QStringLiteral("Li Na")};
    a.staffNo = QStringLiteral("FC-007");
    return a;
}

} // namespace

class TestAccountRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::ServerDb>();
        m_city = m_db->addHall(QStringLiteral("MY-CITY"));
        m_county = m_db->addHall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"));
        m_repo = std::make_unique<AccountRepository>(**m_db);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void accountReadsBackWithItsHall()
    {
        Account a = account(QStringLiteral("fc_reviewer1"), m_county, Role::Reviewer);
        a.categories = {QStringLiteral("pension"), QStringLiteral("work_injury")};
        const auto id = m_repo->insert(a);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));

        for (const auto &found : {m_repo->findByUsername(QStringLiteral("fc_reviewer1")), m_repo->findById(id.value())}) {
            QVERIFY(found.ok() && found.value());
            const Account &b = *found.value();
            QCOMPARE(b.id, id.value());
            QCOMPARE(b.username, a.username);
            QCOMPARE(b.passwordHash, a.passwordHash);
            QCOMPARE(toString(b.role), QStringLiteral("reviewer"));
            QCOMPARE(b.hallId, m_county);
            QCOMPARE(b.hallCode, QStringLiteral("MY-FC"));
            QCOMPARE(b.hallName.zh, QStringLiteral("MY-FC大厅"));
            QCOMPARE(b.hallName.en, QStringLiteral("MY-FC hall"));
            QCOMPARE(toString(b.hallLevel), QStringLiteral("county"));
            QCOMPARE(b.name.zh, QStringLiteral("李娜"));
            QCOMPARE(b.name.en, QStringLiteral("Li Na"));
            QCOMPARE(b.staffNo, QStringLiteral("FC-007"));
            QCOMPARE(b.categories, a.categories);
            QVERIFY(b.active);
            QCOMPARE(b.failedLogins, 0);
            QVERIFY(!b.lockedUntil.isValid());
        }
    }

    void unknownAccountsAreNotFound()
    {
        QVERIFY(m_repo->insert(account(QStringLiteral("teller1"), m_city)).ok());
        QVERIFY(!m_repo->findByUsername(QStringLiteral("teller2")).value());
        QVERIFY(!m_repo->findByUsername(QStringLiteral("TELLER1")).value()); // names are exact
        QVERIFY(!m_repo->findByUsername(QString()).value());
        QVERIFY(!m_repo->findById(999).value());
    }

    void inactiveIsStored()
    {
        Account a = account(QStringLiteral("former"), m_city);
        a.active = false;
        const qint64 id = m_repo->insert(a).value();
        QVERIFY(!m_repo->findById(id).value()->active);
    }

    void namesAreUnique()
    {
        QVERIFY(m_repo->insert(account(QStringLiteral("teller1"), m_city)).ok());
        QVERIFY(!m_repo->insert(account(QStringLiteral("teller1"), m_county)).ok());
        QCOMPARE(m_repo->count().value(), 1);
    }

    void anAccountBelongsToAHall()
    {
        QVERIFY(!m_repo->insert(account(QStringLiteral("nowhere"), 999)).ok());
        QCOMPARE(m_repo->count().value(), 0);
    }

    void countCountsEveryAccount()
    {
        QCOMPARE(m_repo->count().value(), 0);
        QVERIFY(m_repo->insert(account(QStringLiteral("a"), m_city)).ok());
        QVERIFY(m_repo->insert(account(QStringLiteral("b"), m_county, Role::Kiosk)).ok());
        QCOMPARE(m_repo->count().value(), 2);
    }

    void devicesAreBoundToOneAccount()
    {
        const qint64 kiosk = m_repo->insert(account(QStringLiteral("kiosk-fc"), m_county, Role::Kiosk)).value();
        const qint64 display = m_repo->insert(account(QStringLiteral("display-fc"), m_county, Role::Display)).value();
        QVERIFY(m_repo->insertDevice(QStringLiteral("kiosk-fc"), Role::Kiosk, m_county, kiosk).ok());
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM devices WHERE code = 'kiosk-fc' AND kind = 'kiosk' AND "
                                            "hall_id = ? AND account_id = ?"),
                             {m_county, kiosk}),
                 1);
        QVERIFY(!m_repo->insertDevice(QStringLiteral("kiosk-fc"), Role::Kiosk, m_county, display).ok()); // code taken
        QVERIFY(!m_repo->insertDevice(QStringLiteral("kiosk-2"), Role::Kiosk, m_county, kiosk).ok());   // account taken
        QVERIFY(!m_repo->insertDevice(QStringLiteral("kiosk-3"), Role::Kiosk, m_county, 999).ok());     // no account
        QVERIFY(m_repo->insertDevice(QStringLiteral("display-fc"), Role::Display, m_county, display).ok());
    }

    void lockoutBookkeeping()
    {
        const qint64 id = m_repo->insert(account(QStringLiteral("teller2"), m_city)).value();
        const qint64 other = m_repo->insert(account(QStringLiteral("teller3"), m_city)).value();

        // Failures counted without a lock yet.
        QVERIFY(m_repo->recordLoginFailure(id, 3, QDateTime()).ok());
        Account a = *m_repo->findById(id).value();
        QCOMPARE(a.failedLogins, 3);
        QVERIFY(!a.lockedUntil.isValid());

        // The fifth failure locks, to the millisecond, in UTC.
        const QDateTime until(QDate(2026, 11, 2), QTime(1, 15, 0, 123), Qt::UTC);
        QVERIFY(m_repo->recordLoginFailure(id, 5, until).ok());
        a = *m_repo->findByUsername(QStringLiteral("teller2")).value();
        QCOMPARE(a.failedLogins, 5);
        QCOMPARE(a.lockedUntil, until);
        QCOMPARE(a.lockedUntil.timeSpec(), Qt::UTC);
        // Only that account.
        QCOMPARE(m_repo->findById(other).value()->failedLogins, 0);

        // A success clears both.
        QVERIFY(m_repo->recordLoginSuccess(id).ok());
        a = *m_repo->findById(id).value();
        QCOMPARE(a.failedLogins, 0);
        QVERIFY(!a.lockedUntil.isValid());
    }

    void insertStartsWithoutLockout()
    {
        // What the caller put in the bookkeeping fields is not stored by insert: a new account
        // starts unlocked.
        Account a = account(QStringLiteral("fresh"), m_city);
        a.failedLogins = 4;
        a.lockedUntil = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        const qint64 id = m_repo->insert(a).value();
        const Account b = *m_repo->findById(id).value();
        QCOMPARE(b.failedLogins, 0);
        QVERIFY(!b.lockedUntil.isValid());
    }

private:
    std::unique_ptr<test::ServerDb> m_db;
    std::unique_ptr<AccountRepository> m_repo;
    qint64 m_city = 0;
    qint64 m_county = 0;
};

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_account_repository.moc"
