#include "core/client/api/SyncApi.h"

#include "core/client/ApiClient.h"
#include "core/client/api/TypedAnswer.h"

#include <QUrl>

namespace ow {

void SyncApi::push(const SyncPush &push, std::function<void(Result<SyncPushAnswer>)> done)
{
    const QJsonObject body = push.toJson();
    m_api.send("POST", QStringLiteral("/api/v1/sync/push"), &body, answerAs<SyncPushAnswer>(std::move(done)));
}

void SyncApi::cursor(const QString &device, std::function<void(Result<SyncCursor>)> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/sync/cursor?device=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(device))),
               nullptr, answerAs<SyncCursor>(std::move(done)));
}

} // namespace ow
