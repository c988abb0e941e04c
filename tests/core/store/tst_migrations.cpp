// Database + Migrations: a new SQLite file gets the whole schema once, with the durability
// settings; a newer schema or an unsupported database is refused; dialect tokens expand.
#include "core/sql/Database.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/SqlDialect.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ow;

Q_DECLARE_METATYPE(ow::Dialect)

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

QStringList tables(Database &db)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q && q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = QDir(test::makeTempDir(*m_dir)).filePath(QStringLiteral("sub/folder/test.sqlite"));
    }

    void cleanup() { m_dir.reset(); }

    void newFileGetsLatestSchema()
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(m_path));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        QVERIFY(QFile::exists(m_path)); // missing folders were created
        QVERIFY(ServerSchema::latestVersion() >= 1);
        QCOMPARE(db.value()->schemaVersion(), ServerSchema::latestVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
                 ServerSchema::migrations().size());
        const QStringList have = tables(*db.value());
        for (const char *t : {"schema_version", "halls", "windows", "accounts", "devices", "sessions",
                              "catalogue_meta", "categories", "services"})
            QVERIFY2(have.contains(QLatin1String(t)), t);
    }

    void stepsAreNumberedInOrder()
    {
        int previous = 0;
        for (const Migration &m : ServerSchema::migrations()) {
            QCOMPARE(m.version, previous + 1);
            QVERIFY(m.name && *m.name);
            QVERIFY(!m.statements.isEmpty());
            previous = m.version;
        }
        QCOMPARE(ServerSchema::latestVersion(), previous);
        QCOMPARE(Migrations::latestVersion({}), 0);
    }

    void reopeningDoesNotReapply()
    {
        {
            auto first = ServerSchema::open(DatabaseLocation::parse(m_path));
            QVERIFY(first.ok());
            // A row that would be lost if a step ran again (CREATE TABLE would fail anyway).
            QVERIFY(first.value()->run(QStringLiteral("INSERT INTO halls (code, level, name_zh, name_en) "
                                                      "VALUES ('H1', 'city', '大厅', 'Hall')")).ok());
        }
        for (int i = 0; i < 2; ++i) {
            auto again = ServerSchema::open(DatabaseLocation::parse(m_path));
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().detail));
            QCOMPARE(again.value()->schemaVersion(), ServerSchema::latestVersion());
            QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
                     ServerSchema::migrations().size());
            QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT code FROM halls")).toString(), QStringLiteral("H1"));
        }
    }

    void pragmas_data()
    {
        QTest::addColumn<QString>("pragma");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("WAL journal") << QStringLiteral("journal_mode") << QVariant(QStringLiteral("wal"));
        QTest::newRow("foreign keys on") << QStringLiteral("foreign_keys") << QVariant(1);
        QTest::newRow("synchronous FULL") << QStringLiteral("synchronous") << QVariant(2);
    }

    void pragmas()
    {
        QFETCH(QString, pragma);
        QFETCH(QVariant, expected);
        auto db = ServerSchema::open(DatabaseLocation::parse(m_path));
        QVERIFY(db.ok());
        const QVariant got = scalar(*db.value(), QStringLiteral("PRAGMA ") + pragma);
        QCOMPARE(got.toString(), expected.toString());
    }

    void foreignKeysAreEnforced()
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(m_path));
        QVERIFY(db.ok());
        const Status st = db.value()->run(QStringLiteral("INSERT INTO windows (hall_id, number, kind) VALUES (999, 1, 'comprehensive')"));
        QVERIFY(!st.ok());
        QCOMPARE(toString(st.error().code), toString(ErrorCode::Internal));
    }

    void newerSchemaIsRefused()
    {
        {
            auto db = ServerSchema::open(DatabaseLocation::parse(m_path));
            QVERIFY(db.ok());
            QVERIFY(db.value()->run(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', 0)"),
                                    {ServerSchema::latestVersion() + 1}).ok());
        }
        auto again = ServerSchema::open(DatabaseLocation::parse(m_path));
        QVERIFY(!again.ok());
        QCOMPARE(toString(again.error().code), toString(ErrorCode::Conflict));
        QVERIFY2(again.error().detail.contains(QString::number(ServerSchema::latestVersion() + 1)),
                 qPrintable(again.error().detail));
    }

    void olderProgramIsRefused()
    {
        // The same rule from the other side: a program that knows only step 1 meets a database
        // that a newer program already migrated.
        {
            auto db = ServerSchema::open(DatabaseLocation::parse(m_path));
            QVERIFY(db.ok());
        }
        if (ServerSchema::latestVersion() < 2)
            QSKIP("needs at least two schema steps");
        const QList<Migration> onlyFirst{ServerSchema::migrations().first()};
        auto old = Database::open(DatabaseLocation::parse(m_path), onlyFirst);
        QVERIFY(!old.ok());
        QCOMPARE(toString(old.error().code), toString(ErrorCode::Conflict));
    }

    void failedStepIsRolledBack()
    {
        const QList<Migration> steps{
            {1, "good", {QStringLiteral("CREATE TABLE a (id {PK})")}},
            {2, "bad", {QStringLiteral("CREATE TABLE b (id {PK})"), QStringLiteral("THIS IS NOT SQL")}},
        };
        {
            auto db = Database::open(DatabaseLocation::parse(m_path), steps);
            QVERIFY(!db.ok());
            QCOMPARE(toString(db.error().code), toString(ErrorCode::Internal));
        }
        // Step 1 stayed, step 2 left nothing behind, so a fixed step 2 can run later.
        const QList<Migration> fixed{steps[0], {2, "fixed", {QStringLiteral("CREATE TABLE b (id {PK})")}}};
        auto db = Database::open(DatabaseLocation::parse(m_path), {steps[0]});
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), 1);
        QCOMPARE(tables(*db.value()).contains(QLatin1String("b")), false);
        db.value().reset();
        auto upgraded = Database::open(DatabaseLocation::parse(m_path), fixed);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().detail));
        QCOMPARE(upgraded.value()->schemaVersion(), 2);
        QVERIFY(tables(*upgraded.value()).contains(QLatin1String("b")));
    }

    void transactionRollsBackOnError()
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(m_path));
        QVERIFY(db.ok());
        Database &d = *db.value();
        const Status st = d.transaction([&]() -> Status {
            if (auto s = d.run(QStringLiteral("INSERT INTO halls (code, level, name_zh, name_en) VALUES ('X', 'city', 'x', 'x')")); !s)
                return s;
            return Error{ErrorCode::Conflict, QStringLiteral("changed my mind"), {}};
        });
        QVERIFY(!st.ok());
        QCOMPARE(toString(st.error().code), toString(ErrorCode::Conflict));
        QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM halls")).toInt(), 0);
    }

    void nestedTransactionFailureUndoesOnlyItsOwnWork()
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(m_path));
        QVERIFY(db.ok());
        Database &d = *db.value();
        const auto insertHall = [&d](const char *code) {
            return d.run(QStringLiteral("INSERT INTO halls (code, level, name_zh, name_en) VALUES (?, 'city', 'x', 'x')"),
                         {QString::fromLatin1(code)});
        };
        const Status outer = d.transaction([&]() -> Status {
            if (auto s = insertHall("OUTER"); !s)
                return s;
            const Status inner = d.transaction([&]() -> Status {
                if (auto s = insertHall("INNER"); !s)
                    return s;
                return Error{ErrorCode::Conflict, QStringLiteral("inner refused"), {}};
            });
            if (inner.ok())
                return Error{ErrorCode::Internal, QStringLiteral("inner should have failed"), {}};
            if (!d.inTransaction())
                return Error{ErrorCode::Internal, QStringLiteral("left the outer transaction"), {}};
            return d.transaction([&]() -> Status { return insertHall("SECOND"); });
        });
        QVERIFY2(outer.ok(), qPrintable(outer.ok() ? QString() : outer.error().detail));
        QVERIFY(!d.inTransaction());
        QCOMPARE(scalar(d, QStringLiteral("SELECT group_concat(code) FROM (SELECT code FROM halls ORDER BY code)")).toString(),
                 QStringLiteral("OUTER,SECOND"));
    }

    void nullStringBindsAsEmptyText()
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(m_path));
        QVERIFY(db.ok());
        QVERIFY(db.value()->run(QStringLiteral("INSERT INTO halls (code, level, name_zh, name_en) VALUES (?, ?, ?, ?)"),
                                {QStringLiteral("H"), QStringLiteral("city"), QStringLiteral("厅"), QString()}).ok());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT name_en IS NULL FROM halls")).toInt(), 0);
    }

    void parseLocation_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("sqlitePath");
        QTest::addColumn<QString>("url");
        const QString pg = QStringLiteral("postgresql://ow:secret@db.example:5432/onewindow");
        const QString pgShort = QStringLiteral("postgres://localhost/onewindow");
        QTest::newRow("postgresql URL") << pg << Dialect::PostgreSQL << QString() << pg;
        QTest::newRow("postgres URL") << pgShort << Dialect::PostgreSQL << QString() << pgShort;
        QTest::newRow("absolute path") << QStringLiteral("/var/lib/onewindow/ow.sqlite") << Dialect::SQLite
                                       << QStringLiteral("/var/lib/onewindow/ow.sqlite") << QString();
        QTest::newRow("relative path") << QStringLiteral("ow.sqlite") << Dialect::SQLite << QStringLiteral("ow.sqlite")
                                       << QString();
    }

    void parseLocation()
    {
        QFETCH(QString, spec);
        QFETCH(Dialect, dialect);
        QFETCH(QString, sqlitePath);
        QFETCH(QString, url);
        const DatabaseLocation loc = DatabaseLocation::parse(spec);
        QCOMPARE(loc.dialect, dialect);
        QCOMPARE(loc.sqlitePath, sqlitePath);
        QCOMPARE(loc.url, url);
    }

    void postgresqlIsRefused()
    {
        auto db = ServerSchema::open(DatabaseLocation::parse(QStringLiteral("postgresql://ow:secret@localhost/onewindow")));
        QVERIFY(!db.ok());
        QCOMPARE(toString(db.error().code), toString(ErrorCode::Unavailable));
        QVERIFY2(!db.error().detail.contains(QLatin1String("secret")), "the password must not reach logs");
    }

    void expand_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        const QString create = QStringLiteral("CREATE TABLE t (id {PK}, n {BIGINT} NOT NULL, b {BLOB}, m {BIGINT})");
        QTest::newRow("sqlite") << Dialect::SQLite << create
                                << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER NOT NULL, "
                                                  "b BLOB, m INTEGER)");
        QTest::newRow("postgresql") << Dialect::PostgreSQL << create
                                    << QStringLiteral("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, n BIGINT NOT NULL, "
                                                      "b BYTEA, m BIGINT)");
        const QString plain = QStringLiteral("SELECT '{x}' FROM t WHERE a = ?");
        QTest::newRow("sqlite, no tokens") << Dialect::SQLite << plain << plain;
        QTest::newRow("postgresql, no tokens") << Dialect::PostgreSQL << plain << plain;
        // A statement for one dialect only (the append-only triggers): empty in the other.
        const QString trigger = QStringLiteral("{SQLITE}CREATE TRIGGER t_no_delete BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no'); END");
        QTest::newRow("sqlite only, in sqlite") << Dialect::SQLite << trigger << trigger.mid(8);
        QTest::newRow("sqlite only, in postgresql") << Dialect::PostgreSQL << trigger << QString();
        const QString pgTrigger = QStringLiteral("{POSTGRESQL}CREATE TABLE u (id {PK})");
        QTest::newRow("postgresql only, in postgresql") << Dialect::PostgreSQL << pgTrigger << QStringLiteral("CREATE TABLE u (id BIGSERIAL PRIMARY KEY)");
        QTest::newRow("postgresql only, in sqlite") << Dialect::SQLite << pgTrigger << QString();
    }

    void expand()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const SqlDialect d(dialect);
        QCOMPARE(d.dialect(), dialect);
        QCOMPARE(d.expand(sql), expected);
    }

    void everyStepExpandsCompletely()
    {
        // No token survives expansion in either dialect, so no step reaches a driver with braces.
        for (Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL}) {
            const SqlDialect d(dialect);
            for (const Migration &m : ServerSchema::migrations()) {
                for (const QString &sql : m.statements)
                    QVERIFY2(!d.expand(sql).contains(QLatin1Char('{')), qPrintable(sql));
            }
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
