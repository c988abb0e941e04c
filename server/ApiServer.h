#pragma once

#include "server/Router.h"
#include "server/ServerConfig.h"

#include <QAbstractHttpServer>

#include <memory>

namespace ow {

class AccessLog;
class AuthService;
class CommitGroup;
class LanguagePack;

// The HTTP edge: decodes each request, enforces the body limit and the route's access rule,
// calls the handler, and encodes results and errors as JSON in the caller's language.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(const ServerConfig &config, AuthService &auth, const LanguagePack &languages, QObject *parent = nullptr);
    Router &router() { return m_router; }
    // Routes, authenticates, authorises and runs one request as if it had come over HTTP (the
    // sync ingest replays a client's queued operations through it).
    ApiResponse dispatch(const ApiRequest &request) const;
    // The same for a caller already authenticated (the sync ingest, once per push); the route's
    // permission is still checked.
    ApiResponse dispatchAs(const ApiRequest &request, const Account &account) const;

    // Group commit: a change, and every request that arrives while its transaction is open,
    // share one commit at the end of this turn of the event loop (or at `maxGroup` requests);
    // each is answered only after that commit. Without a group every request commits alone.
    void setCommitGroup(CommitGroup *group, int maxGroup);
    // Commits the open group now and answers its requests.
    void commitPending();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse run(const ApiRequest &request, const Account *known) const;
    ApiResponse errorResponse(const Error &error, const QString &language) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiRequest &req, const ApiResponse &res,
              qint64 elapsedMs);

    const ServerConfig &m_config;
    AuthService &m_auth;
    const LanguagePack &m_languages;
    Router m_router;
    AccessLog *m_accessLog; // a child
    CommitGroup *m_group = nullptr;
    int m_maxGroup = 1;
};

} // namespace ow
