#include "core/domain/org/Org.h"

#include "core/domain/util/EnumText.h"

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

Hall Hall::fromJson(const QJsonObject &o)
{
    Hall h;
    h.code = o.value(QLatin1String("code")).toString();
    h.level = orgLevelFromString(o.value(QLatin1String("level")).toString()).value_or(OrgLevel::City);
    h.parentCode = o.value(QLatin1String("parent")).toString();
    h.name = {o.value(QLatin1String("name_zh")).toString(), o.value(QLatin1String("name_en")).toString()};
    h.address = o.value(QLatin1String("address_zh")).toString();
    h.timeZone = o.value(QLatin1String("timezone")).toString(h.timeZone);
    const QJsonArray ws = o.value(QLatin1String("windows")).toArray();
    for (const QJsonValue &v : ws) {
        const QJsonObject w = v.toObject();
        QStringList cats;
        for (const QJsonValue &c : w.value(QLatin1String("categories")).toArray())
            cats << c.toString();
        QHash<QString, int> weights;
        const QJsonObject wo = w.value(QLatin1String("weights")).toObject();
        for (auto it = wo.constBegin(); it != wo.constEnd(); ++it)
            weights.insert(it.key(), it.value().toInt(1));
        h.windows.append({w.value(QLatin1String("number")).toInt(),
                          windowKindFromString(w.value(QLatin1String("kind")).toString()).value_or(WindowKind::Comprehensive),
                          cats, weights});
    }
    return h;
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
    const QTimeZone zone(hall.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDate serviceDay(const Hall &hall, const QDateTime &at)
{
    return at.toTimeZone(timeZoneOf(hall)).date();
}

} // namespace ow
