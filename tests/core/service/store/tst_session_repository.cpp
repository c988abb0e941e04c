// SessionRepository on a real SQLite file: a session is found by its token digest while neither
// expired (the expiry instant itself is already too late) nor revoked; revoking touches only that
// token and keeps the first revocation time; purging drops the expired ones only.
#include "core/service/store/AccountRepository.h"
#include "core/service/store/SessionRepository.h"
#include "tests/core/service/ServerDb.h"

#include <QTest>

using namespace ow;

namespace {
const QDateTime kLogin(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC);
const QDateTime kExpiry = kLogin.addSecs(8 * 3600);
const QString kTokenA = QStringLiteral("a3f1c9e2b7d04c5e9a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70");
const QString kTokenB = QStringLiteral("0b1c2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff0");
} // namespace

class TestSessionRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::ServerDb>();
        const qint64 hall = m_db->addHall(QStringLiteral("MY-CITY"));
        const AccountRepository accounts(**m_db);
        for (const QString &name : {QStringLiteral("teller1"), QStringLiteral("teller2")}) {
            Account a;
            a.username = name;
            a.passwordHash = QStringLiteral("x");
            a.hallId = hall;
            a.name = {name, name};
            m_accounts << accounts.insert(a).value();
        }
        m_repo = std::make_unique<SessionRepository>(**m_db);
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        m_accounts.clear();
    }

    void activeUntilItExpires_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("active");
        QTest::newRow("at login") << kLogin << true;
        QTest::newRow("an hour later") << kLogin.addSecs(3600) << true;
        QTest::newRow("a millisecond before expiry") << kExpiry.addMSecs(-1) << true;
        QTest::newRow("at expiry") << kExpiry << false;
        QTest::newRow("after expiry") << kExpiry.addSecs(1) << false;
    }

    void activeUntilItExpires()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, active);
        QVERIFY(m_repo->insert(kTokenA, m_accounts[0], kLogin, kExpiry).ok());
        const auto found = m_repo->findActive(kTokenA, now);
        QVERIFY(found.ok());
        QCOMPARE(found.value().has_value(), active);
        if (active) {
            QCOMPARE(found.value()->accountId, m_accounts[0]);
            QCOMPARE(found.value()->expiresAt, kExpiry);
        }
    }

    void unknownTokenIsNotActive()
    {
        QVERIFY(m_repo->insert(kTokenA, m_accounts[0], kLogin, kExpiry).ok());
        QVERIFY(!m_repo->findActive(kTokenB, kLogin).value());
        QVERIFY(!m_repo->findActive(kTokenA.toUpper(), kLogin).value());
        QVERIFY(!m_repo->findActive(QString(), kLogin).value());
    }

    void eachTokenOnce()
    {
        QVERIFY(m_repo->insert(kTokenA, m_accounts[0], kLogin, kExpiry).ok());
        QVERIFY(!m_repo->insert(kTokenA, m_accounts[1], kLogin, kExpiry).ok());
        QCOMPARE(m_repo->findActive(kTokenA, kLogin).value()->accountId, m_accounts[0]);
        QVERIFY(!m_repo->insert(kTokenB, 999, kLogin, kExpiry).ok()); // no such account
    }

    void revokeEndsOnlyThatSession()
    {
        QVERIFY(m_repo->insert(kTokenA, m_accounts[0], kLogin, kExpiry).ok());
        QVERIFY(m_repo->insert(kTokenB, m_accounts[0], kLogin, kExpiry).ok()); // a second device
        const QDateTime at = kLogin.addSecs(600);
        QVERIFY(m_repo->revoke(kTokenA, at).ok());
        QVERIFY(!m_repo->findActive(kTokenA, at).value());
        QVERIFY(!m_repo->findActive(kTokenA, kLogin).value()); // revoked is revoked, whenever asked
        QCOMPARE(m_repo->findActive(kTokenB, at).value()->accountId, m_accounts[0]);

        // Revoking again keeps the first time; revoking an unknown token is harmless.
        QVERIFY(m_repo->revoke(kTokenA, at.addSecs(60)).ok());
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = ? AND revoked_at = ?"),
                             {kTokenA, at.toMSecsSinceEpoch()}),
                 1);
        QVERIFY(m_repo->revoke(QStringLiteral("unknown"), at).ok());
    }

    void purgeDropsOnlyExpired()
    {
        QVERIFY(m_repo->insert(kTokenA, m_accounts[0], kLogin, kExpiry).ok());
        QVERIFY(m_repo->insert(kTokenB, m_accounts[1], kLogin, kExpiry.addSecs(3600)).ok());
        QVERIFY(m_repo->purgeExpired(kExpiry.addMSecs(-1)).ok());
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 2);
        QVERIFY(m_repo->purgeExpired(kExpiry).ok());
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 1);
        QCOMPARE(m_repo->findActive(kTokenB, kExpiry).value()->accountId, m_accounts[1]);
    }

    void sessionsGoWithTheirAccount()
    {
        QVERIFY(m_repo->insert(kTokenA, m_accounts[0], kLogin, kExpiry).ok());
        QVERIFY(m_db->run(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {m_accounts[0]}).ok());
        QCOMPARE(m_db->count(QStringLiteral("SELECT COUNT(*) FROM sessions")), 0);
    }

private:
    std::unique_ptr<test::ServerDb> m_db;
    std::unique_ptr<SessionRepository> m_repo;
    QList<qint64> m_accounts;
};

QTEST_GUILESS_MAIN(TestSessionRepository)
#include "tst_session_repository.moc"
