#pragma once

#include "core/client/TlsTrust.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ow {

// One answer from the server: the status, the JSON body, and the ETag if any.
struct ApiReply
{
    int status = 0;
    QJsonObject json;
    QByteArray etag;
};

// The REST client of the desktop programs. Asynchronous; every call ends in exactly one
// callback with either the reply or an Error (Unavailable when the server cannot be reached,
// otherwise the server's error code, with its translated message in `detail`).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<ApiReply>)>;

    explicit ApiClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_base = url; }
    const QUrl &baseUrl() const { return m_base; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    const QString &token() const { return m_token; }
    // The UI's language (zh_CN or en), sent as Accept-Language with every request: the server
    // answers its texts (errors, risk alerts' findings) in it.
    void setLanguage(const QString &language) { m_language = language; }
    const QString &language() const { return m_language; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Whom an https:// server must prove to be (its certificate verified, never ignored). A
    // certificate that does not verify ends the call in TlsTrust::handshakeFailed, its text
    // saying why, before anything is sent.
    void setTlsTrust(TlsTrust trust) { m_trust = std::move(trust); }
    const TlsTrust &tlsTrust() const { return m_trust; }

    // The one way a request goes out. The typed calls of core/client/api/ (SessionApi, QueueApi,
    // CaseApi, AppointmentApi, SyncApi) build the path and the body and read the answer.
    void send(const QByteArray &method, const QString &path, const QJsonObject *body, Callback done,
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A body that is not JSON (a file uploaded as it is, e.g. a CSV calendar), of `contentType`.
    void sendFile(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
                  Callback done);

private:
    // `contentType` empty: no body.
    void sendBytes(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
                   Callback done, const QList<QPair<QByteArray, QByteArray>> &headers);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    TlsTrust m_trust;
    QString m_token;
    QString m_language = QStringLiteral("zh_CN");
    int m_timeoutMs = 8000;
};

} // namespace ow
