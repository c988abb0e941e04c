#include "core/service/store/QueueRulesRepository.h"

#include "core/sql/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ow {

Result<std::optional<QueueRules>> QueueRulesRepository::find(qint64 hallId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT rules_json FROM hall_queue_rules WHERE hall_id = ?"), {hallId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QueueRules>();
    const QJsonDocument doc = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8());
    auto rules = QueueRules::fromJson(doc.object());
    if (!rules)
        return Error{ErrorCode::Internal, QStringLiteral("stored queue rules of hall %1 are unreadable: %2").arg(hallId).arg(rules.error().detail), {}};
    return std::optional<QueueRules>(rules.value());
}

Status QueueRulesRepository::save(qint64 hallId, const QueueRules &rules, const QDateTime &at) const
{
    const QString json = QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
    if (auto st = m_db.run(QStringLiteral("DELETE FROM hall_queue_rules WHERE hall_id = ?"), {hallId}); !st)
        return st;
    return m_db.run(QStringLiteral("INSERT INTO hall_queue_rules (hall_id, rules_json, changed_at) VALUES (?, ?, ?)"),
                    {hallId, json, at.toMSecsSinceEpoch()});
}

Result<bool> QueueRulesRepository::remove(qint64 hallId) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM hall_queue_rules WHERE hall_id = ?"), {hallId});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() > 0;
}

} // namespace ow
