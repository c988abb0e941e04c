#pragma once

#include "core/domain/security/Account.h"
#include "server/HttpTypes.h"

#include <functional>
#include <optional>

namespace ow {

// What a route needs before its handler runs: nothing (public), a valid session, or a session
// whose role has a permission — or one of several (checked by core's AuthService::authorize); and, for a route with
// a {hall} segment, whose halls the account may name (checked by core's requireHall).
struct Access
{
    bool publicRoute = false;
    QList<Permission> permissions; // any one of them will do; none: any session
    std::optional<HallScope> hall;
    // Open to a session whose account still has a one-time password (every other route refuses
    // it until the password is changed).
    bool beforePasswordChange = false;
    static Access open() { return {true, {}, std::nullopt}; }
    static Access session() { return {false, {}, std::nullopt}; }
    static Access needs(Permission p) { return {false, {p}, std::nullopt}; }
    static Access needsAnyOf(std::initializer_list<Permission> any) { return {false, QList<Permission>(any), std::nullopt}; }
    Access evenBeforePasswordChange() const
    {
        Access a = *this;
        a.beforePasswordChange = true;
        return a;
    }
    // The route's {hall} must be one the account may act on.
    Access inHall(HallScope scope = HallScope::Own) const
    {
        Access a = *this;
        a.hall = scope;
        return a;
    }
};

using Handler = std::function<Result<ApiResponse>(const ApiRequest &, const Account *)>;

// How a route's work is committed. Most join the server's group commit; a handler that already
// makes one transaction of many changes (a sync push) commits alone, so its operations' savepoints
// nest in its own transaction rather than in a savepoint of the group.
enum class RouteCommit { Grouped, OwnTransaction };

struct Route
{
    HttpMethod method;
    QString path;
    Access access;
    Handler handler;
    RouteCommit commit = RouteCommit::Grouped;
    QStringList segments; // `path` split at '/', once
};

// Path routing with `{name}` segments (e.g. /api/v1/tickets/{id}/recall). An unknown path is
// 404; a known path with another method is 405.
class Router
{
public:
    void add(HttpMethod method, const QString &path, Access access, Handler handler, RouteCommit commit = RouteCommit::Grouped);
    // The route, or NotFound / MethodNotAllowed; fills `params` from the path.
    Result<const Route *> match(HttpMethod method, const QString &path, QHash<QString, QString> *params = nullptr) const;
    static bool matches(const QString &pattern, const QString &path, QHash<QString, QString> *params);
    const QList<Route> &routes() const { return m_routes; }

private:
    static bool matches(const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace ow
