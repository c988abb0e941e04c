#include "core/domain/api/CalendarBodies.h"

#include "core/domain/util/JsonReader.h"

namespace ow {

namespace {
QJsonArray datesJson(const QList<QDate> &days)
{
    QJsonArray out;
    for (const QDate &d : days)
        out.append(dateJson(d));
    return out;
}

QList<QDate> datesFrom(JsonReader &r, QLatin1StringView key)
{
    QList<QDate> out;
    const QStringList texts = r.texts(key);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QDate day = QDate::fromString(texts.at(i), Qt::ISODate);
        if (!day.isValid())
            r.problem(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("not a date"));
        out.append(day);
    }
    return out;
}
} // namespace

QByteArray calendarContentType(CalendarFileFormat format)
{
    return format == CalendarFileFormat::Csv ? QByteArrayLiteral("text/csv") : QByteArrayLiteral("application/json");
}

std::optional<CalendarFileFormat> calendarFileFormatOf(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return CalendarFileFormat::Json;
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return CalendarFileFormat::Csv;
    return std::nullopt;
}

QJsonObject CalendarYearView::toJson() const
{
    return {{QLatin1String("year"), year},
            {QLatin1String("source"), imported ? QStringLiteral("imported") : QStringLiteral("builtin")},
            {QLatin1String("holidays"), datesJson(holidays)},
            {QLatin1String("workdays"), datesJson(workdays)}};
}

Result<CalendarYearView> CalendarYearView::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CalendarYearView y;
    y.year = static_cast<int>(r.requiredInteger(QLatin1String("year")));
    const QString source = r.requiredText(QLatin1String("source"));
    if (!source.isEmpty() && source != QLatin1String("builtin") && source != QLatin1String("imported"))
        r.problem(QStringLiteral("source"), QStringLiteral("builtin or imported"));
    y.imported = source == QLatin1String("imported");
    y.holidays = datesFrom(r, QLatin1String("holidays"));
    y.workdays = datesFrom(r, QLatin1String("workdays"));
    return r.finish(y);
}

QJsonObject CalendarAnswer::toJson() const
{
    return {{QLatin1String("years"), arrayOf(years)}};
}

Result<CalendarAnswer> CalendarAnswer::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CalendarAnswer a;
    a.years = r.list<CalendarYearView>(QLatin1String("years"));
    return r.finish(a);
}

} // namespace ow
