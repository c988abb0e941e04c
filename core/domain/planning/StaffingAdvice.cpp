#include "core/domain/planning/StaffingAdvice.h"

#include "core/domain/planning/ErlangC.h"

namespace ow {

StaffingAdvice::StaffingAdvice(int promiseMinutes, double target) : m_promiseSeconds(promiseMinutes * 60), m_target(target) {}

double StaffingAdvice::mixHandlingSeconds(const QHash<QString, double> &arrivals,
                                          const std::function<double(const QString &)> &handlingSeconds)
{
    double count = 0;
    double total = 0;
    // Summed in code order so the same mix always gives the same bits.
    QStringList codes = arrivals.keys();
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        const double n = arrivals.value(code);
        if (n <= 0)
            continue;
        count += n;
        total += n * handlingSeconds(code);
    }
    return count > 0 ? total / count : 0;
}

QList<HalfHourAdvice> StaffingAdvice::plan(const QList<HalfHourDemand> &day,
                                           const std::function<double(const QString &)> &handlingSeconds) const
{
    QList<HalfHourAdvice> out;
    out.reserve(day.size());
    for (const HalfHourDemand &d : day) {
        HalfHourAdvice a;
        a.start = d.start;
        for (auto it = d.arrivals.constBegin(); it != d.arrivals.constEnd(); ++it)
            a.arrivals += std::max(0.0, it.value());
        a.handlingSeconds = mixHandlingSeconds(d.arrivals, handlingSeconds);
        a.load = ErlangC::load(a.arrivals, a.handlingSeconds);
        a.windows = ErlangC::windowsNeeded(a.arrivals, a.handlingSeconds, m_promiseSeconds, m_target);
        a.waitBeyondPromise = a.windows > 0 ? ErlangC::probabilityWaitExceeds(a.windows, a.load, m_promiseSeconds, a.handlingSeconds) : 0;
        out.append(a);
    }
    return out;
}

double StaffingAdvice::staffHours(const QList<HalfHourAdvice> &plan)
{
    double h = 0;
    for (const HalfHourAdvice &a : plan)
        h += a.windows * 0.5;
    return h;
}

} // namespace ow
