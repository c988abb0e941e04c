#include "core/service/queue/OfflineWindow.h"

#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/sql/Database.h"

#include <QRegularExpression>
#include <QSet>

namespace ow {

namespace {

QString dayAt(const QDateTime &at, const Hall &hall)
{
    return serviceDay(hall, at).toString(Qt::ISODate);
}

} // namespace

OfflineWindow::OfflineWindow(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_queue(queue), m_tickets(db)
{}

Result<QList<NumberLease>> OfflineWindow::leases(qint64 hallId, const QString &day, int window) const
{
    auto q = m_db.exec(QStringLiteral("SELECT l.prefix, l.first_seq, l.last_seq, (SELECT COUNT(*) FROM tickets t WHERE t.hall_id = l.hall_id "
                                      "AND t.service_day = l.service_day AND t.prefix = l.prefix AND t.seq BETWEEN l.first_seq AND l.last_seq) "
                                      "FROM ticket_leases l WHERE l.hall_id = ? AND l.service_day = ? AND l.window_number = ? "
                                      "ORDER BY l.prefix, l.first_seq"),
                       {hallId, day, window});
    if (!q)
        return q.error();
    QList<NumberLease> out;
    while (q.value().next()) {
        NumberLease l{day, q.value().value(0).toString(), q.value().value(1).toInt(), q.value().value(2).toInt(), 0};
        l.unused = l.last - l.first + 1 - q.value().value(3).toInt();
        out.append(l);
    }
    return out;
}

Result<QList<NumberLease>> OfflineWindow::lease(const QString &hallCode, int window, qint64 actorId, int numbers)
{
    if (numbers < 1 || numbers > kMaxBlock)
        return invalidFieldError(QStringLiteral("numbers"), QStringLiteral("1 to %1").arg(kMaxBlock));
    auto h = m_queue.hall(hallCode);
    if (!h)
        return h.error();
    const Hall &hall = **h;
    auto rules = m_queue.rulesOf(hall);
    if (!rules)
        return rules.error();
    if (rules.value().keepNumbersOvernight)
        return conflictError(QStringLiteral("numbers kept over night cannot be leased"));
    if (std::none_of(hall.windows.begin(), hall.windows.end(), [window](const Window &w) { return w.number == window; }))
        return notFoundError(QStringLiteral("no window %1 at %2").arg(window).arg(hallCode));
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    QSet<QString> prefixes;
    for (const Category &c : catalogue->categories())
        prefixes.insert(c.prefix);
    const QString day = m_queue.serviceDay(hall);
    QList<NumberLease> result;
    const Status st = m_db.transaction([&]() -> Status {
        auto held = leases(hall.id, day, window);
        if (!held)
            return held.error();
        for (const QString &prefix : std::as_const(prefixes)) {
            int unused = 0;
            for (const NumberLease &l : held.value())
                unused += l.prefix == prefix ? l.unused : 0;
            if (unused >= (numbers + 1) / 2)
                continue;
            // The block comes off the day's counter, as the server's own numbers do.
            auto counter = m_db.exec(QStringLiteral("SELECT last_seq FROM ticket_counters WHERE hall_id = ? AND service_day = ? AND prefix = ?"),
                                     {hall.id, day, prefix});
            if (!counter)
                return counter.error();
            const int taken = counter.value().next() ? counter.value().value(0).toInt() : 0;
            if (taken + numbers > 999)
                continue; // the day's numbers of this prefix are nearly used up: no lease
            if (auto s = m_db.run(QStringLiteral("INSERT INTO ticket_counters (hall_id, service_day, prefix, last_seq) VALUES (?, ?, ?, ?) "
                                                 "ON CONFLICT (hall_id, service_day, prefix) DO UPDATE SET last_seq = excluded.last_seq"),
                                  {hall.id, day, prefix, taken + numbers});
                !s)
                return s;
            if (auto s = m_db.run(QStringLiteral("INSERT INTO ticket_leases (hall_id, service_day, prefix, window_number, first_seq, last_seq, "
                                                 "account_id, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {hall.id, day, prefix, window, taken + 1, taken + numbers, actorId, m_clock.now().toMSecsSinceEpoch()});
                !s)
                return s;
        }
        auto now = leases(hall.id, day, window);
        if (!now)
            return now.error();
        result = now.value();
        return okStatus();
    });
    if (!st)
        return st.error();
    return result;
}

Result<Ticket> OfflineWindow::record(const OfflineTicket &rec, qint64 actorId)
{
    auto h = m_queue.hall(rec.hallCode);
    if (!h)
        return h.error();
    const Hall &hall = **h;
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};

    static const QRegularExpression numberForm(QStringLiteral("\\A([A-Z]{1,2})(\\d{3})\\z"));
    const auto parts = numberForm.match(rec.number);
    if (!parts.hasMatch())
        return invalidFieldError(QStringLiteral("number"), QStringLiteral("a prefix and three digits, such as A041"));
    Ticket t;
    t.prefix = parts.captured(1);
    t.sequence = parts.captured(2).toInt();
    t.number = rec.number;
    if (rec.services.isEmpty())
        return invalidFieldError(QStringLiteral("services"), QStringLiteral("at least one service is required"));
    for (const QString &code : rec.services) {
        const ServiceItem *s = catalogue->service(code);
        if (!s)
            return invalidFieldError(QStringLiteral("services"), QStringLiteral("unknown service %1").arg(code));
        t.matters.append({s->code, s->category, MatterOutcome::Pending, {}, {}});
    }
    const Category *category = catalogue->category(t.matters.first().category);
    if (!category || category->prefix != t.prefix)
        return invalidFieldError(QStringLiteral("number"), QStringLiteral("%1 is not a number of the first matter's category").arg(rec.number));
    auto rules = m_queue.rulesOf(hall);
    if (!rules)
        return rules.error();
    if (!rec.priorityGroup.isEmpty() && !rules.value().hasPriorityGroup(rec.priorityGroup))
        return invalidFieldError(QStringLiteral("priority_group"), QStringLiteral("unknown priority group %1").arg(rec.priorityGroup));

    // The times the window's clock gave, in order, on the lease's day, and not in the future.
    const QDateTime latest = m_clock.now().addSecs(120);
    const bool noShow = rec.state == TicketState::NoShow;
    if (rec.state != TicketState::Finished && !noShow)
        return invalidFieldError(QStringLiteral("state"), QStringLiteral("finished or no_show"));
    if (!rec.issuedAt.isValid() || !rec.calledAt.isValid() || !rec.finishedAt.isValid() || (!noShow && !rec.servingSince.isValid()))
        return invalidFieldError(QStringLiteral("times"), QStringLiteral("issued_at, called_at, finished_at and (unless a no-show) serving_since are required"));
    const QDateTime served = noShow ? rec.calledAt : rec.servingSince;
    if (rec.issuedAt > rec.calledAt || rec.calledAt > served || served > rec.finishedAt || rec.finishedAt > latest)
        return invalidFieldError(QStringLiteral("times"), QStringLiteral("issued ≤ called ≤ serving ≤ finished, none in the future"));
    if (noShow && rec.servingSince.isValid())
        return invalidFieldError(QStringLiteral("serving_since"), QStringLiteral("a no-show was never served"));

    for (TicketMatter &m : t.matters) {
        if (noShow)
            break;
        const auto it = std::find_if(rec.results.begin(), rec.results.end(),
                                     [&m](const MatterResult &r) { return r.serviceCode == m.serviceCode; });
        if (it == rec.results.end() || it->outcome == MatterOutcome::Pending)
            return invalidFieldError(QStringLiteral("matters"), QStringLiteral("no outcome for %1").arg(m.serviceCode));
        if (it->outcome == MatterOutcome::Refused && it->reason.trimmed().isEmpty())
            return invalidFieldError(QStringLiteral("reason"), QStringLiteral("a refusal needs a reason"));
        m.outcome = it->outcome;
        m.reason = it->reason.trimmed();
    }

    t.hallId = hall.id;
    t.serviceDay = dayAt(rec.issuedAt, hall);
    t.channel = Channel::Window;
    t.priorityGroup = rec.priorityGroup;
    t.issuedAt = rec.issuedAt;
    t.queueKey = static_cast<double>(rec.issuedAt.toMSecsSinceEpoch()) / 1000.0;
    t.catalogueVersion = m_catalogue.current()->version();
    const QJsonObject offline{{QLatin1String("offline"), true}};
    const Status st = m_db.transaction([&]() -> Status {
        auto leased = m_db.exec(QStringLiteral("SELECT 1 FROM ticket_leases WHERE hall_id = ? AND service_day = ? AND prefix = ? "
                                               "AND window_number = ? AND ? BETWEEN first_seq AND last_seq"),
                                {hall.id, t.serviceDay, t.prefix, rec.window, t.sequence});
        if (!leased)
            return leased.error();
        if (!leased.value().next())
            return conflictError(QStringLiteral("%1 on %2 is not leased to window %3").arg(rec.number, t.serviceDay).arg(rec.window));
        auto taken = m_tickets.findByNumber(hall.id, t.serviceDay, t.number);
        if (!taken)
            return taken.error();
        if (taken.value())
            return conflictError(QStringLiteral("%1 on %2 is already used").arg(rec.number, t.serviceDay));
        auto id = m_tickets.insert(t);
        if (!id)
            return id.error();
        t.id = id.value();
        if (auto s = m_tickets.appendEvent(t, TicketEventKind::Issued, actorId, rec.issuedAt, offline); !s)
            return s;
        t.state = TicketState::Called;
        t.windowNumber = rec.window;
        t.tellerId = actorId;
        t.calledAt = t.lastCalledAt = rec.calledAt;
        if (auto s = m_tickets.appendEvent(t, TicketEventKind::Called, actorId, rec.calledAt, offline); !s)
            return s;
        if (!noShow) {
            t.state = TicketState::Serving;
            t.servingSince = rec.servingSince;
            if (auto s = m_tickets.appendEvent(t, TicketEventKind::Serving, actorId, rec.servingSince, offline); !s)
                return s;
        }
        t.state = rec.state;
        t.finishedAt = rec.finishedAt;
        if (auto s = m_tickets.update(t); !s)
            return s;
        return m_tickets.appendEvent(t, noShow ? TicketEventKind::NoShow : TicketEventKind::Finished, actorId, rec.finishedAt, offline);
    });
    if (!st)
        return st.error();
    return t;
}

} // namespace ow
