#include "server/Router.h"

namespace ow {

void Router::add(HttpMethod method, const QString &path, Access access, Handler handler)
{
    m_routes.append({method, path, access, std::move(handler)});
}

bool Router::matches(const QString &pattern, const QString &path, QHash<QString, QString> *params)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    const QStringList have = path.split(QLatin1Char('/'));
    if (want.size() != have.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &w = want[i];
        if (w.startsWith(QLatin1Char('{')) && w.endsWith(QLatin1Char('}'))) {
            if (have[i].isEmpty())
                return false;
            found.insert(w.mid(1, w.size() - 2), have[i]);
        } else if (w != have[i]) {
            return false;
        }
    }
    if (params)
        *params = found;
    return true;
}

Result<const Route *> Router::match(HttpMethod method, const QString &path, QHash<QString, QString> *params) const
{
    bool pathKnown = false;
    for (const Route &r : m_routes) {
        if (!matches(r.path, path, nullptr))
            continue;
        pathKnown = true;
        if (r.method == method) {
            matches(r.path, path, params);
            return &r;
        }
    }
    return Error{pathKnown ? ErrorCode::MethodNotAllowed : ErrorCode::NotFound, path, {}};
}

} // namespace ow
