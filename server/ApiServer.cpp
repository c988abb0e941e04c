#include "server/ApiServer.h"
#include "server/AccessLog.h"

#include "core/service/audit/AuditSource.h"
#include "core/service/security/AuthService.h"
#include "core/service/store/CommitGroup.h"
#include "core/domain/util/ErrorMessages.h"
#include "core/domain/util/LanguagePack.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace ow {

namespace {
HttpMethod methodOf(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return HttpMethod::Get;
    case QHttpServerRequest::Method::Post:
        return HttpMethod::Post;
    case QHttpServerRequest::Method::Put:
        return HttpMethod::Put;
    case QHttpServerRequest::Method::Patch:
        return HttpMethod::Patch;
    case QHttpServerRequest::Method::Delete:
        return HttpMethod::Delete;
    default:
        return HttpMethod::Other;
    }
}

// Asks the kernel to acknowledge what comes next on this connection at once. Having answered,
// the connection looks interactive to Linux, which then delays its ACKs (up to 40 ms) hoping to
// ride them on the next answer. Qt's HTTP client sends a large request's body after its head
// without TCP_NODELAY, so Nagle holds the body until the head is acknowledged: a sync push would
// wait out the delayed ACK before the server even saw it (measured: 44 ms per push).
void quickAck(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    const int on = 1;
    (void)::setsockopt(static_cast<int>(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}

// An IPv4 caller reaching a dual-stack socket shows as ::ffff:a.b.c.d: counted as a.b.c.d, so
// that one machine has one count however the server listens.
QString clientAddress(const QHostAddress &peer)
{
    bool v4 = false;
    const quint32 ip = peer.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip).toString() : peer.toString();
}

} // namespace

ApiServer::ApiServer(const ServerConfig &config, AuthService &auth, const LanguagePack &languages, QObject *parent)
    : QAbstractHttpServer(parent), m_config(config), m_auth(auth), m_languages(languages), m_accessLog(new AccessLog(stderr, this))
{}

ApiResponse ApiServer::errorResponse(const Error &error, const QString &language) const
{
    QJsonObject body = error.extra;
    // A field's reason written as an "ow::Errors" source text (RectificationRules) is translated
    // into the request's language like the message; any other reason passes as it is.
    if (QJsonObject fields = body.value(QLatin1String("fields")).toObject(); !fields.isEmpty()) {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.value().isString())
                it.value() = m_languages.translate(language, "ow::Errors", it.value().toString().toUtf8().constData());
        }
        body.insert(QLatin1String("fields"), fields);
    }
    body.insert(QLatin1String("code"), toString(error.code));
    body.insert(QLatin1String("message"), errorMessage(error, m_languages, language));
    ApiResponse r = ApiResponse::json({{QLatin1String("error"), body}}, httpStatusFor(error.code));
    if (error.code == ErrorCode::Unauthorized || error.code == ErrorCode::InvalidCredentials)
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"onewindow\"")));
    // A lock or a pause says how long it lasts, in the body for the clients and as the standard
    // header for anything else (a proxy, a script).
    if (const QJsonValue wait = error.extra.value(QLatin1String("retry_after_seconds")); wait.isDouble())
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(wait.toInteger())));
    return r;
}

ApiResponse ApiServer::dispatch(const ApiRequest &request) const
{
    return run(request, nullptr);
}

ApiResponse ApiServer::dispatchAs(const ApiRequest &request, const Account &account) const
{
    return run(request, &account);
}

ApiResponse ApiServer::run(const ApiRequest &request, const Account *known) const
{
    if (request.body.size() > m_config.maxBodyBytes)
        return errorResponse({ErrorCode::PayloadTooLarge, {}, {}}, request.language);
    ApiRequest req = request;
    auto route = m_router.match(request.method, request.path, &req.params);
    if (!route)
        return errorResponse(route.error(), request.language);
    const Route &r = *route.value();

    std::optional<Account> account;
    if (!r.access.publicRoute) {
        if (known) {
            account = *known;
        } else {
            auto who = m_auth.authenticate(request.bearerToken());
            if (!who)
                return errorResponse(who.error(), request.language);
            account = std::move(who).value();
        }
        if (account->mustChangePassword && !r.access.beforePasswordChange) {
            Error e = forbiddenError(QStringLiteral("password_change_required"));
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Change your one-time password before anything else."), {}};
            return errorResponse(e, request.language);
        }
        if (!r.access.permissions.isEmpty()) {
            if (auto st = AuthService::authorizeAny(*account, r.access.permissions); !st)
                return errorResponse(st.error(), request.language);
        }
        if (r.access.hall) {
            if (auto st = requireHall(*account, req.params.value(QStringLiteral("hall")), *r.access.hall); !st)
                return errorResponse(st.error(), request.language);
        }
    }
    const AuditSource::Scope source(req.source);
    auto result = r.handler(req, account ? &*account : nullptr);
    if (!result) {
        if (result.error().code == ErrorCode::Internal)
            qCWarning(lcHttp) << "internal error on" << request.path << ':' << result.error().detail;
        return errorResponse(result.error(), request.language);
    }
    return result.value();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest req;
    req.method = methodOf(request.method());
    req.path = request.url().path();
    req.query = request.query();
    req.headers = request.headers();
    req.body = request.body();
    req.source = QStringLiteral("ip:") + socket->peerAddress().toString();
    req.address = clientAddress(socket->peerAddress());
    req.language = LanguagePack::fromAcceptLanguage(QString::fromLatin1(req.header("Accept-Language")));

    // Qt 6.4 hands a WebSocket upgrade to the EventHub after this call: answer nothing here.
    if (req.header("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && req.path == QLatin1String("/api/v1/events"))
        return true;

    if (!socket->property("ow-quick-ack").toBool()) {
        // From now on, whatever arrives on this connection is acknowledged at once (see quickAck).
        socket->setProperty("ow-quick-ack", true);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { quickAck(socket); });
    }

    if (!m_group || (!m_group->isOpen() && req.method == HttpMethod::Get)) {
        send(request, socket, req, dispatch(req), timer.elapsed());
        return true;
    }
    // A route that is a group of its own (a sync push) commits alone, after what came before it.
    // Its operations' savepoints then sit directly in its own transaction: in a savepoint of the
    // group, SQLite's savepoint journal would hold every page the push touched, and each
    // operation's release would walk all of it.
    if (const auto route = m_router.match(req.method, req.path); route && route.value()->commit == RouteCommit::OwnTransaction) {
        commitPending();
        send(request, socket, req, dispatch(req), timer.elapsed());
        return true;
    }
    // A change, or anything asked while a change is waiting for its commit: joins the group.
    // The request object lives as long as its socket, so both are checked together on answer.
    const bool opening = !m_group->isOpen();
    auto res = std::make_shared<ApiResponse>();
    m_group->run(
        [&]() -> Status {
            *res = dispatch(req);
            return okStatus();
        },
        [this, res, req, timer, request = &request, socket = QPointer<QTcpSocket>(socket)](const Status &kept) {
            // `kept`: this request's work is on disk (else the commit or its savepoint failed).
            if (!socket)
                return; // the caller has gone; what it asked for is stored all the same
            if (!kept)
                qCWarning(lcHttp) << "not stored:" << kept.error().detail;
            send(*request, socket, req, kept ? *res : errorResponse(kept.error(), req.language), timer.elapsed());
        });
    if (m_group->size() >= m_maxGroup)
        commitPending();
    else if (opening && m_group->isOpen())
        QTimer::singleShot(0, this, &ApiServer::commitPending);
    return true;
}

void ApiServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiRequest &req, const ApiResponse &res,
                     qint64 elapsedMs)
{
    QHttpServerResponse response(res.contentType, res.body, static_cast<QHttpServerResponse::StatusCode>(res.status));
    response.addHeader("Cache-Control", "no-store");
    if (!res.contentType.isEmpty() && res.contentType.startsWith("application/json"))
        response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.addHeader("Content-Language", req.language == QLatin1String("en") ? "en" : "zh-CN");
    for (const auto &[k, v] : res.headers)
        response.setHeader(k, v); // a handler may override the defaults above
    response.write(makeResponder(request, socket));
    // Out now, not when the event loop next looks at this socket: a long request (a sync push)
    // may be handled first, and the caller would wait for it too.
    socket->flush();
    m_accessLog->record(req.method, req.path, res.status, elapsedMs);
}

void ApiServer::setCommitGroup(CommitGroup *group, int maxGroup)
{
    commitPending();
    m_group = group;
    m_maxGroup = std::max(1, maxGroup);
}

void ApiServer::commitPending()
{
    if (m_group && m_group->isOpen())
        (void)m_group->commit();
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ApiResponse res = errorResponse({ErrorCode::NotFound, {}, {}}, LanguagePack::defaultLanguage());
    QHttpServerResponse(res.contentType, res.body, QHttpServerResponse::StatusCode::NotFound).write(makeResponder(request, socket));
}

} // namespace ow
