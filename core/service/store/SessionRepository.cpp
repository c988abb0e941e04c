#include "core/service/store/SessionRepository.h"

#include "core/sql/Database.h"

namespace ow {

Status SessionRepository::insert(const QString &tokenHash, qint64 accountId, const QDateTime &createdAt,
                                 const QDateTime &expiresAt) const
{
    return m_db.run(QStringLiteral("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
                    {tokenHash, accountId, createdAt.toMSecsSinceEpoch(), expiresAt.toMSecsSinceEpoch()});
}

Result<std::optional<ActiveSession>> SessionRepository::findActive(const QString &tokenHash, const QDateTime &now) const
{
    auto q = m_db.exec(QStringLiteral("SELECT account_id, expires_at FROM sessions WHERE token_hash = ? AND revoked_at IS NULL "
                                      "AND expires_at > ?"),
                       {tokenHash, now.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ActiveSession>{};
    return std::optional<ActiveSession>(
        ActiveSession{q.value().value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value().value(1).toLongLong(), Qt::UTC)});
}

Status SessionRepository::revoke(const QString &tokenHash, const QDateTime &now) const
{
    return m_db.run(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"),
                    {now.toMSecsSinceEpoch(), tokenHash});
}

Status SessionRepository::revokeAll(qint64 accountId, const QDateTime &now) const
{
    return m_db.run(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL"),
                    {now.toMSecsSinceEpoch(), accountId});
}

Status SessionRepository::purgeExpired(const QDateTime &now) const
{
    return m_db.run(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"), {now.toMSecsSinceEpoch()});
}

} // namespace ow
