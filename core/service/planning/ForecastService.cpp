#include "core/service/planning/ForecastService.h"

#include "core/domain/org/Org.h"
#include "core/domain/util/Clock.h"
#include "core/service/org/CalendarService.h"
#include "core/service/reports/ScopedHall.h"
#include "core/sql/Database.h"

#include <QTimeZone>

namespace ow {

namespace {

Error badParameter(const QString &field, const QString &why, ErrorText text)
{
    Error e = invalidFieldError(field, why);
    e.text = std::move(text);
    return e;
}

} // namespace

Result<HallForecast> ForecastService::forecast(const QString &hallCode, const QString &from, const QString &days,
                                               const Account &who)
{
    auto scoped = hallInReportScope(m_db, who, hallCode);
    if (!scoped)
        return scoped.error();
    const Hall hall = scoped.value();
    const QTimeZone zone = timeZoneOf(hall);
    const QDate today = serviceDay(hall, m_clock.now());

    HallForecast out;
    out.hall = hall.code;
    out.timeZone = hall.timeZone;
    out.from = from.isEmpty() ? today.addDays(1) : QDate::fromString(from, Qt::ISODate);
    if (!out.from.isValid()) {
        return badParameter(QStringLiteral("from"), QStringLiteral("a day as yyyy-MM-dd"),
                            {QT_TRANSLATE_NOOP("ow::Errors", "Give the forecast's first day as yyyy-MM-dd."), {}});
    }
    bool numeric = true;
    const int count = days.isEmpty() ? 7 : days.toInt(&numeric);
    if (!numeric || count < 1 || count > HallForecast::kMaxDays) {
        return badParameter(QStringLiteral("days"), QStringLiteral("1 to %1").arg(HallForecast::kMaxDays),
                            {QT_TRANSLATE_NOOP("ow::Errors", "A forecast covers 1 to %1 days."),
                             {QString::number(HallForecast::kMaxDays)}});
    }

    // The history: every day of the weeks before, up to yesterday at the latest, a day without
    // tickets counted as none.
    const QDate historyTo = std::min(out.from, today).addDays(-1);
    const QDate historyFrom = out.from.addDays(-7 * HallForecast::kHistoryWeeks);
    QList<DayArrivals> history;
    if (historyFrom <= historyTo) {
        QMap<QDate, DayArrivals> byDay;
        for (QDate d = historyFrom; d <= historyTo; d = d.addDays(1))
            byDay[d].day = d;
        // Index tickets_hall_day_state (hall_id, service_day, state).
        auto q = m_db.exec(QStringLiteral("SELECT service_day, issued_at FROM tickets WHERE hall_id = ? AND service_day >= ? "
                                          "AND service_day <= ?"),
                           {hall.id, historyFrom.toString(Qt::ISODate), historyTo.toString(Qt::ISODate)});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const auto it = byDay.find(QDate::fromString(q.value().value(0).toString(), Qt::ISODate));
            if (it == byDay.end())
                continue;
            const QTime at = QDateTime::fromMSecsSinceEpoch(q.value().value(1).toLongLong(), zone).time();
            it->slots[static_cast<size_t>(at.hour() * 2 + at.minute() / 30)] += 1;
        }
        history = byDay.values();
        out.historyFrom = historyFrom;
        out.historyTo = historyTo;
    }

    const ArrivalForecast forecast(history, m_calendar.calendar());
    out.afterHolidayUplift = forecast.afterHolidayUplift();
    out.error = forecast.heldOutError();
    for (int i = 0; i < count; ++i)
        out.days << forecast.forecast(out.from.addDays(i));
    return out;
}

} // namespace ow
