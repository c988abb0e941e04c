#pragma once

#include "core/domain/security/Account.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace ow {

// Sessions already checked against the database, by bearer token, so that a request's token
// costs one lookup in memory instead of a SHA-256 and two SQLite queries. The tokens are held
// only in this process's memory, as every request already holds one; the database keeps only
// their digests. An entry is trusted until its session expires or for `maxAgeSeconds` after it
// was read, whichever comes first; after that the database is asked again (a change written
// around the server — an account disabled by hand — is seen within that time). Whatever changes
// a session or an account through the server forgets the entries it touched at once.
class SessionCache
{
public:
    explicit SessionCache(qint64 maxAgeSeconds = 60, int capacity = 20000)
        : m_maxAgeMs(maxAgeSeconds * 1000), m_capacity(capacity)
    {}

    std::optional<Account> find(const QString &token, const QDateTime &now) const;
    void remember(const QString &token, const Account &account, const QDateTime &expiresAt, const QDateTime &now);
    void forget(const QString &token) { m_entries.remove(token); }
    // Every session of the account (disabled, password reset, role or hall changed).
    void forgetAccount(qint64 accountId);
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry
    {
        Account account;
        qint64 expiresAtMs = 0; // the session's end
        qint64 staleAtMs = 0;   // when to ask the database again
    };
    void makeRoom(qint64 nowMs);

    QHash<QString, Entry> m_entries; // by token
    qint64 m_maxAgeMs;
    int m_capacity;
};

} // namespace ow
