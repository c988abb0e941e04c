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

namespace {
// If-None-Match (RFC 9110 13.1.2): "*" or a list of tags, compared weakly, so the W/ form a
// compressing proxy turns our ETag into still revalidates. Our tags never contain commas.
bool noneMatchHits(const QByteArray &header, const QByteArray &etag)
{
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == "*" || (!tag.isEmpty() && tag == etag))
            return true;
    }
    return false;
}

// Accept-Encoding (RFC 9110 12.5.3) names `deflate` without refusing it (q=0).
bool acceptsDeflate(const QByteArray &header)
{
    for (const QByteArray &item : header.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        if (parts.first().trimmed().toLower() != "deflate")
            continue;
        for (const QByteArray &p : parts.mid(1)) {
            const QByteArray param = p.trimmed().toLower();
            if (param.startsWith("q=") && param.mid(2).toDouble() == 0.0)
                return false;
        }
        return true;
    }
    return false;
}
} // namespace

ApiResponse ApiResponse::validated(const ApiRequest &request, const QByteArray &json, const QByteArray &etag,
                                   const QByteArray &deflated)
{
    ApiResponse r{200, json, "application/json", {{"ETag", etag}, {"Cache-Control", "no-cache"}}};
    if (!deflated.isEmpty())
        r.headers.append(qMakePair(QByteArray("Vary"), QByteArray("Accept-Encoding")));
    if (noneMatchHits(request.header("If-None-Match"), etag)) {
        r.status = 304;
        r.body.clear();
        r.contentType.clear();
    } else if (!deflated.isEmpty() && acceptsDeflate(request.header("Accept-Encoding"))) {
        r.body = deflated;
        r.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("deflate")));
    }
    return r;
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
    case ErrorCode::TooManyRequests:
        return 429;
    case ErrorCode::Unavailable:
        return 503;
    case ErrorCode::Internal:
        break;
    }
    return 500;
}

} // namespace ow
