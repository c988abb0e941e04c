#include "core/domain/api/RectificationBodies.h"

#include "core/domain/util/JsonReader.h"
#include "core/domain/util/QueryReader.h"

namespace ow {

QJsonObject FollowUpRequest::toJson() const
{
    QJsonObject o;
    putInstant(o, QLatin1String("contacted_at"), contactedAt);
    if (channel)
        o.insert(QLatin1String("channel"), toString(*channel));
    if (answer)
        o.insert(QLatin1String("answer"), toString(*answer));
    putText(o, QLatin1String("cause"), cause);
    putText(o, QLatin1String("action"), action);
    putText(o, QLatin1String("note"), note);
    return o;
}

Result<FollowUpRequest> FollowUpRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    FollowUpRequest x;
    x.contactedAt = r.instant(QLatin1String("contacted_at"));
    x.channel = r.enumValue(QLatin1String("channel"), contactChannelFromString);
    x.answer = r.enumValue(QLatin1String("answer"), citizenAnswerFromString);
    x.cause = r.text(QLatin1String("cause")).trimmed();
    x.action = r.text(QLatin1String("action")).trimmed();
    x.note = r.text(QLatin1String("note")).trimmed();
    return r.finish(x);
}

QJsonObject CloseRectificationRequest::toJson() const
{
    QJsonObject o;
    putText(o, QLatin1String("cause"), cause);
    putText(o, QLatin1String("action"), action);
    putText(o, QLatin1String("note"), note);
    return o;
}

Result<CloseRectificationRequest> CloseRectificationRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CloseRectificationRequest x;
    x.cause = r.text(QLatin1String("cause")).trimmed();
    x.action = r.text(QLatin1String("action")).trimmed();
    x.note = r.text(QLatin1String("note")).trimmed();
    return r.finish(x);
}

QJsonObject RectificationItem::toJson() const
{
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("hall"), hall},
                  {QLatin1String("due_day"), dateJson(dueDay)},
                  {QLatin1String("state"), toString(state)},
                  {QLatin1String("level"), toString(level)},
                  {QLatin1String("service"), service},
                  {QLatin1String("window"), window},
                  {QLatin1String("ticket"), ticket},
                  {QLatin1String("ticket_id"), ticketId},
                  {QLatin1String("teller_name"), tellerName},
                  {QLatin1String("teller_staff_no"), tellerStaffNo},
                  {QLatin1String("opened_at"), instantJson(openedAt)},
                  {QLatin1String("closed_late"), closedLate},
                  {QLatin1String("follow_ups"), followUps}};
    putInstant(o, QLatin1String("closed_at"), closedAt);
    return o;
}

Result<RectificationItem> RectificationItem::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RectificationItem x;
    x.id = r.requiredInteger(QLatin1String("id"));
    x.hall = r.requiredText(QLatin1String("hall"));
    x.dueDay = r.date(QLatin1String("due_day"));
    x.state = r.requiredEnum(QLatin1String("state"), rectificationStateFromString).value_or(RectificationState::Open);
    x.level = r.requiredEnum(QLatin1String("level"), ratingLevelFromString).value_or(RatingLevel::Dissatisfied);
    x.service = r.text(QLatin1String("service"));
    x.window = static_cast<int>(r.integer(QLatin1String("window")));
    x.ticket = r.text(QLatin1String("ticket"));
    x.ticketId = r.integer(QLatin1String("ticket_id"));
    x.tellerName = r.text(QLatin1String("teller_name"));
    x.tellerStaffNo = r.text(QLatin1String("teller_staff_no"));
    x.openedAt = r.instant(QLatin1String("opened_at"));
    x.closedAt = r.instant(QLatin1String("closed_at"));
    x.closedLate = r.boolean(QLatin1String("closed_late"));
    x.followUps = static_cast<int>(r.integer(QLatin1String("follow_ups")));
    return r.finish(x);
}

QUrlQuery RectificationFilter::toQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), state ? toString(*state) : QStringLiteral("all"));
    if (below)
        q.addQueryItem(QStringLiteral("below"), QStringLiteral("true"));
    if (limit != kDefaultLimit)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return q;
}

Result<RectificationFilter> RectificationFilter::fromQuery(const QUrlQuery &query)
{
    RectificationFilter f = open();
    QueryReader r(query);
    const QString state = r.text(QStringLiteral("state"));
    if (state == QLatin1String("all"))
        f.state.reset();
    else if (!state.isEmpty() && !(f.state = rectificationStateFromString(state)))
        r.problem(QStringLiteral("state"), QStringLiteral("open, overdue, closed or all"));
    f.below = r.flag(QStringLiteral("below"));
    f.limit = r.number(QStringLiteral("limit"), f.limit, 1, kMaxLimit);
    return r.finish(f);
}

QJsonObject RectificationList::toJson() const
{
    return {{QLatin1String("rectifications"), arrayOf(rectifications)}};
}

Result<RectificationList> RectificationList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RectificationList l;
    l.rectifications = r.list<RectificationItem>(QLatin1String("rectifications"));
    return r.finish(l);
}

QJsonObject RectificationFollowUp::toJson() const
{
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("contacted_at"), instantJson(contactedAt)},
                  {QLatin1String("channel"), toString(channel)},
                  {QLatin1String("answer"), toString(answer)},
                  {QLatin1String("recorded_at"), instantJson(recordedAt)},
                  {QLatin1String("recorded_by"), recordedBy},
                  {QLatin1String("recorded_by_name"), recordedByName}};
    putText(o, QLatin1String("cause"), cause);
    putText(o, QLatin1String("action"), action);
    putText(o, QLatin1String("note"), note);
    return o;
}

Result<RectificationFollowUp> RectificationFollowUp::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RectificationFollowUp x;
    x.id = r.requiredInteger(QLatin1String("id"));
    x.contactedAt = r.instant(QLatin1String("contacted_at"));
    x.channel = r.requiredEnum(QLatin1String("channel"), contactChannelFromString).value_or(ContactChannel::Phone);
    x.answer = r.requiredEnum(QLatin1String("answer"), citizenAnswerFromString).value_or(CitizenAnswer::Satisfied);
    x.cause = r.text(QLatin1String("cause"));
    x.action = r.text(QLatin1String("action"));
    x.note = r.text(QLatin1String("note"));
    x.recordedAt = r.instant(QLatin1String("recorded_at"));
    x.recordedBy = r.integer(QLatin1String("recorded_by"));
    x.recordedByName = r.text(QLatin1String("recorded_by_name"));
    return r.finish(x);
}

QJsonObject RectificationClosure::toJson() const
{
    QJsonObject o{{QLatin1String("closed_at"), instantJson(closedAt)},
                  {QLatin1String("closed_day"), dateJson(closedDay)},
                  {QLatin1String("closed_by"), closedBy},
                  {QLatin1String("closed_by_name"), closedByName},
                  {QLatin1String("cause"), cause},
                  {QLatin1String("action"), action},
                  {QLatin1String("answer"), toString(answer)},
                  {QLatin1String("late"), late}};
    putText(o, QLatin1String("note"), note);
    return o;
}

Result<RectificationClosure> RectificationClosure::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RectificationClosure x;
    x.closedAt = r.instant(QLatin1String("closed_at"));
    x.closedDay = r.date(QLatin1String("closed_day"));
    x.closedBy = r.integer(QLatin1String("closed_by"));
    x.closedByName = r.text(QLatin1String("closed_by_name"));
    x.cause = r.requiredText(QLatin1String("cause"));
    x.action = r.requiredText(QLatin1String("action"));
    x.note = r.text(QLatin1String("note"));
    x.answer = r.requiredEnum(QLatin1String("answer"), citizenAnswerFromString).value_or(CitizenAnswer::Satisfied);
    x.late = r.boolean(QLatin1String("late"));
    return r.finish(x);
}

QJsonObject RectificationDetail::toJson() const
{
    QJsonObject o{{QLatin1String("rectification"), rectification.toJson()},
                  {QLatin1String("rating_id"), ratingId},
                  {QLatin1String("rated_at"), instantJson(ratedAt)},
                  {QLatin1String("ticket_service_day"), ticketServiceDay},
                  {QLatin1String("ticket_issued_at"), instantJson(ticketIssuedAt)},
                  {QLatin1String("teller_id"), tellerId},
                  {QLatin1String("service_name_zh"), serviceName.zh},
                  {QLatin1String("service_name_en"), serviceName.en},
                  {QLatin1String("follow_ups"), arrayOf(followUps)}};
    putInstant(o, QLatin1String("ticket_finished_at"), ticketFinishedAt);
    if (closure)
        o.insert(QLatin1String("closure"), closure->toJson());
    return o;
}

Result<RectificationDetail> RectificationDetail::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RectificationDetail x;
    if (!r.has(QLatin1String("rectification")))
        r.problem(QStringLiteral("rectification"), QStringLiteral("required"));
    else if (auto item = r.nested<RectificationItem>(QLatin1String("rectification")))
        x.rectification = *item;
    x.ratingId = r.integer(QLatin1String("rating_id"));
    x.ratedAt = r.instant(QLatin1String("rated_at"));
    x.ticketServiceDay = r.text(QLatin1String("ticket_service_day"));
    x.ticketIssuedAt = r.instant(QLatin1String("ticket_issued_at"));
    x.ticketFinishedAt = r.instant(QLatin1String("ticket_finished_at"));
    x.tellerId = r.integer(QLatin1String("teller_id"));
    x.serviceName = {r.text(QLatin1String("service_name_zh")), r.text(QLatin1String("service_name_en"))};
    x.followUps = r.list<RectificationFollowUp>(QLatin1String("follow_ups"));
    x.closure = r.nested<RectificationClosure>(QLatin1String("closure"));
    return r.finish(x);
}

} // namespace ow
