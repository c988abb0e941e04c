// Database transactions and CommitGroup: savepoints undo only their own work; after-commit
// effects run once the work is durable and never for work rolled back; rollback undos run only
// for the work rolled back; a group shares one commit, answers each piece with its own outcome,
// and a failed commit keeps nothing and tells every piece; the fault injector fails the
// statement it is asked to.
#include "core/service/store/CommitGroup.h"
#include "core/sql/Database.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ow;

class TestCommitGroup : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    int count() const
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM t"));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }
    Status insert(int v) const { return m_db->run(QStringLiteral("INSERT INTO t (v) VALUES (?)"), {v}); }
    static Status failure() { return Error{ErrorCode::Conflict, QStringLiteral("refused"), {}}; }

    // A second connection to the same file: sees only what is committed.
    int committedCount() const
    {
        DatabaseLocation loc;
        loc.sqlitePath = QDir(m_dir->path()).filePath(QStringLiteral("t.sqlite"));
        auto other = std::move(Database::open(loc, {})).value();
        auto q = other->exec(QStringLiteral("SELECT COUNT(*) FROM t"));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        DatabaseLocation loc;
        loc.sqlitePath = QDir(test::makeTempDir(*m_dir)).filePath(QStringLiteral("t.sqlite"));
        m_db = std::move(Database::open(loc, {})).value();
        QVERIFY(m_db->run(QStringLiteral("CREATE TABLE t (v INTEGER UNIQUE)")));
    }

    void afterCommitRunsAtOnceOutsideATransaction()
    {
        int told = 0;
        m_db->afterCommit([&] { ++told; });
        QCOMPARE(told, 1);
    }

    void afterCommitWaitsForTheOutermostCommit()
    {
        QStringList told;
        QVERIFY(m_db->transaction([&]() -> Status {
            m_db->afterCommit([&] { told << QStringLiteral("outer"); });
            (void)m_db->transaction([&]() -> Status {
                m_db->afterCommit([&] { told << QStringLiteral("inner kept"); });
                return insert(1);
            });
            (void)m_db->transaction([&]() -> Status {
                m_db->afterCommit([&] { told << QStringLiteral("inner undone"); });
                (void)insert(2);
                return failure();
            });
            if (!told.isEmpty())
                return Error{ErrorCode::Internal, QStringLiteral("told before the commit"), {}};
            return insert(3);
        }));
        QCOMPARE(told, (QStringList{QStringLiteral("outer"), QStringLiteral("inner kept")}));
        QCOMPARE(count(), 2); // 1 and 3; 2 was undone with its savepoint
    }

    void afterCommitDroppedOnRollback()
    {
        int told = 0;
        QVERIFY(!m_db->transaction([&]() -> Status {
            m_db->afterCommit([&] { ++told; });
            (void)insert(1);
            return failure();
        }));
        QCOMPARE(told, 0);
        QCOMPARE(count(), 0);
    }

    void savepointRollbacksRunTheirUndo()
    {
        int rolledBack = 0;
        QVERIFY(m_db->transaction([&]() -> Status {
            m_db->onRollback([&] { rolledBack += 10; }); // the outer work commits: never run
            (void)m_db->transaction([&]() -> Status {
                m_db->onRollback([&] { ++rolledBack; });
                return failure();
            });
            return okStatus();
        }));
        QCOMPARE(rolledBack, 1);
    }

    // Each undo belongs to the savepoint it was asked in: a refused piece undoes only its own,
    // a released one's undos pass to the transaction around it, a commit forgets them all.
    void undoRunsOnlyForWhatIsRolledBack()
    {
        QStringList undone;
        CommitGroup group(*m_db);
        group.run([&]() -> Status { m_db->onRollback([&] { undone << QStringLiteral("kept"); }); return insert(1); },
                  [](const Status &) {});
        group.run([&]() -> Status { m_db->onRollback([&] { undone << QStringLiteral("refused"); }); return failure(); },
                  [](const Status &) {});
        QCOMPARE(undone, QStringList{QStringLiteral("refused")});
        QVERIFY(group.commit());
        QCOMPARE(undone, QStringList{QStringLiteral("refused")});
        // Outside a transaction the write is already durable: nothing to undo, ever.
        m_db->onRollback([&] { undone << QStringLiteral("outside"); });
        QVERIFY(!m_db->transaction([&]() -> Status { return failure(); }));
        QCOMPARE(undone, QStringList{QStringLiteral("refused")});
    }

    void failedCommitUndoesEveryPieceNewestFirst()
    {
        QStringList undone;
        CommitGroup group(*m_db);
        for (int v : {1, 2}) {
            group.run([&, v]() -> Status {
                m_db->onRollback([&undone, v] { undone << QString::number(v); });
                return insert(v);
            },
                      [](const Status &) {});
        }
        m_db->setFaultInjector([](const QString &sql) { return sql == QLatin1String("COMMIT"); });
        QVERIFY(!group.commit());
        m_db->setFaultInjector({});
        QCOMPARE(undone, (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
    }

    void groupSharesOneCommitAndAnswersEachPiece()
    {
        CommitGroup group(*m_db);
        QList<bool> answers;
        int told = 0;
        for (int v : {1, 2, 1, 3}) { // the second 1 breaks the UNIQUE constraint: only it fails
            group.run(
                [&, v]() -> Status {
                    m_db->afterCommit([&] { ++told; });
                    return insert(v);
                },
                [&](const Status &st) { answers << bool(st); });
        }
        QVERIFY(group.isOpen());
        QCOMPARE(group.size(), 4);
        QVERIFY(answers.isEmpty()); // nobody is answered before the commit
        QCOMPARE(told, 0);
        QCOMPARE(committedCount(), 0); // nothing on disk yet
        QVERIFY(group.commit());
        QCOMPARE(answers, (QList<bool>{true, true, false, true}));
        QCOMPARE(told, 3);
        QCOMPARE(committedCount(), 3);
        QVERIFY(!group.isOpen());
        QVERIFY(!m_db->inTransaction());
    }

    void failedGroupCommitKeepsNothingAndTellsEveryone()
    {
        CommitGroup group(*m_db);
        QList<bool> answers;
        int told = 0;
        int rolledBack = 0;
        for (int v : {1, 2}) {
            group.run(
                [&, v]() -> Status {
                    m_db->afterCommit([&] { ++told; });
                    m_db->onRollback([&] { ++rolledBack; });
                    return insert(v);
                },
                [&](const Status &st) { answers << bool(st); });
        }
        m_db->setFaultInjector([](const QString &sql) { return sql == QLatin1String("COMMIT"); });
        QVERIFY(!group.commit());
        m_db->setFaultInjector({});
        QCOMPARE(answers, (QList<bool>{false, false}));
        QCOMPARE(told, 0);
        QCOMPARE(rolledBack, 2);
        QCOMPARE(count(), 0);
        QVERIFY(!m_db->inTransaction());
        // The next group works as usual.
        group.run([&]() -> Status { return insert(7); }, [&](const Status &st) { answers << bool(st); });
        QVERIFY(group.commit());
        QCOMPARE(count(), 1);
    }

    void faultInjectorFailsTheChosenStatement()
    {
        int seen = 0;
        m_db->setFaultInjector([&](const QString &) { return ++seen == 2; });
        QVERIFY(insert(1));
        const Status second = insert(2);
        QVERIFY(!second);
        QVERIFY(second.error().detail.contains(QLatin1String("injected")));
        QVERIFY(insert(3));
        m_db->setFaultInjector({});
        QCOMPARE(count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCommitGroup)
#include "tst_commitgroup.moc"
