// bench_http: request throughput and latency of onewindow-server against a bare
// QAbstractHttpServer answering a fixed JSON body, measured in the same run on loopback.
// The ratios say what our edge (routing, auth, SQLite session lookup, JSON) costs.
#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// The baseline: the least an HTTP endpoint built on Qt can do.
class BareServer final : public QAbstractHttpServer
{
protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponse(QByteArray("application/json"), QByteArray(R"({"status":"ok"})")).write(makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

struct Figures
{
    double perSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int failures = 0;
};

// `total` GETs with `concurrency` in flight; the event loop runs the client (and, for the
// bare server, the server too — which is why the server side of the comparison runs in its
// own thread).
Figures run(const QUrl &url, const QByteArray &token, const QByteArray &ifNoneMatch, int total, int concurrency)
{
    QNetworkAccessManager nam;
    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(total));
    int started = 0;
    int finished = 0;
    int failures = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    std::function<void()> startOne = [&]() {
        if (started >= total)
            return;
        ++started;
        QNetworkRequest req(url);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        if (!ifNoneMatch.isEmpty())
            req.setRawHeader("If-None-Match", ifNoneMatch);
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = nam.get(req);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer]() {
            latencies.push_back(static_cast<double>(timer->nsecsElapsed()) / 1e6);
            delete timer;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200 && status != 304)
                ++failures;
            reply->readAll();
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else
                startOne();
        });
    };
    wall.start();
    for (int i = 0; i < concurrency; ++i)
        startOne();
    loop.exec();
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double p) { return latencies[static_cast<size_t>(p * static_cast<double>(latencies.size() - 1))]; };
    return {total / seconds, pct(0.50), pct(0.99), failures};
}

// Starts a server process and returns its base URL from the "listening on" line (empty on failure).
QUrl startServer(QProcess &process, const QString &program, const QStringList &args)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    static const QRegularExpression re(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray out;
    while (process.waitForReadyRead(30000)) {
        out += process.readAll();
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            // Keep draining the server's log so its pipe never fills up.
            QObject::connect(&process, &QProcess::readyRead, &process, [&process]() { process.readAll(); });
            return QUrl(m.captured(1));
        }
    }
    std::fprintf(stderr, "%s did not start:\n%s\n", qPrintable(program), out.constData());
    return {};
}

void print(const char *name, const Figures &f, const Figures &base)
{
    std::printf("%-34s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  ratio to bare %.2f  failures %d\n", name, f.perSecond,
                f.p50Ms, f.p99Ms, f.perSecond / base.perSecond, f.failures);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--serve-bare") {
        BareServer bare;
        std::printf("listening on http://127.0.0.1:%u\n", static_cast<unsigned>(bare.listen(QHostAddress::LocalHost, 0)));
        std::fflush(stdout);
        return QCoreApplication::exec();
    }
    const int total = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 4000;
    const int concurrency = 6; // QNetworkAccessManager's connections per host

    // Both servers run as processes of their own, so each comparison has the same shape.
    QTemporaryDir dir;
    QProcess bareProcess;
    QProcess server;
    const QUrl bareBase = startServer(bareProcess, QCoreApplication::applicationFilePath(), {QStringLiteral("--serve-bare")});
    const QUrl base = startServer(server, QStringLiteral(OW_SERVER_BINARY),
                                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                   dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("--seed-demo")});
    if (base.isEmpty() || bareBase.isEmpty())
        return 1;

    // Log in once for the authenticated runs.
    QNetworkAccessManager nam;
    QNetworkRequest login(base.resolved(QUrl(QStringLiteral("/api/v1/sessions"))));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *r = nam.post(login, QByteArray(R"({"username":"teller1","password":"demo1234"})"));
    QEventLoop wait;
    QObject::connect(r, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    const QByteArray token = QJsonDocument::fromJson(r->readAll()).object().value(QLatin1String("token")).toString().toLatin1();
    QNetworkReply *c = nam.get([&] {
        QNetworkRequest q(base.resolved(QUrl(QStringLiteral("/api/v1/catalogue"))));
        q.setRawHeader("Authorization", "Bearer " + token);
        return q;
    }());
    QObject::connect(c, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    const QByteArray etag = c->rawHeader("ETag");

    std::printf("bench_http: %d requests per run, %d in flight, loopback\n", total, concurrency);
    const QUrl bareUrl = bareBase.resolved(QUrl(QStringLiteral("/ping")));
    run(bareUrl, {}, {}, 200, concurrency); // warm-up
    const Figures bareFig = run(bareUrl, {}, {}, total, concurrency);
    print("bare QAbstractHttpServer", bareFig, bareFig);
    print("GET /health (no auth)", run(base.resolved(QUrl(QStringLiteral("/health"))), {}, {}, total, concurrency), bareFig);
    print("GET /api/v1/me (bearer, SQLite)", run(base.resolved(QUrl(QStringLiteral("/api/v1/me"))), token, {}, total, concurrency), bareFig);
    print("GET /api/v1/catalogue (304)", run(base.resolved(QUrl(QStringLiteral("/api/v1/catalogue"))), token, etag, total, concurrency), bareFig);
    print("GET /api/v1/catalogue (115 KB)", run(base.resolved(QUrl(QStringLiteral("/api/v1/catalogue"))), token, {}, total / 4, concurrency), bareFig);

    for (QProcess *p : {&server, &bareProcess}) {
        p->terminate();
        p->waitForFinished(5000);
    }
    return 0;
}
