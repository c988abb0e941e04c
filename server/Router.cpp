#include "server/Router.h"

namespace ow {

void Router::add(HttpMethod method, const QString &path, Access access, Handler handler, RouteCommit commit)
{
    m_routes.append({method, path, access, std::move(handler), commit, path.split(QLatin1Char('/'))});
}

bool Router::matches(const QString &pattern, const QString &path, QHash<QString, QString> *params)
{
    return matches(pattern.split(QLatin1Char('/')), path.split(QLatin1Char('/')), params);
}

bool Router::matches(const QStringList &want, const QStringList &have, QHash<QString, QString> *params)
{
    if (want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &w = want[i];
        if (w.startsWith(QLatin1Char('{')) && w.endsWith(QLatin1Char('}'))) {
            if (have[i].isEmpty())
                return false;
        } else if (w != have[i]) {
            return false;
        }
    }
    if (params) {
        QHash<QString, QString> found;
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QString &w = want[i];
            if (w.startsWith(QLatin1Char('{')) && w.endsWith(QLatin1Char('}')))
                found.insert(w.mid(1, w.size() - 2), have[i]);
        }
        *params = found;
    }
    return true;
}

Result<const Route *> Router::match(HttpMethod method, const QString &path, QHash<QString, QString> *params) const
{
    // The path is split once; each route's pattern was split when it was added.
    const QStringList have = path.split(QLatin1Char('/'));
    bool pathKnown = false;
    for (const Route &r : m_routes) {
        if (!matches(r.segments, have, nullptr))
            continue;
        pathKnown = true;
        if (r.method == method) {
            matches(r.segments, have, params);
            return &r;
        }
    }
    return Error{pathKnown ? ErrorCode::MethodNotAllowed : ErrorCode::NotFound, path, {}};
}

} // namespace ow
