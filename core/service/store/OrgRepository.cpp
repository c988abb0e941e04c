#include "core/service/store/OrgRepository.h"

#include "core/sql/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow {

namespace {
QVariant realOrNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
QString hoursText(const QList<OpeningHours> &hours)
{
    if (hours.isEmpty())
        return {};
    QJsonArray a;
    for (const OpeningHours &h : hours)
        a.append(h.toJson());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
QList<OpeningHours> hoursFrom(const QString &text)
{
    QList<OpeningHours> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (auto h = OpeningHours::fromJson(v.toObject()))
            out.append(h.value());
    }
    return out;
}
std::optional<double> realFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
} // namespace

Result<QVariant> OrgRepository::parentId(const Hall &h) const
{
    QVariant parent(QMetaType::fromType<qint64>());
    if (h.parentCode.isEmpty())
        return parent;
    auto p = hallId(h.parentCode);
    if (!p)
        return p.error();
    if (!p.value())
        return Error{ErrorCode::ValidationFailed, QStringLiteral("unknown parent hall %1").arg(h.parentCode), {}};
    return QVariant(*p.value());
}

Result<qint64> OrgRepository::insertHall(const Hall &h) const
{
    auto parent = parentId(h);
    if (!parent)
        return parent.error();
    auto q = m_db.exec(QStringLiteral("INSERT INTO halls (code, level, parent_id, name_zh, name_en, address_zh, timezone, "
                                      "latitude, longitude, hours_json, archived, training) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {h.code, toString(h.level), parent.value(), h.name.zh, h.name.en, h.address, h.timeZone,
                        realOrNull(h.latitude), realOrNull(h.longitude), hoursText(h.hours), h.archived ? 1 : 0, h.training ? 1 : 0});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status OrgRepository::updateHall(const Hall &h) const
{
    auto parent = parentId(h);
    if (!parent)
        return parent.error();
    auto q = m_db.exec(QStringLiteral("UPDATE halls SET level = ?, parent_id = ?, name_zh = ?, name_en = ?, address_zh = ?, "
                                      "timezone = ?, latitude = ?, longitude = ?, hours_json = ?, archived = ?, training = ? WHERE code = ?"),
                       {toString(h.level), parent.value(), h.name.zh, h.name.en, h.address, h.timeZone, realOrNull(h.latitude),
                        realOrNull(h.longitude), hoursText(h.hours), h.archived ? 1 : 0, h.training ? 1 : 0, h.code});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return notFoundError(QStringLiteral("no hall %1").arg(h.code));
    return okStatus();
}

Status OrgRepository::insertWindow(qint64 hallId, const Window &w) const
{
    return m_db.run(QStringLiteral("INSERT INTO windows (hall_id, number, kind, categories, weights, label, retired) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {hallId, w.number, toString(w.kind), Database::listValue(w.categories), w.weightsText(), w.label,
                     w.retired ? 1 : 0});
}

Status OrgRepository::updateWindow(qint64 hallId, const Window &w) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE windows SET kind = ?, categories = ?, weights = ?, label = ?, retired = ? "
                                      "WHERE hall_id = ? AND number = ?"),
                       {toString(w.kind), Database::listValue(w.categories), w.weightsText(), w.label, w.retired ? 1 : 0,
                        hallId, w.number});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, QStringLiteral("no window %1").arg(w.number), {}};
    return okStatus();
}

Result<std::optional<qint64>> OrgRepository::hallId(const QString &code) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM halls WHERE code = ?"), {code});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>{};
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<bool> OrgRepository::isTraining(const QString &code) const
{
    auto q = m_db.exec(QStringLiteral("SELECT training FROM halls WHERE code = ?"), {code});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toInt() != 0;
}

Result<QList<Hall>> OrgRepository::halls() const
{
    auto q = m_db.exec(QStringLiteral("SELECT h.id, h.code, h.level, p.code, h.name_zh, h.name_en, h.address_zh, h.timezone, "
                                      "h.latitude, h.longitude, h.hours_json, h.archived, h.training "
                                      "FROM halls h LEFT JOIN halls p ON p.id = h.parent_id "
                                      "ORDER BY CASE h.level WHEN 'city' THEN 0 WHEN 'county' THEN 1 WHEN 'township' THEN 2 "
                                      "ELSE 3 END, h.code"));
    if (!q)
        return q.error();
    QList<Hall> result;
    QHash<qint64, qsizetype> byId;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Hall h;
        h.id = r.value(0).toLongLong();
        h.code = r.value(1).toString();
        h.level = orgLevelFromString(r.value(2).toString()).value_or(OrgLevel::City);
        h.parentCode = r.value(3).toString();
        h.name = {r.value(4).toString(), r.value(5).toString()};
        h.address = r.value(6).toString();
        h.timeZone = r.value(7).toString();
        h.latitude = realFrom(r.value(8));
        h.longitude = realFrom(r.value(9));
        h.hours = hoursFrom(r.value(10).toString());
        h.archived = r.value(11).toInt() != 0;
        h.training = r.value(12).toInt() != 0;
        byId.insert(h.id, result.size());
        result.append(h);
    }
    auto w = m_db.exec(QStringLiteral("SELECT w.hall_id, w.number, w.kind, w.categories, w.weights, w.label, w.retired, "
                                      "COALESCE(s.auto_assign, 0) FROM windows w LEFT JOIN window_states s "
                                      "ON s.hall_id = w.hall_id AND s.number = w.number ORDER BY w.hall_id, w.number"));
    if (!w)
        return w.error();
    while (w.value().next()) {
        const QSqlQuery &r = w.value();
        const auto it = byId.constFind(r.value(0).toLongLong());
        if (it == byId.constEnd())
            continue;
        result[*it].windows.append({r.value(1).toInt(),
                                    windowKindFromString(r.value(2).toString()).value_or(WindowKind::Comprehensive),
                                    r.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                                    Window::parseWeights(r.value(4).toString()), r.value(5).toString(),
                                    r.value(6).toInt() != 0, r.value(7).toInt() != 0});
    }
    return result;
}

} // namespace ow
