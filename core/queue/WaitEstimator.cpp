#include "core/queue/WaitEstimator.h"

#include "core/catalogue/ServiceItem.h"

#include <QJsonObject>

#include <cmath>

namespace ow {

QJsonObject WaitEstimate::toJson() const
{
    QJsonObject o{{QLatin1String("people_ahead"), peopleAhead}, {QLatin1String("capable_windows"), capableWindows}};
    if (known()) {
        o.insert(QLatin1String("optimistic_minutes"), static_cast<int>(std::ceil(optimisticSeconds / 60.0)));
        o.insert(QLatin1String("pessimistic_minutes"), static_cast<int>(std::ceil(pessimisticSeconds / 60.0)));
    }
    return o;
}

WaitEstimator::WaitEstimator(QHash<QString, QPair<double, int>> history, std::function<double(const QString &)> catalogueDefault)
    : m_history(std::move(history)), m_default(std::move(catalogueDefault))
{}

double WaitEstimator::catalogueDefaultSeconds(const ServiceItem *service)
{
    if (service && service->handlingMinutes > 0)
        return service->handlingMinutes * 60.0;
    if (service && service->kind == ServiceKind::OnTheSpot)
        return 8 * 60.0;
    return 12 * 60.0;
}

double WaitEstimator::handlingSeconds(const Ticket &ticket) const
{
    double total = 0;
    for (const TicketMatter &m : ticket.matters) {
        const auto it = m_history.constFind(m.serviceCode);
        total += (it != m_history.constEnd() && it->second >= kMinSamples) ? it->first : m_default(m.serviceCode);
    }
    return total;
}

namespace {
// Which of the open windows can serve the ticket, as a bit set over the window list.
QList<bool> capableSet(const Ticket &t, const QList<WindowProfile> &windows)
{
    QList<bool> set;
    set.reserve(windows.size());
    for (const WindowProfile &w : windows)
        set.append(w.canServe(t));
    return set;
}
bool intersects(const QList<bool> &a, const QList<bool> &b)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] && b[i])
            return true;
    }
    return false;
}
} // namespace

QHash<qint64, WaitEstimate> WaitEstimator::estimateAll(const QList<Ticket> &waiting, const QList<WindowProfile> &openWindows) const
{
    // Tickets ahead are counted per distinct set of capable windows, so the pass stays linear in
    // the line's length (a hall has few distinct window profiles).
    QList<QPair<QList<bool>, int>> seen; // capable set → tickets so far
    QHash<qint64, WaitEstimate> out;
    if (openWindows.isEmpty()) {
        // No window open: everyone earlier is ahead, and the wait is unknown.
        int ahead = 0;
        for (const Ticket &t : waiting) {
            WaitEstimate e;
            e.peopleAhead = ahead++;
            out.insert(t.id, e);
        }
        return out;
    }
    for (const Ticket &t : waiting) {
        const QList<bool> set = capableSet(t, openWindows);
        WaitEstimate e;
        e.capableWindows = static_cast<int>(std::count(set.begin(), set.end(), true));
        qsizetype mine = -1;
        for (qsizetype i = 0; i < seen.size(); ++i) {
            if (seen[i].first == set)
                mine = i;
            if (intersects(seen[i].first, set))
                e.peopleAhead += seen[i].second;
        }
        if (mine < 0)
            seen.append({set, 1});
        else
            seen[mine].second += 1;
        if (e.known()) {
            const double seconds = handlingSeconds(t) / e.capableWindows * (e.peopleAhead + 1);
            e.pessimisticSeconds = static_cast<qint64>(std::llround(seconds));
            e.optimisticSeconds = static_cast<qint64>(std::llround(seconds * kOptimisticFactor));
        }
        out.insert(t.id, e);
    }
    return out;
}

WaitEstimate WaitEstimator::estimate(const Ticket &ticket, const QList<Ticket> &waiting, const QList<WindowProfile> &openWindows) const
{
    QList<Ticket> upTo;
    for (const Ticket &t : waiting) {
        if (t.id == ticket.id)
            break;
        upTo.append(t);
    }
    upTo.append(ticket);
    return estimateAll(upTo, openWindows).value(ticket.id);
}

} // namespace ow
