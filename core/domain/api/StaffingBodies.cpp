#include "core/domain/api/StaffingBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

#include <cmath>

namespace ow {

namespace {

double rounded(double v, double scale = 100.0)
{
    return std::round(v * scale) / scale;
}

QJsonObject slotJson(const HalfHourAdvice &a)
{
    return {{QLatin1String("start"), a.start.toString(QStringLiteral("HH:mm"))},
            {QLatin1String("arrivals"), rounded(a.arrivals)},
            {QLatin1String("load"), rounded(a.load)},
            {QLatin1String("windows"), a.windows},
            {QLatin1String("wait_beyond_promise"), rounded(a.waitBeyondPromise, 1000.0)}};
}

} // namespace

QJsonObject HallStaffingPlan::toJson() const
{
    QJsonArray list;
    for (const StaffingDay &d : days) {
        QJsonArray slots;
        for (const HalfHourAdvice &a : d.slots)
            slots.append(slotJson(a));
        list.append(QJsonObject{{QLatin1String("date"), dateJson(d.date)},
                                {QLatin1String("basis"), toString(d.basis)},
                                {QLatin1String("peak_windows"), d.peakWindows},
                                {QLatin1String("staff_hours"), rounded(d.staffHours)},
                                {QLatin1String("slots"), slots}});
    }
    QJsonObject o{{QLatin1String("hall"), hall},
                  {QLatin1String("time_zone"), timeZone},
                  {QLatin1String("promise_minutes"), promiseMinutes},
                  {QLatin1String("target"), target},
                  {QLatin1String("handling_seconds"), rounded(handlingSeconds, 1.0)},
                  {QLatin1String("handling_basis"), handlingBasis},
                  {QLatin1String("handling_samples"), handlingSamples},
                  {QLatin1String("windows"), windows},
                  {QLatin1String("days"), list}};
    if (forecastError) {
        o.insert(QLatin1String("forecast_error"),
                 QJsonObject{{QLatin1String("days"), forecastError->days},
                             {QLatin1String("mape_daily"), rounded(forecastError->mapeDaily, 1000.0)},
                             {QLatin1String("wape_half_hour"), rounded(forecastError->wapeHalfHour, 1000.0)}});
    }
    return o;
}

Result<HallStaffingPlan> HallStaffingPlan::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    HallStaffingPlan p;
    p.hall = r.requiredText(QLatin1String("hall"));
    p.timeZone = r.text(QLatin1String("time_zone"));
    p.promiseMinutes = static_cast<int>(r.integer(QLatin1String("promise_minutes"), 15));
    p.target = r.number(QLatin1String("target"), 0.05);
    p.handlingSeconds = r.number(QLatin1String("handling_seconds"));
    p.handlingBasis = r.text(QLatin1String("handling_basis"));
    p.handlingSamples = static_cast<int>(r.integer(QLatin1String("handling_samples")));
    p.windows = static_cast<int>(r.integer(QLatin1String("windows")));
    if (o.contains(QLatin1String("forecast_error"))) {
        const QJsonObject e = r.nestedObject(QLatin1String("forecast_error"));
        ForecastError err;
        err.days = e.value(QLatin1String("days")).toInt();
        err.mapeDaily = e.value(QLatin1String("mape_daily")).toDouble();
        err.wapeHalfHour = e.value(QLatin1String("wape_half_hour")).toDouble();
        p.forecastError = err;
    }
    const QJsonArray days = r.array(QLatin1String("days"));
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QJsonObject d = days.at(i).toObject();
        StaffingDay day;
        day.date = QDate::fromString(d.value(QLatin1String("date")).toString(), Qt::ISODate);
        const auto basis = forecastBasisFromString(d.value(QLatin1String("basis")).toString());
        if (!day.date.isValid() || !basis)
            r.problem(QStringLiteral("days[%1]").arg(i), QStringLiteral("a date and a known basis"));
        day.basis = basis.value_or(ForecastBasis::NoHistory);
        day.peakWindows = d.value(QLatin1String("peak_windows")).toInt();
        day.staffHours = d.value(QLatin1String("staff_hours")).toDouble();
        for (const QJsonValue &v : d.value(QLatin1String("slots")).toArray()) {
            const QJsonObject s = v.toObject();
            HalfHourAdvice a;
            a.start = QTime::fromString(s.value(QLatin1String("start")).toString(), QStringLiteral("HH:mm"));
            if (!a.start.isValid())
                r.problem(QStringLiteral("days[%1].slots").arg(i), QStringLiteral("start: HH:mm"));
            a.arrivals = s.value(QLatin1String("arrivals")).toDouble();
            a.load = s.value(QLatin1String("load")).toDouble();
            a.windows = s.value(QLatin1String("windows")).toInt();
            a.waitBeyondPromise = s.value(QLatin1String("wait_beyond_promise")).toDouble();
            day.slots << a;
        }
        p.days << day;
    }
    return r.finish(p);
}

} // namespace ow
