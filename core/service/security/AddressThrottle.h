#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>

namespace ow {

// How many failed logins one source address may make before it is paused.
struct AddressLimit
{
    int maxFailures = 20;         // failed logins (any accounts, unknown names too) within the window
    qint64 windowSeconds = 10 * 60; // the sliding window they are counted in
    qint64 blockSeconds = 15 * 60;  // how long the address is then refused
};

// Failed logins counted per source address, in memory, so that one machine cannot try many
// accounts (or many guessed names) a few passwords each, below every account's own lock. A
// restart forgets the counts: a pause, not a record. Time comes from the caller (the Clock).
class AddressThrottle
{
public:
    explicit AddressThrottle(AddressLimit limit = {}) : m_limit(limit) {}

    // Seconds until `address` may try to log in again; 0 when it may now.
    qint64 blockedFor(const QString &address, const QDateTime &now) const;
    // One more failed login from `address`; the one that reaches the limit starts the pause.
    void recordFailure(const QString &address, const QDateTime &now);

    const AddressLimit &limit() const { return m_limit; }
    int trackedAddresses() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry
    {
        std::deque<qint64> failures; // msecs since epoch, oldest first, within the window
        qint64 blockedUntil = 0;     // msecs since epoch; 0: not blocked
    };
    void dropOld(Entry &entry, qint64 nowMs) const;
    void sweep(qint64 nowMs);

    AddressLimit m_limit;
    QHash<QString, Entry> m_entries;
    int m_sweepAt = 1024; // forget idle addresses when this many are tracked
};

} // namespace ow
