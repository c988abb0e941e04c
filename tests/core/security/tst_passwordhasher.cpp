// PasswordHasher and TokenGenerator: Argon2id hashes with their own salt; bearer tokens that are
// long, random and stored only as a digest.
#include "core/domain/security/PasswordHasher.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ow;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(ensureSodium()); }

    void hashIsArgon2id()
    {
        const QString h = PasswordHasher().hash(QStringLiteral("demo1234"));
        QVERIFY2(h.startsWith(QLatin1String("$argon2id$v=19$")), qPrintable(h));
        QVERIFY(!h.contains(QLatin1String("demo1234")));
    }

    void verify_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<bool>("ok");
        QTest::newRow("right") << QStringLiteral("demo1234") << QStringLiteral("demo1234") << true;
        QTest::newRow("wrong") << QStringLiteral("demo1234") << QStringLiteral("demo1235") << false;
        QTest::newRow("case matters") << QStringLiteral("Demo1234") << QStringLiteral("demo1234") << false;
        QTest::newRow("prefix is not enough") << QStringLiteral("demo1234") << QStringLiteral("demo123") << false;
        QTest::newRow("trailing space matters") << QStringLiteral("demo1234") << QStringLiteral("demo1234 ") << false;
        QTest::newRow("empty attempt") << QStringLiteral("demo1234") << QString() << false;
        QTest::newRow("chinese password") << QStringLiteral("一窗通密码") << QStringLiteral("一窗通密码") << true;
        QTest::newRow("chinese, one character off") << QStringLiteral("一窗通密码") << QStringLiteral("一窗通密吗") << false;
    }

    void verify()
    {
        QFETCH(QString, password);
        QFETCH(QString, attempt);
        QFETCH(bool, ok);
        // One hash per password for all rows: Argon2id is deliberately slow.
        if (!m_hashes.contains(password))
            m_hashes.insert(password, PasswordHasher().hash(password));
        const QString h = m_hashes.value(password);
        QVERIFY(!h.isEmpty());
        QCOMPARE(PasswordHasher::verify(h, attempt), ok);
    }

    void saltMakesEveryHashDifferent()
    {
        const PasswordHasher hasher;
        const QString a = hasher.hash(QStringLiteral("demo1234"));
        const QString b = hasher.hash(QStringLiteral("demo1234"));
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(a, QStringLiteral("demo1234")));
        QVERIFY(PasswordHasher::verify(b, QStringLiteral("demo1234")));
    }

    void badHashesNeverVerify_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("demo1234");
        QTest::newRow("truncated") << PasswordHasher().hash(QStringLiteral("demo1234")).left(40);
        QTest::newRow("too long") << QString(200, QLatin1Char('$'));
    }

    void badHashesNeverVerify()
    {
        QFETCH(QString, hash);
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("demo1234")));
    }

    void moderateStrengthAlsoVerifies()
    {
        const QString h = PasswordHasher(PasswordHasher::Strength::Moderate).hash(QStringLiteral("s3cret"));
        QVERIFY(h.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(PasswordHasher::verify(h, QStringLiteral("s3cret")));
        // Parameters travel in the hash: it differs from an interactive one in its cost fields.
        const QString interactive = PasswordHasher().hash(QStringLiteral("s3cret"));
        QVERIFY(h.section(QLatin1Char('$'), 3, 3) != interactive.section(QLatin1Char('$'), 3, 3));
    }

    void tokenIsBase64Url43()
    {
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        for (int i = 0; i < 20; ++i) {
            const QString t = TokenGenerator::newToken();
            QCOMPARE(t.size(), 43);
            QVERIFY2(shape.match(t).hasMatch(), qPrintable(t));
            QCOMPARE(QByteArray::fromBase64(t.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        }
    }

    void tokensAreDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(TokenGenerator::newToken());
        QCOMPARE(seen.size(), 1000);
    }

    void digest_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        // FIPS 180-2 test vectors.
        QTest::newRow("abc") << QStringLiteral("abc")
                             << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("empty") << QString()
                               << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    void digest()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QCOMPARE(TokenGenerator::digest(token), expected);
    }

    void digestIsStableHex()
    {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        const QString t = TokenGenerator::newToken();
        const QString d = TokenGenerator::digest(t);
        QVERIFY(hex.match(d).hasMatch());
        QCOMPARE(TokenGenerator::digest(t), d);
        QVERIFY(TokenGenerator::digest(TokenGenerator::newToken()) != d);
    }

private:
    QHash<QString, QString> m_hashes;
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
