#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace ow::test {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const; // error.code of an error body
};

// Blocking HTTP for tests: sends one request, spins the event loop until the reply (or a
// timeout, which fails with status 0).
class SyncHttp
{
public:
    explicit SyncHttp(QUrl base) : m_base(std::move(base)) {}
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply get(const QString &path, const QString &token = {});
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    // Logs in and returns the token (empty on failure).
    QString login(const QString &username, const QString &password);

    // From now on every exchange is appended to `jsonlPath` as one JSON line
    // {method, path, status, content_type, body} — what docs/tools/check-answers.mjs validates
    // against docs/api/openapi.yaml (see tests/support/ContractCheck.h).
    void recordTo(const QString &jsonlPath) { m_recordPath = jsonlPath; }

private:
    void record(const QByteArray &method, const QString &path, const HttpReply &reply) const;
    QUrl m_base;
    QString m_recordPath;
    QNetworkAccessManager m_nam;
};

} // namespace ow::test
