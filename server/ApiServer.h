#pragma once

#include "server/Router.h"
#include "server/ServerConfig.h"

#include <QAbstractHttpServer>

#include <memory>

namespace ow {

class AuthService;
class LanguagePack;

// The HTTP edge: decodes each request, enforces the body limit and the route's access rule,
// calls the handler, and encodes results and errors as JSON in the caller's language.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(const ServerConfig &config, const AuthService &auth, const LanguagePack &languages, QObject *parent = nullptr);
    Router &router() { return m_router; }
    // Routes, authenticates, authorises and runs one request as if it had come over HTTP (the
    // sync ingest replays a client's queued operations through it).
    ApiResponse dispatch(const ApiRequest &request) const;
    // The same for a caller already authenticated (the sync ingest, once per push); the route's
    // permission is still checked.
    ApiResponse dispatchAs(const ApiRequest &request, const Account &account) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse run(const ApiRequest &request, const Account *known) const;
    ApiResponse errorResponse(const Error &error, const QString &language) const;

    const ServerConfig &m_config;
    const AuthService &m_auth;
    const LanguagePack &m_languages;
    Router m_router;
};

} // namespace ow
