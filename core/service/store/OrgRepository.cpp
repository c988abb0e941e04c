#include "core/service/store/OrgRepository.h"

#include "core/sql/Database.h"

#include <QHash>

namespace ow {

Result<qint64> OrgRepository::insertHall(const Hall &h) const
{
    QVariant parent(QMetaType::fromType<qint64>());
    if (!h.parentCode.isEmpty()) {
        auto p = hallId(h.parentCode);
        if (!p)
            return p.error();
        if (!p.value())
            return Error{ErrorCode::ValidationFailed, QStringLiteral("unknown parent hall %1").arg(h.parentCode), {}};
        parent = *p.value();
    }
    auto q = m_db.exec(QStringLiteral("INSERT INTO halls (code, level, parent_id, name_zh, name_en, address_zh, timezone) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {h.code, toString(h.level), parent, h.name.zh, h.name.en, h.address, h.timeZone});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status OrgRepository::insertWindow(qint64 hallId, const Window &w) const
{
    return m_db.run(QStringLiteral("INSERT INTO windows (hall_id, number, kind, categories, weights) VALUES (?, ?, ?, ?, ?)"),
                    {hallId, w.number, toString(w.kind), Database::listValue(w.categories), w.weightsText()});
}

Status OrgRepository::updateWindow(qint64 hallId, const Window &w) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE windows SET kind = ?, categories = ?, weights = ? WHERE hall_id = ? AND number = ?"),
                       {toString(w.kind), Database::listValue(w.categories), w.weightsText(), hallId, w.number});
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

Result<QList<Hall>> OrgRepository::halls() const
{
    auto q = m_db.exec(QStringLiteral("SELECT h.id, h.code, h.level, p.code, h.name_zh, h.name_en, h.address_zh, h.timezone "
                                      "FROM halls h LEFT JOIN halls p ON p.id = h.parent_id "
                                      "ORDER BY CASE h.level WHEN 'city' THEN 0 WHEN 'county' THEN 1 ELSE 2 END, h.code"));
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
        byId.insert(h.id, result.size());
        result.append(h);
    }
    auto w = m_db.exec(QStringLiteral("SELECT hall_id, number, kind, categories, weights FROM windows ORDER BY hall_id, number"));
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
                                    Window::parseWeights(r.value(4).toString())});
    }
    return result;
}

} // namespace ow
