#pragma once

#include "core/client/ApiClient.h"

#include <QJsonDocument>

#include <functional>

namespace ow {

// An answer of the server as its contract type: the transport's error as it came (the server's
// code and translated message, or Unavailable), or the body read by T::fromJson — an answer that
// does not fit the contract is Internal, with the fields that did not fit in `extra`.
template<typename T>
Result<T> typedAnswer(const Result<ApiReply> &reply)
{
    if (!reply)
        return reply.error();
    auto value = T::fromJson(reply.value().json);
    if (!value)
        return Error{ErrorCode::Internal,
                     QStringLiteral("unexpected answer: %1")
                         .arg(QString::fromUtf8(QJsonDocument(value.error().extra).toJson(QJsonDocument::Compact))),
                     value.error().extra};
    return value;
}

// The callback of a typed call: the transport's callback that reads the answer as T first.
template<typename T>
ApiClient::Callback answerAs(std::function<void(Result<T>)> done)
{
    return [done = std::move(done)](Result<ApiReply> reply) { done(typedAnswer<T>(reply)); };
}

} // namespace ow
