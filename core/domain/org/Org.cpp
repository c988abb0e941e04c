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
                              {QLatin1String("weights"), weights}});
    }
    return {{QLatin1String("code"), code},
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
        for (auto it = w.problems().begin(); it != w.problems().end(); ++it)
            r.problem(QStringLiteral("windows[%1].%2").arg(i).arg(it.key()), it.value().toString());
        h.windows.append(window);
    }
    return r.finish(h);
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
