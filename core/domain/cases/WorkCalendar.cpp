#include "core/domain/cases/WorkCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

namespace {
Error bad(const QString &why)
{
    return Error{ErrorCode::ValidationFailed, QStringLiteral("work calendar: ") + why, {}};
}

bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}
} // namespace

QString toString(TimeLimitState v)
{
    switch (v) {
    case TimeLimitState::OnTime:
        return QStringLiteral("on_time");
    case TimeLimitState::Warning:
        return QStringLiteral("warning");
    case TimeLimitState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

std::optional<TimeLimitState> timeLimitStateFromString(QStringView s)
{
    for (TimeLimitState v : {TimeLimitState::OnTime, TimeLimitState::Warning, TimeLimitState::Overdue}) {
        if (s == toString(v))
            return v;
    }
    return std::nullopt;
}

TimeLimitState WorkCalendar::timeLimitState(const QDate &due, const QDate &today, int warningDays) const
{
    if (today > due)
        return TimeLimitState::Overdue;
    return workingDaysBetween(today, due) <= warningDays ? TimeLimitState::Warning : TimeLimitState::OnTime;
}

QByteArray WorkCalendar::bundledJson()
{
    QFile f(QStringLiteral(":/onewindow/calendar/work-calendar.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return bad(parseError.errorString());
    WorkCalendar cal;
    const QJsonObject years = doc.object().value(QLatin1String("years")).toObject();
    for (auto it = years.begin(); it != years.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            return bad(QStringLiteral("year %1").arg(it.key()));
        cal.m_years.insert(year);
        const QJsonObject y = it.value().toObject();
        for (const auto &[key, target] : {std::pair{"holidays", &cal.m_holidays}, std::pair{"working_weekends", &cal.m_workingWeekends}}) {
            for (const QJsonValue &v : y.value(QLatin1String(key)).toArray()) {
                const QDate day = QDate::fromString(v.toString(), Qt::ISODate);
                if (!day.isValid() || day.year() != year)
                    return bad(QStringLiteral("%1 in %2 of %3").arg(v.toString(), QLatin1String(key)).arg(year));
                target->insert(day);
            }
        }
    }
    for (const QDate &d : std::as_const(cal.m_workingWeekends)) {
        if (!isWeekend(d))
            return bad(QStringLiteral("%1 is a weekday, not a working weekend").arg(d.toString(Qt::ISODate)));
        if (cal.m_holidays.contains(d))
            return bad(QStringLiteral("%1 is both a holiday and a working day").arg(d.toString(Qt::ISODate)));
    }
    return cal;
}

bool WorkCalendar::isWorkingDay(const QDate &day) const
{
    if (m_workingWeekends.contains(day))
        return true;
    return !isWeekend(day) && !m_holidays.contains(day);
}

bool WorkCalendar::paused(const QDate &day, const QList<ClockPause> &pauses) const
{
    // The day a supplement is returned to the citizen still counts; the day it comes back does not.
    return std::any_of(pauses.begin(), pauses.end(), [&day](const ClockPause &p) {
        return day > p.from && (!p.to.isValid() || day <= p.to);
    });
}

QDate WorkCalendar::addWorkingDays(const QDate &start, int days) const
{
    QDate day = start;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to, const QList<ClockPause> &pauses) const
{
    int n = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day) && !paused(day, pauses))
            ++n;
    }
    return n;
}

QDate WorkCalendar::dueDate(const QDate &accepted, int days, const QList<ClockPause> &pauses, const QDate &today) const
{
    QList<ClockPause> closed = pauses; // a pause still open stands until today at least
    for (ClockPause &p : closed) {
        if (!p.to.isValid())
            p.to = std::max(today, p.from);
    }
    QDate day = accepted;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day) && !paused(day, closed))
            ++counted;
    }
    return day;
}

} // namespace ow
