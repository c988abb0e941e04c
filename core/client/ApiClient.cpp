#include "core/client/ApiClient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace ow {

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

void ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject *body, Callback done,
                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (body)
        sendBytes(method, path, QJsonDocument(*body).toJson(QJsonDocument::Compact), "application/json", std::move(done), headers);
    else
        sendBytes(method, path, {}, {}, std::move(done), headers);
}

void ApiClient::sendFile(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
                         Callback done)
{
    sendBytes(method, path, body, contentType, std::move(done), {});
}

void ApiClient::sendBytes(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
                          Callback done, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req(m_base.resolved(QUrl(path)));
    if (req.url().scheme() == QLatin1String("https"))
        req.setSslConfiguration(m_trust.configuration());
    req.setTransferTimeout(m_timeoutMs);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Accept-Language", m_language == QLatin1String("en") ? "en" : "zh-CN");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);

    QBuffer *payload = nullptr;
    if (!contentType.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        payload = new QBuffer;
        payload->setData(body);
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, payload);
    if (payload)
        payload->setParent(reply);
    // What the handshake found wrong with the server's certificate, for the user's text. Not
    // ignored: the reply then fails with SslHandshakeFailedError and nothing is sent.
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors, done = std::move(done)]() {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            done(TlsTrust::handshakeFailed(m_trust.refusal(reply->url(), *sslErrors, reply->errorString())));
            return;
        }
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttr.isValid()) {
            done(Error{ErrorCode::Unavailable, reply->errorString(), {}});
            return;
        }
        const QByteArray bytes = reply->readAll();
        // A connection that broke mid-reply is not an answer, whatever the status line said
        // (Qt 6.4 may report a body cut short as complete).
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool transportFailed = reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ProxyConnectionRefusedError;
        if (transportFailed || (declared.isValid() && bytes.size() < declared.toLongLong())) {
            done(Error{ErrorCode::Unavailable, reply->errorString(), {}});
            return;
        }
        ApiReply out;
        out.status = statusAttr.toInt();
        out.etag = reply->rawHeader("ETag");
        out.json = QJsonDocument::fromJson(bytes).object();
        if (out.status >= 400) {
            const QJsonObject err = out.json.value(QLatin1String("error")).toObject();
            const ErrorCode code = err.isEmpty() ? ErrorCode::Internal
                                                 : errorCodeFromString(err.value(QLatin1String("code")).toString());
            done(Error{code, err.value(QLatin1String("message")).toString(), err});
            return;
        }
        done(std::move(out));
    });
}

} // namespace ow
