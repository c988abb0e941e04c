#include "core/domain/reports/QueueTally.h"

#include "core/domain/reports/Share.h"

#include <cmath>

namespace ow {

void QueueTally::countTicket(const TicketRecord &t, qint64 promiseSeconds)
{
    ++m_figures.issued;
    if (t.served)
        ++m_figures.served;
    if (t.noShow)
        ++m_figures.noShow;
    const auto wait = t.waitSeconds();
    if (!wait)
        return;
    ++m_figures.called;
    m_waits.add(*wait);
    if (*wait <= promiseSeconds)
        ++m_figures.withinPromise;
}

void QueueTally::countHandling(qint64 seconds, qint64 standardSeconds)
{
    m_handling.add(seconds);
    m_standardSum += standardSeconds;
    if (seconds <= standardSeconds)
        ++m_figures.withinStandard;
}

void QueueTally::countRating(RatingLevel level)
{
    ++m_figures.ratings;
    switch (level) {
    case RatingLevel::VerySatisfied:
        ++m_figures.verySatisfied;
        break;
    case RatingLevel::Satisfied:
        ++m_figures.satisfied;
        break;
    case RatingLevel::BasicallySatisfied:
        ++m_figures.basicallySatisfied;
        break;
    case RatingLevel::Dissatisfied:
        ++m_figures.dissatisfied;
        break;
    case RatingLevel::VeryDissatisfied:
        ++m_figures.veryDissatisfied;
        break;
    }
}

void QueueTally::countRectification(bool closed, bool overdue)
{
    if (closed) {
        ++m_figures.rectificationsClosed;
        return;
    }
    ++m_figures.rectificationsOpen;
    if (overdue)
        ++m_figures.rectificationsOverdue;
}

void QueueTally::countWindowTime(const WindowSeconds &time)
{
    if (!m_windowTime)
        m_windowTime = WindowSeconds{};
    *m_windowTime += time;
}

void QueueTally::countConsultations(int count, qint64 seconds)
{
    if (!m_consultations)
        m_consultations = std::pair<int, qint64>{0, 0};
    m_consultations->first += count;
    m_consultations->second += seconds;
}

QueueFigures QueueTally::figures() const
{
    QueueFigures f = m_figures;
    f.waitMean = m_waits.mean();
    f.waitP50 = m_waits.percentile(50);
    f.waitP90 = m_waits.percentile(90);
    f.waitMax = m_waits.max();
    f.withinPromiseShare = Share::of(f.withinPromise, f.called);
    f.handled = m_handling.count();
    f.handlingMean = m_handling.mean();
    f.handlingP90 = m_handling.percentile(90);
    if (f.handled > 0)
        f.standardMean = std::round(static_cast<double>(m_standardSum) * 10.0 / f.handled) / 10.0;
    f.withinStandardShare = Share::of(f.withinStandard, f.handled);
    f.satisfaction = Share::of(f.verySatisfied + f.satisfied, f.ratings);
    f.badReviews = f.dissatisfied + f.veryDissatisfied;
    if (m_consultations) {
        f.consultations = m_consultations->first;
        f.consultationSeconds = static_cast<double>(m_consultations->second);
    }
    if (m_windowTime) {
        const auto seconds = [](qint64 ms) { return static_cast<double>((ms + 500) / 1000); };
        f.openSeconds = seconds(m_windowTime->openMs);
        f.pausedSeconds = seconds(m_windowTime->pausedMs);
        f.idleSeconds = seconds(m_windowTime->idleMs);
    }
    return f;
}

} // namespace ow
