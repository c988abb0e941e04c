#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>
#include <QStringList>

namespace ow {

enum class WindowKind { Comprehensive, Dedicated }; // 综合窗口 / 专窗
QString toString(WindowKind v);
std::optional<WindowKind> windowKindFromString(QStringView s);

// A counter in a hall. A comprehensive window serves every matter; a dedicated one only the
// categories it lists.
struct Window
{
    int number = 0;
    WindowKind kind = WindowKind::Comprehensive;
    QStringList categories;
    QHash<QString, int> weights; // category → preference weight (default 1), e.g. 2:1 between two queues
    bool serves(const QString &category) const
    {
        return kind == WindowKind::Comprehensive || categories.contains(category);
    }
    int weight(const QString &category) const { return weights.value(category, 1); }
    // The weights column: "pension:2,card:1".
    QString weightsText() const;
    static QHash<QString, int> parseWeights(const QString &text);
    bool operator==(const Window &) const = default;
};

// A service hall: city, county/district or township/street level.
struct Hall
{
    qint64 id = 0;
    QString code;
    OrgLevel level = OrgLevel::City;
    QString parentCode; // empty for the city hall
    LocalizedName name;
    QString address;
    QString timeZone = QStringLiteral("Asia/Shanghai");
    QList<Window> windows;

    QJsonObject toJson() const;
    static Result<Hall> fromJson(const QJsonObject &o); // absent fields keep their defaults
    bool operator==(const Hall &) const = default;
};

// The hall's own time zone (its data; UTC if the name is unknown to this machine).
QTimeZone timeZoneOf(const Hall &hall);
// The service day (营业日) an instant falls on at this hall: the date in the hall's time zone.
// Ticket numbers, case numbers, appointments and daily figures all count by it.
QDate serviceDay(const Hall &hall, const QDateTime &at);

} // namespace ow
