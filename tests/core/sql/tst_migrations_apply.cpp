// Migrations with a schema of the test's own (the generic part; tst_migrations covers the server's
// schema and a failing step): each step runs once, in order, with its tokens expanded, recorded
// by version and name in schema_version; later steps are added to a database already in use;
// a database newer than the program is refused and left as it was.
#include "core/sql/Database.h"
#include "core/sql/Migrations.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(QList<Migration>)

namespace {

const Migration kCreate{1, "notes", {QStringLiteral("CREATE TABLE notes (id {PK}, at {BIGINT} NOT NULL, body {BLOB})")}};
const Migration kFill{2, "first note", {QStringLiteral("INSERT INTO notes (at, body) VALUES (1, x'00ff')")}};
const Migration kWiden{3, "note authors",
                       {QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'system'"),
                        QStringLiteral("CREATE INDEX notes_at ON notes(at)")}};

QVariant scalar(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

} // namespace

class TestMigrationsApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_location = DatabaseLocation::parse(QDir(test::makeTempDir(*m_dir)).filePath(QStringLiteral("custom.sqlite")));
    }

    void cleanup() { m_dir.reset(); }

    void latestVersion_data()
    {
        QTest::addColumn<QList<Migration>>("steps");
        QTest::addColumn<int>("latest");
        QTest::newRow("none") << QList<Migration>{} << 0;
        QTest::newRow("one") << QList<Migration>{kCreate} << 1;
        QTest::newRow("three") << QList<Migration>{kCreate, kFill, kWiden} << 3;
    }

    void latestVersion()
    {
        QFETCH(QList<Migration>, steps);
        QFETCH(int, latest);
        QCOMPARE(Migrations::latestVersion(steps), latest);
    }

    void anEmptySchemaIsVersionZero()
    {
        auto db = Database::open(m_location, {});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        QCOMPARE(db.value()->schemaVersion(), 0);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 0);
    }

    void eachStepIsRecorded()
    {
        auto db = Database::open(m_location, {kCreate, kFill, kWiden});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        Database &d = *db.value();
        QCOMPARE(d.schemaVersion(), 3);
        QCOMPARE(scalar(d, QStringLiteral("SELECT group_concat(version || ':' || name, '|') FROM "
                                          "(SELECT version, name FROM schema_version ORDER BY version)"))
                     .toString(),
                 QStringLiteral("1:notes|2:first note|3:note authors"));
        QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE applied_at > 0")).toInt(), 3);
        // The steps did their work, tokens expanded for SQLite.
        QCOMPARE(scalar(d, QStringLiteral("SELECT author FROM notes")).toString(), QStringLiteral("system"));
        QCOMPARE(scalar(d, QStringLiteral("SELECT hex(body) FROM notes")).toString(), QStringLiteral("00FF"));
        QVERIFY(scalar(d, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'notes'"))
                    .toString()
                    .contains(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")));
    }

    void applyingAgainRunsNothing()
    {
        auto db = Database::open(m_location, {kCreate, kFill});
        QVERIFY(db.ok());
        // Step 2 inserts a row: had it run twice there would be two.
        for (int i = 0; i < 3; ++i)
            QVERIFY(Migrations::apply(*db.value(), {kCreate, kFill}).ok());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM notes")).toInt(), 1);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 2);
    }

    void laterStepsJoinADatabaseInUse()
    {
        {
            auto db = Database::open(m_location, {kCreate, kFill});
            QVERIFY(db.ok());
            QVERIFY(db.value()->run(QStringLiteral("INSERT INTO notes (at) VALUES (2)")).ok());
        }
        // A newer program opens the same file: only step 3 runs, and the rows stay.
        auto db = Database::open(m_location, {kCreate, kFill, kWiden});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        QCOMPARE(db.value()->schemaVersion(), 3);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM notes WHERE author = 'system'")).toInt(), 2);

        // The same through apply() on an open database.
        const Migration kMore{4, "more", {QStringLiteral("INSERT INTO notes (at) VALUES (4)")}};
        QVERIFY(Migrations::apply(*db.value(), {kCreate, kFill, kWiden, kMore}).ok());
        QCOMPARE(db.value()->schemaVersion(), 4);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM notes")).toInt(), 3);
    }

    void aNewerDatabaseIsRefusedAndLeftAlone()
    {
        {
            auto db = Database::open(m_location, {kCreate, kFill, kWiden});
            QVERIFY(db.ok());
        }
        auto older = Database::open(m_location, {kCreate, kFill});
        QVERIFY(!older.ok());
        QCOMPARE(toString(older.error().code), toString(ErrorCode::Conflict));
        QVERIFY2(older.error().detail.contains(QLatin1String("3")) && older.error().detail.contains(QLatin1String("2")),
                 qPrintable(older.error().detail));

        auto again = Database::open(m_location, {kCreate, kFill, kWiden});
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersion(), 3);
        QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT COUNT(*) FROM notes")).toInt(), 1);
        QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 3);

        // apply() on an open database says the same.
        const Status st = Migrations::apply(*again.value(), {kCreate});
        QVERIFY(!st.ok());
        QCOMPARE(toString(st.error().code), toString(ErrorCode::Conflict));
        QCOMPARE(again.value()->schemaVersion(), 3);
    }

    void aFailingStepStopsTheLaterOnes()
    {
        const Migration broken{2, "broken", {QStringLiteral("INSERT INTO no_such_table VALUES (1)")}};
        auto db = Database::open(m_location, {kCreate, broken, kWiden});
        QVERIFY(!db.ok());
        QCOMPARE(toString(db.error().code), toString(ErrorCode::Internal));
        auto after = Database::open(m_location, {kCreate});
        QVERIFY(after.ok());
        QCOMPARE(after.value()->schemaVersion(), 1); // neither 2 nor 3 ran
        QVERIFY(!scalar(*after.value(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'notes'"))
                     .toString()
                     .contains(QLatin1String("author")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseLocation m_location;
};

QTEST_GUILESS_MAIN(TestMigrationsApply)
#include "tst_migrations_apply.moc"
