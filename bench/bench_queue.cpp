// bench_queue: the queue's durable operations and call-next latency on embedded SQLite, against
// bare SQLite baselines measured in the same run on the same disk.
//
//   1. Durable ticket operations per second — issue, call (call-next) and finish through
//      QueueService on a real SQLite file (WAL, synchronous=FULL: a 2xx means on disk), against
//      a bare one-transaction-per-insert loop with the same durability and a similar row.
//   2. Call-next latency p50/p99 with 50 open windows and 2,000 waiting tickets, against one
//      indexed SELECT of the oldest waiting ticket plus one durable UPDATE (the least a
//      call-next can do).
//   3. Call → display event latency over loopback: the real server, a WebSocket subscriber
//      (as the hall display), REST call-next; against the REST round trip alone.
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/org/DemoCity.h"
#include "core/service/queue/QueueService.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/service/store/CommitGroup.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "core/service/store/OrgRepository.h"
#include "core/client/ApiClient.h"
#include "core/client/Outbox.h"
#include "core/client/SyncAgent.h"
#include "core/domain/util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <vector>

using namespace ow;

namespace {

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) { return ms[static_cast<size_t>(p * static_cast<double>(ms.size() - 1))]; };
    return {at(0.50), at(0.99), ms.back()};
}

// A fresh server database with the catalogue and the demo city, in `dir`.
struct Hall
{
    std::unique_ptr<Database> db;
    std::unique_ptr<CatalogueService> catalogue;
    std::unique_ptr<QueueService> queue;
};

Hall openHall(const QString &path, const Clock &clock, int extraWindows)
{
    Hall h;
    DatabaseLocation loc;
    loc.sqlitePath = path;
    h.db = std::move(ServerSchema::open(loc)).value();
    h.catalogue = std::make_unique<CatalogueService>(*h.db, clock);
    (void)h.catalogue->import(Catalogue::bundledJson());
    (void)DemoCity::seed(*h.db, DemoCity::bundledJson(), PasswordHasher());
    const qint64 hallId = *OrgRepository(*h.db).hallId(QStringLiteral("MY-CITY")).value();
    for (int n = 9; n < 9 + extraWindows; ++n)
        (void)OrgRepository(*h.db).insertWindow(hallId, Window{n, WindowKind::Comprehensive, {}, {}});
    h.queue = std::make_unique<QueueService>(*h.db, clock, *h.catalogue);
    return h;
}

const QStringList kServices{QStringLiteral("SI-001"), QStringLiteral("PE-001"), QStringLiteral("CD-003"),
                            QStringLiteral("EM-001"), QStringLiteral("LR-001"), QStringLiteral("RP-001")};

IssueRequest walkIn(int i)
{
    IssueRequest r;
    r.hallCode = QStringLiteral("MY-CITY");
    r.services << kServices.at(i % kServices.size());
    return r;
}

// The bare baseline: one INSERT of a ticket-sized row per transaction, WAL + synchronous=FULL.
class BareInserts
{
public:
    explicit BareInserts(const QString &path)
    {
        DatabaseLocation loc;
        loc.sqlitePath = path;
        m_db = std::move(Database::open(loc, {})).value();
        (void)m_db->run(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, hall_id INTEGER, service_day TEXT, prefix TEXT, seq INTEGER, "
                                       "number TEXT, channel TEXT, state TEXT, issued_at INTEGER, queue_key REAL, matter TEXT)"));
    }
    void round(int count)
    {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < count; ++i, ++m_next) {
            (void)m_db->transaction([&]() -> Status {
                return m_db->run(QStringLiteral("INSERT INTO t (hall_id, service_day, prefix, seq, number, channel, state, issued_at, "
                                                "queue_key, matter) VALUES (1, '2026-11-28', 'A', ?, ?, 'kiosk', 'waiting', ?, ?, 'SI-001')"),
                                 {m_next, QStringLiteral("A%1").arg(m_next % 1000), qint64(m_next), double(m_next)});
            });
        }
        m_ops += count;
        m_ns += t.nsecsElapsed();
    }
    double rate() const { return m_ops / (static_cast<double>(m_ns) / 1e9); }

private:
    std::unique_ptr<Database> m_db;
    int m_next = 0;
    qint64 m_ops = 0;
    qint64 m_ns = 0;
};

// Issue, call-next and serve + finish tickets through QueueService; `group` operations share one
// commit (1: each commits alone, as a lone request does; 8: eight requests that arrive together,
// as the server's group commit joins them). Rates are totals over all rounds.
class TicketOperations
{
public:
    static constexpr int kWindows = 6;

    TicketOperations(const QString &path, int group) : m_hall(openHall(path, m_clock, 0)), m_commits(*m_hall.db), m_group(group)
    {
        for (int w = 1; w <= kWindows; ++w)
            (void)m_hall.queue->openWindow(QStringLiteral("MY-CITY"), w, w);
    }

    void round(int count)
    {
        QueueService &queue = *m_hall.queue;
        m_issue.time([&] {
            for (int i = 0; i < count; ++i, ++m_issued)
                op([&, n = m_issued]() -> Status { return check(queue.issue(walkIn(n), 0)); });
        }, count);
        // What a teller's screen knows of each called ticket: id, window, matter.
        struct Called
        {
            qint64 id;
            int window;
            QString service;
        };
        // One citizen per window: the six windows call, then serve and finish their tickets, and
        // only then call again — until `count` calls were made.
        for (int made = 0; made < count; made += kWindows) {
            const int calls = std::min(kWindows, count - made);
            std::vector<Called> called;
            m_call.time([&] {
                for (int w = 1; w <= calls; ++w) {
                    op([&, w]() -> Status {
                        auto c = queue.callNext(QStringLiteral("MY-CITY"), w, w);
                        if (c && c.value())
                            called.push_back({c.value()->id, w, c.value()->matters.first().serviceCode});
                        return okStatus();
                    });
                }
            }, calls);
            m_finish.time([&] {
                for (const Called &c : called) {
                    op([&]() -> Status { return check(queue.startServing(c.id, c.window, c.window)); });
                    op([&]() -> Status { return check(queue.finish(c.id, c.window, {{c.service, MatterOutcome::Done, {}}}, c.window)); });
                }
            }, 2 * static_cast<int>(called.size()));
        }
    }

    double issueRate() const { return m_issue.rate(); }
    double callRate() const { return m_call.rate(); }
    double finishRate() const { return m_finish.rate(); }

private:
    struct Phase
    {
        qint64 ops = 0;
        qint64 ns = 0;
        double rate() const { return ops / (static_cast<double>(ns) / 1e9); }
        template<typename F> void time(F &&work, int n)
        {
            QElapsedTimer t;
            t.start();
            work();
            ns += t.nsecsElapsed();
            ops += n;
        }
    };
    template<typename R> static Status check(const R &r) { return r ? okStatus() : Status(r.error()); }

    void op(const std::function<Status()> &work)
    {
        if (m_group == 1) {
            (void)work();
            return;
        }
        m_commits.run(work, [](const Status &) {});
        if (m_commits.size() >= m_group)
            (void)m_commits.commit();
    }

    SystemClock m_clock;
    Hall m_hall;
    CommitGroup m_commits;
    int m_group;
    int m_issued = 0;
    Phase m_issue, m_call, m_finish;
};

void durableOperations(const QString &dir, int count)
{
    // Interleaved in ten rounds, so the machine's noise falls on all of them alike.
    BareInserts bare(dir + QStringLiteral("/bare.sqlite"));
    TicketOperations alone(dir + QStringLiteral("/ops.sqlite"), 1);
    TicketOperations grouped(dir + QStringLiteral("/ops-grouped.sqlite"), 8);
    const int rounds = 10;
    for (int r = 0; r < rounds; ++r) {
        bare.round(count / rounds);
        alone.round(count / rounds);
        grouped.round(count / rounds);
    }
    const double b = bare.rate();
    std::printf("\n1. Durable ticket operations (%d each, WAL + synchronous=FULL, 10 interleaved rounds)\n", count);
    std::printf("   bare SQLite insert loop, one transaction each      %8.0f ops/s  ratio 1.00\n", b);
    std::printf("   issue (number + ticket + event), commit alone      %8.0f ops/s  ratio %.2f  (target >= 1)\n", alone.issueRate(), alone.issueRate() / b);
    std::printf("   call-next (6 windows), commit alone                %8.0f ops/s  ratio %.2f  (target >= 1)\n", alone.callRate(), alone.callRate() / b);
    std::printf("   serve / finish, commit alone                       %8.0f ops/s  ratio %.2f  (target >= 1)\n", alone.finishRate(), alone.finishRate() / b);
    std::printf("   issue, group commit of 8                           %8.0f ops/s  ratio %.2f  (target >= 2)\n", grouped.issueRate(), grouped.issueRate() / b);
    std::printf("   call-next, group commit of 8                       %8.0f ops/s  ratio %.2f  (target >= 2)\n", grouped.callRate(), grouped.callRate() / b);
    std::printf("   serve / finish, group commit of 8                  %8.0f ops/s  ratio %.2f  (target >= 2)\n", grouped.finishRate(), grouped.finishRate() / b);
}

void callNextLatency(const QString &dir, int calls)
{
    SystemClock clock;
    Hall h = openHall(dir + QStringLiteral("/latency.sqlite"), clock, 42); // 8 + 42 = 50 windows
    for (int w = 1; w <= 50; ++w)
        (void)h.queue->openWindow(QStringLiteral("MY-CITY"), w, w);
    int issued = 0;
    for (; issued < 2000; ++issued)
        (void)h.queue->issue(walkIn(issued), 0);

    // Baseline: the oldest waiting ticket by index, then one durable UPDATE of it.
    std::vector<double> bare;
    for (int i = 0; i < calls; ++i) {
        QElapsedTimer t;
        t.start();
        (void)h.db->transaction([&]() -> Status {
            auto q = h.db->exec(QStringLiteral("SELECT id FROM tickets WHERE hall_id = 1 AND state = 'waiting' ORDER BY queue_key LIMIT 1"));
            if (!q || !q.value().next())
                return okStatus();
            return h.db->run(QStringLiteral("UPDATE tickets SET recalls = recalls WHERE id = ?"), {q.value().value(0)});
        });
        bare.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::vector<double> ours;
    for (int i = 0; i < calls; ++i) {
        const int window = 1 + i % 50;
        QElapsedTimer t;
        t.start();
        auto c = h.queue->callNext(QStringLiteral("MY-CITY"), window, window);
        ours.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (c && c.value()) { // keep 2,000 waiting, and the window free for its next call (not timed)
            (void)h.queue->markNoShow(c.value()->id, window, window);
            (void)h.queue->issue(walkIn(issued++), 0);
        }
    }
    const Percentiles b = percentiles(bare);
    const Percentiles o = percentiles(ours);
    std::printf("\n2. Call-next latency, 50 open windows, 2,000 waiting tickets (%d calls, in the server's code path)\n", calls);
    std::printf("   bare: indexed SELECT + durable UPDATE  p50 %6.3f ms  p99 %6.3f ms  max %6.3f ms\n", b.p50, b.p99, b.max);
    std::printf("   QueueService::callNext                 p50 %6.3f ms  p99 %6.3f ms  max %6.3f ms  p99 ratio %.2f  (target p99 < 2 ms)\n",
                o.p50, o.p99, o.max, o.p99 / b.p99);
}

QUrl startServer(QProcess &process, const QStringList &args)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(OW_SERVER_BINARY), args);
    static const QRegularExpression re(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray out;
    while (process.waitForReadyRead(30000)) {
        out += process.readAll();
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            QObject::connect(&process, &QProcess::readyRead, &process, [&process]() { process.readAll(); });
            return QUrl(m.captured(1));
        }
    }
    std::fprintf(stderr, "server did not start:\n%s\n", out.constData());
    return {};
}

QJsonObject request(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QByteArray &token,
                    const QByteArray &body, int *status = nullptr)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *r = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
    r->deleteLater();
    return o;
}

void callToDisplay(const QString &dir, int calls)
{
    QProcess server;
    const QUrl base = startServer(server, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                           dir + QStringLiteral("/events.sqlite"), QStringLiteral("--seed-demo")});
    if (base.isEmpty())
        return;
    QNetworkAccessManager nam;
    const auto login = [&](const char *user, const char *password) {
        return request(nam, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/sessions"))), {},
                       QJsonDocument(QJsonObject{{QLatin1String("username"), QString::fromLatin1(user)},
                                                 {QLatin1String("password"), QString::fromLatin1(password)}})
                           .toJson())
            .value(QLatin1String("token"))
            .toString()
            .toLatin1();
    };
    const QByteArray kiosk = login("kiosk-city", "device1234");
    const QByteArray teller = login("teller1", "demo1234");
    const QByteArray display = login("display-city", "device1234");
    request(nam, "PUT", base.resolved(QUrl(QStringLiteral("/api/v1/halls/MY-CITY/windows/1"))), teller, R"({"state":"open"})");

    QWebSocket socket;
    QUrl ws = base.resolved(QUrl(QStringLiteral("/api/v1/events")));
    ws.setScheme(QStringLiteral("ws"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("hall"), QStringLiteral("MY-CITY"));
    query.addQueryItem(QStringLiteral("token"), QString::fromLatin1(display));
    ws.setQuery(query);
    QNetworkRequest wsRequest(ws);
    QString lastCalled;
    QElapsedTimer sent;
    std::vector<double> eventMs;
    QEventLoop waitEvent;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [&](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.value(QLatin1String("type")).toString() == QLatin1String("ticket.called")) {
            eventMs.push_back(static_cast<double>(sent.nsecsElapsed()) / 1e6);
            waitEvent.quit();
        }
    });
    QEventLoop connected;
    QObject::connect(&socket, &QWebSocket::connected, &connected, &QEventLoop::quit);
    QTimer::singleShot(10000, &connected, &QEventLoop::quit);
    socket.open(wsRequest);
    connected.exec();
    if (socket.state() != QAbstractSocket::ConnectedState) {
        std::fprintf(stderr, "event stream did not connect\n");
        return;
    }
    for (int i = 0; i < calls; ++i)
        request(nam, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/halls/MY-CITY/tickets"))), kiosk,
                QJsonDocument(QJsonObject{{QLatin1String("services"), QJsonArray{kServices.at(i % kServices.size())}}}).toJson());
    std::vector<double> restMs;
    for (int i = 0; i < calls; ++i) {
        sent.start();
        QElapsedTimer rest;
        rest.start();
        const QJsonObject called =
            request(nam, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/halls/MY-CITY/windows/1/call-next"))), teller, "{}");
        restMs.push_back(static_cast<double>(rest.nsecsElapsed()) / 1e6);
        if (eventMs.size() < static_cast<size_t>(i + 1)) {
            QTimer::singleShot(2000, &waitEvent, &QEventLoop::quit);
            waitEvent.exec();
        }
        // One citizen per window: nobody comes, and window 1 is free for the next call (not timed).
        request(nam, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/tickets/%1/no-show").arg(called.value(QLatin1String("id")).toInteger()))),
                teller, R"({"window":1})");
    }
    // The REST round trip alone, for a baseline: GET /health.
    std::vector<double> pingMs;
    for (int i = 0; i < calls; ++i) {
        QElapsedTimer t;
        t.start();
        request(nam, "GET", base.resolved(QUrl(QStringLiteral("/health"))), {}, {});
        pingMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    const Percentiles ping = percentiles(pingMs);
    const Percentiles rest = percentiles(restMs);
    const Percentiles event = percentiles(eventMs);
    std::printf("\n3. Call → display event latency over loopback (%d calls, %zu events seen)\n", calls, eventMs.size());
    std::printf("   baseline GET /health round trip        p50 %6.2f ms  p99 %6.2f ms\n", ping.p50, ping.p99);
    std::printf("   REST call-next round trip              p50 %6.2f ms  p99 %6.2f ms\n", rest.p50, rest.p99);
    std::printf("   call sent → ticket.called on the WS    p50 %6.2f ms  p99 %6.2f ms  p99 ratio to baseline %.2f  (target p99 < 50 ms)\n",
                event.p50, event.p99, event.p99 / ping.p99);
    socket.close();
    server.terminate();
    server.waitForFinished(5000);
}

// 1b. Ticket issue over HTTP with 8 requests in flight (8 kiosks at once), the real server
//     with every request committing alone (--group-commit 1) and with group commit (64).
double httpIssueRate(const QString &dir, int groupCommit, int count)
{
    QProcess server;
    const QUrl base = startServer(server, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                           dir + QStringLiteral("/http-issue-%1.sqlite").arg(groupCommit), QStringLiteral("--seed-demo"),
                                           QStringLiteral("--group-commit"), QString::number(groupCommit)});
    if (base.isEmpty())
        return 0;
    QNetworkAccessManager login;
    const QByteArray token = request(login, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/sessions"))), {},
                                     R"({"username":"kiosk-city","password":"device1234"})")
                                 .value(QLatin1String("token"))
                                 .toString()
                                 .toLatin1();
    // Two managers of four connections each: eight requests in flight.
    QNetworkAccessManager nams[2];
    const QUrl url = base.resolved(QUrl(QStringLiteral("/api/v1/halls/MY-CITY/tickets")));
    int sent = 0;
    int done = 0;
    int failed = 0;
    QEventLoop loop;
    std::function<void(int)> send = [&](int lane) {
        if (sent >= count)
            return;
        const int i = sent++;
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *r = nams[lane % 2].post(req, QJsonDocument(QJsonObject{{QLatin1String("services"),
                                                                                QJsonArray{kServices.at(i % kServices.size())}}})
                                                     .toJson(QJsonDocument::Compact));
        QObject::connect(r, &QNetworkReply::finished, &loop, [&, r, lane] {
            if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
                ++failed;
            r->deleteLater();
            if (++done == count)
                loop.quit();
            else
                send(lane);
        });
    };
    QElapsedTimer t;
    t.start();
    for (int lane = 0; lane < 8; ++lane)
        send(lane);
    loop.exec();
    const double rate = count / (static_cast<double>(t.nsecsElapsed()) / 1e9);
    if (failed > 0)
        std::fprintf(stderr, "%d issues failed\n", failed);
    server.terminate();
    server.waitForFinished(5000);
    return rate;
}

void httpIssue(const QString &dir, int count)
{
    const double alone = httpIssueRate(dir, 1, count);
    const double grouped = httpIssueRate(dir, 64, count);
    std::printf("\n1b. Ticket issue over HTTP, 8 requests in flight (%d issues, real server process)\n", count);
    std::printf("   --group-commit 1 (each request commits alone)   %8.0f ops/s  ratio 1.00\n", alone);
    std::printf("   --group-commit 64 (the default)                 %8.0f ops/s  ratio %.2f\n", grouped, grouped / alone);
}

// 4. The outbox after reconnect: `count` ops waiting in the outboxes of two kiosks of two halls
//    (written while offline), then drained into the real server at once; against the same kind
//    of op sent as one direct REST call at a time (a client without an outbox).
void outboxDrain(const QString &dir, int count)
{
    QProcess server;
    const QUrl base = startServer(server, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                           dir + QStringLiteral("/drain.sqlite"), QStringLiteral("--seed-demo")});
    if (base.isEmpty())
        return;
    QNetworkAccessManager nam;
    const auto login = [&](const char *user) {
        return request(nam, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/sessions"))), {},
                       QJsonDocument(QJsonObject{{QLatin1String("username"), QString::fromLatin1(user)},
                                                 {QLatin1String("password"), QStringLiteral("device1234")}})
                           .toJson())
            .value(QLatin1String("token"))
            .toString();
    };
    const auto body = [](int i) { return QJsonObject{{QLatin1String("services"), QJsonArray{kServices.at(i % kServices.size())}}}; };
    struct Kiosk
    {
        QString hall;
        QString token;
        std::unique_ptr<Outbox> outbox;
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<SyncAgent> agent;
    };
    SystemClock clock;
    std::vector<Kiosk> kiosks;
    for (const auto &[user, hall] : {std::pair{"kiosk-city", "MY-CITY"}, std::pair{"kiosk-fc", "MY-FC"}}) {
        Kiosk k;
        k.hall = QString::fromLatin1(hall);
        k.token = login(user);
        k.outbox = std::move(Outbox::open(dir + QStringLiteral("/outbox-") + k.hall + QStringLiteral(".sqlite"))).value();
        k.api = std::make_unique<ApiClient>();
        k.api->setBaseUrl(base);
        k.agent = std::make_unique<SyncAgent>(*k.outbox, *k.api, clock);
        kiosks.push_back(std::move(k));
    }

    // Baseline: one REST call per op, one at a time.
    const int direct = 400;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < direct; ++i)
        request(nam, "POST", base.resolved(QUrl(QStringLiteral("/api/v1/halls/MY-FC/tickets"))), kiosks[1].token.toLatin1(),
                QJsonDocument(body(i)).toJson(QJsonDocument::Compact));
    const double directRate = direct / (static_cast<double>(t.nsecsElapsed()) / 1e9);

    // Offline (no session yet): every op is committed to an outbox.
    t.restart();
    for (int i = 0; i < count; ++i) {
        Kiosk &k = kiosks[static_cast<size_t>(i % 2)];
        (void)k.agent->submit(QStringLiteral("POST"), QStringLiteral("/api/v1/halls/%1/tickets").arg(k.hall), body(i / 2));
    }
    const double enqueueRate = count / (static_cast<double>(t.nsecsElapsed()) / 1e9);
    // Back online.
    QEventLoop drained;
    const auto check = [&] {
        if (std::all_of(kiosks.begin(), kiosks.end(), [](const Kiosk &k) { return k.agent->pendingCount() == 0; }))
            drained.quit();
    };
    for (Kiosk &k : kiosks)
        QObject::connect(k.agent.get(), &SyncAgent::changed, &drained, check);
    t.restart();
    for (Kiosk &k : kiosks) {
        k.api->setToken(k.token);
        k.agent->flush();
    }
    drained.exec();
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    int acked = 0;
    for (const Kiosk &k : kiosks) {
        acked += k.outbox->count(OutboxOp::State::Acked).value();
        const QList<OutboxOp> problems = k.outbox->problems().value();
        if (!problems.isEmpty())
            std::printf("   %s: %lld refused, e.g. %d %s\n", qPrintable(k.hall), static_cast<long long>(problems.size()),
                        problems.first().status, qPrintable(problems.first().reason()));
    }
    std::printf("\n4. Outbox drain after reconnect (%d ops from 2 kiosks of 2 halls; %d acked)\n", count, acked);
    std::printf("   baseline: one REST call per op      %8.0f ops/s\n", directRate);
    std::printf("   enqueue while offline (fsync each)  %8.0f ops/s\n", enqueueRate);
    std::printf("   drain after reconnect               %8.0f ops/s  %.2f s  ratio %.2f  (target >= 2,000 ops/s, 10k < 5 s)\n",
                count / seconds, seconds, (count / seconds) / directRate);
    server.terminate();
    server.waitForFinished(5000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // bench_queue [SCALE] [SECTIONS]: SECTIONS picks runs by number, e.g. "4" or "1,4" (all by default).
    const int scale = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000;
    const QStringList sections = argc > 2 ? QString::fromLatin1(argv[2]).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
    const auto wanted = [&sections](const char *section) { return sections.isEmpty() || sections.contains(QLatin1String(section)); };
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-queue-XXXXXX")); // on the project's disk, not tmpfs
    std::printf("bench_queue: scale %d, data in %s\n", scale, qPrintable(dir.path()));
    if (wanted("1"))
        durableOperations(dir.path(), scale);
    if (wanted("1b"))
        httpIssue(dir.path(), scale);
    if (wanted("2"))
        callNextLatency(dir.path(), scale);
    if (wanted("3"))
        callToDisplay(dir.path(), std::max(100, scale / 5));
    if (wanted("4"))
        outboxDrain(dir.path(), std::min(10000, scale * 5));
    return 0;
}
