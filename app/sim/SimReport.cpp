#include "app/sim/SimReport.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace ow::sim {

int SimReport::percentile(QList<int> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(values.size()))));
    return values.at(std::min(rank, values.size()) - 1);
}

DayFigures SimReport::figures(const SimResult &r, int leadSeconds)
{
    DayFigures f;
    const int promise = r.promiseMinutes * 60;
    QList<int> waits;
    for (const TicketOutcome &t : r.tickets) {
        ++f.tickets;
        const int wait = t.waitSeconds();
        if (wait >= 0) {
            ++f.called;
            waits.append(wait);
        }
        if (wait >= 0 && wait <= promise) {
            ++f.withinPromise;
            f.flaggedKept += t.firstFlaggedAt >= 0 ? 1 : 0;
            continue;
        }
        ++f.broke;
        if (t.firstFlaggedAt >= 0) {
            if (t.issuedAt + promise - t.firstFlaggedAt >= leadSeconds)
                ++f.flaggedEarly;
            else
                ++f.flaggedLate;
        }
    }
    f.p50 = percentile(waits, 0.5);
    f.p90 = percentile(waits, 0.9);
    f.max = waits.isEmpty() ? 0 : *std::max_element(waits.begin(), waits.end());
    qint64 open = 0;
    qint64 busy = 0;
    for (const WindowUse &w : r.windows) {
        open += w.openSeconds;
        busy += w.busySeconds;
    }
    f.staffHours = open / 3600.0;
    f.utilisation = open ? double(busy) / double(open) : 0;
    return f;
}

QList<HourFigures> SimReport::perHour(const SimResult &r)
{
    QMap<int, QList<int>> byHour;
    for (const TicketOutcome &t : r.tickets) {
        if (t.waitSeconds() >= 0)
            byHour[t.issuedAt / 3600].append(t.waitSeconds());
    }
    QList<HourFigures> out;
    for (auto it = byHour.constBegin(); it != byHour.constEnd(); ++it) {
        const QList<int> &w = it.value();
        out.append({it.key(), int(w.size()), percentile(w, 0.5), percentile(w, 0.9), *std::max_element(w.begin(), w.end())});
    }
    return out;
}

QByteArray SimReport::waitsCsv(const SimResult &r)
{
    const int promise = r.promiseMinutes * 60;
    QByteArray out("number,issued,called,wait_seconds,window,within_promise,handling_seconds,services,priority_group,appointment,"
                   "first_flagged,lead_seconds\n");
    for (const TicketOutcome &t : r.tickets) {
        const int wait = t.waitSeconds();
        QStringList row{t.number,
                        clockTextFull(t.issuedAt),
                        t.calledAt >= 0 ? clockTextFull(t.calledAt) : QString(),
                        wait >= 0 ? QString::number(wait) : QString(),
                        t.window ? QString::number(t.window) : QString(),
                        wait >= 0 && wait <= promise ? QStringLiteral("1") : QStringLiteral("0"),
                        QString::number(t.handlingSeconds),
                        t.services.join(QLatin1Char(';')),
                        t.priorityGroup,
                        t.appointment ? QStringLiteral("1") : QStringLiteral("0"),
                        t.firstFlaggedAt >= 0 ? clockTextFull(t.firstFlaggedAt) : QString(),
                        t.firstFlaggedAt >= 0 ? QString::number(t.issuedAt + promise - t.firstFlaggedAt) : QString()};
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

static QString minutes(int seconds)
{
    return QString::number(seconds / 60.0, 'f', 1);
}

QString SimReport::summary(const SimResult &r)
{
    const DayFigures f = figures(r);
    QString out;
    out += QStringLiteral("tickets %1, called %2\n").arg(f.tickets).arg(f.called);
    out += QStringLiteral("called within the %1-minute promise: %2 (%3%)\n")
               .arg(r.promiseMinutes)
               .arg(f.withinPromise)
               .arg(100.0 * f.share(), 0, 'f', 1);
    out += QStringLiteral("wait p50 %1 min, p90 %2 min, max %3 min\n").arg(minutes(f.p50), minutes(f.p90), minutes(f.max));
    out += QStringLiteral("staff-hours %1, window utilisation %2%\n")
               .arg(f.staffHours, 0, 'f', 1)
               .arg(100.0 * f.utilisation, 0, 'f', 1);
    out += QStringLiteral("broke the promise %1; flagged >= 10 min before breaking %2 (%3%), flagged later %4; "
                          "flagged but called in time %5\n")
               .arg(f.broke)
               .arg(f.flaggedEarly)
               .arg(100.0 * f.earlyShare(), 0, 'f', 1)
               .arg(f.flaggedLate)
               .arg(f.flaggedKept);
    out += QStringLiteral("\nhour   tickets  p50 min  p90 min  max min\n");
    for (const HourFigures &h : perHour(r)) {
        out += QStringLiteral("%1:00  %2  %3  %4  %5\n")
                   .arg(h.hour, 2, 10, QLatin1Char('0'))
                   .arg(h.tickets, 7)
                   .arg(minutes(h.p50), 7)
                   .arg(minutes(h.p90), 7)
                   .arg(minutes(h.max), 7);
    }
    out += QStringLiteral("\nwindow  tidal  open h  busy h  served  utilisation\n");
    for (const WindowUse &w : r.windows) {
        out += QStringLiteral("%1  %2  %3  %4  %5  %6%\n")
                   .arg(w.window, 6)
                   .arg(w.tidal ? QStringLiteral("yes") : QStringLiteral("no"), 5)
                   .arg(w.openSeconds / 3600.0, 6, 'f', 2)
                   .arg(w.busySeconds / 3600.0, 6, 'f', 2)
                   .arg(w.served, 6)
                   .arg(w.openSeconds ? 100.0 * w.busySeconds / w.openSeconds : 0.0, 10, 'f', 1);
    }
    return out;
}

} // namespace ow::sim
