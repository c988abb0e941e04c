#include "tests/support/SyncHttp.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace ow::test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString HttpReply::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

HttpReply SyncHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req(m_base.resolved(QUrl(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    QBuffer buffer;
    buffer.setData(body);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, &buffer);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(30000);
    loop.exec();
    HttpReply out;
    if (reply->isFinished()) {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    if (!m_recordPath.isEmpty())
        record(method, path, out);
    return out;
}

void SyncHttp::record(const QByteArray &method, const QString &path, const HttpReply &reply) const
{
    QJsonObject line{{QLatin1String("method"), QString::fromLatin1(method)},
                     {QLatin1String("path"), QUrl(path).path()},
                     {QLatin1String("status"), reply.status},
                     {QLatin1String("content_type"), QString::fromLatin1(reply.header("Content-Type"))}};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error == QJsonParseError::NoError && !reply.body.isEmpty())
        line.insert(QLatin1String("body"), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    QFile file(m_recordPath);
    if (file.open(QIODevice::Append))
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

HttpReply SyncHttp::get(const QString &path, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({QByteArray("Authorization"), "Bearer " + token.toLatin1()});
    return send("GET", path, {}, headers);
}

HttpReply SyncHttp::post(const QString &path, const QJsonObject &body, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({QByteArray("Authorization"), "Bearer " + token.toLatin1()});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QString SyncHttp::login(const QString &username, const QString &password)
{
    const HttpReply r = post(QStringLiteral("/api/v1/sessions"),
                             {{QLatin1String("username"), username}, {QLatin1String("password"), password}});
    return r.status == 201 ? r.json().value(QLatin1String("token")).toString() : QString();
}

} // namespace ow::test
