#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QTime>
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
    Window(int number = 0, WindowKind kind = WindowKind::Comprehensive, QStringList categories = {},
           QHash<QString, int> weights = {}, QString label = {}, bool retired = false, bool autoAssign = false)
        : number(number), kind(kind), categories(std::move(categories)), weights(std::move(weights)),
          label(std::move(label)), retired(retired), autoAssign(autoAssign)
    {}

    int number = 0;
    WindowKind kind = WindowKind::Comprehensive;
    QStringList categories;
    QHash<QString, int> weights; // category → preference weight (default 1), e.g. 2:1 between two queues
    QString label;                 // what the hall's screens show beside the number ("" : the number alone)
    bool retired = false;          // no longer in use: kept for the history of its tickets
    bool autoAssign = false;       // the window takes the next ticket by itself when free (window_states)
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

// When a hall is open on one weekday (1 = Monday … 7 = Sunday), with its lunch break if it has one.
struct OpeningHours
{
    int weekday = 1;
    QTime open;
    QTime close;
    QTime lunchFrom; // invalid: no lunch break
    QTime lunchTo;

    bool hasLunchBreak() const { return lunchFrom.isValid() && lunchTo.isValid(); }
    QJsonObject toJson() const;
    // "HH:mm"; "" for no lunch break. Refuses a weekday outside 1…7 and half a lunch break.
    static Result<OpeningHours> fromJson(const QJsonObject &o);
    // What is wrong, field by field ("open", "close", "lunch_from"…); empty when sound.
    QHash<QString, QString> problems() const;
    bool operator==(const OpeningHours &) const = default;
};

// A service hall: city, county/district, township/street or community level.
struct Hall
{
    qint64 id = 0;
    QString code;
    OrgLevel level = OrgLevel::City;
    QString parentCode; // empty for the city hall
    LocalizedName name;
    QString address;
    QString timeZone = QStringLiteral("Asia/Shanghai");
    std::optional<double> latitude;  // WGS-84 degrees
    std::optional<double> longitude;
    QList<OpeningHours> hours;        // a weekday not listed is closed
    bool archived = false;            // closed for good: no new work, its history kept
    bool training = false;            // 培训大厅: real flows on generated citizens, kept out of the city's figures, risk rules and messages
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
