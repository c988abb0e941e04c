#include "core/service/security/AddressThrottle.h"

#include <algorithm>

namespace ow {

qint64 AddressThrottle::blockedFor(const QString &address, const QDateTime &now) const
{
    const auto it = m_entries.constFind(address);
    if (it == m_entries.constEnd())
        return 0;
    const qint64 leftMs = it->blockedUntil - now.toMSecsSinceEpoch();
    // Rounded up: "Retry-After: 0" while still refused would invite an immediate retry.
    return leftMs > 0 ? (leftMs + 999) / 1000 : 0;
}

void AddressThrottle::recordFailure(const QString &address, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (m_entries.size() >= m_sweepAt)
        sweep(nowMs);
    Entry &entry = m_entries[address];
    dropOld(entry, nowMs);
    entry.failures.push_back(nowMs);
    if (static_cast<int>(entry.failures.size()) >= m_limit.maxFailures) {
        entry.blockedUntil = nowMs + m_limit.blockSeconds * 1000;
        // The pause starts a new count: afterwards the address has its whole allowance again.
        entry.failures.clear();
    }
}

void AddressThrottle::dropOld(Entry &entry, qint64 nowMs) const
{
    const qint64 oldest = nowMs - m_limit.windowSeconds * 1000;
    while (!entry.failures.empty() && entry.failures.front() <= oldest)
        entry.failures.pop_front();
}

void AddressThrottle::sweep(qint64 nowMs)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        dropOld(*it, nowMs);
        if (it->failures.empty() && it->blockedUntil <= nowMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
    // Grows with the number of addresses really active, so sweeping stays rare.
    m_sweepAt = std::max(1024, 2 * static_cast<int>(m_entries.size()));
}

} // namespace ow
