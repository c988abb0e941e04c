#include "core/domain/planning/ArrivalForecast.h"

#include <algorithm>
#include <cmath>

namespace ow {

double DayArrivals::total() const
{
    double sum = 0;
    for (double v : slots)
        sum += v;
    return sum;
}

QString toString(ForecastBasis basis)
{
    switch (basis) {
    case ForecastBasis::SameWeekday:
        return QStringLiteral("same_weekday");
    case ForecastBasis::AdjustedWorkday:
        return QStringLiteral("adjusted_workday");
    case ForecastBasis::AfterHoliday:
        return QStringLiteral("after_holiday");
    case ForecastBasis::Closed:
        return QStringLiteral("closed");
    case ForecastBasis::NoHistory:
        return QStringLiteral("no_history");
    }
    return {};
}

std::optional<ForecastBasis> forecastBasisFromString(QStringView s)
{
    for (ForecastBasis b : {ForecastBasis::SameWeekday, ForecastBasis::AdjustedWorkday, ForecastBasis::AfterHoliday,
                            ForecastBasis::Closed, ForecastBasis::NoHistory}) {
        if (toString(b) == s)
            return b;
    }
    return std::nullopt;
}

namespace {

bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= 6;
}

// The weighted mean of `days` (weights in the same order), as one day's arrivals.
DayArrivals weightedMean(const QList<const DayArrivals *> &days, const QList<double> &weights, const QDate &day)
{
    DayArrivals out;
    out.day = day;
    double weightSum = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        weightSum += weights.at(i);
        for (int s = 0; s < DayArrivals::kSlots; ++s)
            out.slots[static_cast<size_t>(s)] += weights.at(i) * days.at(i)->slots[static_cast<size_t>(s)];
    }
    if (weightSum > 0) {
        for (double &v : out.slots)
            v /= weightSum;
    }
    return out;
}

} // namespace

ArrivalForecast::ArrivalForecast(QList<DayArrivals> history, WorkCalendar calendar, int weeks)
    : m_calendar(std::move(calendar)), m_weeks(std::max(1, weeks))
{
    for (DayArrivals &d : history)
        m_history.insert(d.day, std::move(d));
    if (!m_history.isEmpty()) {
        m_first = m_history.firstKey();
        m_last = m_history.lastKey();
    }
    m_uplift = learnUplift();
}

const DayArrivals *ArrivalForecast::find(const QDate &day) const
{
    const auto it = m_history.constFind(day);
    return it == m_history.cend() ? nullptr : &it.value();
}

bool ArrivalForecast::isAfterLongClosure(const QDate &day) const
{
    if (!m_calendar.isWorkingDay(day))
        return false;
    for (int back = 1; back <= 3; ++back) {
        if (m_calendar.isWorkingDay(day.addDays(-back)))
            return false;
    }
    return true;
}

DayForecast ArrivalForecast::sameWeekday(const QDate &day) const
{
    const bool working = m_calendar.isWorkingDay(day);
    DayForecast out;
    out.arrivals.day = day;
    if (m_history.isEmpty())
        return out;
    QList<const DayArrivals *> days;
    QList<double> weights;
    for (QDate d = day.addDays(-7); d.isValid() && d >= m_first && days.size() < m_weeks; d = d.addDays(-7)) {
        const DayArrivals *h = find(d);
        if (!h)
            continue; // after the history's end (a forecast more than a week ahead)
        // Like with like: a working day from ordinary working days, a weekend from weekends.
        if (m_calendar.isWorkingDay(d) != working || isAfterLongClosure(d) || (working && isWeekend(d)))
            continue;
        days << h;
        weights << static_cast<double>(m_weeks - days.size() + 1);
        out.basedOn << d;
    }
    if (days.isEmpty())
        return out;
    out.arrivals = weightedMean(days, weights, day);
    out.basis = ForecastBasis::SameWeekday;
    return out;
}

DayForecast ArrivalForecast::adjustedWorkday(const QDate &day) const
{
    DayForecast out;
    out.arrivals.day = day;
    if (m_history.isEmpty())
        return out;
    QList<const DayArrivals *> days;
    // The two weeks before it, or the history's last two weeks when it is further ahead.
    const QDate last = std::min(day.addDays(-1), m_last);
    for (QDate d = last; d.isValid() && d > last.addDays(-14) && d >= m_first; d = d.addDays(-1)) {
        const DayArrivals *h = find(d);
        if (h && m_calendar.isWorkingDay(d) && !isWeekend(d) && !isAfterLongClosure(d)) {
            days << h;
            out.basedOn << d;
        }
    }
    if (days.isEmpty())
        return out;
    out.arrivals = weightedMean(days, QList<double>(days.size(), 1.0), day);
    out.basis = ForecastBasis::AdjustedWorkday;
    return out;
}

DayForecast ArrivalForecast::forecast(const QDate &day) const
{
    if (!m_calendar.isWorkingDay(day)) {
        // Closed, unless the hall has been open on such days (a Saturday service, say).
        DayForecast same = sameWeekday(day);
        if (same.basis == ForecastBasis::SameWeekday && same.arrivals.total() > 0)
            return same;
        DayForecast closed;
        closed.arrivals.day = day;
        closed.basis = ForecastBasis::Closed;
        return closed;
    }
    if (isWeekend(day))
        return adjustedWorkday(day);
    DayForecast same = sameWeekday(day);
    if (same.basis == ForecastBasis::SameWeekday && isAfterLongClosure(day)) {
        same.basis = ForecastBasis::AfterHoliday;
        same.uplift = m_uplift;
        for (double &v : same.arrivals.slots)
            v *= m_uplift;
    }
    return same;
}

double ArrivalForecast::learnUplift() const
{
    double sum = 0;
    int n = 0;
    for (auto it = m_history.cbegin(); it != m_history.cend(); ++it) {
        if (!isAfterLongClosure(it.key()) || isWeekend(it.key()))
            continue;
        const DayForecast baseline = sameWeekday(it.key());
        const double expected = baseline.arrivals.total();
        if (baseline.basis != ForecastBasis::SameWeekday || expected <= 0)
            continue;
        sum += it.value().total() / expected;
        ++n;
    }
    return n ? std::clamp(sum / n, 0.5, 3.0) : kDefaultUplift;
}

std::optional<ForecastError> ArrivalForecast::heldOutError() const
{
    if (m_history.isEmpty())
        return std::nullopt;
    const QDate last = m_history.lastKey();
    const QDate heldFrom = last.addDays(-6);
    if (m_first.daysTo(heldFrom) < 14)
        return std::nullopt;
    QList<DayArrivals> before;
    for (auto it = m_history.cbegin(); it != m_history.cend() && it.key() < heldFrom; ++it)
        before << it.value();
    const ArrivalForecast trained(before, m_calendar, m_weeks);

    ForecastError error;
    error.from = heldFrom;
    error.to = last;
    double apeSum = 0;
    double absSum = 0;
    double actualSum = 0;
    for (QDate d = heldFrom; d <= last; d = d.addDays(1)) {
        const DayArrivals *actual = find(d);
        if (!actual || !m_calendar.isWorkingDay(d) || actual->total() <= 0)
            continue;
        const DayForecast f = trained.forecast(d);
        apeSum += std::abs(f.arrivals.total() - actual->total()) / actual->total();
        for (int s = 0; s < DayArrivals::kSlots; ++s)
            absSum += std::abs(f.arrivals.slots[static_cast<size_t>(s)] - actual->slots[static_cast<size_t>(s)]);
        actualSum += actual->total();
        ++error.days;
    }
    if (!error.days)
        return std::nullopt;
    error.mapeDaily = apeSum / error.days;
    error.wapeHalfHour = absSum / actualSum;
    return error;
}

} // namespace ow
