#pragma once

#include "core/domain/util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ow {

// The bodies of the working-day calendar's administration (GET and PUT /api/v1/admin/calendar).
// The PUT's body is the calendar file itself (JSON or CSV), read by WorkCalendar.

// The form of a calendar file an administrator imports (docs/admin/calendar-format.md).
enum class CalendarFileFormat { Json, Csv };

// The Content-Type a calendar file is sent with: application/json or text/csv.
QByteArray calendarContentType(CalendarFileFormat format);
// A calendar file's format by its name's extension (.json, .csv, in any case); none for another.
std::optional<CalendarFileFormat> calendarFileFormatOf(const QString &fileName);

// One year of the effective calendar, and where it comes from: the calendar built into the
// server, or a file an administrator imported (which replaces a built-in year of that number).
struct CalendarYearView
{
    int year = 0;
    bool imported = false;
    QList<QDate> holidays; // ascending
    QList<QDate> workdays; // adjusted working weekends (调休上班), ascending

    QJsonObject toJson() const;
    static Result<CalendarYearView> fromJson(const QJsonObject &o);
    bool operator==(const CalendarYearView &) const = default;
};

struct CalendarAnswer
{
    QList<CalendarYearView> years; // ascending

    QJsonObject toJson() const;
    static Result<CalendarAnswer> fromJson(const QJsonObject &o);
    bool operator==(const CalendarAnswer &) const = default;
};

} // namespace ow
