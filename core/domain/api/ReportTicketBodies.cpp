#include "core/domain/api/ReportTicketBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

namespace ow {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue secondsOrNull(const std::optional<qint64> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> seconds(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key))
        return std::nullopt;
    const qint64 v = r.integer(key);
    if (v < 0)
        r.problem(QString(key), QStringLiteral("not below 0"));
    return v;
}

} // namespace

QJsonObject ReportTicketMatter::toJson() const
{
    return {{QLatin1String("code"), code}, {QLatin1String("name_zh"), textOrNull(name.zh)}, {QLatin1String("name_en"), textOrNull(name.en)}};
}

Result<ReportTicketMatter> ReportTicketMatter::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ReportTicketMatter m;
    m.code = r.requiredText(QLatin1String("code"));
    m.name = {r.text(QLatin1String("name_zh")), r.text(QLatin1String("name_en"))};
    return r.finish(m);
}

QJsonObject ReportTicketRating::toJson() const
{
    return {{QLatin1String("service_code"), serviceCode}, {QLatin1String("level"), toString(level)}};
}

Result<ReportTicketRating> ReportTicketRating::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ReportTicketRating x;
    x.serviceCode = r.requiredText(QLatin1String("service_code"));
    if (const auto level = r.enumValue(QLatin1String("level"), ratingLevelFromString))
        x.level = *level;
    else if (!r.has(QLatin1String("level")))
        r.problem(QStringLiteral("level"), QStringLiteral("required"));
    return r.finish(x);
}

QJsonObject ReportTicket::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("number"), number},
            {QLatin1String("hall"), hall},
            {QLatin1String("service_day"), dateJson(serviceDay)},
            {QLatin1String("issued_at"), instantJson(issuedAt)},
            {QLatin1String("first_called_at"), firstCalledAt.isValid() ? instantJson(firstCalledAt) : QJsonValue(QJsonValue::Null)},
            {QLatin1String("window"), window > 0 ? QJsonValue(window) : QJsonValue(QJsonValue::Null)},
            {QLatin1String("teller"), textOrNull(teller)},
            {QLatin1String("teller_name_zh"), textOrNull(tellerName.zh)},
            {QLatin1String("teller_name_en"), textOrNull(tellerName.en)},
            {QLatin1String("matters"), arrayOf(matters)},
            {QLatin1String("wait_s"), secondsOrNull(waitSeconds)},
            {QLatin1String("within_promise"), withinPromise ? QJsonValue(*withinPromise) : QJsonValue(QJsonValue::Null)},
            {QLatin1String("handling_s"), secondsOrNull(handlingSeconds)},
            {QLatin1String("served"), served},
            {QLatin1String("no_show"), noShow},
            {QLatin1String("transferred"), transferred},
            {QLatin1String("parked"), parked},
            {QLatin1String("ratings"), arrayOf(ratings)},
            {QLatin1String("resident_id"), textOrNull(residentId)}};
}

Result<ReportTicket> ReportTicket::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ReportTicket t;
    t.id = r.requiredInteger(QLatin1String("id"));
    t.number = r.requiredText(QLatin1String("number"));
    t.hall = r.requiredText(QLatin1String("hall"));
    t.serviceDay = r.date(QLatin1String("service_day"));
    if (!t.serviceDay.isValid())
        r.problem(QStringLiteral("service_day"), QStringLiteral("required"));
    t.issuedAt = r.instant(QLatin1String("issued_at"));
    if (!t.issuedAt.isValid())
        r.problem(QStringLiteral("issued_at"), QStringLiteral("required"));
    t.firstCalledAt = r.instant(QLatin1String("first_called_at"));
    t.window = static_cast<int>(r.integer(QLatin1String("window")));
    t.teller = r.text(QLatin1String("teller"));
    t.tellerName = {r.text(QLatin1String("teller_name_zh")), r.text(QLatin1String("teller_name_en"))};
    t.matters = r.list<ReportTicketMatter>(QLatin1String("matters"));
    t.waitSeconds = seconds(r, QLatin1String("wait_s"));
    if (r.has(QLatin1String("within_promise")))
        t.withinPromise = r.boolean(QLatin1String("within_promise"));
    t.handlingSeconds = seconds(r, QLatin1String("handling_s"));
    t.served = r.boolean(QLatin1String("served"));
    t.noShow = r.boolean(QLatin1String("no_show"));
    t.transferred = r.boolean(QLatin1String("transferred"));
    t.parked = r.boolean(QLatin1String("parked"));
    t.ratings = r.list<ReportTicketRating>(QLatin1String("ratings"));
    t.residentId = r.text(QLatin1String("resident_id"));
    return r.finish(t);
}

QJsonObject ReportTicketList::toJson() const
{
    return {{QLatin1String("report"), QStringLiteral("queue_tickets")},
            {QLatin1String("from"), dateJson(from)},
            {QLatin1String("to"), dateJson(to)},
            {QLatin1String("hall"), hall},
            {QLatin1String("group"), toString(group)},
            {QLatin1String("key"), key},
            {QLatin1String("window"), window > 0 ? QJsonValue(window) : QJsonValue(QJsonValue::Null)},
            {QLatin1String("figure"), toString(figure)},
            {QLatin1String("generated_at"), instantJson(generatedAt)},
            {QLatin1String("count"), count},
            {QLatin1String("tickets"), arrayOf(tickets)}};
}

Result<ReportTicketList> ReportTicketList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ReportTicketList l;
    if (r.requiredText(QLatin1String("report")) != QLatin1String("queue_tickets"))
        r.problem(QStringLiteral("report"), QStringLiteral("queue_tickets"));
    l.from = r.date(QLatin1String("from"));
    l.to = r.date(QLatin1String("to"));
    if (!l.from.isValid())
        r.problem(QStringLiteral("from"), QStringLiteral("required"));
    if (!l.to.isValid())
        r.problem(QStringLiteral("to"), QStringLiteral("required"));
    l.hall = r.requiredText(QLatin1String("hall"));
    const auto group = r.enumValue<ReportGroup>(QLatin1String("group"), &reportGroupFromString);
    if (!r.has(QLatin1String("group")))
        r.problem(QStringLiteral("group"), QStringLiteral("required"));
    else if (group && !ReportRequest::groupsOf(ReportKind::Queue).contains(*group))
        r.problem(QStringLiteral("group"), QStringLiteral("not a grouping of the queue report"));
    l.group = group.value_or(ReportGroup::Hall);
    if (!o.value(QLatin1String("key")).isString())
        r.problem(QStringLiteral("key"), QStringLiteral("required"));
    l.key = r.text(QLatin1String("key"));
    l.window = static_cast<int>(r.integer(QLatin1String("window")));
    const auto figure = r.enumValue<TicketFigure>(QLatin1String("figure"), &ticketFigureFromString);
    if (!r.has(QLatin1String("figure")))
        r.problem(QStringLiteral("figure"), QStringLiteral("required"));
    l.figure = figure.value_or(TicketFigure::Issued);
    l.generatedAt = r.instant(QLatin1String("generated_at"));
    l.count = static_cast<int>(r.requiredInteger(QLatin1String("count")));
    if (l.count < 0)
        r.problem(QStringLiteral("count"), QStringLiteral("not below 0"));
    l.tickets = r.list<ReportTicket>(QLatin1String("tickets"));
    return r.finish(l);
}

} // namespace ow
