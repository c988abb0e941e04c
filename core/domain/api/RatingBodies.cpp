#include "core/domain/api/RatingBodies.h"

#include "core/domain/util/JsonReader.h"

namespace ow {

QJsonObject RatingRequest::toJson() const
{
    return {{QLatin1String("service"), service}, {QLatin1String("level"), toString(level)}};
}

Result<RatingRequest> RatingRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RatingRequest q;
    q.service = o.value(QLatin1String("service")).toString(); // the service checks it is the ticket's
    if (const auto level = ratingLevelFromString(o.value(QLatin1String("level")).toString()))
        q.level = *level;
    else
        r.problem(QStringLiteral("level"), QStringLiteral("one of the five levels"));
    return r.finish(q);
}

QJsonObject RectificationRef::toJson() const
{
    return {{QLatin1String("id"), id}, {QLatin1String("due_day"), dateJson(dueDay)}, {QLatin1String("status"), status}};
}

Result<RectificationRef> RectificationRef::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RectificationRef x;
    x.id = r.requiredInteger(QLatin1String("id"));
    x.dueDay = r.date(QLatin1String("due_day"));
    x.status = r.requiredText(QLatin1String("status"));
    return r.finish(x);
}

QJsonObject RatingRecord::toJson() const
{
    QJsonObject o{{QLatin1String("ticket"), ticket},
                  {QLatin1String("service"), service},
                  {QLatin1String("level"), toString(level)},
                  {QLatin1String("window"), window},
                  {QLatin1String("at"), instantJson(at)}};
    if (id > 0)
        o.insert(QLatin1String("id"), id);
    if (rectification)
        o.insert(QLatin1String("rectification"), rectification->toJson());
    return o;
}

Result<RatingRecord> RatingRecord::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RatingRecord x;
    x.id = r.integer(QLatin1String("id"));
    x.ticket = r.requiredText(QLatin1String("ticket"));
    x.service = r.requiredText(QLatin1String("service"));
    if (const auto level = r.enumValue(QLatin1String("level"), ratingLevelFromString))
        x.level = *level;
    else
        r.problem(QStringLiteral("level"), QStringLiteral("required"));
    x.window = static_cast<int>(r.integer(QLatin1String("window")));
    x.at = r.instant(QLatin1String("at"));
    x.rectification = r.nested<RectificationRef>(QLatin1String("rectification"));
    return r.finish(x);
}

} // namespace ow
