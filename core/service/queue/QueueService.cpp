// QueueService, the tickets: issuing, calling, serving and finishing, with the hall's line kept in
// memory. Handing a ticket on (transfers, moves, parking) is in QueueHandOn.cpp, the windows in
// QueueWindows.cpp, what screens read (snapshot, view, wait estimates, public status, timeline) in
// QueueViews.cpp.
#include "core/service/queue/QueueService.h"

#include "core/domain/queue/Dispatcher.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/ResidentId.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/QueueRulesRepository.h"
#include "core/sql/Database.h"

#include <QJsonArray>

namespace ow {

QueuedTicket QueueService::publicTicket(const Ticket &t, const QString &hallCode)
{
    return QueuedTicket{t, hallCode, std::nullopt};
}

QueueService::QueueService(Database &db, const Clock &clock, const CatalogueService &catalogue, HallQueueConfig config)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_config(std::move(config)), m_tickets(db)
{}

QueueService::~QueueService() = default;

// What is kept in memory of a hall was just read or changed inside a transaction: if that is
// rolled back, the hall's memory is forgotten (and read again when next needed). A request that
// is refused before it writes leaves every hall's line as it was.
void QueueService::forgetOnRollback(qint64 hallId)
{
    m_db.onRollback([this, hallId] {
        m_lines.remove(hallId);
        m_nextReturn.remove(hallId);
        m_views.remove(hallId);
    });
}

// The line itself, not a copy: a copy held while a ticket is written would make the write
// through copy the whole line.
Result<const QList<Ticket> *> QueueService::waitingLine(const Hall &h)
{
    const QString day = serviceDay(h);
    auto it = m_lines.find(h.id);
    if (it == m_lines.end() || it->day != day) {
        auto loaded = m_tickets.list(h.id, day, {TicketState::Waiting});
        if (!loaded)
            return loaded.error();
        it = m_lines.insert(h.id, Line{day, std::move(loaded).value()});
        forgetOnRollback(h.id);
    }
    return &it->waiting;
}

// After a ticket row was written (inside the current transaction): the same change in memory.
void QueueService::written(const Ticket &t)
{
    m_views.remove(t.hallId);
    forgetOnRollback(t.hallId);
    if (t.state == TicketState::Parked) {
        const auto known = m_nextReturn.find(t.hallId);
        if (known != m_nextReturn.end()) {
            if (!t.parkedUntil.isValid())
                m_nextReturn.erase(known); // due at once: look next time
            else if (!known->isValid() || t.parkedUntil < *known)
                *known = t.parkedUntil;
        }
    }
    const auto it = m_lines.find(t.hallId);
    if (it == m_lines.end() || it->day != t.serviceDay)
        return;
    QList<Ticket> &line = it->waiting;
    line.removeIf([&t](const Ticket &w) { return w.id == t.id; });
    if (t.state != TicketState::Waiting)
        return;
    const auto pos = std::lower_bound(line.begin(), line.end(), t, [](const Ticket &a, const Ticket &b) {
        return a.queueKey < b.queueKey || (a.queueKey == b.queueKey && a.id < b.id);
    });
    line.insert(pos, t);
}

Result<const Hall *> QueueService::hall(const QString &code)
{
    if (m_halls.isEmpty()) {
        auto halls = OrgRepository(m_db).halls();
        if (!halls)
            return halls.error();
        for (Hall h : halls.value()) {
            // A retired window takes no more work: the queue does not know it.
            h.windows.removeIf([](const Window &w) { return w.retired; });
            m_hallCodes.insert(h.id, h.code);
            m_halls.insert(h.code, std::move(h));
        }
    }
    const auto it = m_halls.constFind(code);
    if (it == m_halls.constEnd())
        return notFoundError(QStringLiteral("unknown hall %1").arg(code));
    return &*it;
}

Result<const Hall *> QueueService::hallById(qint64 id)
{
    if (m_halls.isEmpty()) {
        if (auto h = hall(QString()); !h && h.error().code != ErrorCode::NotFound)
            return h.error();
    }
    const auto code = m_hallCodes.constFind(id);
    if (code == m_hallCodes.constEnd())
        return notFoundError(QStringLiteral("unknown hall id %1").arg(id));
    return hall(*code);
}

void QueueService::orgChanged()
{
    m_halls.clear();
    m_hallCodes.clear();
    m_views.clear();
    m_autoAssignHalls.reset();
    m_windowStates.clear();
}

Result<const QList<WindowStatus> *> QueueService::windowStates(qint64 hallId)
{
    if (const auto it = m_windowStates.constFind(hallId); it != m_windowStates.constEnd())
        return &*it;
    auto read = m_tickets.windows(hallId);
    if (!read)
        return read.error();
    return &*m_windowStates.insert(hallId, std::move(read).value());
}

Result<std::optional<WindowStatus>> QueueService::windowState(qint64 hallId, int number)
{
    auto all = windowStates(hallId);
    if (!all)
        return all.error();
    for (const WindowStatus &w : *all.value()) {
        if (w.number == number)
            return std::optional(w);
    }
    return std::optional<WindowStatus>();
}

Status QueueService::saveWindowState(qint64 hallId, const WindowStatus &status)
{
    if (auto st = m_tickets.saveWindow(hallId, status); !st)
        return st;
    m_db.onRollback([this, hallId] { m_windowStates.remove(hallId); });
    const auto entry = m_windowStates.find(hallId);
    if (entry == m_windowStates.end())
        return okStatus();
    for (WindowStatus &w : *entry) {
        if (w.number != status.number)
            continue;
        if (w.tellerId != status.tellerId)
            break; // the new teller's name is read with the hall's windows next time
        const QString name = w.tellerName;
        const QString staffNo = w.tellerStaffNo;
        w = status;
        w.tellerName = name;
        w.tellerStaffNo = staffNo;
        return okStatus();
    }
    m_windowStates.erase(entry); // a window's first state, or another teller at it
    return okStatus();
}

Result<HallQueueConfig> QueueService::rulesOf(const Hall &h)
{
    if (const auto it = m_rules.constFind(h.id); it != m_rules.constEnd())
        return *it;
    auto own = QueueRulesRepository(m_db).find(h.id);
    if (!own)
        return own.error();
    const HallQueueConfig rules = own.value() ? own.value()->over(m_config) : m_config;
    m_rules.insert(h.id, rules);
    return rules;
}

Result<HallQueueConfig> QueueService::rulesOf(const QString &hallCode)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    return rulesOf(**h);
}

void QueueService::rulesChanged(qint64 hallId)
{
    m_rules.remove(hallId);
    m_views.remove(hallId);
}

QString QueueService::serviceDay(const Hall &h) const
{
    return ow::serviceDay(h, m_clock.now()).toString(Qt::ISODate);
}

void QueueService::publish(const QString &type, const Hall &h, const QJsonObject &payload)
{
    m_views.remove(h.id); // whatever is announced changes what the hall's screens show
    if (!m_listener)
        return;
    // Told only once it is durable: inside a sync push or a commit group that is later.
    m_db.afterCommit([this, event = QueueEvent{type, h.id, h.code, payload}] {
        if (m_listener)
            m_listener(event);
    });
}

namespace {

Error precheckError(const char *text, const QStringList &args, const QString &detail)
{
    Error e = invalidFieldError(QStringLiteral("prechecks"), detail);
    e.text = {text, args};
    return e;
}

} // namespace

// The guide desk's ticks become each matter's pre-check: what the citizen has and, from the
// catalogue's checklist, what they do not. Codes outside the checklist, a matter not on the
// ticket or one pre-checked twice refuse the whole ticket (nothing is numbered).
Status QueueService::applyPrechecks(const Catalogue &catalogue, const QList<std::pair<QString, QStringList>> &prechecks,
                                    QList<TicketMatter> &matters)
{
    for (const auto &[code, present] : prechecks) {
        auto matter = std::find_if(matters.begin(), matters.end(), [&code](const TicketMatter &m) { return m.serviceCode == code; });
        if (matter == matters.end())
            return precheckError(QT_TRANSLATE_NOOP("ow::Errors", "The pre-check names %1, which is not among the ticket's matters."),
                                 {code}, QStringLiteral("%1 is not a matter of the ticket").arg(code));
        if (matter->precheck)
            return precheckError(QT_TRANSLATE_NOOP("ow::Errors", "Matter %1 is pre-checked twice."), {code},
                                 QStringLiteral("%1 pre-checked twice").arg(code));
        const ServiceItem *item = catalogue.service(code);
        MaterialPrecheck check;
        for (const QString &material : present) {
            const bool listed = std::any_of(item->materials.cbegin(), item->materials.cend(),
                                            [&material](const Material &m) { return m.code == material; });
            if (!listed)
                return precheckError(QT_TRANSLATE_NOOP("ow::Errors", "Matter %1 has no material %2 on its checklist."),
                                     {code, material}, QStringLiteral("%1 has no material %2").arg(code, material));
        }
        for (const Material &m : item->materials)
            (present.contains(m.code) ? check.present : check.missing) << m.code;
        matter->precheck = check;
    }
    return okStatus();
}

Result<Ticket> QueueService::issue(const IssueRequest &req, qint64 actorId)
{
    auto h = hall(req.hallCode);
    if (!h)
        return h.error();
    if ((*h)->archived)
        return conflictError(QStringLiteral("hall %1 is archived").arg(req.hallCode));
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    if (req.services.isEmpty())
        return invalidFieldError(QStringLiteral("services"), QStringLiteral("at least one service is required"));
    Ticket t;
    for (const QString &code : req.services) {
        const ServiceItem *s = catalogue->service(code);
        if (!s) {
            Error e = invalidFieldError(QStringLiteral("services"), QStringLiteral("unknown service %1").arg(code));
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "There is no matter %1 in the catalogue."), {code}};
            return e;
        }
        t.matters.append({s->code, s->category, MatterOutcome::Pending, {}, {}});
    }
    if (auto st = applyPrechecks(*catalogue, req.prechecks, t.matters); !st)
        return st.error();
    auto rules = rulesOf(**h);
    if (!rules)
        return rules.error();
    const HallQueueConfig &config = rules.value();
    if (!req.priorityGroup.isEmpty() && !config.hasPriorityGroup(req.priorityGroup))
        return invalidFieldError(QStringLiteral("priority_group"), QStringLiteral("unknown priority group %1").arg(req.priorityGroup));
    const QDateTime now = m_clock.now();
    if (!req.residentId.isEmpty()) {
        const auto problem = ResidentId::check(req.residentId, now.date());
        if (problem != ResidentId::Problem::None)
            return invalidFieldError(QStringLiteral("resident_id"), ResidentId::problemText(problem));
        t.residentId = ResidentId::parse(req.residentId, now.date())->text();
    }
    const Category *category = catalogue->category(t.matters.first().category);
    t.hallId = (*h)->id;
    t.serviceDay = serviceDay(**h);
    t.prefix = category ? category->prefix : QStringLiteral("Z");
    t.channel = req.channel;
    t.priorityGroup = req.priorityGroup;
    t.phone = req.phone.trimmed();
    t.issuedAt = now;
    t.state = TicketState::Waiting;
    t.queueKey = static_cast<double>(now.toMSecsSinceEpoch()) / 1000.0;
    t.appointmentId = req.appointmentId;
    t.appointmentAt = req.appointmentAt;
    t.catalogueVersion = catalogue->version();

    Status st = m_db.transaction([&]() -> Status {
        // Numbers restart at the hall's midnight, or run on over night where the hall keeps them
        // (then 999 is followed by 001 again).
        auto seq = m_tickets.nextSequence(t.hallId, config.keepNumbersOvernight ? QStringLiteral("*") : t.serviceDay, t.prefix);
        if (!seq)
            return seq.error();
        if (!config.keepNumbersOvernight && seq.value() > 999)
            return conflictError(QStringLiteral("numbers for prefix %1 are used up today").arg(t.prefix));
        t.sequence = (seq.value() - 1) % 999 + 1;
        if (config.keepNumbersOvernight) {
            auto taken = m_tickets.findByNumber(t.hallId, t.serviceDay, t.prefix + QStringLiteral("%1").arg(t.sequence, 3, 10, QLatin1Char('0')));
            if (!taken)
                return taken.error();
            if (taken.value())
                return conflictError(QStringLiteral("numbers for prefix %1 are used up today").arg(t.prefix));
        }
        t.number = t.prefix + QStringLiteral("%1").arg(t.sequence, 3, 10, QLatin1Char('0'));
        auto id = m_tickets.insert(t);
        if (!id)
            return id.error();
        t.id = id.value();
        written(t);
        return m_tickets.appendEvent(t, TicketEventKind::Issued, actorId, now);
    });
    if (!st)
        return st.error();
    publish(QStringLiteral("ticket.issued"), **h, publicTicket(t, (*h)->code).toJson());
    offerIdleWindows(**h);
    return t;
}

Result<std::optional<Ticket>> QueueService::callNext(const QString &hallCode, int window, qint64 actorId)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    return callNextAt(**h, window, actorId, false);
}

Result<std::optional<Ticket>> QueueService::callNextAt(const Hall &h, int window, qint64 actorId, bool automatic)
{
    auto windowProfile = profile(h, window);
    if (!windowProfile)
        return windowProfile.error();
    auto status = windowState(h.id, window);
    if (!status)
        return status.error();
    if (!status.value() || status.value()->state != WindowState::Open)
        return conflictError(QStringLiteral("window %1 is not open").arg(window));
    if (auto free = windowIsFree(h, window); !free)
        return free.error();
    auto rules = rulesOf(h);
    if (!rules)
        return rules.error();
    const QDateTime now = m_clock.now();
    std::optional<Ticket> called;
    Status st = m_db.transaction([&]() -> Status {
        if (auto r = returnDueParked(h); !r)
            return r;
        auto waiting = waitingLine(h);
        if (!waiting)
            return waiting.error();
        WindowStatus ws = *status.value();
        const QList<Ticket> &line = *waiting.value();
        const auto pick = Dispatcher::pickNext(windowProfile.value(), line, now, rules.value(), ws.priorityStreak);
        if (!pick)
            return okStatus();
        const auto chosen = std::find_if(line.begin(), line.end(), [&pick](const Ticket &t) { return t.id == pick->ticketId; });
        if (chosen == line.end())
            return Error{ErrorCode::Internal, QStringLiteral("picked ticket %1 is not waiting").arg(pick->ticketId), {}};
        const Ticket ticket = *chosen; // written below changes the line
        ws.priorityStreak = pick->reason == Dispatcher::Reason::Priority ? ws.priorityStreak + 1 : 0;
        QJsonObject detail{{QLatin1String("reason"), Dispatcher::toString(pick->reason)}};
        if (automatic)
            detail.insert(QLatin1String("auto_assign"), true);
        auto done = callChosen(h, ticket, ws, actorId, detail);
        if (!done)
            return done.error();
        called = done.value();
        return okStatus();
    });
    if (!st)
        return st.error();
    if (called)
        publish(QStringLiteral("ticket.called"), h, publicTicket(*called, h.code).toJson());
    return called;
}

Status QueueService::windowIsFree(const Hall &h, int window)
{
    auto held = m_tickets.atWindow(h.id, serviceDay(h), window);
    if (!held)
        return held.error();
    if (held.value())
        return WindowOccupied{*held.value()}.toError();
    return okStatus();
}

// Inside the caller's transaction: the ticket is called to the window, with its event.
Result<Ticket> QueueService::callChosen(const Hall &h, Ticket t, WindowStatus ws, qint64 actorId, const QJsonObject &detail)
{
    const QDateTime now = m_clock.now();
    t.state = TicketState::Called;
    t.windowNumber = ws.number;
    t.tellerId = actorId;
    t.calledAt = now;
    t.lastCalledAt = now;
    t.recalls = 0;
    t.parkedUntil = {};
    if (auto s = m_tickets.update(t, false); !s)
        return s.error();
    written(t);
    if (auto s = m_tickets.appendEvent(t, TicketEventKind::Called, actorId, now, detail); !s)
        return s.error();
    if (auto s = saveWindowState(h.id, ws); !s)
        return s.error();
    return t;
}

Status QueueService::returnDueParked(const Hall &h)
{
    const QDateTime now = m_clock.now();
    // Known: nobody parked, or nobody due yet — no query (call-next runs this every time).
    if (const auto known = m_nextReturn.constFind(h.id);
        known != m_nextReturn.constEnd() && (!known->isValid() || *known > now))
        return okStatus();
    auto parked = m_tickets.list(h.id, serviceDay(h), {TicketState::Parked});
    if (!parked)
        return parked.error();
    QDateTime next;
    for (Ticket t : parked.value()) {
        if (t.parkedUntil.isValid() && t.parkedUntil > now) {
            if (!next.isValid() || t.parkedUntil < next)
                next = t.parkedUntil;
            continue;
        }
        // Back to its old place in the line (its queue key is unchanged), for any able window.
        t.state = TicketState::Waiting;
        t.parkedUntil = {};
        t.windowNumber = 0;
        if (auto s = m_tickets.update(t); !s)
            return s;
        written(t);
        if (auto s = m_tickets.appendEvent(t, TicketEventKind::Returned, 0, now); !s)
            return s;
    }
    m_nextReturn.insert(h.id, next);
    forgetOnRollback(h.id);
    return okStatus();
}

Result<Ticket> QueueService::callTicket(qint64 ticketId, int window, const QString &reason, qint64 actorId)
{
    if (reason.trimmed().isEmpty())
        return invalidFieldError(QStringLiteral("reason"), QStringLiteral("calling out of order needs a reason"));
    auto t = m_tickets.find(ticketId);
    if (!t)
        return t.error();
    if (!t.value())
        return notFoundError(QStringLiteral("no ticket %1").arg(ticketId));
    Ticket ticket = *t.value();
    if (ticket.state != TicketState::Waiting && ticket.state != TicketState::Parked)
        return conflictError(QStringLiteral("ticket %1 is %2").arg(ticket.number, toString(ticket.state)));
    auto h = hallById(ticket.hallId);
    if (!h)
        return h.error();
    auto p = profile(**h, window);
    if (!p)
        return p.error();
    auto status = windowState(ticket.hallId, window);
    if (!status)
        return status.error();
    if (!status.value() || status.value()->state != WindowState::Open)
        return conflictError(QStringLiteral("window %1 is not open").arg(window));
    if (auto free = windowIsFree(**h, window); !free)
        return free.error();
    if (!p.value().canServe(ticket))
        return conflictError(QStringLiteral("window %1 cannot serve ticket %2").arg(window).arg(ticket.number));
    Result<Ticket> called = Error{ErrorCode::Internal, {}, {}};
    Status st = m_db.transaction([&]() -> Status {
        called = callChosen(**h, ticket, *status.value(), actorId,
                            {{QLatin1String("reason"), QStringLiteral("out_of_order")}, {QLatin1String("note"), reason.trimmed()}});
        return called ? okStatus() : Status(called.error());
    });
    if (!st)
        return st.error();
    publish(QStringLiteral("ticket.called"), **h, publicTicket(called.value(), (*h)->code).toJson());
    return called;
}

Result<std::optional<Ticket>> QueueService::ticketByNumber(const QString &hallCode, const QString &serviceDay, const QString &number)
{
    auto h = hall(hallCode);
    if (!h)
        return h.error();
    return m_tickets.findByNumber((*h)->id, serviceDay, number.trimmed().toUpper());
}

Result<Ticket> QueueService::loadForWindow(qint64 ticketId, int window, QList<TicketState> allowed)
{
    auto t = m_tickets.find(ticketId);
    if (!t)
        return t.error();
    if (!t.value())
        return notFoundError(QStringLiteral("no ticket %1").arg(ticketId));
    const Ticket &ticket = *t.value();
    if (!allowed.contains(ticket.state))
        return conflictError(QStringLiteral("ticket %1 is %2").arg(ticket.number, toString(ticket.state)));
    if (ticket.windowNumber != window)
        return conflictError(QStringLiteral("ticket %1 belongs to window %2").arg(ticket.number).arg(ticket.windowNumber));
    return ticket;
}

Result<Ticket> QueueService::commit(Ticket ticket, TicketEventKind kind, qint64 actorId, const QJsonObject &detail)
{
    const QDateTime now = m_clock.now();
    Status st = m_db.transaction([&]() -> Status {
        if (auto s = m_tickets.update(ticket); !s)
            return s;
        written(ticket);
        return m_tickets.appendEvent(ticket, kind, actorId, now, detail);
    });
    if (!st)
        return st.error();
    if (auto h = hallById(ticket.hallId))
        publish(QStringLiteral("ticket.") + toString(kind), **h, publicTicket(ticket, (*h)->code).toJson());
    return ticket;
}

Result<Ticket> QueueService::recall(qint64 ticketId, int window, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    auto h = hallById(ticket.hallId);
    if (!h)
        return h.error();
    auto rules = rulesOf(**h);
    if (!rules)
        return rules.error();
    const QDateTime now = m_clock.now();
    const qint64 since = ticket.lastCalledAt.secsTo(now);
    if (since < rules.value().recallGapSeconds) {
        return conflictError(QStringLiteral("recall %1 again in %2 s").arg(ticket.number).arg(rules.value().recallGapSeconds - since));
    }
    if (ticket.recalls >= rules.value().maxRecalls) {
        // Recalled as often as allowed and still not here: a no-show, automatically.
        ticket.state = TicketState::NoShow;
        ticket.finishedAt = now;
        return commit(ticket, TicketEventKind::NoShow, actorId, {{QLatin1String("automatic"), true}});
    }
    ticket.recalls += 1;
    ticket.lastCalledAt = now;
    return commit(ticket, TicketEventKind::Recalled, actorId);
}

Result<Ticket> QueueService::startServing(qint64 ticketId, int window, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    ticket.state = TicketState::Serving;
    ticket.servingSince = m_clock.now();
    return commit(ticket, TicketEventKind::Serving, actorId);
}

Result<Ticket> QueueService::finish(qint64 ticketId, int window, const QList<MatterResult> &results, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Serving});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    for (TicketMatter &m : ticket.matters) {
        const auto it = std::find_if(results.begin(), results.end(),
                                     [&m](const MatterResult &r) { return r.serviceCode == m.serviceCode; });
        if (it == results.end())
            return invalidFieldError(QStringLiteral("matters"), QStringLiteral("no outcome for %1").arg(m.serviceCode));
        if (it->outcome == MatterOutcome::Pending)
            return invalidFieldError(QStringLiteral("matters"), QStringLiteral("outcome of %1 is still pending").arg(m.serviceCode));
        if (it->outcome == MatterOutcome::Refused && it->reason.trimmed().isEmpty())
            return invalidFieldError(QStringLiteral("reason"), QStringLiteral("a refusal needs a reason"));
        m.outcome = it->outcome;
        m.reason = it->reason.trimmed();
    }
    ticket.state = TicketState::Finished;
    ticket.finishedAt = m_clock.now();
    auto done = commit(ticket, TicketEventKind::Finished, actorId);
    if (auto h = hallById(ticket.hallId); done && h)
        offerIdleWindows(**h);
    return done;
}

Result<Ticket> QueueService::markNoShow(qint64 ticketId, int window, qint64 actorId)
{
    auto t = loadForWindow(ticketId, window, {TicketState::Called});
    if (!t)
        return t.error();
    Ticket ticket = t.value();
    ticket.state = TicketState::NoShow;
    ticket.finishedAt = m_clock.now();
    auto done = commit(ticket, TicketEventKind::NoShow, actorId);
    if (auto h = hallById(ticket.hallId); done && h)
        offerIdleWindows(**h);
    return done;
}

Result<QString> QueueService::hallCodeOf(qint64 hallId)
{
    auto h = hallById(hallId);
    if (!h)
        return h.error();
    return (*h)->code;
}

Result<QString> QueueService::hallOfTicket(qint64 ticketId)
{
    auto hallId = m_tickets.hallOf(ticketId);
    if (!hallId)
        return hallId.error();
    if (hallId.value() == 0)
        return notFoundError(QStringLiteral("no ticket %1").arg(ticketId));
    return hallCodeOf(hallId.value());
}

void QueueService::notify(const QString &type, qint64 hallId, const QJsonObject &payload)
{
    if (auto h = hallById(hallId))
        publish(type, **h, payload);
}

Result<std::optional<Ticket>> QueueService::ticket(qint64 id) const
{
    return m_tickets.find(id);
}

} // namespace ow
