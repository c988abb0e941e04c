#include "core/service/admin/AdminLog.h"

#include "core/domain/security/Account.h"
#include "core/service/audit/AuditTrail.h"
#include "core/domain/util/Clock.h"
#include "core/sql/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ow {

namespace {
QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QJsonObject parsed(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

Status AdminLog::record(const Account *actor, const QString &hallCode, const QString &entity, const QString &key,
                        const QString &action, const QJsonObject &before, const QJsonObject &after)
{
    auto inserted = AuditTrail(m_db).insert(
        QStringLiteral("admin_changes"),
        QStringLiteral("INSERT INTO admin_changes (at, actor_id, actor, hall_code, entity, entity_key, action, "
                       "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_clock.now().toMSecsSinceEpoch(), actor ? QVariant(actor->id) : QVariant(QMetaType::fromType<qint64>()),
         actor ? actor->username : QString(), hallCode, entity, key, action, compact(before), compact(after)});
    if (!inserted)
        return inserted.error();
    return okStatus();
}

Result<QList<AdminChange>> AdminLog::list(const AdminChangeFilter &query, const std::optional<QStringList> &hallCodes) const
{
    QString sql = QStringLiteral("SELECT id, at, actor_id, actor, hall_code, entity, entity_key, action, before_json, "
                                 "after_json FROM admin_changes WHERE 1 = 1");
    QVariantList values;
    if (!query.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        values << query.entity;
    }
    if (!query.key.isEmpty()) {
        sql += QStringLiteral(" AND entity_key = ?");
        values << query.key;
    }
    if (query.before > 0) {
        sql += QStringLiteral(" AND id < ?");
        values << query.before;
    }
    if (hallCodes) {
        if (hallCodes->isEmpty())
            return QList<AdminChange>{};
        sql += QStringLiteral(" AND hall_code IN (");
        for (qsizetype i = 0; i < hallCodes->size(); ++i) {
            sql += i ? QStringLiteral(", ?") : QStringLiteral("?");
            values << hallCodes->at(i);
        }
        sql += QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << qBound(1, query.limit, 500);
    QList<AdminChange> out;
    auto st = m_db.select(sql, values, [&out](QSqlQuery &r) {
        while (r.next()) {
            AdminChange c;
            c.id = r.value(0).toLongLong();
            c.at = QDateTime::fromMSecsSinceEpoch(r.value(1).toLongLong(), Qt::UTC);
            c.actor = r.value(3).toString();
            c.hall = r.value(4).toString();
            c.entity = r.value(5).toString();
            c.key = r.value(6).toString();
            c.action = r.value(7).toString();
            c.before = parsed(r.value(8).toString());
            c.after = parsed(r.value(9).toString());
            out << c;
        }
    });
    if (!st)
        return st.error();
    return out;
}

} // namespace ow
