#pragma once

#include "core/security/Account.h"
#include "server/HttpTypes.h"

#include <functional>
#include <optional>

namespace ow {

// What a route needs before its handler runs: nothing (public), a valid session, or a session
// whose role has a permission (checked by core's AuthService::authorize).
struct Access
{
    bool publicRoute = false;
    std::optional<Permission> permission;
    static Access open() { return {true, std::nullopt}; }
    static Access session() { return {false, std::nullopt}; }
    static Access needs(Permission p) { return {false, p}; }
};

using Handler = std::function<Result<ApiResponse>(const ApiRequest &, const Account *)>;

struct Route
{
    HttpMethod method;
    QString path;
    Access access;
    Handler handler;
};

// Path routing with `{name}` segments (e.g. /api/v1/tickets/{id}/recall). An unknown path is
// 404; a known path with another method is 405.
class Router
{
public:
    void add(HttpMethod method, const QString &path, Access access, Handler handler);
    // The route, or NotFound / MethodNotAllowed; fills `params` from the path.
    Result<const Route *> match(HttpMethod method, const QString &path, QHash<QString, QString> *params = nullptr) const;
    static bool matches(const QString &pattern, const QString &path, QHash<QString, QString> *params);
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace ow
