#pragma once

#include "core/domain/util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>

namespace ow {

// A span during which a case's clock stands still (补正: returned to the citizen for a
// supplement). `to` is the day the supplement came back; open spans have no `to`.
struct ClockPause
{
    QDate from;
    QDate to;
};

// Where a case stands against its time limit (承诺时限): on time; warning (预警) when `warningDays`
// working days or fewer are left; overdue (超期) once the due date has passed.
enum class TimeLimitState { OnTime, Warning, Overdue };
QString toString(TimeLimitState v);
std::optional<TimeLimitState> timeLimitStateFromString(QStringView s);

// Working days (工作日) on China's calendar: Monday to Friday, minus public holidays, plus the
// adjusted working weekends (调休) — configured per year. Time limits of cases are counted here.
// Days are calendar dates in the hall's time zone; a case accepted on a day starts counting on
// the next working day.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ow::WorkCalendar)

public:
    // From the JSON of resources/calendar/work-calendar.json, or from the CSV an administrator
    // imports (`date,kind,name`, kind `holiday` or `workday`; docs/admin/calendar-format.md).
    // Refused: malformed dates, a date outside its year, a day listed twice (as a holiday and a
    // working weekend, or twice the same), a "working weekend" that is a weekday, a year outside
    // 2000–2100 or without any holiday. Every problem at once, as ValidationFailed whose
    // `fields` name where each is — a JSON path (years.2027.holidays[3]) or a CSV line and
    // column (line 4.kind) — with a short English text (translated where shown).
    static Result<WorkCalendar> fromJson(const QByteArray &json);
    static Result<WorkCalendar> fromCsv(const QByteArray &csv);
    static QByteArray bundledJson();

    bool isWorkingDay(const QDate &day) const;
    bool knowsYear(int year) const { return m_years.contains(year); }

    // The years it holds, ascending; a year's public holidays and adjusted working weekends (调休
    // 上班), ascending.
    QList<int> years() const;
    QList<QDate> holidays(int year) const;
    QList<QDate> workingWeekends(int year) const;
    // One year as the JSON file writes it: {"holidays": [...], "working_weekends": [...]}.
    QJsonObject yearJson(int year) const;
    // This calendar with `other`'s years in place of its own years of the same numbers.
    WorkCalendar mergedWith(const WorkCalendar &other) const;

    // The day `days` working days after `start` (start itself not counted).
    QDate addWorkingDays(const QDate &start, int days) const;
    // Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    int workingDaysBetween(const QDate &from, const QDate &to, const QList<ClockPause> &pauses = {}) const;
    // The due date of a time limit of `days` working days from `accepted`, moved on by every
    // working day the clock stood still (a pause still open counts up to `today`).
    QDate dueDate(const QDate &accepted, int days, const QList<ClockPause> &pauses, const QDate &today) const;

    TimeLimitState timeLimitState(const QDate &due, const QDate &today, int warningDays = 2) const;

private:
    struct ListedDay;
    class Problems;
    // The checks both file formats share once every listed day is read; `yearWhere`: where each
    // year begins in the file.
    static Result<WorkCalendar> assemble(const QList<ListedDay> &listed, const QMap<int, QString> &yearWhere, Problems &problems);

    QSet<QDate> m_holidays;
    QSet<QDate> m_workingWeekends;
    QSet<int> m_years;
    bool paused(const QDate &day, const QList<ClockPause> &pauses) const;
};

} // namespace ow
