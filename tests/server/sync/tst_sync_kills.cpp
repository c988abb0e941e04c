// Issue 5, acceptance 3: 20 SIGKILLs of a syncing client and 20 of the server under load, at
// random moments. Afterwards nothing acknowledged is lost, every op made is stored exactly once,
// both SQLite files pass integrity_check, and ticket numbers stay unique.
#include "core/client/ApiClient.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "core/client/Outbox.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ow;

namespace {

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

QString integrity(Database &db)
{
    auto q = db.exec(QStringLiteral("PRAGMA integrity_check"));
    return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("unreadable");
}

std::unique_ptr<Database> openFile(const QString &path)
{
    DatabaseLocation loc;
    loc.sqlitePath = path;
    auto db = ServerSchema::open(loc);
    return db ? std::move(db).value() : nullptr;
}

int acked(const QString &outboxPath)
{
    auto outbox = Outbox::open(outboxPath);
    return outbox ? outbox.value()->count(OutboxOp::State::Acked).value() : -1;
}

// What the server must hold for one device: each op once, the cursor at the last one.
void checkServerHolds(Database &server, const QString &outboxPath)
{
    auto outbox = std::move(Outbox::open(outboxPath)).value();
    const int made = outbox->count(OutboxOp::State::Acked).value();
    QCOMPARE(outbox->count(OutboxOp::State::Pending).value() + outbox->count(OutboxOp::State::Sending).value(), 0);
    QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM sync_ops WHERE device = ?"), {outbox->device()}), qint64(made));
    QCOMPARE(scalar(server, QStringLiteral("SELECT cursor FROM sync_devices WHERE device = ?"), {outbox->device()}),
             outbox->lastAckedSeq().value());
    QCOMPARE(integrity(outbox->database()), QStringLiteral("ok"));
}

void checkTickets(Database &server, qint64 expected)
{
    QCOMPARE(integrity(server), QStringLiteral("ok"));
    QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM tickets")), expected);
    QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM (SELECT hall_id, service_day, number FROM tickets "
                                          "GROUP BY hall_id, service_day, number HAVING COUNT(*) > 1)")),
             qint64(0));
}

} // namespace

class TestSyncKills : public QObject
{
    Q_OBJECT
    QRandomGenerator m_random{20261129};

private Q_SLOTS:
    void clientKilledTwentyTimesMidSync()
    {
        QTemporaryDir dir;
        test::TestServer server;
        QVERIFY(server.start());
        const QString token = test::SyncHttp(server.url()).login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        const QString outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
        const QStringList args{QStringLiteral("--outbox"), outboxPath, QStringLiteral("--server"), server.url().toString(),
                               QStringLiteral("--token"), token, QStringLiteral("--ops"), QStringLiteral("4000")};
        int killedWhileRunning = 0;
        int lastAcked = 0;
        for (int kill = 0; kill < 20; ++kill) {
            QProcess client;
            client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            client.start(QStringLiteral(OW_SYNC_CLIENT_BINARY), args);
            QVERIFY(client.waitForStarted(10000));
            QTest::qWait(static_cast<int>(m_random.bounded(40, 400)));
            if (client.state() == QProcess::Running) {
                ++killedWhileRunning;
                client.kill();
                QVERIFY(client.waitForFinished(10000));
            } else {
                QCOMPARE(client.exitCode(), 0); // it finished its work before the kill came
            }
            // What the server acknowledged stays acknowledged.
            const int now = acked(outboxPath);
            QVERIFY2(now >= lastAcked, qPrintable(QStringLiteral("acked went from %1 to %2").arg(lastAcked).arg(now)));
            lastAcked = now;
        }
        QVERIFY2(killedWhileRunning >= 15, "the client finished before most kills: nothing was tested");
        // The last run is left to finish.
        QProcess client;
        client.start(QStringLiteral(OW_SYNC_CLIENT_BINARY), args);
        QVERIFY(client.waitForFinished(120000));
        QCOMPARE(client.exitCode(), 0);
        QCOMPARE(acked(outboxPath), 4000);
        server.stop();
        auto db = openFile(server.databasePath());
        QVERIFY(db);
        checkServerHolds(*db, outboxPath);
        checkTickets(*db, 4000);
    }

    void serverKilledTwentyTimesUnderLoad()
    {
        QTemporaryDir dir;
        test::TestServer server;
        QVERIFY(server.start());
        // Tokens are stored on the server, so they outlive its restarts.
        const QString token = test::SyncHttp(server.url()).login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        SystemClock clock;
        const QString outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
        auto outbox = std::move(Outbox::open(outboxPath)).value();
        ApiClient api;
        api.setToken(token);
        api.setBaseUrl(server.url());
        SyncAgent agent(*outbox, api, clock);
        agent.setBackoff(20, 200);
        // Eight prefixes and at most 4,000 ops: no prefix runs out of its 999 numbers.
        const QStringList services{QStringLiteral("SI-001"), QStringLiteral("PE-001"), QStringLiteral("UI-001"), QStringLiteral("CD-003"),
                                   QStringLiteral("EM-001"), QStringLiteral("TA-001"), QStringLiteral("LR-001"), QStringLiteral("RP-001")};
        int made = 0;
        QTimer load; // two ops every 5 ms while the server lives and dies
        QObject::connect(&load, &QTimer::timeout, &load, [&] {
            for (int i = 0; i < 2 && made < 4000; ++i, ++made)
                agent.submit(QStringLiteral("POST"), QStringLiteral("/api/v1/halls/MY-CITY/tickets"),
                             {{QLatin1String("services"), QJsonArray{services.at(made % services.size())}}});
        });
        load.start(5);
        int lastAcked = 0;
        for (int kill = 0; kill < 20; ++kill) {
            QTest::qWait(static_cast<int>(m_random.bounded(100, 500)));
            server.kill();
            const int now = outbox->count(OutboxOp::State::Acked).value();
            QVERIFY(now >= lastAcked);
            lastAcked = now;
            const qint64 ackedSeq = outbox->lastAckedSeq().value();
            QVERIFY(server.start()); // same file, a new port
            // Everything the dead server acknowledged is still there: its cursor for this device
            // has not gone back (the client would otherwise send those ops again and hide it).
            const QJsonObject cursor = test::SyncHttp(server.url())
                                           .get(QStringLiteral("/api/v1/sync/cursor?device=%1").arg(outbox->device()), token)
                                           .json();
            QVERIFY2(cursor.value(QLatin1String("cursor")).toInteger() >= ackedSeq,
                     qPrintable(QStringLiteral("acked up to %1, the server has %2").arg(ackedSeq).arg(cursor.value(QLatin1String("cursor")).toInteger())));
            api.setBaseUrl(server.url());
        }
        load.stop();
        QTRY_COMPARE_WITH_TIMEOUT(agent.pendingCount(), 0, 60000);
        QVERIFY2(lastAcked > 0 && lastAcked < made, "the kills did not fall in the middle of the load");
        if (agent.problemCount() > 0)
            QFAIL(qPrintable(QStringLiteral("%1 ops refused, the first: %2 %3")
                                 .arg(agent.problemCount())
                                 .arg(agent.problems().first().status)
                                 .arg(agent.problems().first().reason())));
        QCOMPARE(outbox->count(OutboxOp::State::Acked).value(), made);
        server.stop();
        auto db = openFile(server.databasePath());
        QVERIFY(db);
        outbox.reset();
        checkServerHolds(*db, outboxPath);
        checkTickets(*db, made);
    }
};

QTEST_GUILESS_MAIN(TestSyncKills)
#include "tst_sync_kills.moc"
