// Database's kept statements on a real SQLite file: select() reads through a prepared statement
// and still works when `read` runs the same SQL again (a nested query of its own); insert() answers
// the new row's id; run() goes through the same statement; an injected fault fails a statement
// and changes nothing.
#include "core/sql/Database.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        DatabaseLocation loc;
        loc.sqlitePath = QDir(m_dir.path()).filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        m_db = std::move(Database::open(loc, {})).value();
        QVERIFY(m_db->run(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, parent INTEGER, name TEXT)"), {}).ok());
    }

    void insertAnswersTheNewId()
    {
        const QString sql = QStringLiteral("INSERT INTO t (parent, name) VALUES (?, ?)");
        const qint64 a = m_db->insert(sql, {0, QStringLiteral("a")}).value();
        const qint64 b = m_db->insert(sql, {a, QStringLiteral("b")}).value();
        QVERIFY(a > 0 && b > a);
        QVERIFY(m_db->run(QStringLiteral("UPDATE t SET name = ? WHERE id = ?"), {QStringLiteral("b2"), b}).ok());
        QString name;
        QVERIFY(m_db->select(QStringLiteral("SELECT name FROM t WHERE id = ?"), {b}, [&name](QSqlQuery &q) {
                        if (q.next())
                            name = q.value(0).toString();
                    }).ok());
        QCOMPARE(name, QStringLiteral("b2"));
    }

    void theSameSelectNestedInItsOwnRead()
    {
        const QString insert = QStringLiteral("INSERT INTO t (parent, name) VALUES (?, ?)");
        const qint64 root = m_db->insert(insert, {0, QStringLiteral("root")}).value();
        for (int i = 0; i < 3; ++i)
            m_db->insert(insert, {root, QStringLiteral("child%1").arg(i)});
        const QString children = QStringLiteral("SELECT id, name FROM t WHERE parent = ? ORDER BY id");
        QStringList seen;
        QVERIFY(m_db->select(children, {0}, [&](QSqlQuery &outer) {
                        while (outer.next()) {
                            seen << outer.value(1).toString();
                            // The same text while the outer read is open: a query of its own.
                            QVERIFY(m_db->select(children, {outer.value(0)}, [&](QSqlQuery &inner) {
                                            while (inner.next())
                                                seen << inner.value(1).toString();
                                        }).ok());
                        }
                    }).ok());
        QCOMPARE(seen, (QStringList{QStringLiteral("root"), QStringLiteral("child0"), QStringLiteral("child1"), QStringLiteral("child2")}));
    }

    void anInjectedFaultChangesNothing()
    {
        const QString insert = QStringLiteral("INSERT INTO t (parent, name) VALUES (?, ?)");
        QVERIFY(m_db->insert(insert, {0, QStringLiteral("kept")}).ok());
        m_db->setFaultInjector([](const QString &sql) { return sql.startsWith(QLatin1String("INSERT")); });
        QVERIFY(!m_db->insert(insert, {0, QStringLiteral("lost")}).ok());
        QVERIFY(!m_db->run(insert, {0, QStringLiteral("lost")}).ok());
        m_db->setFaultInjector({});
        int rows = -1;
        QVERIFY(m_db->select(QStringLiteral("SELECT COUNT(*) FROM t"), {}, [&rows](QSqlQuery &q) {
                        if (q.next())
                            rows = q.value(0).toInt();
                    }).ok());
        QCOMPARE(rows, 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
