#pragma once

#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/RatingBodies.h"
#include "tests/support/SyncHttp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ow::test {

// A hall's day driven through the REST API, as kiosks and tellers drive it: issue, open a window,
// call, serve, finish, rate, no-show. Each step answers whether the server took it (the ticket's
// id for issue and call-next, 0 when refused), so a test can QVERIFY every one.
class QueueDriver
{
public:
    explicit QueueDriver(SyncHttp &http) : m_http(http) {}

    qint64 issue(const QString &hall, const QString &token, const QStringList &services, const QString &residentId = {})
    {
        QJsonObject body{{QLatin1String("services"), QJsonArray::fromStringList(services)}};
        if (!residentId.isEmpty())
            body.insert(QLatin1String("resident_id"), residentId);
        const HttpReply r = m_http.post(QStringLiteral("/api/v1/halls/%1/tickets").arg(hall), body, token);
        return r.status == 201 ? r.json().value(QLatin1String("id")).toInteger() : 0;
    }
    bool open(const QString &hall, int window, const QString &token)
    {
        const QByteArray body = QJsonDocument(WindowStateChange{WindowState::Open, {}, std::nullopt}.toJson()).toJson();
        return m_http.send("PUT", QStringLiteral("/api/v1/halls/%1/windows/%2").arg(hall).arg(window), body,
                           {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}})
                   .status
               == 200;
    }
    qint64 callNext(const QString &hall, int window, const QString &token)
    {
        const HttpReply r = m_http.post(QStringLiteral("/api/v1/halls/%1/windows/%2/call-next").arg(hall).arg(window), {}, token);
        return r.status == 200 ? r.json().value(QLatin1String("id")).toInteger() : 0;
    }
    bool serve(qint64 ticket, int window, const QString &token)
    {
        return act(ticket, "serve", {{QLatin1String("window"), window}}, token);
    }
    bool finish(qint64 ticket, int window, const QString &service, const QString &token)
    {
        return act(ticket, "finish", FinishRequest{window, {{service, MatterOutcome::Done, {}}}}.toJson(), token);
    }
    bool noShow(qint64 ticket, int window, const QString &token)
    {
        return act(ticket, "no-show", {{QLatin1String("window"), window}}, token);
    }
    bool rate(qint64 ticket, const QString &service, RatingLevel level, const QString &token)
    {
        return m_http.post(QStringLiteral("/api/v1/tickets/%1/rating").arg(ticket), RatingRequest{service, level}.toJson(), token).status == 201;
    }
    // Call the next ticket at the window, serve and finish it (its one matter `service`), and rate
    // it if `level` is given; its id, 0 if any step was refused.
    qint64 serveNext(const QString &hall, int window, const QString &service, const QString &token,
                     std::optional<RatingLevel> level = std::nullopt)
    {
        const qint64 id = callNext(hall, window, token);
        if (!id || !serve(id, window, token) || !finish(id, window, service, token))
            return 0;
        if (level && !rate(id, service, *level, token))
            return 0;
        return id;
    }

private:
    bool act(qint64 ticket, const char *action, const QJsonObject &body, const QString &token)
    {
        return m_http.post(QStringLiteral("/api/v1/tickets/%1/%2").arg(ticket).arg(QLatin1String(action)), body, token).status == 200;
    }
    SyncHttp &m_http;
};

} // namespace ow::test
