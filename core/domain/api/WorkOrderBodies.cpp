#include "core/domain/api/WorkOrderBodies.h"

#include "core/domain/reports/CsvTable.h"
#include "core/domain/util/JsonReader.h"
#include "core/domain/util/QueryReader.h"

#include <QJsonArray>

namespace ow {

namespace {

void putNumber(QJsonObject &o, QLatin1StringView key, std::optional<double> value)
{
    if (value)
        o.insert(key, *value);
}

std::optional<double> optionalNumber(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key))
        return std::nullopt;
    return r.number(key);
}

} // namespace

QJsonObject NewWorkOrderRequest::toJson() const
{
    QJsonObject o;
    if (kind)
        o.insert(QLatin1String("kind"), toString(*kind));
    else
        putText(o, QLatin1String("kind"), unknownKind);
    putText(o, QLatin1String("phone"), phone);
    putText(o, QLatin1String("hall"), hall);
    putText(o, QLatin1String("service"), service);
    putText(o, QLatin1String("text"), text);
    putText(o, QLatin1String("ticket"), ticket);
    putDate(o, QLatin1String("ticket_day"), ticketDay);
    return o;
}

Result<NewWorkOrderRequest> NewWorkOrderRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    NewWorkOrderRequest x;
    const QString kind = r.text(QLatin1String("kind")).trimmed();
    x.kind = workOrderKindFromString(kind);
    if (!x.kind)
        x.unknownKind = kind;
    x.phone = r.text(QLatin1String("phone")).trimmed();
    x.hall = r.text(QLatin1String("hall")).trimmed();
    x.service = r.text(QLatin1String("service")).trimmed();
    x.text = r.text(QLatin1String("text")).trimmed();
    x.ticket = r.text(QLatin1String("ticket")).trimmed().toUpper();
    x.ticketDay = r.date(QLatin1String("ticket_day"));
    return r.finish(x);
}

QJsonObject WorkOrderNoteRequest::toJson() const
{
    QJsonObject o;
    putText(o, QLatin1String("note"), note);
    return o;
}

Result<WorkOrderNoteRequest> WorkOrderNoteRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WorkOrderNoteRequest x;
    x.note = r.text(QLatin1String("note")).trimmed();
    return r.finish(x);
}

QJsonObject AnswerWorkOrderRequest::toJson() const
{
    QJsonObject o{{QLatin1String("notify"), notify}};
    putText(o, QLatin1String("answer"), answer);
    return o;
}

Result<AnswerWorkOrderRequest> AnswerWorkOrderRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AnswerWorkOrderRequest x;
    x.answer = r.text(QLatin1String("answer")).trimmed();
    x.notify = r.boolean(QLatin1String("notify"), true);
    return r.finish(x);
}

QJsonObject WorkOrderBookingRequest::toJson() const
{
    QJsonObject o;
    if (slotAt.isValid())
        o.insert(QLatin1String("slot_at"), slotAt.toString(Qt::ISODate));
    putText(o, QLatin1String("service"), service);
    putText(o, QLatin1String("resident_id"), residentId);
    return o;
}

Result<WorkOrderBookingRequest> WorkOrderBookingRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WorkOrderBookingRequest x;
    x.slotAt = r.instant(QLatin1String("slot_at"));
    if (!x.slotAt.isValid())
        r.problem(QLatin1String("slot_at"), QStringLiteral("required"));
    x.service = r.text(QLatin1String("service")).trimmed();
    x.residentId = r.text(QLatin1String("resident_id")).trimmed().toUpper();
    return r.finish(x);
}

QJsonObject WorkOrderItem::toJson() const
{
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("number"), number},
                  {QLatin1String("kind"), toString(kind)},
                  {QLatin1String("status"), toString(status)},
                  {QLatin1String("hall"), hall},
                  {QLatin1String("phone"), phone},
                  {QLatin1String("window"), window},
                  {QLatin1String("created_at"), instantJson(createdAt)},
                  {QLatin1String("created_by_name"), createdByName},
                  {QLatin1String("overdue"), overdue},
                  {QLatin1String("answered_late"), answeredLate},
                  {QLatin1String("summary"), summary}};
    putText(o, QLatin1String("service"), service);
    putText(o, QLatin1String("ticket"), ticket);
    putDate(o, QLatin1String("ticket_day"), ticketDay);
    putText(o, QLatin1String("teller_name"), tellerName);
    putInstant(o, QLatin1String("routed_at"), routedAt);
    putDate(o, QLatin1String("due_day"), dueDay);
    putInstant(o, QLatin1String("answered_at"), answeredAt);
    putText(o, QLatin1String("appointment"), appointment);
    return o;
}

Result<WorkOrderItem> WorkOrderItem::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WorkOrderItem x;
    x.id = r.requiredInteger(QLatin1String("id"));
    x.number = r.requiredText(QLatin1String("number"));
    x.kind = r.requiredEnum(QLatin1String("kind"), workOrderKindFromString).value_or(WorkOrderKind::Consultation);
    x.status = r.requiredEnum(QLatin1String("status"), workOrderStatusFromString).value_or(WorkOrderStatus::Open);
    x.hall = r.requiredText(QLatin1String("hall"));
    x.service = r.text(QLatin1String("service"));
    x.phone = r.text(QLatin1String("phone"));
    x.ticket = r.text(QLatin1String("ticket"));
    x.ticketDay = r.date(QLatin1String("ticket_day"));
    x.window = static_cast<int>(r.integer(QLatin1String("window")));
    x.tellerName = r.text(QLatin1String("teller_name"));
    x.createdAt = r.instant(QLatin1String("created_at"));
    x.createdByName = r.text(QLatin1String("created_by_name"));
    x.routedAt = r.instant(QLatin1String("routed_at"));
    x.dueDay = r.date(QLatin1String("due_day"));
    x.overdue = r.boolean(QLatin1String("overdue"));
    x.answeredAt = r.instant(QLatin1String("answered_at"));
    x.answeredLate = r.boolean(QLatin1String("answered_late"));
    x.appointment = r.text(QLatin1String("appointment"));
    x.summary = r.text(QLatin1String("summary"));
    return r.finish(x);
}

QJsonObject WorkOrderEvent::toJson() const
{
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("kind"), toString(kind)},
                  {QLatin1String("at"), instantJson(at)},
                  {QLatin1String("actor_name"), actorName}};
    putText(o, QLatin1String("note"), note);
    return o;
}

Result<WorkOrderEvent> WorkOrderEvent::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WorkOrderEvent x;
    x.id = r.requiredInteger(QLatin1String("id"));
    x.kind = r.requiredEnum(QLatin1String("kind"), workOrderEventKindFromString).value_or(WorkOrderEventKind::Created);
    x.at = r.instant(QLatin1String("at"));
    x.actorName = r.text(QLatin1String("actor_name"));
    x.note = r.text(QLatin1String("note"));
    return r.finish(x);
}

QJsonObject WorkOrderNotice::toJson() const
{
    return {{QLatin1String("phone"), phone},
            {QLatin1String("text"), text},
            {QLatin1String("created_at"), instantJson(createdAt)},
            {QLatin1String("sent"), sent}};
}

Result<WorkOrderNotice> WorkOrderNotice::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WorkOrderNotice x;
    x.phone = r.text(QLatin1String("phone"));
    x.text = r.text(QLatin1String("text"));
    x.createdAt = r.instant(QLatin1String("created_at"));
    x.sent = r.boolean(QLatin1String("sent"));
    return r.finish(x);
}

QJsonObject WorkOrderDetail::toJson() const
{
    QJsonObject o{{QLatin1String("work_order"), workOrder.toJson()},
                  {QLatin1String("text"), text},
                  {QLatin1String("routed_to"), QJsonArray::fromStringList(routedTo)},
                  {QLatin1String("events"), arrayOf(events)},
                  {QLatin1String("notifications"), arrayOf(notifications)}};
    putText(o, QLatin1String("answer"), answer);
    return o;
}

Result<WorkOrderDetail> WorkOrderDetail::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WorkOrderDetail x;
    if (auto item = r.nested<WorkOrderItem>(QLatin1String("work_order")))
        x.workOrder = *item;
    else if (!r.has(QLatin1String("work_order")))
        r.problem(QLatin1String("work_order"), QStringLiteral("required"));
    x.text = r.text(QLatin1String("text"));
    x.answer = r.text(QLatin1String("answer"));
    x.routedTo = r.texts(QLatin1String("routed_to"));
    x.events = r.list<WorkOrderEvent>(QLatin1String("events"));
    x.notifications = r.list<WorkOrderNotice>(QLatin1String("notifications"));
    return r.finish(x);
}

QUrlQuery WorkOrderFilter::toQuery() const
{
    QUrlQuery q;
    if (!hall.isEmpty())
        q.addQueryItem(QStringLiteral("hall"), hall);
    if (kind)
        q.addQueryItem(QStringLiteral("kind"), toString(*kind));
    if (status)
        q.addQueryItem(QStringLiteral("status"), toString(*status));
    if (overdue)
        q.addQueryItem(QStringLiteral("overdue"), QStringLiteral("true"));
    if (limit != kDefaultLimit)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return q;
}

Result<WorkOrderFilter> WorkOrderFilter::fromQuery(const QUrlQuery &query)
{
    WorkOrderFilter f;
    QueryReader r(query);
    f.hall = r.text(QStringLiteral("hall")).trimmed();
    const QString kind = r.text(QStringLiteral("kind"));
    if (!kind.isEmpty() && !(f.kind = workOrderKindFromString(kind)))
        r.problem(QStringLiteral("kind"), QStringLiteral("unknown kind %1").arg(kind));
    const QString status = r.text(QStringLiteral("status"));
    if (!status.isEmpty() && !(f.status = workOrderStatusFromString(status)))
        r.problem(QStringLiteral("status"), QStringLiteral("unknown status %1").arg(status));
    f.overdue = r.flag(QStringLiteral("overdue"));
    f.limit = r.number(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    return r.finish(f);
}

QJsonObject WorkOrderList::toJson() const
{
    return {{QLatin1String("work_orders"), arrayOf(workOrders)}};
}

Result<WorkOrderList> WorkOrderList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WorkOrderList x;
    x.workOrders = r.list<WorkOrderItem>(QLatin1String("work_orders"));
    return r.finish(x);
}

QJsonObject WorkOrderFigures::toJson() const
{
    QJsonObject o{{QLatin1String("kind"), kind},
                  {QLatin1String("count"), count},
                  {QLatin1String("routed"), routed},
                  {QLatin1String("answered"), answered},
                  {QLatin1String("answered_late"), answeredLate},
                  {QLatin1String("overdue"), overdue}};
    putNumber(o, QLatin1String("answer_hours_mean"), answerHoursMean);
    putNumber(o, QLatin1String("answer_hours_max"), answerHoursMax);
    return o;
}

Result<WorkOrderFigures> WorkOrderFigures::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WorkOrderFigures x;
    x.kind = r.requiredText(QLatin1String("kind"));
    x.count = static_cast<int>(r.integer(QLatin1String("count")));
    x.routed = static_cast<int>(r.integer(QLatin1String("routed")));
    x.answered = static_cast<int>(r.integer(QLatin1String("answered")));
    x.answeredLate = static_cast<int>(r.integer(QLatin1String("answered_late")));
    x.overdue = static_cast<int>(r.integer(QLatin1String("overdue")));
    x.answerHoursMean = optionalNumber(r, QLatin1String("answer_hours_mean"));
    x.answerHoursMax = optionalNumber(r, QLatin1String("answer_hours_max"));
    return r.finish(x);
}

QJsonObject WorkOrderReport::toJson() const
{
    QJsonObject o{{QLatin1String("from"), dateJson(from)},
                  {QLatin1String("to"), dateJson(to)},
                  {QLatin1String("rows"), arrayOf(rows)},
                  {QLatin1String("total"), total.toJson()}};
    putText(o, QLatin1String("hall"), hall);
    return o;
}

Result<WorkOrderReport> WorkOrderReport::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WorkOrderReport x;
    x.hall = r.text(QLatin1String("hall"));
    x.from = r.date(QLatin1String("from"));
    x.to = r.date(QLatin1String("to"));
    x.rows = r.list<WorkOrderFigures>(QLatin1String("rows"));
    if (auto total = r.nested<WorkOrderFigures>(QLatin1String("total")))
        x.total = *total;
    return r.finish(x);
}

QByteArray WorkOrderReport::toCsv() const
{
    CsvTable csv({QStringLiteral("kind"), QStringLiteral("count"), QStringLiteral("routed"), QStringLiteral("answered"),
                  QStringLiteral("answered_late"), QStringLiteral("overdue"), QStringLiteral("answer_hours_mean"),
                  QStringLiteral("answer_hours_max")});
    QList<WorkOrderFigures> all = rows;
    all.append(total);
    for (const WorkOrderFigures &f : all) {
        csv.addRow({f.kind, QString::number(f.count), QString::number(f.routed), QString::number(f.answered),
                    QString::number(f.answeredLate), QString::number(f.overdue), CsvTable::number(f.answerHoursMean),
                    CsvTable::number(f.answerHoursMax)});
    }
    return csv.toUtf8();
}

} // namespace ow
