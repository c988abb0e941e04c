#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace ow::test {

// Opening hours (the `hours` of PATCH /api/v1/admin/halls/{hall}) of one minute a day, twelve
// hours from now on the Shanghai clock: whatever a test does now is after hours.
inline QJsonArray hoursOneMinuteTwelveHoursAway()
{
    const QTime now = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).time();
    const QTime open = QTime(now.hour(), 0).addSecs(12 * 3600);
    QJsonArray hours;
    for (int d = 1; d <= 7; ++d)
        hours.append(QJsonObject{{QLatin1String("weekday"), d}, {QLatin1String("open"), open.toString(QStringLiteral("HH:mm"))},
                                 {QLatin1String("close"), open.addSecs(60).toString(QStringLiteral("HH:mm"))}});
    return hours;
}

} // namespace ow::test
