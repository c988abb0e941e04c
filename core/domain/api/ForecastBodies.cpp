#include "core/domain/api/ForecastBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>
#include <QTime>

#include <cmath>

namespace ow {

namespace {

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString slotStart(int slot)
{
    return QTime(slot / 2, (slot % 2) * 30).toString(QStringLiteral("HH:mm"));
}

int slotOf(const QString &start)
{
    const QTime t = QTime::fromString(start, QStringLiteral("HH:mm"));
    return t.isValid() && t.minute() % 30 == 0 ? t.hour() * 2 + t.minute() / 30 : -1;
}

QJsonObject dayJson(const DayForecast &d)
{
    QJsonArray slots;
    for (int s = 0; s < DayArrivals::kSlots; ++s) {
        const double v = d.arrivals.slots[static_cast<size_t>(s)];
        if (v >= 0.005)
            slots.append(QJsonObject{{QLatin1String("start"), slotStart(s)}, {QLatin1String("arrivals"), rounded(v)}});
    }
    QJsonArray basedOn;
    for (const QDate &b : d.basedOn)
        basedOn.append(dateJson(b));
    return {{QLatin1String("date"), dateJson(d.arrivals.day)},
            {QLatin1String("basis"), toString(d.basis)},
            {QLatin1String("based_on"), basedOn},
            {QLatin1String("uplift"), rounded(d.uplift)},
            {QLatin1String("total"), rounded(d.arrivals.total())},
            {QLatin1String("slots"), slots}};
}

} // namespace

QJsonObject HallForecast::toJson() const
{
    QJsonArray list;
    for (const DayForecast &d : days)
        list.append(dayJson(d));
    QJsonObject o{{QLatin1String("hall"), hall},
                  {QLatin1String("time_zone"), timeZone},
                  {QLatin1String("from"), dateJson(from)},
                  {QLatin1String("after_holiday_uplift"), rounded(afterHolidayUplift)},
                  {QLatin1String("days"), list}};
    if (historyFrom.isValid()) {
        o.insert(QLatin1String("history"),
                 QJsonObject{{QLatin1String("from"), dateJson(historyFrom)}, {QLatin1String("to"), dateJson(historyTo)}});
    }
    if (error) {
        o.insert(QLatin1String("error"), QJsonObject{{QLatin1String("from"), dateJson(error->from)},
                                                     {QLatin1String("to"), dateJson(error->to)},
                                                     {QLatin1String("days"), error->days},
                                                     {QLatin1String("mape_daily"), std::round(error->mapeDaily * 1000) / 1000},
                                                     {QLatin1String("wape_half_hour"), std::round(error->wapeHalfHour * 1000) / 1000}});
    }
    return o;
}

Result<HallForecast> HallForecast::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    HallForecast f;
    f.hall = r.requiredText(QLatin1String("hall"));
    f.timeZone = r.text(QLatin1String("time_zone"));
    f.from = r.date(QLatin1String("from"));
    f.afterHolidayUplift = r.number(QLatin1String("after_holiday_uplift"), ArrivalForecast::kDefaultUplift);
    const QJsonObject history = r.nestedObject(QLatin1String("history"));
    f.historyFrom = QDate::fromString(history.value(QLatin1String("from")).toString(), Qt::ISODate);
    f.historyTo = QDate::fromString(history.value(QLatin1String("to")).toString(), Qt::ISODate);
    const QJsonArray days = r.array(QLatin1String("days"));
    for (qsizetype i = 0; i < days.size(); ++i) {
        JsonReader d(days.at(i).toObject());
        DayForecast day;
        day.arrivals.day = d.date(QLatin1String("date"));
        const auto basis = forecastBasisFromString(d.text(QLatin1String("basis")));
        if (!basis)
            r.problem(QStringLiteral("days[%1].basis").arg(i), QStringLiteral("unknown basis"));
        day.basis = basis.value_or(ForecastBasis::NoHistory);
        day.uplift = d.number(QLatin1String("uplift"), 1.0);
        for (const QJsonValue &b : d.array(QLatin1String("based_on")))
            day.basedOn << QDate::fromString(b.toString(), Qt::ISODate);
        for (const QJsonValue &s : d.array(QLatin1String("slots"))) {
            const int slot = slotOf(s.toObject().value(QLatin1String("start")).toString());
            if (slot < 0) {
                r.problem(QStringLiteral("days[%1].slots").arg(i), QStringLiteral("start: HH:mm on the half-hour"));
                continue;
            }
            day.arrivals.slots[static_cast<size_t>(slot)] = s.toObject().value(QLatin1String("arrivals")).toDouble();
        }
        if (!day.arrivals.day.isValid())
            r.problem(QStringLiteral("days[%1].date").arg(i), QStringLiteral("required: YYYY-MM-DD"));
        f.days << day;
    }
    if (o.contains(QLatin1String("error"))) {
        const QJsonObject e = r.nestedObject(QLatin1String("error"));
        ForecastError err;
        err.from = QDate::fromString(e.value(QLatin1String("from")).toString(), Qt::ISODate);
        err.to = QDate::fromString(e.value(QLatin1String("to")).toString(), Qt::ISODate);
        err.days = e.value(QLatin1String("days")).toInt();
        err.mapeDaily = e.value(QLatin1String("mape_daily")).toDouble();
        err.wapeHalfHour = e.value(QLatin1String("wape_half_hour")).toDouble();
        f.error = err;
    }
    return r.finish(f);
}

} // namespace ow
