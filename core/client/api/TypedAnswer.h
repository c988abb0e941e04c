#pragma once

#include "core/client/ApiClient.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace ow {

// What every typed call of core/client/api shares: reading an answer into its contract type, and
// putting a typed value into a path.

// The body as T, or — an answer that does not fit the contract — Internal, naming the fields at
// fault in `detail` and keeping them in `extra`.
template<typename T>
Result<T> parsedAnswer(const QJsonObject &json)
{
    auto value = T::fromJson(json);
    if (value)
        return value;
    QStringList problems;
    const QJsonObject fields = value.error().extra.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        problems << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
    return Error{ErrorCode::Internal,
                 QStringLiteral("unexpected answer from the server (%1)").arg(problems.join(QStringLiteral("; "))),
                 value.error().extra};
}

// The transport's error as it came (the server's code and translated message, or Unavailable),
// or the answer as T.
template<typename T>
Result<T> typedAnswer(const Result<ApiReply> &reply)
{
    if (!reply)
        return reply.error();
    return parsedAnswer<T>(reply.value().json);
}

// The transport's callback for a typed call.
template<typename T>
ApiClient::Callback answerAs(std::function<void(Result<T>)> done)
{
    return [done = std::move(done)](Result<ApiReply> reply) { done(typedAnswer<T>(reply)); };
}

// A path segment as typed (a code, a number, a hall): escaped, so nothing typed can change the path.
inline QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace ow
