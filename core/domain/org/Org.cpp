#include "core/domain/org/Org.h"

#include "core/domain/util/JsonReader.h"
#include "core/domain/util/EnumText.h"

#include <QHash>
#include <QJsonArray>

namespace ow {

namespace {
constexpr EnumText<WindowKind, 2> kWindowKinds{{{{WindowKind::Comprehensive, "comprehensive"}, {WindowKind::Dedicated, "dedicated"}}}};
}

QString toString(WindowKind v) { return kWindowKinds.toString(v); }
std::optional<WindowKind> windowKindFromString(QStringView s) { return kWindowKinds.fromString(s); }

QJsonObject Hall::toJson() const
{
    QJsonArray ws;
    for (const Window &w : windows) {
        QJsonObject weights;
        for (auto it = w.weights.constBegin(); it != w.weights.constEnd(); ++it)
            weights.insert(it.key(), it.value());
        ws.append(QJsonObject{{QLatin1String("number"), w.number},
                              {QLatin1String("kind"), toString(w.kind)},
                              {QLatin1String("categories"), QJsonArray::fromStringList(w.categories)},
                              {QLatin1String("weights"), weights},
                              {QLatin1String("label"), w.label},
                              {QLatin1String("retired"), w.retired},
                              {QLatin1String("auto_assign"), w.autoAssign}});
    }
    QJsonArray open;
    for (const OpeningHours &h : hours)
        open.append(h.toJson());
    const auto coordinate = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    return {{QLatin1String("code"), code},
            {QLatin1String("latitude"), coordinate(latitude)},
            {QLatin1String("longitude"), coordinate(longitude)},
            {QLatin1String("hours"), open},
            {QLatin1String("archived"), archived},
            {QLatin1String("training"), training},
            {QLatin1String("level"), toString(level)},
            {QLatin1String("parent"), parentCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parentCode)},
            {QLatin1String("name_zh"), name.zh},
            {QLatin1String("name_en"), name.en},
            {QLatin1String("address_zh"), address},
            {QLatin1String("timezone"), timeZone},
            {QLatin1String("windows"), ws}};
}

Result<Hall> Hall::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    Hall h;
    h.code = r.text(QLatin1String("code"));
    h.level = r.enumValue(QLatin1String("level"), &orgLevelFromString).value_or(OrgLevel::City);
    h.parentCode = r.text(QLatin1String("parent"));
    h.name = {r.text(QLatin1String("name_zh")), r.text(QLatin1String("name_en"))};
    h.address = r.text(QLatin1String("address_zh"));
    h.timeZone = r.text(QLatin1String("timezone"), h.timeZone);
    if (r.has(QLatin1String("latitude")))
        h.latitude = r.number(QLatin1String("latitude"));
    if (r.has(QLatin1String("longitude")))
        h.longitude = r.number(QLatin1String("longitude"));
    h.hours = r.list<OpeningHours>(QLatin1String("hours"));
    h.archived = r.boolean(QLatin1String("archived"));
    h.training = r.boolean(QLatin1String("training"));
    const QJsonArray ws = r.array(QLatin1String("windows"));
    for (qsizetype i = 0; i < ws.size(); ++i) {
        JsonReader w(ws.at(i).toObject());
        Window window;
        window.number = static_cast<int>(w.integer(QLatin1String("number")));
        window.kind = w.enumValue(QLatin1String("kind"), &windowKindFromString).value_or(WindowKind::Comprehensive);
        window.categories = w.texts(QLatin1String("categories"));
        const QJsonObject weights = w.nestedObject(QLatin1String("weights"));
        for (auto it = weights.constBegin(); it != weights.constEnd(); ++it)
            window.weights.insert(it.key(), it.value().toInt(1));
        window.label = w.text(QLatin1String("label"));
        window.retired = w.boolean(QLatin1String("retired"));
        window.autoAssign = w.boolean(QLatin1String("auto_assign"));
        for (auto it = w.problems().begin(); it != w.problems().end(); ++it)
            r.problem(QStringLiteral("windows[%1].%2").arg(i).arg(it.key()), it.value().toString());
        h.windows.append(window);
    }
    return r.finish(h);
}

namespace {
QString clock(const QTime &t) { return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString(); }
// "HH:mm", or "" (no time) where `optional`.
QTime clockFrom(JsonReader &r, QLatin1StringView key, bool optional)
{
    const QString text = r.text(key);
    if (text.isEmpty()) {
        if (!optional && r.ok())
            r.problem(key, QStringLiteral("required"));
        return {};
    }
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!t.isValid())
        r.problem(key, QStringLiteral("time HH:mm expected"));
    return t;
}
} // namespace

QJsonObject OpeningHours::toJson() const
{
    return {{QLatin1String("weekday"), weekday},
            {QLatin1String("open"), clock(open)},
            {QLatin1String("close"), clock(close)},
            {QLatin1String("lunch_from"), clock(lunchFrom)},
            {QLatin1String("lunch_to"), clock(lunchTo)}};
}

Result<OpeningHours> OpeningHours::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    OpeningHours h;
    h.weekday = static_cast<int>(r.requiredInteger(QLatin1String("weekday")));
    if (r.ok() && (h.weekday < 1 || h.weekday > 7))
        r.problem(QStringLiteral("weekday"), QStringLiteral("1 (Monday) to 7 (Sunday)"));
    h.open = clockFrom(r, QLatin1String("open"), false);
    h.close = clockFrom(r, QLatin1String("close"), false);
    h.lunchFrom = clockFrom(r, QLatin1String("lunch_from"), true);
    h.lunchTo = clockFrom(r, QLatin1String("lunch_to"), true);
    if (h.lunchFrom.isValid() != h.lunchTo.isValid() && r.ok())
        r.problem(h.lunchFrom.isValid() ? QStringLiteral("lunch_to") : QStringLiteral("lunch_from"),
                  QStringLiteral("both lunch times, or neither"));
    return r.finish(h);
}

QHash<QString, QString> OpeningHours::problems() const
{
    QHash<QString, QString> out;
    if (weekday < 1 || weekday > 7)
        out.insert(QStringLiteral("weekday"), QStringLiteral("1 (Monday) to 7 (Sunday)"));
    if (!open.isValid())
        out.insert(QStringLiteral("open"), QStringLiteral("required"));
    if (!close.isValid() || (open.isValid() && close <= open))
        out.insert(QStringLiteral("close"), QStringLiteral("after the opening time"));
    if (lunchFrom.isValid() != lunchTo.isValid())
        out.insert(QStringLiteral("lunch_to"), QStringLiteral("a lunch break needs its start and its end"));
    else if (lunchFrom.isValid() && (lunchFrom <= open || lunchTo <= lunchFrom || lunchTo >= close))
        out.insert(QStringLiteral("lunch_from"), QStringLiteral("inside the opening hours"));
    return out;
}

QString Window::weightsText() const
{
    QStringList parts;
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it)
        parts << it.key() + QLatin1Char(':') + QString::number(it.value());
    parts.sort();
    return parts.join(QLatin1Char(','));
}

QHash<QString, int> Window::parseWeights(const QString &text)
{
    QHash<QString, int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int w = colon > 0 ? part.mid(colon + 1).toInt(&ok) : 0;
        if (ok && w > 0)
            out.insert(part.left(colon), w);
    }
    return out;
}

QTimeZone timeZoneOf(const Hall &hall)
{
    // Building a zone reads the system's zone data: each name once per thread, not once per
    // request (the service day is asked several times for every ticket operation).
    thread_local QHash<QString, QTimeZone> known;
    auto it = known.constFind(hall.timeZone);
    if (it == known.constEnd()) {
        const QTimeZone zone(hall.timeZone.toUtf8());
        it = known.insert(hall.timeZone, zone.isValid() ? zone : QTimeZone::utc());
    }
    return *it;
}

QDate serviceDay(const Hall &hall, const QDateTime &at)
{
    return at.toTimeZone(timeZoneOf(hall)).date();
}

} // namespace ow
