#include "ui/display/RecentCalls.h"

#include <algorithm>

namespace ow {

RecentCalls::RecentCalls(int capacity, QObject *parent) : QObject(parent), m_capacity(std::max(1, capacity)) {}

void RecentCalls::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (m_entries.size() > m_capacity) {
        m_entries.resize(m_capacity);
        Q_EMIT changed();
    }
}

void RecentCalls::add(const QString &number, int window, bool recall)
{
    Entry e{number, window, recall, 1};
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&number](const Entry &x) { return x.number == number; });
    if (it != m_entries.end()) {
        e.calls = it->calls + 1;
        m_entries.erase(it);
    }
    m_entries.prepend(e);
    if (m_entries.size() > m_capacity)
        m_entries.resize(m_capacity);
    Q_EMIT changed();
}

void RecentCalls::seed(const QList<Entry> &newestFirst)
{
    if (!m_entries.isEmpty() || newestFirst.isEmpty())
        return;
    for (const Entry &e : newestFirst) {
        const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(), [&e](const Entry &x) { return x.number == e.number; });
        if (!known && m_entries.size() < m_capacity)
            m_entries.append(e);
    }
    Q_EMIT changed();
}

void RecentCalls::clear()
{
    if (m_entries.isEmpty())
        return;
    m_entries.clear();
    Q_EMIT changed();
}

std::optional<RecentCalls::Entry> RecentCalls::latest() const
{
    if (m_entries.isEmpty())
        return std::nullopt;
    return m_entries.first();
}

} // namespace ow
