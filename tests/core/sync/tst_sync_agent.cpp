// The outbox drained by the SyncAgent into the real onewindow-server: everything arrives exactly
// once — while online, after the server was away, after a reply was lost on the way back, and
// after the server was restored from an older backup. Also measures the drain rate.
#include "core/client/ApiClient.h"
#include "core/client/Outbox.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"
#include "tests/support/SyncHttp.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {
const QStringList kServices{QStringLiteral("SI-001"), QStringLiteral("PE-001"), QStringLiteral("UI-001"), QStringLiteral("CD-003"),
                            QStringLiteral("EM-001"), QStringLiteral("TA-001"), QStringLiteral("LR-001"), QStringLiteral("RP-001")};
QJsonObject issueBody(int i)
{
    return {{QLatin1String("services"), QJsonArray{kServices.at(i % kServices.size())}}};
}
const QString kIssuePath = QStringLiteral("/api/v1/halls/MY-CITY/tickets");
} // namespace

class TestSyncAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_dbPath = m_dir.filePath(QStringLiteral("server.sqlite"));
        m_server = std::make_unique<test::TestServer>(m_dbPath);
        QVERIFY(m_server->start());
        m_http = std::make_unique<test::SyncHttp>(m_server->url());
        m_kiosk = m_http->login(QStringLiteral("kiosk-city"), QStringLiteral("device1234"));
        m_teller = m_http->login(QStringLiteral("teller1"), QStringLiteral("demo1234"));
        QVERIFY(!m_kiosk.isEmpty() && !m_teller.isEmpty());
        m_api.setBaseUrl(m_server->url());
        m_api.setToken(m_kiosk);
        m_outbox = Outbox::open(m_dir.filePath(QStringLiteral("outbox.sqlite"))).value();
        m_agent = std::make_unique<SyncAgent>(*m_outbox, m_api, m_clock);
        m_agent->setActor(QStringLiteral("kiosk-city"));
        m_agent->setBackoff(20, 200);
    }

    void drainsEverythingExactlyOnce()
    {
        const int before = tickets();
        const int count = 400;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < count; ++i)
            QVERIFY(m_agent->submit(QStringLiteral("POST"), kIssuePath, issueBody(i)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_agent->pendingCount(), 0, 30000);
        qInfo("drained %d ops in %lld ms (%.0f ops/s, submit included)", count, static_cast<long long>(t.elapsed()),
              count * 1000.0 / std::max<qint64>(1, t.elapsed()));
        QCOMPARE(tickets(), before + count);
        QCOMPARE(m_outbox->count(OutboxOp::State::Acked).value(), count);
        QVERIFY(m_agent->isOnline());
        QVERIFY(m_agent->lastSync().isValid());
    }

    void theAnswerReachesWhoAsked()
    {
        int status = 0;
        QJsonObject ticket;
        QVERIFY(m_agent->submit(QStringLiteral("POST"), kIssuePath, issueBody(0), [&](int s, const QJsonObject &a) {
            status = s;
            ticket = a;
        }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(status, 201, 10000);
        QVERIFY(!ticket.value(QLatin1String("number")).toString().isEmpty());
        // A refusal too, and it is kept in the problems list with the server's words.
        int refused = 0;
        QVERIFY(m_agent->submit(QStringLiteral("POST"), kIssuePath, {{QLatin1String("services"), QJsonArray{QStringLiteral("XX-1")}}},
                                [&](int s, const QJsonObject &) { refused = s; }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(refused, 422, 10000);
        QCOMPARE(m_agent->problemCount(), 1);
        QVERIFY(!m_agent->problems().first().reason().isEmpty());
        QVERIFY(m_agent->discard(m_agent->problems().first().seq).ok());
        QCOMPARE(m_agent->problemCount(), 0);
    }

    void keepsEverythingWhileTheServerIsAway()
    {
        const int before = tickets();
        m_server->stop();
        QSignalSpy changed(m_agent.get(), &SyncAgent::changed);
        for (int i = 0; i < 60; ++i)
            QVERIFY(m_agent->submit(QStringLiteral("POST"), kIssuePath, issueBody(i)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_agent->isOnline(), 10000);
        QCOMPARE(m_agent->pendingCount(), 60);
        QTest::qWait(300); // a few retries against nobody
        QCOMPARE(m_agent->pendingCount(), 60);
        restart();
        QTRY_COMPARE_WITH_TIMEOUT(m_agent->pendingCount(), 0, 30000);
        QVERIFY(m_agent->isOnline());
        QCOMPARE(tickets(), before + 60);
    }

    void aLostReplyDoesNotApplyTwice()
    {
        const int before = tickets();
        // Five ops go out; the server applies them; the reply never comes back (the program
        // stops before it reads it).
        m_agent.reset();
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_outbox->enqueue(QStringLiteral("POST"), kIssuePath, issueBody(i), QStringLiteral("kiosk-city"), m_clock.now()).ok());
        const QList<OutboxOp> sent = m_outbox->takeBatch(10).value();
        QCOMPARE(sent.size(), 5);
        QJsonArray ops;
        for (const OutboxOp &op : sent)
            ops.append(op.toSyncOperation().toJson());
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/sync/push"), {{QLatin1String("device"), m_outbox->device()}, {QLatin1String("ops"), ops}},
                              m_kiosk).status,
                 200);
        QCOMPARE(tickets(), before + 5);
        // Started again: the watchdog makes them pending, the agent sends them again.
        m_outbox.reset();
        m_outbox = Outbox::open(m_dir.filePath(QStringLiteral("outbox.sqlite"))).value();
        QCOMPARE(m_outbox->count(OutboxOp::State::Pending).value(), 5);
        m_agent = std::make_unique<SyncAgent>(*m_outbox, m_api, m_clock);
        m_agent->setBackoff(20, 200);
        m_agent->flush();
        QTRY_COMPARE_WITH_TIMEOUT(m_agent->pendingCount(), 0, 10000);
        QCOMPARE(tickets(), before + 5); // answered from the server's record, not applied again
    }

    void aServerRestoredFromABackupIsFedAgain()
    {
        const int before = tickets();
        for (int i = 0; i < 10; ++i)
            m_agent->submit(QStringLiteral("POST"), kIssuePath, issueBody(i));
        QTRY_COMPARE_WITH_TIMEOUT(m_agent->pendingCount(), 0, 10000);
        // The nightly backup.
        m_server->stop();
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        for (const char *suffix : {"", "-wal"}) { // the server was stopped hard: its last writes are in the WAL
            if (QFile::exists(m_dbPath + QString::fromLatin1(suffix)))
                QVERIFY(QFile::copy(m_dbPath + QString::fromLatin1(suffix), backup + QString::fromLatin1(suffix)));
        }
        restart();
        for (int i = 0; i < 10; ++i)
            m_agent->submit(QStringLiteral("POST"), kIssuePath, issueBody(i));
        QTRY_COMPARE_WITH_TIMEOUT(m_agent->pendingCount(), 0, 10000);
        QCOMPARE(tickets(), before + 20);
        // The disk dies; the backup goes back in.
        m_server->stop();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dbPath + QString::fromLatin1(suffix));
        for (const char *suffix : {"", "-wal"}) {
            if (QFile::exists(backup + QString::fromLatin1(suffix)))
                QVERIFY(QFile::copy(backup + QString::fromLatin1(suffix), m_dbPath + QString::fromLatin1(suffix)));
        }
        restart();
        QCOMPARE(tickets(), before + 10);
        // The next push tells the agent what the server lost; it sends those again.
        m_agent->submit(QStringLiteral("POST"), kIssuePath, issueBody(3));
        QTRY_COMPARE_WITH_TIMEOUT(m_agent->pendingCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tickets(), before + 21, 10000);
    }

private:
    void restart()
    {
        QVERIFY(m_server->start());
        m_http = std::make_unique<test::SyncHttp>(m_server->url());
        m_api.setBaseUrl(m_server->url()); // a new port; the session is still valid
    }

    // Every ticket of the hall today (waiting ones; nobody calls in this test).
    int tickets()
    {
        return static_cast<int>(
            m_http->get(QStringLiteral("/api/v1/halls/MY-CITY/queue"), m_teller).json().value(QLatin1String("waiting")).toArray().size());
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    SystemClock m_clock;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SyncHttp> m_http;
    QString m_kiosk;
    QString m_teller;
    ApiClient m_api;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncAgent> m_agent;
};

QTEST_MAIN(TestSyncAgent)
#include "tst_sync_agent.moc"
