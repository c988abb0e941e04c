// The administration bodies of halls and windows (AdminBodies.h): a hall and a window as the
// administrator sees them, their patches and the list of halls. The accounts, devices and the
// record of changes are in AdminBodies.cpp.
#include "core/domain/api/AdminBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

#include <limits>

namespace ow {

namespace {

QMap<QString, int> weightsOf(JsonReader &r)
{
    QMap<QString, int> out;
    const QJsonObject weights = r.nestedObject(QLatin1String("weights"));
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        const std::optional<qint64> whole = wholeNumber(it.value());
        if (!whole || *whole < std::numeric_limits<int>::min() || *whole > std::numeric_limits<int>::max()) {
            r.problem(QStringLiteral("weights"), QStringLiteral("whole numbers"));
            return {};
        }
        out.insert(it.key(), static_cast<int>(*whole));
    }
    return out;
}

QJsonObject weightsJson(const QMap<QString, int> &weights)
{
    QJsonObject out;
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonValue coordinateJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> coordinateOf(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key))
        return std::nullopt;
    return r.number(key);
}

// Present in the body (null included): the field is part of the patch.
bool inPatch(const QJsonObject &o, QLatin1StringView key)
{
    return o.contains(key);
}

} // namespace

QJsonObject AdminWindow::toJson() const
{
    return {{QLatin1String("number"), number},
            {QLatin1String("kind"), ow::toString(kind)},
            {QLatin1String("categories"), QJsonArray::fromStringList(categories)},
            {QLatin1String("weights"), weightsJson(weights)},
            {QLatin1String("label"), label},
            {QLatin1String("auto_assign"), autoAssign},
            {QLatin1String("retired"), retired}};
}

Result<AdminWindow> AdminWindow::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AdminWindow w;
    w.number = static_cast<int>(r.requiredInteger(QLatin1String("number")));
    if (r.ok() && w.number < 1)
        r.problem(QStringLiteral("number"), QStringLiteral("1 or more"));
    if (!r.has(QLatin1String("kind")))
        r.problem(QStringLiteral("kind"), QStringLiteral("required"));
    w.kind = r.enumValue(QLatin1String("kind"), &windowKindFromString).value_or(WindowKind::Comprehensive);
    w.categories = r.texts(QLatin1String("categories"));
    w.weights = weightsOf(r);
    w.label = r.text(QLatin1String("label"));
    w.autoAssign = r.boolean(QLatin1String("auto_assign"));
    w.retired = r.boolean(QLatin1String("retired"));
    return r.finish(w);
}

WindowPatch WindowPatch::between(const AdminWindow &before, const AdminWindow &after)
{
    WindowPatch p;
    if (before.kind != after.kind)
        p.kind = after.kind;
    if (before.categories != after.categories)
        p.categories = after.categories;
    if (before.weights != after.weights)
        p.weights = after.weights;
    if (before.label != after.label)
        p.label = after.label;
    if (before.autoAssign != after.autoAssign)
        p.autoAssign = after.autoAssign;
    return p;
}

bool WindowPatch::isEmpty() const
{
    return !kind && !categories && !weights && !label && !autoAssign;
}

QJsonObject WindowPatch::toJson() const
{
    QJsonObject o;
    if (kind)
        o.insert(QLatin1String("kind"), ow::toString(*kind));
    if (categories)
        o.insert(QLatin1String("categories"), QJsonArray::fromStringList(*categories));
    if (weights)
        o.insert(QLatin1String("weights"), weightsJson(*weights));
    if (label)
        o.insert(QLatin1String("label"), *label);
    if (autoAssign)
        o.insert(QLatin1String("auto_assign"), *autoAssign);
    return o;
}

Result<WindowPatch> WindowPatch::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    WindowPatch p;
    p.kind = r.enumValue(QLatin1String("kind"), &windowKindFromString);
    p.categories = r.patchTexts(QLatin1String("categories"));
    if (inPatch(o, QLatin1String("weights")))
        p.weights = weightsOf(r);
    p.label = r.patchText(QLatin1String("label"));
    if (r.has(QLatin1String("auto_assign")))
        p.autoAssign = r.boolean(QLatin1String("auto_assign"));
    return r.finish(p);
}

std::optional<OpeningHours> AdminHall::hoursOn(int weekday) const
{
    for (const OpeningHours &h : hours) {
        if (h.weekday == weekday)
            return h;
    }
    return std::nullopt;
}

QJsonObject AdminHall::toJson() const
{
    return {{QLatin1String("code"), code},
            {QLatin1String("name_zh"), nameZh},
            {QLatin1String("name_en"), nameEn},
            {QLatin1String("level"), ow::toString(level)},
            {QLatin1String("parent"), parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parent)},
            {QLatin1String("address"), address},
            {QLatin1String("latitude"), coordinateJson(latitude)},
            {QLatin1String("longitude"), coordinateJson(longitude)},
            {QLatin1String("time_zone"), timeZone},
            {QLatin1String("hours"), arrayOf(hours)},
            {QLatin1String("archived"), archived},
            {QLatin1String("training"), training},
            {QLatin1String("windows"), arrayOf(windows)}};
}

Result<AdminHall> AdminHall::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AdminHall h;
    h.code = r.requiredText(QLatin1String("code"));
    h.nameZh = r.requiredText(QLatin1String("name_zh"));
    h.nameEn = r.text(QLatin1String("name_en"));
    if (!r.has(QLatin1String("level")))
        r.problem(QStringLiteral("level"), QStringLiteral("required"));
    h.level = r.enumValue(QLatin1String("level"), &orgLevelFromString).value_or(OrgLevel::Township);
    h.parent = r.text(QLatin1String("parent"));
    h.address = r.text(QLatin1String("address"));
    h.latitude = coordinateOf(r, QLatin1String("latitude"));
    h.longitude = coordinateOf(r, QLatin1String("longitude"));
    h.timeZone = r.text(QLatin1String("time_zone"), h.timeZone);
    h.hours = r.list<OpeningHours>(QLatin1String("hours"));
    h.archived = r.boolean(QLatin1String("archived"));
    h.training = r.boolean(QLatin1String("training"));
    h.windows = r.list<AdminWindow>(QLatin1String("windows"));
    return r.finish(h);
}

HallPatch HallPatch::between(const AdminHall &before, const AdminHall &after)
{
    HallPatch p;
    if (before.nameZh != after.nameZh)
        p.nameZh = after.nameZh;
    if (before.nameEn != after.nameEn)
        p.nameEn = after.nameEn;
    if (before.level != after.level)
        p.level = after.level;
    if (before.parent != after.parent)
        p.parent = after.parent;
    if (before.address != after.address)
        p.address = after.address;
    if (before.latitude != after.latitude)
        p.latitude = after.latitude;
    if (before.longitude != after.longitude)
        p.longitude = after.longitude;
    if (before.timeZone != after.timeZone)
        p.timeZone = after.timeZone;
    if (before.hours != after.hours)
        p.hours = after.hours;
    if (before.archived != after.archived)
        p.archived = after.archived;
    if (before.training != after.training)
        p.training = after.training;
    return p;
}

bool HallPatch::isEmpty() const
{
    return !nameZh && !nameEn && !level && !parent && !address && !latitude && !longitude && !timeZone && !hours
           && !archived && !training;
}

QJsonObject HallPatch::toJson() const
{
    QJsonObject o;
    if (nameZh)
        o.insert(QLatin1String("name_zh"), *nameZh);
    if (nameEn)
        o.insert(QLatin1String("name_en"), *nameEn);
    if (level)
        o.insert(QLatin1String("level"), ow::toString(*level));
    if (parent)
        o.insert(QLatin1String("parent"), parent->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*parent));
    if (address)
        o.insert(QLatin1String("address"), *address);
    if (latitude)
        o.insert(QLatin1String("latitude"), coordinateJson(*latitude));
    if (longitude)
        o.insert(QLatin1String("longitude"), coordinateJson(*longitude));
    if (timeZone)
        o.insert(QLatin1String("time_zone"), *timeZone);
    if (hours)
        o.insert(QLatin1String("hours"), arrayOf(*hours));
    if (archived)
        o.insert(QLatin1String("archived"), *archived);
    if (training)
        o.insert(QLatin1String("training"), *training);
    return o;
}

Result<HallPatch> HallPatch::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    HallPatch p;
    p.nameZh = r.patchText(QLatin1String("name_zh"));
    p.nameEn = r.patchText(QLatin1String("name_en"));
    p.level = r.enumValue(QLatin1String("level"), &orgLevelFromString);
    p.parent = r.patchText(QLatin1String("parent"));
    p.address = r.patchText(QLatin1String("address"));
    if (inPatch(o, QLatin1String("latitude")))
        p.latitude = coordinateOf(r, QLatin1String("latitude"));
    if (inPatch(o, QLatin1String("longitude")))
        p.longitude = coordinateOf(r, QLatin1String("longitude"));
    p.timeZone = r.patchText(QLatin1String("time_zone"));
    if (inPatch(o, QLatin1String("hours")))
        p.hours = r.list<OpeningHours>(QLatin1String("hours"));
    if (r.has(QLatin1String("archived")))
        p.archived = r.boolean(QLatin1String("archived"));
    if (r.has(QLatin1String("training")))
        p.training = r.boolean(QLatin1String("training"));
    if (p.nameZh && p.nameZh->trimmed().isEmpty())
        r.problem(QStringLiteral("name_zh"), QStringLiteral("required"));
    for (const char *key : {"code", "windows"}) {
        if (o.contains(QLatin1String(key)))
            r.problem(QString::fromLatin1(key), QStringLiteral("cannot be changed here"));
    }
    return r.finish(p);
}

QJsonObject AdminHallList::toJson() const
{
    return {{QLatin1String("halls"), arrayOf(halls)}};
}

Result<AdminHallList> AdminHallList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    AdminHallList l;
    l.halls = r.list<AdminHall>(QLatin1String("halls"));
    return r.finish(l);
}

} // namespace ow
