#pragma once

#include "core/domain/util/Error.h"

#include <QDateTime>

#include <optional>

namespace ow {

class Database;

struct ActiveSession
{
    qint64 accountId = 0;
    QDateTime expiresAt;
};

// Table `sessions`: bearer tokens, stored only as their SHA-256 digest.
class SessionRepository
{
public:
    explicit SessionRepository(Database &db) : m_db(db) {}

    Status insert(const QString &tokenHash, qint64 accountId, const QDateTime &createdAt, const QDateTime &expiresAt) const;
    // A session that is neither revoked nor expired at `now`.
    Result<std::optional<ActiveSession>> findActive(const QString &tokenHash, const QDateTime &now) const;
    Status revoke(const QString &tokenHash, const QDateTime &now) const;
    // Every open session of the account (disabled, password reset or changed).
    Status revokeAll(qint64 accountId, const QDateTime &now) const;
    Status purgeExpired(const QDateTime &now) const;

private:
    Database &m_db;
};

} // namespace ow
