#include "core/domain/queue/WaitEstimator.h"

#include "core/domain/util/JsonReader.h"

#include "core/domain/catalogue/ServiceItem.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ow {

int WaitEstimate::optimisticMinutes() const
{
    return static_cast<int>(std::ceil(optimisticSeconds / 60.0));
}

int WaitEstimate::pessimisticMinutes() const
{
    return static_cast<int>(std::ceil(pessimisticSeconds / 60.0));
}

QJsonObject WaitEstimate::toJson() const
{
    QJsonObject o{{QLatin1String("people_ahead"), peopleAhead}, {QLatin1String("capable_windows"), capableWindows}};
    if (known()) {
        o.insert(QLatin1String("optimistic_minutes"), optimisticMinutes());
        o.insert(QLatin1String("pessimistic_minutes"), pessimisticMinutes());
    }
    return o;
}

Result<WaitEstimate> WaitEstimate::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WaitEstimate e;
    e.peopleAhead = static_cast<int>(r.requiredInteger(QLatin1String("people_ahead")));
    e.capableWindows = static_cast<int>(r.requiredInteger(QLatin1String("capable_windows")));
    // The minutes come exactly when some open window can serve the ticket.
    for (const QLatin1String key : {QLatin1String("optimistic_minutes"), QLatin1String("pessimistic_minutes")}) {
        if (e.known() && !r.has(key))
            r.problem(key, QStringLiteral("required"));
        else if (!e.known() && r.has(key))
            r.problem(key, QStringLiteral("only when capable_windows is above 0"));
    }
    e.optimisticSeconds = r.integer(QLatin1String("optimistic_minutes")) * 60;
    e.pessimisticSeconds = r.integer(QLatin1String("pessimistic_minutes")) * 60;
    return r.finish(e);
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
// Which of the open windows can serve the ticket, as bits (a hall has far fewer than 64 windows
// open at once; windows beyond the 64th share bits, which only makes the count of people ahead
// a little more pessimistic).
quint64 capableSet(const Ticket &t, const QList<WindowProfile> &windows)
{
    quint64 set = 0;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        if (windows[i].canServe(t))
            set |= quint64(1) << (i % 64);
    }
    return set;
}
int capableCount(const Ticket &t, const QList<WindowProfile> &windows)
{
    return static_cast<int>(std::count_if(windows.begin(), windows.end(), [&t](const WindowProfile &w) { return w.canServe(t); }));
}
} // namespace

// Tickets ahead are counted per distinct set of capable windows, so a pass stays linear in the
// line's length (a hall has few distinct window profiles).
template<typename Visit>
static void walk(const QList<Ticket> &waiting, const QList<WindowProfile> &openWindows, qint64 stopAt, Visit visit)
{
    QList<QPair<quint64, int>> seen; // capable set → tickets so far
    for (const Ticket &t : waiting) {
        const quint64 set = capableSet(t, openWindows);
        int ahead = 0;
        qsizetype mine = -1;
        for (qsizetype i = 0; i < seen.size(); ++i) {
            if (seen[i].first == set)
                mine = i;
            if (seen[i].first & set)
                ahead += seen[i].second;
        }
        if (mine < 0)
            seen.append({set, 1});
        else
            seen[mine].second += 1;
        visit(t, ahead);
        if (t.id == stopAt)
            return;
    }
}

WaitEstimate WaitEstimator::finish(const Ticket &t, int ahead, int capable) const
{
    WaitEstimate e;
    e.peopleAhead = ahead;
    e.capableWindows = capable;
    if (e.known()) {
        const double seconds = handlingSeconds(t) / e.capableWindows * (e.peopleAhead + 1);
        e.pessimisticSeconds = static_cast<qint64>(std::llround(seconds));
        e.optimisticSeconds = static_cast<qint64>(std::llround(seconds * kOptimisticFactor));
    }
    return e;
}

QHash<qint64, WaitEstimate> WaitEstimator::estimateAll(const QList<Ticket> &waiting, const QList<WindowProfile> &openWindows) const
{
    QHash<qint64, WaitEstimate> out;
    if (openWindows.isEmpty()) {
        // No window open: everyone earlier is ahead, and the wait is unknown.
        int ahead = 0;
        for (const Ticket &t : waiting)
            out.insert(t.id, finish(t, ahead++, 0));
        return out;
    }
    walk(waiting, openWindows, -1, [&](const Ticket &t, int ahead) { out.insert(t.id, finish(t, ahead, capableCount(t, openWindows))); });
    return out;
}

WaitEstimate WaitEstimator::estimate(const Ticket &ticket, const QList<Ticket> &waiting, const QList<WindowProfile> &openWindows) const
{
    if (openWindows.isEmpty()) {
        int ahead = 0;
        for (const Ticket &t : waiting) {
            if (t.id == ticket.id)
                break;
            ++ahead;
        }
        return finish(ticket, ahead, 0);
    }
    WaitEstimate e = finish(ticket, 0, capableCount(ticket, openWindows));
    walk(waiting, openWindows, ticket.id, [&](const Ticket &t, int ahead) {
        if (t.id == ticket.id)
            e = finish(ticket, ahead, e.capableWindows);
    });
    return e;
}

} // namespace ow
