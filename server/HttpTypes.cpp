#include "server/HttpTypes.h"

namespace ow {

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiRequest::bearerToken() const
{
    const QByteArray auth = header("Authorization").trimmed();
    static const QByteArray scheme = "bearer ";
    if (auth.size() <= scheme.size() || auth.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(auth.mid(scheme.size()).trimmed());
}

Result<QJsonObject> ApiRequest::jsonBody() const
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error{ErrorCode::InvalidJson, err.errorString(), {}};
    if (!doc.isObject())
        return Error{ErrorCode::InvalidJson, QStringLiteral("expected a JSON object"), {}};
    return doc.object();
}

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::empty(int status)
{
    return {status, {}, {}, {}};
}

int httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidJson:
    case ErrorCode::BadRequest:
        return 400;
    case ErrorCode::Unauthorized:
    case ErrorCode::InvalidCredentials:
        return 401;
    case ErrorCode::Forbidden:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::MethodNotAllowed:
        return 405;
    case ErrorCode::Conflict:
        return 409;
    case ErrorCode::PayloadTooLarge:
        return 413;
    case ErrorCode::ValidationFailed:
        return 422;
    case ErrorCode::AccountLocked:
        return 423;
    case ErrorCode::Unavailable:
        return 503;
    case ErrorCode::Internal:
        break;
    }
    return 500;
}

} // namespace ow
