#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QTime>

#include <functional>

namespace ow {

// The expected visitors of one half-hour: matter (service code) → arrivals.
struct HalfHourDemand
{
    QTime start;
    QHash<QString, double> arrivals;
};

// The advice for one half-hour: windows needed so that P(wait > promise) ≤ target.
struct HalfHourAdvice
{
    QTime start;
    double arrivals = 0;
    double handlingSeconds = 0; // mean of the half-hour's matter mix
    double load = 0;            // Erlangs
    int windows = 0;
    double waitBeyondPromise = 0; // P(wait > promise) with that many windows
};

// 排班建议: for each half-hour of a day, the windows needed so that the chance of waiting longer
// than the hall's promise stays at or below the target (5%), by Erlang C on the half-hour's
// arrivals and the mean handling time of its matter mix. Pure: the forecast and the handling
// times come from whoever asks.
class StaffingAdvice
{
public:
    explicit StaffingAdvice(int promiseMinutes = 15, double target = 0.05);

    // `handlingSeconds`: the expected handling time of one matter (its history, or the catalogue's).
    QList<HalfHourAdvice> plan(const QList<HalfHourDemand> &day,
                               const std::function<double(const QString &)> &handlingSeconds) const;
    // The mean handling time of a mix: Σ arrivals × time / Σ arrivals (0 for an empty mix).
    static double mixHandlingSeconds(const QHash<QString, double> &arrivals,
                                     const std::function<double(const QString &)> &handlingSeconds);
    // Staff-hours of a plan: windows × half an hour, summed.
    static double staffHours(const QList<HalfHourAdvice> &plan);

private:
    int m_promiseSeconds;
    double m_target;
};

} // namespace ow
