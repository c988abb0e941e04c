#pragma once

#include "core/domain/api/SyncBodies.h"
#include "core/domain/util/Error.h"
#include "core/service/sync/SyncLog.h"
#include "server/HttpTypes.h"

#include <QJsonObject>

#include <functional>

namespace ow {

struct Account;
class Clock;
class Database;

// The server side of the client outbox: a push carries a device's queued operations (REST calls
// made while the window worked, perhaps offline); each is replayed through the normal dispatch —
// route, authentication, permission, handler — exactly once.
//
// Per operation, in one savepoint: the replayed call's effects and its stored answer (keyed by
// the op id, unique). The device's cursor (the last applied sequence number) is written once per
// push. The whole push is one transaction of its own (not joined to the server's group commit:
// it is a group already), so a batch costs one fsync and a crash keeps all of it or none. A repeated op id
// answers the stored result and changes nothing; a new op with a sequence number at or below the
// cursor is out of order and refused; one above cursor + 1 is a `gap` (the server lost earlier ops,
// say restored from a backup): not applied, so the client sends the missing ones first. A 2xx
// answer is `acked`, 409 `conflict`, another 4xx `rejected` (its effects undone, the refusal
// stored); a 5xx stores nothing and the rest of the push is answered `retry`.
class SyncIngest
{
public:
    using Dispatch = std::function<ApiResponse(const ApiRequest &, const Account &)>;

    SyncIngest(Database &db, const Clock &clock, Dispatch dispatch);

    Result<SyncPushAnswer> push(const ApiRequest &request, const Account &who) const;
    Result<SyncCursor> cursor(const QString &device) const;
    Result<QString> instance() const;

private:
    Database &m_db;
    SyncLog m_log;
    const Clock &m_clock;
    Dispatch m_dispatch;
};

} // namespace ow
