#pragma once

#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

#include <optional>

namespace ow {

class Database;

// A device as stored: its code and kind, and the account it logs in with.
struct DeviceRow
{
    QString code;
    Role kind = Role::Kiosk;
    Account account;
};

// Table `accounts` (with the hall joined in) and `devices`.
class AccountRepository
{
public:
    explicit AccountRepository(Database &db) : m_db(db) {}

    Result<std::optional<Account>> findByUsername(const QString &username) const;
    Result<std::optional<Account>> findById(qint64 id) const;
    Result<qint64> insert(const Account &account) const;
    // Names, role, hall, staff number, categories, matters.
    Status update(const Account &account) const;
    Status setActive(qint64 id, bool active) const;
    // A new hash; `mustChange`: a one-time password, to be changed at the next login. Clears a lock.
    Status setPassword(qint64 id, const QString &hash, bool mustChange) const;
    // People (not devices), by user name; `hallCodes` unset: every hall.
    Result<QList<Account>> people(const std::optional<QStringList> &hallCodes) const;
    Result<int> activeAdministrators() const;
    Status insertDevice(const QString &code, Role kind, qint64 hallId, qint64 accountId) const;
    // Every device with its account (code, kind, hall code, account).
    Result<QList<DeviceRow>> devices() const;
    Status recordLoginFailure(qint64 id, int failedLogins, const QDateTime &lockedUntil) const;
    Status recordLoginSuccess(qint64 id) const;
    Result<int> count() const;

private:
    Result<std::optional<Account>> findOne(const QString &where, const QVariant &value) const;
    Result<QList<Account>> findAll(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace ow
