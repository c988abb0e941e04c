#include "core/domain/api/QueueBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

namespace ow {

namespace {

const QString kFrontOrBack = QStringLiteral("front or back");

// A window number in a body: a whole number above 0, "required" otherwise (as the API said
// before the contract types).
int windowOf(JsonReader &r)
{
    const QLatin1StringView key("window");
    const QJsonValue v = r.object().value(key);
    if (!v.isDouble() || v.toInt() <= 0) {
        r.problem(QString(key), QStringLiteral("required"));
        return 0;
    }
    return v.toInt();
}

// "front" (the default) or "back".
bool toFrontOf(JsonReader &r)
{
    const QString position = r.text(QLatin1String("position"), QStringLiteral("front"));
    if (position != QLatin1String("front") && position != QLatin1String("back"))
        r.problem(QStringLiteral("position"), kFrontOrBack);
    return position != QLatin1String("back");
}

QMap<QString, int> weightsOf(JsonReader &r, const QString &why)
{
    QMap<QString, int> out;
    const QJsonObject weights = r.nestedObject(QLatin1String("weights"));
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        if (!it.value().isDouble()) {
            r.problem(QStringLiteral("weights"), why);
            return {};
        }
        out.insert(it.key(), it.value().toInt());
    }
    return out;
}

QJsonObject weightsJson(const QMap<QString, int> &weights)
{
    QJsonObject out;
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

// --- Issuing ----------------------------------------------------------------------------------

QJsonObject PrecheckEntry::toJson() const
{
    return {{QLatin1String("service"), service}, {QLatin1String("present"), QJsonArray::fromStringList(present)}};
}

Result<PrecheckEntry> PrecheckEntry::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    PrecheckEntry e;
    e.service = r.requiredText(QLatin1String("service"));
    e.present = r.texts(QLatin1String("present"));
    return r.finish(e);
}

QJsonObject IssueTicketRequest::toJson() const
{
    QJsonObject o{{QLatin1String("services"), QJsonArray::fromStringList(services)}};
    if (!prechecks.isEmpty())
        o.insert(QLatin1String("prechecks"), arrayOf(prechecks));
    if (channel)
        o.insert(QLatin1String("channel"), toString(*channel));
    if (!priorityGroup.isEmpty())
        o.insert(QLatin1String("priority_group"), priorityGroup);
    if (!residentId.isEmpty())
        o.insert(QLatin1String("resident_id"), residentId);
    if (!phone.isEmpty())
        o.insert(QLatin1String("phone"), phone);
    return o;
}

Result<IssueTicketRequest> IssueTicketRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    IssueTicketRequest q;
    q.services = r.texts(QLatin1String("services"));
    q.prechecks = r.list<PrecheckEntry>(QLatin1String("prechecks"));
    if (r.has(QLatin1String("channel"))) {
        q.channel = channelFromString(r.text(QLatin1String("channel")));
        if (!q.channel)
            r.problem(QStringLiteral("channel"), QStringLiteral("unknown"));
    }
    q.priorityGroup = r.text(QLatin1String("priority_group"));
    q.residentId = r.text(QLatin1String("resident_id"));
    q.phone = r.text(QLatin1String("phone"));
    return r.finish(q);
}

QJsonObject QueuedTicket::toJson() const
{
    QJsonObject o = ticket.toJson(false);
    if (!hall.isEmpty())
        o.insert(QLatin1String("hall"), hall);
    if (wait)
        o.insert(QLatin1String("wait"), wait->toJson());
    return o;
}

Result<QueuedTicket> QueuedTicket::fromJson(const QJsonObject &o)
{
    auto ticket = Ticket::fromJson(o);
    JsonReader r(o);
    QueuedTicket q;
    q.hall = r.text(QLatin1String("hall"));
    q.wait = r.nested<WaitEstimate>(QLatin1String("wait"));
    if (ticket) {
        q.ticket = std::move(ticket).value();
    } else {
        // One body: the ticket's problems and the wait's are named together.
        const QJsonObject fields = ticket.error().extra.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            r.problem(it.key(), it.value().toString());
    }
    return r.finish(q);
}

// --- The hall's queue -------------------------------------------------------------------------

QJsonObject WindowView::toJson() const
{
    return {{QLatin1String("number"), number},
            {QLatin1String("state"), toString(state)},
            {QLatin1String("teller"), tellerId},
            {QLatin1String("teller_name"), tellerName},
            {QLatin1String("teller_staff_no"), tellerStaffNo},
            {QLatin1String("reason"), reason},
            {QLatin1String("auto_assign"), autoAssign},
            {QLatin1String("since"), since.isValid() ? since.toUTC().toString(Qt::ISODate) : QString()}};
}

Result<WindowView> WindowView::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WindowView w;
    w.number = static_cast<int>(r.requiredInteger(QLatin1String("number")));
    w.state = r.enumValue(QLatin1String("state"), windowStateFromString).value_or(WindowState::Closed);
    w.tellerId = r.integer(QLatin1String("teller"));
    w.tellerName = r.text(QLatin1String("teller_name"));
    w.tellerStaffNo = r.text(QLatin1String("teller_staff_no"));
    w.reason = r.text(QLatin1String("reason"));
    w.autoAssign = r.boolean(QLatin1String("auto_assign"));
    w.since = r.instant(QLatin1String("since"));
    return r.finish(w);
}

QJsonObject QueueSnapshot::toJson() const
{
    QJsonObject counts;
    for (auto it = waitingByPrefix.constBegin(); it != waitingByPrefix.constEnd(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject waits;
    for (auto it = waitByPrefix.constBegin(); it != waitByPrefix.constEnd(); ++it)
        waits.insert(it.key(), it.value().toJson());
    return {{QLatin1String("hall"), hall},
            {QLatin1String("service_day"), serviceDay},
            {QLatin1String("waiting"), arrayOf(waiting)},
            {QLatin1String("waiting_by_prefix"), counts},
            {QLatin1String("wait_by_prefix"), waits},
            {QLatin1String("parked"), arrayOf(parked)},
            {QLatin1String("at_windows"), arrayOf(atWindows)},
            {QLatin1String("windows"), arrayOf(windows)}};
}

Result<QueueSnapshot> QueueSnapshot::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    QueueSnapshot s;
    s.hall = r.requiredText(QLatin1String("hall"));
    s.serviceDay = r.text(QLatin1String("service_day"));
    s.waiting = r.list<QueuedTicket>(QLatin1String("waiting"));
    const QJsonObject counts = r.nestedObject(QLatin1String("waiting_by_prefix"));
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value().isDouble())
            s.waitingByPrefix.insert(it.key(), it.value().toInt());
        else
            r.problem(QStringLiteral("waiting_by_prefix.%1").arg(it.key()), QStringLiteral("whole number expected"));
    }
    const QJsonObject waits = r.nestedObject(QLatin1String("wait_by_prefix"));
    for (auto it = waits.constBegin(); it != waits.constEnd(); ++it) {
        auto wait = WaitEstimate::fromJson(it.value().toObject());
        if (wait)
            s.waitByPrefix.insert(it.key(), wait.value());
        else
            r.problem(QStringLiteral("wait_by_prefix.%1").arg(it.key()), QStringLiteral("wait estimate expected"));
    }
    s.parked = r.list<QueuedTicket>(QLatin1String("parked"));
    s.atWindows = r.list<QueuedTicket>(QLatin1String("at_windows"));
    s.windows = r.list<WindowView>(QLatin1String("windows"));
    return r.finish(s);
}

// --- Windows ----------------------------------------------------------------------------------

QJsonObject WindowStateChange::toJson() const
{
    QJsonObject o;
    if (state) {
        o.insert(QLatin1String("state"), toString(*state));
        o.insert(QLatin1String("reason"), reason);
    }
    if (autoAssign)
        o.insert(QLatin1String("auto_assign"), *autoAssign);
    return o;
}

Result<WindowStateChange> WindowStateChange::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WindowStateChange c;
    const QJsonValue autoAssign = o.value(QLatin1String("auto_assign"));
    if (autoAssign.isBool())
        c.autoAssign = autoAssign.toBool();
    else if (!autoAssign.isUndefined())
        r.problem(QStringLiteral("auto_assign"), QStringLiteral("true or false"));
    // Only auto-assign: the state stays as it is. Otherwise a state is needed.
    if (o.contains(QLatin1String("state")) || !c.autoAssign) {
        c.state = windowStateFromString(o.value(QLatin1String("state")).toString());
        if (!c.state && r.ok())
            r.problem(QStringLiteral("state"), QStringLiteral("open, paused or closed"));
    }
    c.reason = o.value(QLatin1String("reason")).toString();
    return r.finish(c);
}

QJsonObject WindowStateResult::toJson() const
{
    QJsonObject o{{QLatin1String("window"), window}, {QLatin1String("state"), toString(state)}};
    if (reason)
        o.insert(QLatin1String("reason"), *reason);
    if (autoAssign)
        o.insert(QLatin1String("auto_assign"), *autoAssign);
    return o;
}

Result<WindowStateResult> WindowStateResult::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WindowStateResult w;
    w.window = static_cast<int>(r.requiredInteger(QLatin1String("window")));
    if (const auto state = r.enumValue(QLatin1String("state"), windowStateFromString))
        w.state = *state;
    else
        r.problem(QStringLiteral("state"), QStringLiteral("required"));
    if (r.has(QLatin1String("reason")))
        w.reason = r.text(QLatin1String("reason"));
    if (r.has(QLatin1String("auto_assign")))
        w.autoAssign = r.boolean(QLatin1String("auto_assign"));
    return r.finish(w);
}

QJsonObject WindowProfileBody::toJson() const
{
    QJsonObject o{{QLatin1String("kind"), toString(kind)},
                  {QLatin1String("categories"), QJsonArray::fromStringList(categories)},
                  {QLatin1String("weights"), weightsJson(weights)}};
    if (window > 0)
        o.insert(QLatin1String("window"), window);
    return o;
}

Result<WindowProfileBody> WindowProfileBody::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WindowProfileBody p;
    p.window = static_cast<int>(r.integer(QLatin1String("window")));
    const auto kind = windowKindFromString(o.value(QLatin1String("kind")).toString());
    if (kind)
        p.kind = *kind;
    else
        r.problem(QStringLiteral("kind"), QStringLiteral("comprehensive or dedicated"));
    p.categories = r.texts(QLatin1String("categories"));
    p.weights = weightsOf(r, QStringLiteral("whole numbers 1 to 10"));
    return r.finish(p);
}

WindowProfileBody WindowProfileBody::of(const Window &w)
{
    WindowProfileBody p;
    p.window = w.number;
    p.kind = w.kind;
    p.categories = w.categories;
    for (auto it = w.weights.constBegin(); it != w.weights.constEnd(); ++it)
        p.weights.insert(it.key(), it.value());
    return p;
}

Window WindowProfileBody::toWindow(int number) const
{
    Window w;
    w.number = number;
    w.kind = kind;
    w.categories = categories;
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it)
        w.weights.insert(it.key(), it.value());
    return w;
}

// --- Ticket operations ------------------------------------------------------------------------

QJsonObject TicketActionRequest::toJson() const
{
    return {{QLatin1String("window"), window}};
}

Result<TicketActionRequest> TicketActionRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TicketActionRequest a;
    a.window = windowOf(r);
    return r.finish(a);
}

QJsonObject CallTicketRequest::toJson() const
{
    return {{QLatin1String("window"), window}, {QLatin1String("reason"), reason}};
}

Result<CallTicketRequest> CallTicketRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CallTicketRequest c;
    c.window = windowOf(r);
    c.reason = o.value(QLatin1String("reason")).toString(); // the service says why a blank one is refused
    return r.finish(c);
}

QJsonObject ParkRequest::toJson() const
{
    return {{QLatin1String("window"), window}, {QLatin1String("minutes"), minutes}, {QLatin1String("reason"), reason}};
}

Result<ParkRequest> ParkRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ParkRequest p;
    p.window = windowOf(r);
    if (r.ok()) {
        const QJsonValue minutes = o.value(QLatin1String("minutes"));
        if (minutes.isDouble())
            p.minutes = minutes.toInt();
        else
            r.problem(QStringLiteral("minutes"), QStringLiteral("required"));
    }
    p.reason = o.value(QLatin1String("reason")).toString();
    return r.finish(p);
}

QJsonObject TransferBody::toJson() const
{
    QJsonObject o{{QLatin1String("position"), toFront ? QStringLiteral("front") : QStringLiteral("back")},
                  {QLatin1String("reason"), reason}};
    if (window > 0)
        o.insert(QLatin1String("window"), window);
    if (!services.isEmpty())
        o.insert(QLatin1String("services"), QJsonArray::fromStringList(services));
    if (toWindow > 0)
        o.insert(QLatin1String("to_window"), toWindow);
    if (toTeller > 0)
        o.insert(QLatin1String("to_teller"), toTeller);
    return o;
}

// The window is checked by the handler of a transfer (a move has none).
Result<TransferBody> TransferBody::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TransferBody t;
    t.window = o.value(QLatin1String("window")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("services")).toArray())
        t.services << v.toString();
    t.toWindow = o.value(QLatin1String("to_window")).toInt();
    t.toTeller = o.value(QLatin1String("to_teller")).toInteger();
    t.toFront = toFrontOf(r);
    t.reason = o.value(QLatin1String("reason")).toString();
    return r.finish(t);
}

QJsonObject FinishRequest::toJson() const
{
    return {{QLatin1String("window"), window}, {QLatin1String("matters"), arrayOf(matters)}};
}

Result<FinishRequest> FinishRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    FinishRequest f;
    f.window = windowOf(r);
    if (r.ok())
        f.matters = r.list<MatterResult>(QLatin1String("matters"));
    return r.finish(f);
}

QJsonObject TicketHistoryEntry::toJson() const
{
    QJsonObject o{{QLatin1String("kind"), toString(kind)},
                  {QLatin1String("at"), at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString()},
                  {QLatin1String("actor"), actor},
                  {QLatin1String("window"), window}};
    if (!detail.isEmpty())
        o.insert(QLatin1String("detail"), detail);
    return o;
}

Result<TicketHistoryEntry> TicketHistoryEntry::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TicketHistoryEntry e;
    if (const auto kind = r.enumValue(QLatin1String("kind"), ticketEventKindFromString))
        e.kind = *kind;
    else
        r.problem(QStringLiteral("kind"), QStringLiteral("required"));
    e.at = r.instant(QLatin1String("at"));
    e.actor = r.integer(QLatin1String("actor"));
    e.window = static_cast<int>(r.integer(QLatin1String("window")));
    e.detail = r.nestedObject(QLatin1String("detail"));
    return r.finish(e);
}

QJsonObject TicketDetail::toJson() const
{
    QJsonObject o = ticket.toJson(false);
    o.insert(QLatin1String("events"), arrayOf(events));
    return o;
}

Result<TicketDetail> TicketDetail::fromJson(const QJsonObject &o)
{
    auto ticket = Ticket::fromJson(o);
    if (!ticket)
        return ticket.error();
    JsonReader r(o);
    TicketDetail d;
    d.ticket = std::move(ticket).value();
    d.events = r.list<TicketHistoryEntry>(QLatin1String("events"));
    return r.finish(d);
}

// --- Offline windows --------------------------------------------------------------------------

QJsonObject LeaseRequest::toJson() const
{
    QJsonObject o;
    if (numbers)
        o.insert(QLatin1String("numbers"), *numbers);
    if (caseNumbers)
        o.insert(QLatin1String("case_numbers"), *caseNumbers);
    return o;
}

Result<LeaseRequest> LeaseRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    LeaseRequest l;
    if (r.has(QLatin1String("numbers")))
        l.numbers = static_cast<int>(r.integer(QLatin1String("numbers")));
    if (r.has(QLatin1String("case_numbers")))
        l.caseNumbers = static_cast<int>(r.integer(QLatin1String("case_numbers")));
    return r.finish(l);
}

QJsonObject NumberLeases::toJson() const
{
    QJsonObject o{{QLatin1String("hall"), hall}, {QLatin1String("blocks"), arrayOf(blocks)}};
    if (caseBlocks)
        o.insert(QLatin1String("case_blocks"), arrayOf(*caseBlocks));
    return o;
}

Result<NumberLeases> NumberLeases::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    NumberLeases l;
    l.hall = r.requiredText(QLatin1String("hall"));
    l.blocks = r.list<NumberLease>(QLatin1String("blocks"));
    if (r.has(QLatin1String("case_blocks")))
        l.caseBlocks = r.list<CaseNumberLease>(QLatin1String("case_blocks"));
    return r.finish(l);
}

// --- Live events ------------------------------------------------------------------------------

QJsonObject HallEvent::envelope(const QString &type, const QString &hall, const QJsonObject &data)
{
    return {{QLatin1String("type"), type}, {QLatin1String("hall"), hall}, {QLatin1String("data"), data}};
}

QJsonObject HallEvent::toJson() const
{
    QJsonObject data;
    if (snapshot)
        data = snapshot->toJson();
    else if (ticket)
        data = ticket->toJson();
    else if (windowState)
        data = windowState->toJson();
    else if (windowProfile)
        data = windowProfile->toJson();
    else if (rating)
        data = rating->toJson();
    else if (riskAlert)
        data = riskAlert->toJson();
    else if (atRisk)
        data = atRisk->toJson();
    else if (workOrder)
        data = workOrder->toJson();
    return envelope(type, hall, data);
}

Result<HallEvent> HallEvent::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    HallEvent e;
    e.type = r.requiredText(QLatin1String("type"));
    e.hall = r.text(QLatin1String("hall"));
    if (e.type == QLatin1String("queue.snapshot"))
        e.snapshot = r.nested<QueueSnapshot>(QLatin1String("data"));
    else if (e.type == QLatin1String("ticket.at_risk"))
        e.atRisk = r.nested<PromiseRiskTicket>(QLatin1String("data"));
    else if (e.type.startsWith(QLatin1String("ticket.")))
        e.ticket = r.nested<QueuedTicket>(QLatin1String("data"));
    else if (e.type == QLatin1String("window.changed") && r.nestedObject(QLatin1String("data")).contains(QLatin1String("kind")))
        e.windowProfile = r.nested<WindowProfileBody>(QLatin1String("data"));
    else if (e.type == QLatin1String("window.changed"))
        e.windowState = r.nested<WindowStateResult>(QLatin1String("data"));
    else if (e.type == QLatin1String("rating.submitted"))
        e.rating = r.nested<RatingRecord>(QLatin1String("data"));
    else if (e.type.startsWith(QLatin1String("risk.")))
        e.riskAlert = r.nested<RiskAlert>(QLatin1String("data"));
    else if (e.type.startsWith(QLatin1String("work_order.")))
        e.workOrder = r.nested<WorkOrderItem>(QLatin1String("data"));
    return r.finish(e);
}

Error WindowOccupied::toError() const
{
    const ErrorText text{QT_TRANSLATE_NOOP("ow::Errors",
                                           "%1 is still at window %2: finish it, mark it no-show or transfer it before calling the next."),
                         {ticket.number, QString::number(ticket.windowNumber)}};
    Error e = conflictError(text.english());
    e.text = text;
    e.extra.insert(QLatin1String("ticket"), ticket.toJson(false));
    return e;
}

std::optional<WindowOccupied> WindowOccupied::fromAnswer(const QJsonObject &answer)
{
    const QJsonObject error = answer.value(QLatin1String("error")).toObject();
    if (errorCodeFromString(error.value(QLatin1String("code")).toString()) != ErrorCode::Conflict)
        return std::nullopt;
    const QJsonValue held = error.value(QLatin1String("ticket"));
    if (!held.isObject())
        return std::nullopt;
    auto ticket = Ticket::fromJson(held.toObject());
    if (!ticket)
        return std::nullopt;
    return WindowOccupied{std::move(ticket).value()};
}

} // namespace ow
