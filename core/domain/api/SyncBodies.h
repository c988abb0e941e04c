#pragma once

#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace ow {

// The bodies of the outbox's sync (POST /api/v1/sync/push, GET /api/v1/sync/cursor).

// One queued REST call of a device: replayed by the server exactly once (op id), in the order
// of its sequence number. `body` is the replayed call's own body, as that call takes it.
struct SyncOperation
{
    static constexpr int kMaxOpIdLength = 64;

    QString opId;
    qint64 seq = 0;
    QString method;  // POST, PUT, PATCH or DELETE
    QString path;    // which paths may be replayed is the server's to say (SyncIngest)
    std::optional<QJsonObject> body; // absent for a DELETE without one
    QDateTime deviceTime;
    QString actor;   // who worked at the device (the push's login decides what is allowed)

    QJsonObject toJson() const;
    static Result<SyncOperation> fromJson(const QJsonObject &o);
    bool operator==(const SyncOperation &) const = default;
};

struct SyncPush
{
    static constexpr int kMaxOps = 500;
    static constexpr int kMaxDeviceLength = 100;

    QString device;
    QList<SyncOperation> ops; // in the order of their sequence numbers once read

    QJsonObject toJson() const;
    // Refuses (ValidationFailed, naming the field) a push without a device, with no or too many
    // operations, with an operation that is not a replayable call, or with op ids or sequence
    // numbers used twice.
    static Result<SyncPush> fromJson(const QJsonObject &o);
    bool operator==(const SyncPush &) const = default;
};

// What became of one operation: applied (acked), refused (rejected / conflict), not applied
// because earlier ones are missing (gap), or to be sent again (retry).
enum class SyncOutcome { Acked, Rejected, Conflict, Gap, Retry };
QString toString(SyncOutcome v);
std::optional<SyncOutcome> syncOutcomeFromString(QStringView s);
// The outcome of a replayed call's HTTP status: 2xx acked, 409 conflict, another 4xx rejected.
SyncOutcome syncOutcomeOfStatus(int status);

struct SyncOpResult
{
    QString opId;
    qint64 seq = 0;
    SyncOutcome outcome = SyncOutcome::Acked;
    int status = 0;
    QJsonValue body; // the replayed call's answer (object or array), null when none

    QJsonObject toJson() const;
    static Result<SyncOpResult> fromJson(const QJsonObject &o);
    bool operator==(const SyncOpResult &) const = default;
};

struct SyncPushAnswer
{
    QString server; // the server's instance id
    qint64 cursor = 0; // the last sequence number of the device applied there
    QList<SyncOpResult> results;

    QJsonObject toJson() const;
    static Result<SyncPushAnswer> fromJson(const QJsonObject &o);
    bool operator==(const SyncPushAnswer &) const = default;
};

struct SyncCursor
{
    QString server;
    QString device;
    qint64 cursor = 0;

    QJsonObject toJson() const;
    static Result<SyncCursor> fromJson(const QJsonObject &o);
    bool operator==(const SyncCursor &) const = default;
};

} // namespace ow
