#pragma once

#include "core/domain/util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace ow {

// The bodies of the working-day calendar's administration (GET and PUT /api/v1/admin/calendar).
// The PUT's body is the calendar file itself (JSON or CSV), read by WorkCalendar.

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
