#include "core/service/sync/SyncLog.h"

#include "core/sql/Database.h"

namespace ow {

Result<QString> SyncLog::instance() const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM server_meta WHERE name = 'instance'"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<qint64> SyncLog::cursor(const QString &device) const
{
    auto q = m_db.exec(QStringLiteral("SELECT cursor FROM sync_devices WHERE device = ?"), {device});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Status SyncLog::setCursor(const QString &device, qint64 cursor, const QDateTime &at) const
{
    return m_db.run(QStringLiteral("INSERT INTO sync_devices (device, cursor, updated_at) VALUES (?, ?, ?) "
                                   "ON CONFLICT (device) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at"),
                    {device, cursor, at.toMSecsSinceEpoch()});
}

Result<std::optional<SyncLog::Stored>> SyncLog::find(const QString &opId) const
{
    std::optional<Stored> stored;
    const Status read = m_db.select(QStringLiteral("SELECT device, seq, outcome, status, response FROM sync_ops WHERE op_id = ?"),
                                    {opId}, [&](QSqlQuery &r) {
                                        if (!r.next())
                                            return;
                                        stored = Stored{r.value(0).toString(), r.value(1).toLongLong(),
                                                        syncOutcomeFromString(r.value(2).toString()).value_or(SyncOutcome::Rejected),
                                                        r.value(3).toInt(), r.value(4).toString().toUtf8()};
                                    });
    if (!read)
        return read.error();
    return stored;
}

Status SyncLog::record(const SyncOperation &op, const QString &device, qint64 accountId, int status, const QByteArray &response,
                       const QDateTime &at) const
{
    return m_db.run(QStringLiteral("INSERT INTO sync_ops (op_id, device, seq, account_id, method, path, status, outcome, "
                                   "response, device_time, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {op.opId, device, op.seq, accountId, op.method, op.path, status, toString(syncOutcomeOfStatus(status)),
                     QString::fromUtf8(response), op.deviceTime.isValid() ? op.deviceTime.toString(Qt::ISODateWithMs) : QString(),
                     at.toMSecsSinceEpoch()});
}

} // namespace ow
