#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace ow {

// Where rules get the time from. Rules never read the wall clock themselves, so tests and the
// hall-day simulator can drive time with a FakeClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to; for tests and simulations.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC))
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace ow
