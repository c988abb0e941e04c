#include "core/service/security/SessionCache.h"

namespace ow {

std::optional<Account> SessionCache::find(const QString &token, const QDateTime &now) const
{
    const auto it = m_entries.constFind(token);
    if (it == m_entries.cend())
        return std::nullopt;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (nowMs >= it->expiresAtMs || nowMs >= it->staleAtMs)
        return std::nullopt;
    return it->account;
}

void SessionCache::remember(const QString &token, const Account &account, const QDateTime &expiresAt, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (m_entries.size() >= m_capacity && !m_entries.contains(token))
        makeRoom(nowMs);
    m_entries.insert(token, Entry{account, expiresAt.toMSecsSinceEpoch(), nowMs + m_maxAgeMs});
}

void SessionCache::forgetAccount(qint64 accountId)
{
    m_entries.removeIf([accountId](const auto &it) { return it.value().account.id == accountId; });
}

// Drops what can no longer be used; if every entry is still live (a flood of distinct tokens),
// starts afresh: the database still knows every session, the cache only saves queries.
void SessionCache::makeRoom(qint64 nowMs)
{
    m_entries.removeIf([nowMs](const auto &it) { return nowMs >= it.value().expiresAtMs || nowMs >= it.value().staleAtMs; });
    if (m_entries.size() >= m_capacity)
        m_entries.clear();
}

} // namespace ow
