#include "server/SyncIngest.h"

#include "core/domain/security/Account.h"
#include "core/sql/Database.h"
#include "core/domain/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace ow {

namespace {

struct Op
{
    QString opId;
    qint64 seq = 0;
    QString method;
    QString path;
    QJsonValue body;
    QString deviceTime;
};

Error invalid(const QString &field, const QString &why)
{
    return Error{ErrorCode::ValidationFailed, why, {{QLatin1String("fields"), QJsonObject{{field, why}}}}};
}

HttpMethod methodOf(const QString &m)
{
    if (m == QLatin1String("POST"))
        return HttpMethod::Post;
    if (m == QLatin1String("PUT"))
        return HttpMethod::Put;
    if (m == QLatin1String("PATCH"))
        return HttpMethod::Patch;
    if (m == QLatin1String("DELETE"))
        return HttpMethod::Delete;
    return HttpMethod::Other;
}

QString outcomeOf(int status)
{
    if (status >= 200 && status < 300)
        return QStringLiteral("acked");
    if (status == 409)
        return QStringLiteral("conflict");
    return QStringLiteral("rejected");
}

QJsonObject result(const QString &opId, qint64 seq, const QString &outcome, int status, const QJsonValue &body)
{
    return {{QLatin1String("op_id"), opId}, {QLatin1String("seq"), seq}, {QLatin1String("outcome"), outcome},
            {QLatin1String("status"), status}, {QLatin1String("body"), body}};
}

QJsonValue bodyJson(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue();
}

Result<QList<Op>> parseOps(const QJsonArray &ops)
{
    if (ops.isEmpty() || ops.size() > SyncIngest::kMaxOps)
        return invalid(QStringLiteral("ops"), QStringLiteral("1 to %1 operations").arg(SyncIngest::kMaxOps));
    QList<Op> out;
    QSet<QString> opIds;
    QSet<qint64> seqs;
    for (const QJsonValue &v : ops) {
        const QJsonObject o = v.toObject();
        Op op;
        op.opId = o.value(QLatin1String("op_id")).toString();
        op.seq = o.value(QLatin1String("seq")).toInteger(0);
        op.method = o.value(QLatin1String("method")).toString();
        op.path = o.value(QLatin1String("path")).toString();
        op.body = o.value(QLatin1String("body"));
        op.deviceTime = o.value(QLatin1String("device_time")).toString();
        if (op.opId.isEmpty() || op.opId.size() > 64)
            return invalid(QStringLiteral("op_id"), QStringLiteral("required, at most 64 characters"));
        if (op.seq <= 0)
            return invalid(QStringLiteral("seq"), QStringLiteral("a positive integer"));
        if (methodOf(op.method) == HttpMethod::Other)
            return invalid(QStringLiteral("method"), QStringLiteral("POST, PUT, PATCH or DELETE"));
        if (!op.path.startsWith(QLatin1String("/api/v1/")) || op.path.startsWith(QLatin1String("/api/v1/sync")))
            return invalid(QStringLiteral("path"), QStringLiteral("an /api/v1/ path other than /api/v1/sync"));
        if (!op.body.isObject() && !op.body.isNull() && !op.body.isUndefined())
            return invalid(QStringLiteral("body"), QStringLiteral("a JSON object or null"));
        if (opIds.contains(op.opId) || seqs.contains(op.seq))
            return invalid(QStringLiteral("ops"), QStringLiteral("op ids and sequence numbers are unique in a push"));
        opIds.insert(op.opId);
        seqs.insert(op.seq);
        out.append(op);
    }
    std::sort(out.begin(), out.end(), [](const Op &a, const Op &b) { return a.seq < b.seq; });
    return out;
}

} // namespace

SyncIngest::SyncIngest(const Database &db, const Clock &clock, Dispatch dispatch)
    : m_db(db), m_clock(clock), m_dispatch(std::move(dispatch))
{}

Result<QString> SyncIngest::instance() const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM server_meta WHERE name = 'instance'"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<qint64> SyncIngest::deviceCursor(const QString &device) const
{
    auto q = m_db.exec(QStringLiteral("SELECT cursor FROM sync_devices WHERE device = ?"), {device});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Result<QJsonObject> SyncIngest::cursor(const QString &device) const
{
    if (device.trimmed().isEmpty())
        return invalid(QStringLiteral("device"), QStringLiteral("required"));
    auto id = instance();
    if (!id)
        return id.error();
    auto c = deviceCursor(device);
    if (!c)
        return c.error();
    return QJsonObject{{QLatin1String("server"), id.value()}, {QLatin1String("device"), device}, {QLatin1String("cursor"), c.value()}};
}

Result<QJsonObject> SyncIngest::push(const ApiRequest &request, const Account &who) const
{
    auto body = request.jsonBody();
    if (!body)
        return body.error();
    const QString device = body.value().value(QLatin1String("device")).toString();
    if (device.trimmed().isEmpty() || device.size() > 100)
        return invalid(QStringLiteral("device"), QStringLiteral("required, at most 100 characters"));
    auto ops = parseOps(body.value().value(QLatin1String("ops")).toArray());
    if (!ops)
        return ops.error();
    auto id = instance();
    if (!id)
        return id.error();

    QJsonArray results;
    bool retryRest = false;
    auto known = deviceCursor(device); // kept in step below: one read per push
    if (!known)
        return known.error();
    qint64 cursor = known.value();
    // Group commit: the whole push is one transaction (one fsync); each operation runs in a
    // savepoint of its own, so a failing one undoes only itself. The device's cursor is written
    // once, at the end, in the same transaction: it says the same as one write per op would.
    const Status batch = m_db.transaction([&]() -> Status {
        for (const Op &op : ops.value()) {
            if (retryRest) {
                results.append(result(op.opId, op.seq, QStringLiteral("retry"), 503, QJsonValue()));
                continue;
            }
            // Seen before: the stored answer, nothing applied again.
            std::optional<QJsonObject> stored;
            const Status seen = m_db.select(
                QStringLiteral("SELECT device, seq, outcome, status, response FROM sync_ops WHERE op_id = ?"), {op.opId},
                [&](QSqlQuery &r) {
                    if (!r.next())
                        return;
                    if (r.value(0).toString() != device || r.value(1).toLongLong() != op.seq)
                        stored = result(op.opId, op.seq, QStringLiteral("conflict"), 409,
                                        QJsonObject{{QLatin1String("reason"), QStringLiteral("op id used by another operation")}});
                    else
                        stored = result(op.opId, op.seq, r.value(2).toString(), r.value(3).toInt(),
                                        bodyJson(r.value(4).toString().toUtf8()));
                });
            if (!seen)
                return seen;
            if (stored) {
                results.append(*stored);
                continue;
            }
            if (op.seq <= cursor) {
                results.append(result(op.opId, op.seq, QStringLiteral("conflict"), 409,
                                      QJsonObject{{QLatin1String("reason"),
                                                   QStringLiteral("out of order: sequence %1 is not after %2").arg(op.seq).arg(cursor)}}));
                continue;
            }
            if (op.seq > cursor + 1) {
                // An earlier op of this device is missing here (a server restored from a backup):
                // nothing is applied out of order; the client sends the missing ones first.
                results.append(result(op.opId, op.seq, QStringLiteral("gap"), 409,
                                      QJsonObject{{QLatin1String("reason"),
                                                   QStringLiteral("sequence %1 follows %2: earlier operations are missing").arg(op.seq).arg(cursor)}}));
                continue;
            }

            ApiRequest replay;
            replay.method = methodOf(op.method);
            const QUrl url(op.path);
            replay.path = url.path();
            replay.query = QUrlQuery(url);
            replay.headers = request.headers;
            replay.language = request.language;
            replay.body = op.body.isObject() ? QJsonDocument(op.body.toObject()).toJson(QJsonDocument::Compact) : QByteArray();
            ApiResponse answer;
            const auto record = [&]() -> Status {
                return m_db.run(QStringLiteral("INSERT INTO sync_ops (op_id, device, seq, account_id, method, path, status, outcome, "
                                               "response, device_time, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {op.opId, device, op.seq, who.id, op.method, op.path, answer.status, outcomeOf(answer.status),
                                 QString::fromUtf8(answer.body), op.deviceTime, m_clock.now().toMSecsSinceEpoch()});
            };
            // The replayed call in a savepoint of its own, with its stored answer when it is
            // kept: a refusal undoes whatever the call began, and an answer that cannot be
            // stored undoes the call.
            bool replayed = false;
            const Status kept = m_db.transaction([&]() -> Status {
                replayed = true;
                answer = m_dispatch(replay, who); // the push's login, checked once; permissions per op
                if (answer.status >= 300)
                    return Error{ErrorCode::Conflict, QStringLiteral("refused"), {}};
                return record();
            });
            // Not an answer to keep, and the op is tried again: the savepoint could not be made
            // (nothing ran), or not be released or its answer not stored (what ran was undone),
            // or the call failed on the server's side; or a refusal could not be stored.
            const bool answered = replayed && answer.status < 500 && (answer.status < 300 ? kept.ok() : record().ok());
            if (!answered) {
                retryRest = true;
                results.append(result(op.opId, op.seq, QStringLiteral("retry"), 503, QJsonValue()));
                continue;
            }
            cursor = op.seq;
            results.append(result(op.opId, op.seq, outcomeOf(answer.status), answer.status, bodyJson(answer.body)));
        }
        if (cursor == known.value())
            return okStatus();
        return m_db.run(QStringLiteral("INSERT INTO sync_devices (device, cursor, updated_at) VALUES (?, ?, ?) "
                                       "ON CONFLICT (device) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at"),
                        {device, cursor, m_clock.now().toMSecsSinceEpoch()});
    });
    if (!batch)
        return Error{ErrorCode::Unavailable, batch.error().detail, {}};
    auto after = deviceCursor(device);
    if (!after)
        return after.error();
    return QJsonObject{{QLatin1String("server"), id.value()}, {QLatin1String("cursor"), after.value()}, {QLatin1String("results"), results}};
}

} // namespace ow
