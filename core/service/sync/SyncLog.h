#pragma once

#include "core/domain/api/SyncBodies.h"
#include "core/domain/util/Error.h"

#include <QDateTime>

#include <optional>

namespace ow {

class Database;

// The server's record of replayed outbox operations (tables sync_ops, sync_devices and the
// instance id in server_meta): each op id's stored answer, and each device's cursor — the last
// sequence number applied. All of the sync's SQL is here.
class SyncLog
{
public:
    explicit SyncLog(Database &db) : m_db(db) {}

    // This database's instance id (a random id made with the schema): a client that sees it
    // change knows it talks to another server, or one restored from elsewhere.
    Result<QString> instance() const;
    Result<qint64> cursor(const QString &device) const;
    Status setCursor(const QString &device, qint64 cursor, const QDateTime &at) const;

    // What an op id was answered once: the device and sequence it came with, and the answer.
    struct Stored
    {
        QString device;
        qint64 seq = 0;
        SyncOutcome outcome = SyncOutcome::Acked;
        int status = 0;
        QByteArray response;
    };
    Result<std::optional<Stored>> find(const QString &opId) const;
    Status record(const SyncOperation &op, const QString &device, qint64 accountId, int status, const QByteArray &response,
                  const QDateTime &at) const;

private:
    Database &m_db;
};

} // namespace ow
