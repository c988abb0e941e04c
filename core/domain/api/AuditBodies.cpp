#include "core/domain/api/AuditBodies.h"

#include "core/domain/util/JsonReader.h"

namespace ow {

QJsonObject AuditDayReport::toJson() const
{
    return {{QLatin1String("day"), dateJson(day)},
            {QLatin1String("time_zone"), timeZone},
            {QLatin1String("rows"), rows},
            {QLatin1String("first_id"), firstId},
            {QLatin1String("last_id"), lastId},
            {QLatin1String("last_hash"), lastHash}};
}

Result<AuditDayReport> AuditDayReport::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AuditDayReport a;
    a.day = r.date(QLatin1String("day"));
    if (!a.day.isValid())
        r.problem(QStringLiteral("day"), QStringLiteral("required: YYYY-MM-DD"));
    a.timeZone = r.requiredText(QLatin1String("time_zone"));
    a.rows = static_cast<int>(r.integer(QLatin1String("rows")));
    a.firstId = r.integer(QLatin1String("first_id"));
    a.lastId = r.integer(QLatin1String("last_id"));
    a.lastHash = r.text(QLatin1String("last_hash"));
    return r.finish(a);
}

} // namespace ow
