// The tamper-evident audit trail (issue 15, acceptance): tickets, a rating's rectification, a case,
// a lookup of a person and an administrative change driven through REST; the day's last hash read
// back (GET /api/v1/reports/audit, and who may read it); the server stopped; then
// `onewindow-server --verify-audit` on the untouched file (verified), and on copies edited with
// the sqlite3 command line — triggers dropped first, as an attacker with the file would — where it
// names the row: an event row edited, an audit row edited, an event row deleted.
#include "core/domain/api/AuditBodies.h"
#include "tests/support/CaseFixtures.h"
#include "tests/support/ExtraAccount.h"
#include "tests/support/QueueDriver.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ow;
using ow::test::HttpReply;
using ow::test::SyncHttp;
using ow::test::TestServer;

namespace {

struct Run
{
    int code = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

Run verify(const QString &db)
{
    return run(QStringLiteral(OW_SERVER_BINARY), {QStringLiteral("--db"), db, QStringLiteral("--verify-audit")});
}

Run sqlite(const QString &db, const QString &sql)
{
    return run(QStringLiteral("sqlite3"), {db, sql});
}

// What someone with the file does first: the append-only triggers out of the way.
const QString kDropTriggers = [] {
    QString sql;
    for (const char *t : {"audit_trail", "ticket_events", "case_events", "admin_changes", "citizen_lookups", "rectification_steps", "window_events"})
        sql += QStringLiteral("DROP TRIGGER %1_no_update; DROP TRIGGER %1_no_delete; ").arg(QLatin1String(t));
    return sql;
}();

// Tampers with the stopped server's file as an attacker would (triggers dropped first) and checks
// that --verify-audit fails and names what was changed.
void tamperAndExpect(const QString &db, const QString &sql, const QString &named)
{
    QVERIFY(sqlite(db, kDropTriggers + sql).code == 0);
    const Run r = verify(db);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.output.contains(named), qPrintable(r.output));
}

} // namespace

class TestServerAudit : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_copies;
    QString m_today;
    AuditDayReport m_report;
    std::unique_ptr<TestServer> m_second; // on a copy, for the permission table

    // A copy of the stopped server's file to tamper with.
    QString copy(const char *name)
    {
        const QString to = m_copies.filePath(QLatin1String(name) + QStringLiteral(".sqlite"));
        if (!QFile::copy(m_server->databasePath(), to))
            return {};
        // The server was stopped by a signal: what it wrote may still be in the write-ahead log.
        const QString wal = m_server->databasePath() + QStringLiteral("-wal");
        if (QFile::exists(wal) && !QFile::copy(wal, to + QStringLiteral("-wal")))
            return {};
        return to;
    }
    qint64 scalar(const QString &db, const QString &sql)
    {
        const Run r = sqlite(db, sql);
        return r.code == 0 ? r.output.trimmed().toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_copies.isValid());
        QVERIFY2(run(QStringLiteral("sqlite3"), {QStringLiteral("-version")}).code == 0, "the sqlite3 command line is needed (installer/setup-deps.sh)");
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        SyncHttp http(m_server->url());
        const QString kiosk = http.login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        const QString teller = http.login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        const QString supervisor = http.login(QStringLiteral("supervisor1"), QStringLiteral("demo1234"));
        const QString admin = http.login(QStringLiteral("admin"), QStringLiteral("demo1234"));
        QVERIFY(!kiosk.isEmpty() && !teller.isEmpty() && !supervisor.isEmpty() && !admin.isEmpty());

        // Tickets issued, served, one rated badly (its rectification followed up), a case accepted,
        // a person looked up, an account changed.
        test::QueueDriver q(http);
        for (int i = 0; i < 4; ++i)
            QVERIFY(q.issue(QStringLiteral("MY-CITY"), kiosk, {QStringLiteral("CD-003")}, QStringLiteral("11010519491231002X")));
        QVERIFY(q.open(QStringLiteral("MY-CITY"), 1, teller));
        QVERIFY(q.serveNext(QStringLiteral("MY-CITY"), 1, QStringLiteral("CD-003"), teller));
        const qint64 rated = q.serveNext(QStringLiteral("MY-CITY"), 1, QStringLiteral("CD-003"), teller, RatingLevel::VeryDissatisfied);
        QVERIFY(rated);
        const QJsonArray open = http.get(QStringLiteral("/api/v1/halls/MY-CITY/rectifications"), supervisor)
                                    .json().value(QLatin1String("rectifications")).toArray();
        QCOMPARE(open.size(), 1);
        const QJsonObject contact{{QLatin1String("contacted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                  {QLatin1String("channel"), QStringLiteral("phone")},
                                  {QLatin1String("answer"), QStringLiteral("not_reached")},
                                  {QLatin1String("note"), QStringLiteral("无人接听")}};
        QCOMPARE(http.post(QStringLiteral("/api/v1/rectifications/%1/follow-ups").arg(open.first().toObject().value(QLatin1String("id")).toInteger()),
                           contact, supervisor)
                     .status,
                 201);
        QCOMPARE(http.post(QStringLiteral("/api/v1/cases"), test::si008Intake(QStringLiteral("11010519491231002X"), QStringLiteral("张三"), 1), teller)
                     .status,
                 201);
        QCOMPARE(http.get(QStringLiteral("/api/v1/citizens/11010519491231002X"), teller).status, 200);
        qint64 teller4 = 0;
        const QJsonArray accounts = http.get(QStringLiteral("/api/v1/admin/accounts?hall=MY-CITY"), admin).json().value(QLatin1String("accounts")).toArray();
        for (const QJsonValue &a : accounts) {
            if (a.toObject().value(QLatin1String("username")).toString() == QLatin1String("teller4"))
                teller4 = a.toObject().value(QLatin1String("id")).toInteger();
        }
        QVERIFY(teller4 > 0);
        QCOMPARE(http.post(QStringLiteral("/api/v1/admin/accounts/%1/disable").arg(teller4), {}, admin).status, 200);

        // The day's part of the trail, for the city's supervisor to copy out.
        m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
        const HttpReply day = http.get(QStringLiteral("/api/v1/reports/audit?day=") + m_today, supervisor);
        QVERIFY2(day.status == 200, day.body.constData());
        auto report = AuditDayReport::fromJson(day.json());
        QVERIFY(report.ok());
        m_report = report.value();
        m_server->stop();
    }

    void theDaysLastHash()
    {
        QCOMPARE(m_report.day.toString(Qt::ISODate), m_today);
        QCOMPARE(m_report.timeZone, QStringLiteral("Asia/Shanghai"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(m_report.lastHash).hasMatch());
        // The day's rows are the whole chain here, and its head is the last row.
        const QString db = m_server->databasePath();
        QCOMPARE(m_report.firstId, 1);
        QCOMPARE(m_report.lastId, scalar(db, QStringLiteral("SELECT MAX(id) FROM audit_trail")));
        QCOMPARE(m_report.rows, static_cast<int>(m_report.lastId));
        QCOMPARE(sqlite(db, QStringLiteral("SELECT hash FROM audit_trail ORDER BY id DESC LIMIT 1")).output.trimmed(), m_report.lastHash);
        // Every kind of covered row got its audit row, from where it came.
        for (const char *table : {"ticket_events", "case_events", "admin_changes", "citizen_lookups", "rectification_steps", "window_events"}) {
            const QString t = QLatin1String(table);
            QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)) > 0, table);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE subject_table = '%1'").arg(t)),
                     scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE id > 1 AND device <> 'ip:127.0.0.1'")), 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE action = 'person.lookup' AND actor_id IS NOT NULL")) == 1);
    }

    void whoReadsIt_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("city supervisor") << "supervisor1" << "day=2001-01-01" << 200;
        QTest::newRow("city administrator") << "admin" << "day=2001-01-01" << 200;
        QTest::newRow("county supervisor") << "fc_supervisor" << "day=2001-01-01" << 403;
        QTest::newRow("county administrator") << "fc_admin" << "day=2001-01-01" << 403;
        QTest::newRow("teller") << "teller1" << "day=2001-01-01" << 403;
        QTest::newRow("reviewer") << "reviewer1" << "day=2001-01-01" << 403;
        QTest::newRow("kiosk") << "kiosk-city" << "day=2001-01-01" << 403;
        QTest::newRow("nobody") << "" << "day=2001-01-01" << 401;
        QTest::newRow("no day") << "supervisor1" << "" << 422;
        QTest::newRow("not a day") << "supervisor1" << "day=2026-13-40" << 422;
    }

    void whoReadsIt()
    {
        QFETCH(QString, user);
        QFETCH(QString, query);
        QFETCH(int, status);
        if (!m_second) {
            const QString db = copy("who");
            // The demo city has no county administrator.
            QVERIFY(test::addAccountLikeAdmin(db, QStringLiteral("fc_admin"), QStringLiteral("admin"), QStringLiteral("MY-FC")));
            m_second = std::make_unique<TestServer>(db);
            QVERIFY(m_second->start());
        }
        SyncHttp http(m_second->url());
        const QString password = user.startsWith(QLatin1String("kiosk")) ? QStringLiteral("device1234") : QStringLiteral("demo1234");
        const QString token = user.isEmpty() ? QString() : http.login(user, password);
        const HttpReply r = http.get(QStringLiteral("/api/v1/reports/audit?") + query, token);
        QCOMPARE(r.status, status);
        if (status == 200) {
            // A day with nothing written: no rows, and the head of the day before (none yet).
            QCOMPARE(r.json().value(QLatin1String("rows")).toInt(-1), 0);
            QCOMPARE(r.json().value(QLatin1String("last_hash")).toString(QStringLiteral("?")), QString());
        }
    }

    void untouchedDataVerifies()
    {
        const Run r = verify(copy("untouched"));
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("audit trail verified: %1 rows").arg(m_report.lastId)), qPrintable(r.output));
    }

    void anEditedEventRowIsNamed()
    {
        const QString db = copy("event-edited");
        const qint64 id = scalar(db, QStringLiteral("SELECT id FROM ticket_events WHERE kind = 'finished' ORDER BY id LIMIT 1"));
        QVERIFY(id > 0);
        // With the triggers in place the database itself refuses.
        QVERIFY(sqlite(db, QStringLiteral("UPDATE ticket_events SET window_number = 9 WHERE id = %1").arg(id)).code != 0);
        const Run edit = sqlite(db, kDropTriggers + QStringLiteral("UPDATE ticket_events SET window_number = 9 WHERE id = %1").arg(id));
        QVERIFY2(edit.code == 0, qPrintable(edit.output));
        const Run r = verify(db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.output.contains(QStringLiteral("ticket_events %1: differs from audit_trail").arg(id)), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("window_number was 1, is 9")), qPrintable(r.output));
    }

    void anEditedWindowChangeIsNamed()
    {
        const QString db = copy("window-edited");
        const qint64 id = scalar(db, QStringLiteral("SELECT MIN(id) FROM window_events"));
        QVERIFY(id > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE subject_table = 'window_events' AND subject_id = %1").arg(id)), 1);
        tamperAndExpect(db, QStringLiteral("UPDATE window_events SET at = at - 3600000 WHERE id = %1").arg(id),
                        QStringLiteral("window_events %1: differs").arg(id));
    }

    void anEditedCaseEventIsNamed()
    {
        const QString db = copy("case-edited");
        const qint64 id = scalar(db, QStringLiteral("SELECT MIN(id) FROM case_events"));
        tamperAndExpect(db, QStringLiteral("UPDATE case_events SET note = 'backdated' WHERE id = %1").arg(id),
                        QStringLiteral("case_events %1: differs").arg(id));
    }

    void anEditedAuditRowIsNamed()
    {
        const QString db = copy("audit-edited");
        const qint64 id = scalar(db, QStringLiteral("SELECT id FROM audit_trail WHERE action = 'person.lookup'"));
        QVERIFY(id > 1);
        tamperAndExpect(db, QStringLiteral("UPDATE audit_trail SET actor_id = NULL WHERE id = %1").arg(id),
                        QStringLiteral("audit_trail %1: changed").arg(id));
    }

    void aDeletedEventRowIsNamed()
    {
        const QString db = copy("event-deleted");
        const qint64 id = scalar(db, QStringLiteral("SELECT id FROM ticket_events WHERE kind = 'called' ORDER BY id LIMIT 1"));
        tamperAndExpect(db, QStringLiteral("DELETE FROM ticket_events WHERE id = %1").arg(id),
                        QStringLiteral("ticket_events %1: missing").arg(id));
    }

    void aDeletedAuditRowIsNamed()
    {
        const QString db = copy("audit-deleted");
        tamperAndExpect(db, QStringLiteral("DELETE FROM audit_trail WHERE id = 5"), QStringLiteral("audit_trail 5: missing"));
    }

    void aRewrittenTailIsCaughtOnlyByTheKeptHash()
    {
        // What the chain alone cannot see: the newest rows removed together with their audit rows.
        // The hash kept outside the system then no longer matches the head.
        const QString db = copy("tail-cut");
        const qint64 last = m_report.lastId;
        const QString subject = sqlite(db, QStringLiteral("SELECT subject_table || ' ' || subject_id FROM audit_trail WHERE id = %1").arg(last))
                                    .output.trimmed();
        const QStringList parts = subject.split(QLatin1Char(' '));
        QCOMPARE(parts.size(), 2);
        QVERIFY(sqlite(db, kDropTriggers + QStringLiteral("DELETE FROM audit_trail WHERE id = %1; DELETE FROM %2 WHERE id = %3")
                                               .arg(last)
                                               .arg(parts.at(0), parts.at(1)))
                    .code
                == 0);
        const Run r = verify(db);
        QVERIFY2(r.code == 0, qPrintable(r.output)); // documented in docs/security-audit.md
        QVERIFY(sqlite(db, QStringLiteral("SELECT hash FROM audit_trail ORDER BY id DESC LIMIT 1")).output.trimmed() != m_report.lastHash);
    }

    void cleanupTestCase()
    {
        m_second.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_server_audit.moc"
