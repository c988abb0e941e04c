#pragma once

#include "core/domain/api/HttpMethod.h"
#include "core/domain/util/Error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace ow {


// A request as the handlers see it: decoded once at the edge.
struct ApiRequest
{
    HttpMethod method = HttpMethod::Other;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString language; // from Accept-Language: zh_CN (default) or en
    QHash<QString, QString> params; // {name} segments of the matched route
    QUrlQuery query;
    // Where it came from, for the audit trail: "ip:ADDRESS", or "outbox:DEVICE" when replayed
    // from a device's outbox.
    QString source;
    // The caller's IP address as this server sees it (no proxy header is trusted); empty when
    // replayed from an outbox. Failed logins are counted per address.
    QString address;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
    QString bearerToken() const;
    // The body as a JSON object, or InvalidJson.
    Result<QJsonObject> jsonBody() const;
    // The body as the contract type T (InvalidJson, or ValidationFailed naming the fields).
    template<typename T>
    Result<T> bodyAs() const
    {
        auto body = jsonBody();
        if (!body)
            return body.error();
        return T::fromJson(body.value());
    }
};

// What a handler answers. The server adds the common headers and writes it out.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse empty(int status);
    // A JSON body kept ready between changes, with its ETag: 304 without a body when the caller
    // already holds it; the `deflate` coding when there is one and the caller accepts it.
    static ApiResponse validated(const ApiRequest &request, const QByteArray &json, const QByteArray &etag,
                                 const QByteArray &deflated = {});
};

int httpStatusFor(ErrorCode code);

} // namespace ow
