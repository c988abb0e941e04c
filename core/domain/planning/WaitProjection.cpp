#include "core/domain/planning/WaitProjection.h"

#include <algorithm>
#include <cmath>

namespace ow {

bool WaitProjection::serves(const WindowProfile &window, const QStringList &categories)
{
    // As the dispatcher: a dedicated window takes only tickets whose every matter it serves.
    for (const QString &c : categories) {
        if (!window.serves(c))
            return false;
    }
    return true;
}

QList<ProjectedCall> WaitProjection::of(const LineSnapshot &s)
{
    const qint64 promise = qint64(s.promiseMinutes) * 60;
    // Free times in seconds after `now`, per open window.
    QList<double> freeIn;
    freeIn.reserve(s.windows.size());
    for (const LineWindow &w : s.windows)
        freeIn.append(w.freeAt.isValid() ? std::max<double>(0, double(s.now.secsTo(w.freeAt))) : 0.0);

    QList<ProjectedCall> out;
    out.reserve(s.line.size());
    for (const LineTicket &t : s.line) {
        ProjectedCall p;
        p.ticketId = t.id;
        int best = -1;
        for (int i = 0; i < s.windows.size(); ++i) {
            if (!serves(s.windows.at(i).profile, t.categories))
                continue;
            if (best < 0 || freeIn.at(i) < freeIn.at(best)
                || (freeIn.at(i) == freeIn.at(best) && s.windows.at(i).profile.number < s.windows.at(best).profile.number))
                best = i;
        }
        if (best < 0) {
            p.breaksPromise = p.atRisk = true; // nobody open can serve it: it waits until a window opens
        } else {
            p.callAt = s.now.addSecs(qint64(std::llround(freeIn.at(best))));
            p.waitSeconds = t.issuedAt.secsTo(p.callAt);
            p.breaksPromise = p.waitSeconds > promise;
            p.atRisk = p.waitSeconds > promise - s.warnBeforeSeconds;
            freeIn[best] += std::max(0.0, t.handlingSeconds);
        }
        out.append(p);
    }
    return out;
}

QDateTime WaitProjection::expectedFreeAt(const QDateTime &since, double expectedSeconds, const QDateTime &now)
{
    const double elapsed = double(since.secsTo(now));
    const double remaining = std::max(expectedSeconds - elapsed, kOverrunShare * expectedSeconds);
    return now.addSecs(qint64(std::llround(std::max(0.0, remaining))));
}

int WaitProjection::breaking(const QList<ProjectedCall> &calls)
{
    return int(std::count_if(calls.begin(), calls.end(), [](const ProjectedCall &c) { return c.breaksPromise; }));
}

} // namespace ow
