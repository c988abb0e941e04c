// QueueService, the reading side: what the hall's screens, a ticket's holder and the kiosk's
// wait estimate see — the snapshot and the view built from it, wait estimates and the handling
// times behind them, a ticket's public status and its timeline. The operations are in
// QueueService.cpp.
#include "core/service/queue/QueueService.h"

#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/sql/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ow {

namespace {
// How long the handling times read from a hall's history are used before being read again.
constexpr qint64 kHistoryMaxAgeSeconds = 300;
} // namespace

Result<WaitEstimator> QueueService::estimator(const Hall &h)
{
    const QDateTime now = m_clock.now();
    History &history = m_history[h.id];
    if (!history.loadedAt.isValid() || history.loadedAt.secsTo(now) >= kHistoryMaxAgeSeconds || history.loadedAt > now) {
        auto times = m_tickets.handlingTimes(h.id, now.addDays(-m_config.historyDays));
        if (!times)
            return times.error();
        history.times = times.value();
        history.loadedAt = now;
    }
    const Catalogue *catalogue = m_catalogue.current();
    return WaitEstimator(history.times, [catalogue](const QString &code) {
        return WaitEstimator::catalogueDefaultSeconds(catalogue ? catalogue->service(code) : nullptr);
    });
}

Result<QJsonObject> QueueService::publicStatus(const QString &hallCode, const QString &serviceDay, const QString &number)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    if (QDate::fromString(serviceDay, Qt::ISODate).isNull())
        return notFoundError(QStringLiteral("bad service day"));
    if (auto st = m_db.transaction([&] { return returnDueParked(**h); }); !st)
        return st.error();
    auto found = m_tickets.findByNumber((*h)->id, serviceDay, number.trimmed().toUpper());
    if (!found)
        return found.error();
    if (!found.value())
        return notFoundError(QStringLiteral("no ticket %1 on %2").arg(number, serviceDay));
    const Ticket &t = *found.value();
    QJsonArray matters;
    for (const TicketMatter &m : t.matters)
        matters.append(m.serviceCode);
    QJsonObject o{{QLatin1String("hall"), (*h)->code},
                  {QLatin1String("hall_name_zh"), (*h)->name.zh},
                  {QLatin1String("hall_name_en"), (*h)->name.en},
                  {QLatin1String("number"), t.number},
                  {QLatin1String("service_day"), t.serviceDay},
                  {QLatin1String("state"), toString(t.state)},
                  {QLatin1String("issued_at"), t.issuedAt.toString(Qt::ISODate)},
                  {QLatin1String("matters"), matters}};
    if (t.state == TicketState::Called || t.state == TicketState::Serving)
        o.insert(QLatin1String("window"), t.windowNumber);
    if (t.state == TicketState::Parked)
        o.insert(QLatin1String("parked_until"), t.parkedUntil.toString(Qt::ISODate));
    if (t.state == TicketState::Waiting && serviceDay == this->serviceDay(**h)) {
        if (auto wait = estimate(t))
            o.insert(QLatin1String("wait"), wait.value().toJson());
    }
    return o;
}

Result<WaitEstimate> QueueService::estimate(const Ticket &ticket)
{
    auto h = hallById(ticket.hallId);
    if (!h)
        return h.error();
    auto est = estimator(**h);
    if (!est)
        return est.error();
    auto open = openProfiles(**h);
    if (!open)
        return open.error();
    if (ticket.serviceDay != serviceDay(**h))
        return WaitEstimate{};
    auto waiting = waitingLine(**h); // in memory: issuing a ticket does not read the whole line
    if (!waiting)
        return waiting.error();
    return est.value().estimate(ticket, *waiting.value(), open.value());
}

Result<QueueSnapshot> QueueService::snapshot(const QString &hallCode)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    if (auto st = m_db.transaction([&] { return returnDueParked(**h); }); !st)
        return st.error();
    const QString day = serviceDay(**h);
    auto live = m_tickets.list((*h)->id, day,
                               {TicketState::Waiting, TicketState::Called, TicketState::Serving, TicketState::Parked});
    if (!live)
        return live.error();
    auto windowsRead = windowStates((*h)->id);
    if (!windowsRead)
        return windowsRead.error();
    const QList<WindowStatus> windows = *windowsRead.value(); // shared, not copied
    auto est = estimator(**h);
    if (!est)
        return est.error();
    auto open = openProfiles(**h);
    if (!open)
        return open.error();
    QList<Ticket> line;
    for (const Ticket &t : live.value()) {
        if (t.state == TicketState::Waiting)
            line.append(t);
    }
    const QHash<qint64, WaitEstimate> estimates = est.value().estimateAll(line, open.value());
    QueueSnapshot snap;
    snap.hall = (*h)->code;
    snap.serviceDay = day;
    for (const Ticket &t : live.value()) {
        QueuedTicket q = publicTicket(t, (*h)->code);
        if (t.state == TicketState::Waiting) {
            q.wait = estimates.value(t.id);
            snap.waiting.append(q);
            snap.waitingByPrefix[t.prefix] += 1;
            snap.waitByPrefix.insert(t.prefix, *q.wait); // what a newcomer of the prefix may expect: the last one's
        } else if (t.state == TicketState::Parked) {
            snap.parked.append(q);
        } else {
            snap.atWindows.append(q);
        }
    }
    for (const WindowStatus &w : windows)
        snap.windows.append({w.number, w.state, w.tellerId, w.tellerName, w.tellerStaffNo, w.reason, w.autoAssign, w.since});
    return snap;
}

HallView HallView::of(QueueSnapshot snapshot)
{
    HallView v{std::move(snapshot), {}, {}, {}};
    v.json = QJsonDocument(v.snapshot.toJson()).toJson(QJsonDocument::Compact);
    v.deflated = qCompress(v.json, 1).mid(4); // without Qt's 4-byte length: a plain zlib stream
    v.etag = '"' + QCryptographicHash::hash(v.json, QCryptographicHash::Sha1).toHex().left(24) + '"';
    return v;
}

Result<std::shared_ptr<const HallView>> QueueService::view(const QString &hallCode)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    const Hall &hall = **h;
    const QString day = serviceDay(hall);
    if (const auto it = m_views.constFind(hall.id);
        it != m_views.constEnd() && it->day == day && m_clock.now() < it->staleAt)
        return it->view;
    auto snap = snapshot(hallCode);
    if (!snap)
        return snap.error();
    auto built = std::make_shared<const HallView>(HallView::of(std::move(snap).value()));
    m_views.insert(hall.id, CachedView{built, day, viewStaleAt(hall)});
    forgetOnRollback(hall.id); // read inside a change that may not stay
    return built;
}

// The snapshot's waits depend on the handling-time history (read again every few minutes) and
// its line on parked tickets coming back: the view lasts until the first of these.
QDateTime QueueService::viewStaleAt(const Hall &h) const
{
    QDateTime at = m_history.value(h.id).loadedAt.addSecs(kHistoryMaxAgeSeconds);
    if (const QDateTime back = m_nextReturn.value(h.id); back.isValid() && back < at)
        at = back;
    return at;
}

Result<QList<TicketHistoryEntry>> QueueService::events(qint64 ticketId) const
{
    auto rows = m_tickets.events(ticketId);
    if (!rows)
        return rows.error();
    QList<TicketHistoryEntry> out;
    for (const QJsonObject &row : rows.value()) {
        auto entry = TicketHistoryEntry::fromJson(row);
        if (!entry)
            return Error{ErrorCode::Internal, QStringLiteral("ticket %1: unreadable event").arg(ticketId), {}};
        out.append(std::move(entry).value());
    }
    return out;
}

Result<LineSnapshot> QueueService::line(const QString &hallCode)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    auto rules = rulesOf(**h);
    if (!rules)
        return rules.error();
    auto v = view(hallCode);
    if (!v)
        return v.error();
    auto est = estimator(**h);
    if (!est)
        return est.error();
    const QueueSnapshot &snap = v.value()->snapshot;
    LineSnapshot out;
    out.now = m_clock.now();
    out.promiseMinutes = rules.value().promiseMinutes;
    for (const QueuedTicket &q : snap.waiting) {
        QStringList categories;
        for (const TicketMatter &m : q.ticket.matters) {
            if (m.outcome == MatterOutcome::Pending && !categories.contains(m.category))
                categories << m.category;
        }
        out.line.append({q.ticket.id, categories, q.ticket.issuedAt, est.value().handlingSeconds(q.ticket)});
    }
    for (const WindowView &w : snap.windows) {
        if (w.state != WindowState::Open)
            continue;
        auto p = profile(**h, w.number);
        if (!p)
            continue; // a retired window still open: it takes nobody new
        LineWindow open{p.value(), {}};
        for (const QueuedTicket &at : snap.atWindows) {
            if (at.ticket.windowNumber != w.number)
                continue;
            const QDateTime since = at.ticket.servingSince.isValid() ? at.ticket.servingSince : at.ticket.lastCalledAt.isValid() ? at.ticket.lastCalledAt : at.ticket.calledAt;
            open.freeAt = WaitProjection::expectedFreeAt(since, est.value().handlingSeconds(at.ticket), out.now);
        }
        out.windows.append(open);
    }
    return out;
}

} // namespace ow
