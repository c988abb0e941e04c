#include "server/Router.h"

namespace ow {

void Router::add(HttpMethod method, const QString &path, Access access, Handler handler)
{
    m_routes.append({method, path, access, std::move(handler)});
}

Result<const Route *> Router::match(HttpMethod method, const QString &path) const
{
    bool pathKnown = false;
    for (const Route &r : m_routes) {
        if (r.path != path)
            continue;
        pathKnown = true;
        if (r.method == method)
            return &r;
    }
    return Error{pathKnown ? ErrorCode::MethodNotAllowed : ErrorCode::NotFound, path, {}};
}

} // namespace ow
