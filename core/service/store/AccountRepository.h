#pragma once

#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

#include <optional>

namespace ow {

class Database;

// Table `accounts` (with the hall joined in) and `devices`.
class AccountRepository
{
public:
    explicit AccountRepository(Database &db) : m_db(db) {}

    Result<std::optional<Account>> findByUsername(const QString &username) const;
    Result<std::optional<Account>> findById(qint64 id) const;
    Result<qint64> insert(const Account &account) const;
    Status insertDevice(const QString &code, Role kind, qint64 hallId, qint64 accountId) const;
    Status recordLoginFailure(qint64 id, int failedLogins, const QDateTime &lockedUntil) const;
    Status recordLoginSuccess(qint64 id) const;
    Result<int> count() const;

private:
    Result<std::optional<Account>> findOne(const QString &where, const QVariant &value) const;
    Database &m_db;
};

} // namespace ow
