#include "server/SyncReplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace ow {

Result<SyncPush> SyncReplay::decode(const ApiRequest &request)
{
    auto body = request.jsonBody();
    if (!body)
        return body.error();
    auto push = SyncPush::fromJson(body.value());
    if (!push)
        return push.error();
    for (const SyncOperation &op : push.value().ops) {
        // As written and as the router will see it, %-escapes decoded: "/api/v1/%73ync/push" is
        // the sync push itself, which must not replay inside a push.
        const QString routed = QUrl(op.path).path();
        for (const QString &path : {op.path, routed}) {
            if (!path.startsWith(QLatin1String("/api/v1/")) || path.startsWith(QLatin1String("/api/v1/sync")))
                return invalidFieldError(QStringLiteral("path"), QStringLiteral("an /api/v1/ path other than /api/v1/sync"));
        }
    }
    return push;
}

ApiRequest SyncReplay::request(const SyncOperation &op, const ApiRequest &push, const QString &device)
{
    ApiRequest replay;
    replay.method = httpMethodFromString(op.method).value_or(HttpMethod::Other);
    const QUrl url(op.path);
    replay.path = url.path();
    replay.query = QUrlQuery(url);
    replay.headers = push.headers;
    replay.language = push.language;
    replay.source = QStringLiteral("outbox:") + device; // the device, not the address it synced from
    replay.body = op.body ? QJsonDocument(*op.body).toJson(QJsonDocument::Compact) : QByteArray();
    return replay;
}

QJsonValue SyncReplay::answerBody(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue();
}

} // namespace ow
