#include "core/domain/api/SyncBodies.h"

#include "core/domain/api/HttpMethod.h"
#include "core/domain/util/JsonReader.h"
#include "core/domain/util/EnumText.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ow {

namespace {

constexpr EnumText<SyncOutcome, 5> kOutcomes{{{{SyncOutcome::Acked, "acked"},
                                               {SyncOutcome::Rejected, "rejected"},
                                               {SyncOutcome::Conflict, "conflict"},
                                               {SyncOutcome::Gap, "gap"},
                                               {SyncOutcome::Retry, "retry"}}}};

} // namespace

QString toString(SyncOutcome v) { return kOutcomes.toString(v); }
std::optional<SyncOutcome> syncOutcomeFromString(QStringView s) { return kOutcomes.fromString(s); }

SyncOutcome syncOutcomeOfStatus(int status)
{
    if (status >= 200 && status < 300)
        return SyncOutcome::Acked;
    if (status == 409)
        return SyncOutcome::Conflict;
    return SyncOutcome::Rejected;
}

QJsonObject SyncOperation::toJson() const
{
    return {{QLatin1String("op_id"), opId},
            {QLatin1String("seq"), seq},
            {QLatin1String("method"), method},
            {QLatin1String("path"), path},
            {QLatin1String("body"), body ? QJsonValue(*body) : QJsonValue()},
            {QLatin1String("device_time"), deviceTime.toString(Qt::ISODateWithMs)},
            {QLatin1String("actor"), actor}};
}

Result<SyncOperation> SyncOperation::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    SyncOperation op;
    op.opId = r.text(QLatin1String("op_id"));
    op.seq = r.integer(QLatin1String("seq"));
    op.method = r.text(QLatin1String("method"));
    op.path = r.text(QLatin1String("path"));
    op.deviceTime = QDateTime::fromString(o.value(QLatin1String("device_time")).toString(), Qt::ISODateWithMs);
    op.actor = r.text(QLatin1String("actor"));
    if (op.opId.isEmpty() || op.opId.size() > kMaxOpIdLength)
        return invalidFieldError(QStringLiteral("op_id"), QStringLiteral("required, at most %1 characters").arg(kMaxOpIdLength));
    if (op.seq <= 0)
        return invalidFieldError(QStringLiteral("seq"), QStringLiteral("a positive integer"));
    if (!isReplayable(httpMethodFromString(op.method).value_or(HttpMethod::Other)))
        return invalidFieldError(QStringLiteral("method"), QStringLiteral("POST, PUT, PATCH or DELETE"));
    if (op.path.isEmpty())
        return invalidFieldError(QStringLiteral("path"), QStringLiteral("required"));
    if (r.has(QLatin1String("body"))) {
        if (!o.value(QLatin1String("body")).isObject())
            return invalidFieldError(QStringLiteral("body"), QStringLiteral("a JSON object or null"));
        op.body = o.value(QLatin1String("body")).toObject();
    }
    return r.finish(op);
}

QJsonObject SyncPush::toJson() const
{
    QJsonArray list;
    for (const SyncOperation &op : ops)
        list.append(op.toJson());
    return {{QLatin1String("device"), device}, {QLatin1String("ops"), list}};
}

Result<SyncPush> SyncPush::fromJson(const QJsonObject &o)
{
    SyncPush push;
    push.device = o.value(QLatin1String("device")).toString();
    if (push.device.trimmed().isEmpty() || push.device.size() > kMaxDeviceLength)
        return invalidFieldError(QStringLiteral("device"), QStringLiteral("required, at most %1 characters").arg(kMaxDeviceLength));
    const QJsonArray ops = o.value(QLatin1String("ops")).toArray();
    if (ops.isEmpty() || ops.size() > kMaxOps)
        return invalidFieldError(QStringLiteral("ops"), QStringLiteral("1 to %1 operations").arg(kMaxOps));
    QSet<QString> opIds;
    QSet<qint64> seqs;
    for (const QJsonValue &v : ops) {
        auto op = SyncOperation::fromJson(v.toObject());
        if (!op)
            return op.error();
        if (opIds.contains(op.value().opId) || seqs.contains(op.value().seq))
            return invalidFieldError(QStringLiteral("ops"), QStringLiteral("op ids and sequence numbers are unique in a push"));
        opIds.insert(op.value().opId);
        seqs.insert(op.value().seq);
        push.ops.append(std::move(op).value());
    }
    std::sort(push.ops.begin(), push.ops.end(), [](const SyncOperation &a, const SyncOperation &b) { return a.seq < b.seq; });
    return push;
}

QJsonObject SyncOpResult::toJson() const
{
    return {{QLatin1String("op_id"), opId}, {QLatin1String("seq"), seq}, {QLatin1String("outcome"), toString(outcome)},
            {QLatin1String("status"), status}, {QLatin1String("body"), body.isUndefined() ? QJsonValue() : body}};
}

Result<SyncOpResult> SyncOpResult::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    SyncOpResult res;
    res.opId = r.requiredText(QLatin1String("op_id"));
    res.seq = r.integer(QLatin1String("seq"));
    if (auto outcome = r.enumValue(QLatin1String("outcome"), &syncOutcomeFromString))
        res.outcome = *outcome;
    else if (r.ok())
        r.problem(QStringLiteral("outcome"), QStringLiteral("required"));
    res.status = static_cast<int>(r.integer(QLatin1String("status")));
    const QJsonValue body = o.value(QLatin1String("body"));
    res.body = body.isUndefined() ? QJsonValue() : body;
    return r.finish(res);
}

QJsonObject SyncPushAnswer::toJson() const
{
    QJsonArray list;
    for (const SyncOpResult &res : results)
        list.append(res.toJson());
    return {{QLatin1String("server"), server}, {QLatin1String("cursor"), cursor}, {QLatin1String("results"), list}};
}

Result<SyncPushAnswer> SyncPushAnswer::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    SyncPushAnswer a;
    a.server = r.text(QLatin1String("server"));
    a.cursor = r.requiredInteger(QLatin1String("cursor"));
    a.results = r.list<SyncOpResult>(QLatin1String("results"));
    return r.finish(a);
}

QJsonObject SyncCursor::toJson() const
{
    return {{QLatin1String("server"), server}, {QLatin1String("device"), device}, {QLatin1String("cursor"), cursor}};
}

Result<SyncCursor> SyncCursor::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    SyncCursor c;
    c.server = r.text(QLatin1String("server"));
    c.device = r.text(QLatin1String("device"));
    c.cursor = r.requiredInteger(QLatin1String("cursor"));
    return r.finish(c);
}

} // namespace ow
