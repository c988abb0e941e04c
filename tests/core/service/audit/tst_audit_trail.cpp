// The audit trail (issue 15) on a real SQLite file: each covered row gets a chained audit row in
// its own transaction, a rollback (a savepoint of a commit group too) takes both away, the
// database refuses UPDATE and DELETE of the covered tables and of the trail, a database that had
// rows before the trail is sealed by its first row, and AuditVerifier names what does not match.
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/audit/AuditSource.h"
#include "core/service/audit/AuditTrail.h"
#include "core/service/audit/AuditVerifier.h"
#include "core/service/audit/AuditedTables.h"
#include "core/service/store/CommitGroup.h"
#include "core/service/store/WindowEventLog.h"
#include "tests/core/service/ServerDb.h"

#include <QSqlQuery>
#include <QTest>

using namespace ow;
using ow::test::ServerDb;

namespace {

QString verdict(Database &db)
{
    auto checked = AuditVerifier(db).verify();
    if (!checked)
        return QStringLiteral("error: ") + checked.error().detail;
    return checked.value().finding ? checked.value().finding->text()
                                   : QStringLiteral("verified: %1 rows").arg(checked.value().rows);
}

const QStringList kTables{QStringLiteral("audit_trail"), QStringLiteral("ticket_events"), QStringLiteral("case_events"),
                          QStringLiteral("admin_changes"), QStringLiteral("citizen_lookups"),
                          QStringLiteral("rectification_steps"), QStringLiteral("window_events")};

// What an attacker with the file does first.
void dropTriggers(Database &db)
{
    for (const QString &t : kTables) {
        QVERIFY(db.run(QStringLiteral("DROP TRIGGER %1_no_update").arg(t)).ok());
        QVERIFY(db.run(QStringLiteral("DROP TRIGGER %1_no_delete").arg(t)).ok());
    }
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
    FakeClock m_clock;

    Status change(Database &db, const QString &key)
    {
        return AdminLog(db, m_clock).record(nullptr, QStringLiteral("MY-CITY"), QStringLiteral("account"), key,
                                            QStringLiteral("create"), {}, {{QStringLiteral("username"), key}});
    }

private Q_SLOTS:
    void aNewDatabaseStartsWithTheSeal()
    {
        ServerDb db;
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM audit_trail")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE id = 1 AND action = 'audit.seal' "
                                         "AND prev_hash = '%1'").arg(QString(64, QLatin1Char('0')))),
                 1);
        QCOMPARE(verdict(*db), QStringLiteral("verified: 1 rows"));
        // Opening again adds nothing.
        QVERIFY(AuditTrail(*db).seal().ok());
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM audit_trail")), 1);
    }

    void eachRowIsChainedToTheOneBefore()
    {
        ServerDb db;
        const AuditSource::Scope source(QStringLiteral("ip:192.0.2.7"));
        for (const char *key : {"a", "b", "c"})
            QVERIFY(change(*db, QString::fromLatin1(key)).ok());
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM audit_trail")), 4);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM audit_trail a JOIN audit_trail b ON b.id = a.id + 1 "
                                         "WHERE b.prev_hash = a.hash")),
                 3);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE subject_table = 'admin_changes' "
                                         "AND action = 'admin.account.create' AND device = 'ip:192.0.2.7'")),
                 3);
        // The content is the row itself: its key is in it.
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM audit_trail a JOIN admin_changes c ON c.id = a.subject_id "
                                         "WHERE a.content LIKE '%\"entity_key\":\"' || c.entity_key || '\"%'")),
                 3);
        QCOMPARE(verdict(*db), QStringLiteral("verified: 4 rows"));
    }

    void aRollbackTakesTheAuditRowAway()
    {
        ServerDb db;
        QVERIFY(change(*db, QStringLiteral("kept")).ok());
        const Status refused = db->transaction([&]() -> Status {
            if (auto st = change(*db, QStringLiteral("undone")); !st)
                return st;
            return Error{ErrorCode::Conflict, QStringLiteral("refused after writing"), {}};
        });
        QVERIFY(!refused.ok());
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM audit_trail")), 2);
        QVERIFY(change(*db, QStringLiteral("after")).ok());
        QCOMPARE(verdict(*db), QStringLiteral("verified: 3 rows"));
    }

    void commitGroupsKeepTheChain()
    {
        // The server's group commit: each request a savepoint; a failed one undoes its own rows.
        ServerDb db;
        CommitGroup group(*db);
        int kept = 0;
        for (int i = 0; i < 5; ++i) {
            group.run(
                [&, i]() -> Status {
                    if (auto st = change(*db, QStringLiteral("r%1").arg(i)); !st)
                        return st;
                    return i % 2 ? Status(Error{ErrorCode::Conflict, QStringLiteral("odd"), {}}) : okStatus();
                },
                [&kept](const Status &st) { kept += st.ok() ? 1 : 0; });
        }
        QVERIFY(group.commit().ok());
        QCOMPARE(kept, 3);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM admin_changes")), 3);
        QCOMPARE(verdict(*db), QStringLiteral("verified: 4 rows"));
    }

    void theDatabaseRefusesChanges_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("statement");
        for (const QString &t : kTables) {
            QTest::addRow("update %s", qPrintable(t)) << t << QStringLiteral("UPDATE %1 SET id = id WHERE 1 = 1").arg(t);
            QTest::addRow("delete %s", qPrintable(t)) << t << QStringLiteral("DELETE FROM %1").arg(t);
        }
    }

    void theDatabaseRefusesChanges()
    {
        QFETCH(QString, table);
        QFETCH(QString, statement);
        ServerDb db;
        QVERIFY(change(*db, QStringLiteral("x")).ok());
        // One row in each covered table, straight in and without their parents (the refusal is
        // the database's, not ours: the app never writes these statements).
        QVERIFY(db.run(QStringLiteral("PRAGMA foreign_keys=OFF")).ok());
        QVERIFY(db.run(QStringLiteral("INSERT INTO ticket_events (ticket_id, hall_id, kind, at) VALUES (1, 1, 'issued', 0)")).ok());
        QVERIFY(db.run(QStringLiteral("INSERT INTO case_events (case_id, action, state, at) VALUES (1, 'accept', 'accepted', 0)")).ok());
        QVERIFY(db.run(QStringLiteral("INSERT INTO citizen_lookups (account_id, id_number, found, at) VALUES (1, 'x', 0, 0)")).ok());
        QVERIFY(db.run(QStringLiteral("INSERT INTO rectification_steps (rectification_id, contacted_at, channel, answer, recorded_at) "
                                      "VALUES (1, 0, 'phone', 'satisfied', 0)")).ok());
        QVERIFY(db.run(QStringLiteral("INSERT INTO window_events (hall_id, window_number, state, at, service_day) "
                                      "VALUES (1, 1, 'open', 0, '2026-12-07')")).ok());
        QVERIFY(db.run(QStringLiteral("PRAGMA foreign_keys=ON")).ok());
        const int before = db.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        const Status st = db->run(statement);
        QVERIFY2(!st.ok(), qPrintable(statement));
        QVERIFY2(st.error().detail.contains(QStringLiteral("append-only")), qPrintable(st.error().detail));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)), before);
    }

    void rowsBeforeTheTrailAreSealed()
    {
        // A database from before the audit trail, with administrative changes in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QList<Migration> before;
        for (const Migration &m : ServerSchema::migrations()) {
            if (m.statements.first().startsWith(QLatin1String("CREATE TABLE audit_trail")))
                break;
            before << m;
        }
        QVERIFY(before.size() < ServerSchema::migrations().size());
        {
            auto old = Database::open(DatabaseLocation::parse(path), before);
            QVERIFY(old.ok());
            for (int i = 0; i < 3; ++i) {
                QVERIFY(old.value()->run(QStringLiteral("INSERT INTO admin_changes (at, actor, entity, entity_key, action) "
                                                        "VALUES (?, 'admin', 'account', ?, 'create')"),
                                         {i, QStringLiteral("k%1").arg(i)}).ok());
            }
        }
        auto db = ServerSchema::open(DatabaseLocation::parse(path));
        QVERIFY(db.ok());
        auto q = db.value()->exec(QStringLiteral("SELECT content FROM audit_trail WHERE id = 1"));
        QVERIFY(q.ok() && q.value().next());
        QVERIFY2(q.value().value(0).toString().contains(QStringLiteral("\"admin_changes\":{\"digest\":")), qPrintable(q.value().value(0).toString()));
        QVERIFY(q.value().value(0).toString().contains(QStringLiteral("\"last_id\":3,\"rows\":3")));
        QVERIFY(change(*db.value(), QStringLiteral("new")).ok());
        QCOMPARE(verdict(*db.value()), QStringLiteral("verified: 2 rows"));

        // A sealed row changed: the seal names the table and the rows it covers.
        dropTriggers(*db.value());
        QVERIFY(db.value()->run(QStringLiteral("UPDATE admin_changes SET actor = 'someone else' WHERE id = 2")).ok());
        QCOMPARE(verdict(*db.value()),
                 QStringLiteral("admin_changes 3: the rows up to this id, sealed by audit_trail 1, were changed or removed"));
    }

    void tablesCoveredLaterAreSealedByALaterSeal()
    {
        // A database whose chain began before window_events was covered (schema 21): its window
        // changes were written outside the trail, and its seal does not name the table.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("older.sqlite"));
        QList<Migration> before;
        for (const Migration &m : ServerSchema::migrations()) {
            if (m.statements.first().startsWith(QLatin1String("CREATE TABLE audit_pending_seals")))
                break;
            before << m;
        }
        QVERIFY(before.size() < ServerSchema::migrations().size());
        {
            auto old = Database::open(DatabaseLocation::parse(path), before);
            QVERIFY(old.ok());
            Database &db = *old.value();
            QJsonObject upTo;
            // What that program covered: the tables it had, window_events aside.
            for (const AuditedTable &t : AuditedTables::all()) {
                auto exists = db.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {t.name});
                if (t.name != QLatin1String("window_events") && exists.ok() && exists.value().next())
                    upTo.insert(t.name, 0);
            }
            auto content = AuditTrail::sealContent(db, upTo);
            QVERIFY(content.ok());
            AuditRow seal;
            seal.id = 1;
            seal.action = QStringLiteral("audit.seal");
            seal.content = AuditedTables::canonical(content.value());
            seal.prevHash = QString(64, QLatin1Char('0'));
            seal.hash = seal.computeHash();
            QVERIFY(db.run(QStringLiteral("INSERT INTO audit_trail (id, at, action, content, prev_hash, hash) VALUES (1, 0, ?, ?, ?, ?)"),
                           {seal.action, seal.content, seal.prevHash, seal.hash}).ok());
            QVERIFY(db.run(QStringLiteral("INSERT INTO halls (id, code, name_zh, name_en, level) VALUES (1, 'H', 'H', 'H', 'city')")).ok());
            for (int i = 0; i < 3; ++i) {
                QVERIFY(db.run(QStringLiteral("INSERT INTO window_events (hall_id, window_number, state, at, service_day) "
                                              "VALUES (1, 1, ?, ?, '2026-12-07')"),
                               {i % 2 ? QStringLiteral("closed") : QStringLiteral("open"), i}).ok());
            }
            QVERIFY(change(db, QStringLiteral("before")).ok());
        }
        auto opened = ServerSchema::open(DatabaseLocation::parse(path));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
        Database &db = *opened.value();
        auto q = db.exec(QStringLiteral("SELECT action, content FROM audit_trail WHERE id = 3"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("audit.seal"));
        QVERIFY2(q.value().value(1).toString().contains(QStringLiteral("\"window_events\":{\"digest\":")), qPrintable(q.value().value(1).toString()));
        q.value().finish();
        QCOMPARE(verdict(db), QStringLiteral("verified: 3 rows"));
        // Opened again: nothing more to seal.
        opened.value().reset();
        opened = ServerSchema::open(DatabaseLocation::parse(path));
        QVERIFY(opened.ok());
        Database &again = *opened.value();
        QCOMPARE(verdict(again), QStringLiteral("verified: 3 rows"));

        // From now on each window change is chained.
        QVERIFY(WindowEventLog(again).append(1, 2, WindowState::Open, {}, 0, 0, QDateTime::fromSecsSinceEpoch(100),
                                             QDate(2026, 12, 7)).ok());
        QCOMPARE(verdict(again), QStringLiteral("verified: 4 rows"));
        dropTriggers(again);
        QVERIFY(again.run(QStringLiteral("UPDATE window_events SET reason = 'edited' WHERE id = 4")).ok());
        QVERIFY2(verdict(again).startsWith(QStringLiteral("window_events 4: differs from audit_trail 4: reason was")), qPrintable(verdict(again)));
        QVERIFY(again.run(QStringLiteral("UPDATE window_events SET reason = '' WHERE id = 4")).ok());
        QCOMPARE(verdict(again), QStringLiteral("verified: 4 rows"));
        // A row from before, sealed by the later seal, changed.
        QVERIFY(again.run(QStringLiteral("UPDATE window_events SET state = 'paused' WHERE id = 2")).ok());
        QCOMPARE(verdict(again), QStringLiteral("window_events 3: the rows up to this id, sealed by audit_trail 3, were changed or removed"));
    }

    void theVerifierNamesWhatDoesNotMatch_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("finding");
        QTest::newRow("a recorded row changed")
            << QStringLiteral("UPDATE admin_changes SET after_json = '{}' WHERE id = 2")
            << QStringLiteral("admin_changes 2: differs from audit_trail 3: after_json was \"{\"username\":\"k2\"}\", is \"{}\"");
        QTest::newRow("a recorded row removed")
            << QStringLiteral("DELETE FROM admin_changes WHERE id = 2")
            << QStringLiteral("admin_changes 2: missing: removed after audit_trail 3 recorded it");
        QTest::newRow("a row added outside the trail")
            << QStringLiteral("INSERT INTO admin_changes (id, at, actor, entity, entity_key, action) VALUES (9, 0, 'x', 'account', 'k9', 'create')")
            << QStringLiteral("admin_changes 9: has no audit row (added outside the audit trail)");
        QTest::newRow("an audit row changed")
            << QStringLiteral("UPDATE audit_trail SET reason = 'nothing to see' WHERE id = 3")
            << QStringLiteral("audit_trail 3: changed: its hash does not match its content");
        QTest::newRow("an audit row removed")
            << QStringLiteral("DELETE FROM audit_trail WHERE id = 3")
            << QStringLiteral("audit_trail 3: missing: the chain goes from row 2 to row 4");
        QTest::newRow("an audit row and its row removed, renumbered")
            << QStringLiteral("DELETE FROM audit_trail WHERE id = 3; DELETE FROM admin_changes WHERE id = 2; "
                              "UPDATE audit_trail SET id = id - 1 WHERE id > 3")
            << QStringLiteral("audit_trail 3: changed: its hash does not match its content");
    }

    void theVerifierNamesWhatDoesNotMatch()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, finding);
        ServerDb db;
        for (int i = 1; i <= 4; ++i)
            QVERIFY(change(*db, QStringLiteral("k%1").arg(i)).ok());
        QCOMPARE(verdict(*db), QStringLiteral("verified: 5 rows"));
        dropTriggers(*db);
        for (const QString &sql : tamper.split(QStringLiteral("; ")))
            QVERIFY2(db->run(sql).ok(), qPrintable(sql));
        QCOMPARE(verdict(*db), finding);
    }

    void aRewrittenRowWithItsHashIsNamedByTheNextLink()
    {
        ServerDb db;
        for (int i = 1; i <= 3; ++i)
            QVERIFY(change(*db, QStringLiteral("k%1").arg(i)).ok());
        dropTriggers(*db);
        // Row 2 rewritten and re-hashed correctly, the rest left alone.
        auto q = db->exec(QStringLiteral("SELECT id, at, actor_id, hall_id, device, window_number, action, subject_table, "
                                         "subject_id, content, reason, prev_hash FROM audit_trail WHERE id = 2"));
        QVERIFY(q.ok() && q.value().next());
        AuditRow row;
        row.id = 2;
        row.at = q.value().value(1).toLongLong();
        row.actorId = q.value().value(2).toLongLong();
        row.hallId = q.value().value(3).toLongLong();
        row.device = q.value().value(4).toString();
        row.window = q.value().value(5).toInt();
        row.action = q.value().value(6).toString();
        row.subjectTable = q.value().value(7).toString();
        row.subjectId = q.value().value(8).toLongLong();
        row.content = q.value().value(9).toString();
        row.reason = QStringLiteral("rewritten");
        row.prevHash = q.value().value(11).toString();
        q.value().finish();
        QVERIFY(db->run(QStringLiteral("UPDATE audit_trail SET reason = ?, hash = ? WHERE id = 2"), {row.reason, row.computeHash()}).ok());
        QVERIFY(verdict(*db).startsWith(QStringLiteral("audit_trail 2: changed or replaced: row 3 was chained to hash ")));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audit_trail.moc"
