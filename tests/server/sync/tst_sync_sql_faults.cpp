// Statement faults during a sync (issue 5, acceptance 2): for every N, the N-th SQL statement of
// a sync fails — on the server, then in the client's outbox — and the syncs that follow still
// converge to exactly the data of a sync without faults: every op applied once, none refused,
// nothing left behind.
//
// The server is the real ServerApp (HTTP on loopback, SQLite file) in this process, so the test
// can reach its Database's fault injector; each run starts from a copy of one seeded file.
#include "core/client/ApiClient.h"
#include "core/sql/Database.h"
#include "core/client/Outbox.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"
#include "server/ServerApp.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ow;

namespace {

struct Op
{
    const char *method;
    QString path;
    QJsonObject body;
};

// A window's morning: open, three walk-ins, two calls — the first citizen never came, marked a
// no-show before the next call (one citizen per window) — a pause.
QList<Op> morning()
{
    const auto issue = [](const char *service) {
        return Op{"POST", QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                  {{QLatin1String("services"), QJsonArray{QString::fromLatin1(service)}}}};
    };
    return {Op{"PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/3"), {{QLatin1String("state"), QStringLiteral("open")}}},
            issue("SI-001"),
            issue("PE-001"),
            issue("CD-003"),
            Op{"POST", QStringLiteral("/api/v1/halls/MY-CITY/windows/3/call-next"), {}},
            Op{"POST", QStringLiteral("/api/v1/tickets/1/no-show"), {{QLatin1String("window"), 3}}}, // the first walk-in's ticket
            Op{"POST", QStringLiteral("/api/v1/halls/MY-CITY/windows/3/call-next"), {}},
            Op{"PUT", QStringLiteral("/api/v1/halls/MY-CITY/windows/3"),
               {{QLatin1String("state"), QStringLiteral("paused")}, {QLatin1String("reason"), QStringLiteral("tea")}}}};
}

enum class Side { Server, Client };

} // namespace

class TestSyncSqlFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_token;
    SystemClock m_clock;
    int m_run = 0;

    // One sync from a fresh copy of the seeded server and a fresh outbox holding the morning.
    // `failAt` > 0 fails that statement of the first sync on `side`; then the agent keeps
    // syncing without faults until the outbox is empty. Returns the resulting data, or the
    // number of statements the first sync ran on `side` through `statements`.
    QString runSync(Side side, int failAt, int *statements = nullptr)
    {
        const QString dir = QDir(m_dir.path()).filePath(QStringLiteral("run-%1").arg(++m_run));
        if (!QDir().mkpath(dir))
            return QStringLiteral("cannot make %1").arg(dir);
        const QString dbPath = dir + QStringLiteral("/server.sqlite");
        if (!QFile::copy(m_template, dbPath))
            return QStringLiteral("cannot copy the template");
        ServerConfig config;
        config.port = 0;
        config.database = dbPath;
        config.dataDir = dir;
        auto server = std::make_unique<ServerApp>(config);
        auto port = server->start();
        if (!port)
            return QStringLiteral("server: ") + port.error().detail;

        auto outbox = std::move(Outbox::open(dir + QStringLiteral("/outbox.sqlite"))).value();
        for (const Op &op : morning())
            (void)outbox->enqueue(QString::fromLatin1(op.method), op.path, op.body, QStringLiteral("teller1"), m_clock.now());
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port.value())));
        api.setToken(m_token);
        SyncAgent agent(*outbox, api, m_clock);
        agent.setBackoff(5, 20);

        Database &target = side == Side::Server ? *server->database() : outbox->database();
        int seen = 0;
        target.setFaultInjector([&seen, failAt](const QString &sql) {
            if (++seen != failAt)
                return false;
            qInfo("failing statement %d: %s", failAt, qPrintable(sql.left(120)));
            return true;
        });
        agent.flush();
        // The first sync ends when the agent is no longer waiting for its push.
        for (int waited = 0; agent.isSending() && waited < 10000; waited += 5)
            QTest::qWait(5);
        target.setFaultInjector({});
        if (statements)
            *statements = seen;
        for (int i = 0; i < 200 && agent.pendingCount() > 0; ++i) {
            agent.flush();
            QTest::qWait(10);
        }
        if (agent.pendingCount() > 0)
            return QStringLiteral("%1 ops never drained").arg(agent.pendingCount());
        if (agent.problemCount() > 0)
            return QStringLiteral("refused: ") + agent.problems().first().reason();
        return snapshot(*server->database());
    }

    // What a hall would see: tickets, their events, windows, and the sync record — by content,
    // not by row ids or device ids (each run has a device of its own).
    static QString snapshot(Database &db)
    {
        QStringList lines;
        const auto rows = [&](const QString &title, const QString &sql) {
            lines << title;
            auto q = db.exec(sql);
            if (!q) {
                lines << q.error().detail;
                return;
            }
            while (q.value().next()) {
                QStringList cells;
                for (int c = 0; c < q.value().record().count(); ++c)
                    cells << q.value().value(c).toString();
                lines << cells.join(QLatin1Char('|'));
            }
        };
        rows(QStringLiteral("tickets"), QStringLiteral("SELECT number, state, window_number, recalls FROM tickets ORDER BY number"));
        rows(QStringLiteral("events"), QStringLiteral("SELECT t.number, e.kind, COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                                      "GROUP BY t.number, e.kind ORDER BY t.number, e.kind"));
        rows(QStringLiteral("windows"), QStringLiteral("SELECT w.number, w.state, w.reason, w.priority_streak FROM window_states w JOIN halls h ON h.id = w.hall_id "
                                                       "WHERE h.code = 'MY-CITY' ORDER BY w.number"));
        rows(QStringLiteral("sync"), QStringLiteral("SELECT seq, outcome, status FROM sync_ops ORDER BY seq"));
        rows(QStringLiteral("cursor"), QStringLiteral("SELECT cursor FROM sync_devices"));
        return lines.join(QLatin1Char('\n'));
    }

    void everyStatementFails(Side side)
    {
        int statements = 0;
        const QString clean = runSync(side, 0, &statements);
        QVERIFY2(clean.contains(QLatin1String("|called|3|0")), qPrintable(clean)); // two tickets called at window 3
        QVERIFY2(clean.contains(QLatin1String("|no_show|3|0")), qPrintable(clean)); // the first of them a no-show
        QVERIFY2(statements > 10, qPrintable(QStringLiteral("only %1 statements counted").arg(statements)));
        qInfo("a sync of %d ops runs %d statements on the %s", int(morning().size()), statements,
              side == Side::Server ? "server" : "client");
        for (int n = 1; n <= statements; ++n) {
            const QString after = runSync(side, n);
            if (after != clean)
                QFAIL(qPrintable(QStringLiteral("failing statement %1 of %2 did not converge:\n%3\n--- expected ---\n%4")
                                     .arg(n)
                                     .arg(statements)
                                     .arg(after, clean)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The seeded city, once (hashing the demo passwords is the slow part), with a login.
        m_template = QDir(test::makeTempDir(m_dir)).filePath(QStringLiteral("template.sqlite"));
        ServerConfig config;
        config.port = 0;
        config.database = m_template;
        config.dataDir = m_dir.path();
        config.seedDemo = true;
        auto server = std::make_unique<ServerApp>(config);
        auto port = server->start();
        QVERIFY(port.ok());
        test::SyncHttp http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port.value())));
        m_token = http.login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_token.isEmpty());
        server.reset(); // closed: the WAL is folded back into the file, which is copied per run
        QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal")) || QFileInfo(m_template + QStringLiteral("-wal")).size() == 0);
    }

    void everyServerStatementFailsOnce() { everyStatementFails(Side::Server); }
    void everyClientStatementFailsOnce() { everyStatementFails(Side::Client); }
};

QTEST_GUILESS_MAIN(TestSyncSqlFaults)
#include "tst_sync_sql_faults.moc"
