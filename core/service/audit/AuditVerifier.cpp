#include "core/service/audit/AuditVerifier.h"

#include "core/service/audit/AuditTrail.h"
#include "core/service/audit/AuditedTables.h"
#include "core/sql/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace ow {

namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{ErrorCode::Internal, QStringLiteral("audit check: ") + q.lastError().text(), {}};
}

QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("NULL");
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    return QString::number(v.toInteger());
}

// The columns that differ between what was recorded and what is stored now.
QString differences(const QString &recorded, const QJsonObject &now)
{
    const QJsonObject then = QJsonDocument::fromJson(recorded.toUtf8()).object();
    QStringList out;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (then.value(it.key()) != it.value())
            out << QStringLiteral("%1 was %2, is %3").arg(it.key(), shown(then.value(it.key())), shown(it.value()));
    }
    return out.isEmpty() ? QStringLiteral("its content differs") : out.join(QStringLiteral("; "));
}

// A forward cursor over a covered table's rows after the seal, in id order.
class TableCursor
{
public:
    TableCursor(Database &db, const AuditedTable &table) : m_table(table), m_query(db.handle()) {}

    Status open(qint64 after)
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(m_table.contentSelect() + QStringLiteral(" WHERE id > ? ORDER BY id")))
            return sqlError(m_query);
        m_query.addBindValue(after);
        if (!m_query.exec())
            return sqlError(m_query);
        advance();
        return okStatus();
    }
    bool atEnd() const { return m_end; }
    qint64 id() const { return m_id; }
    QJsonObject content() const { return AuditedTables::content(m_query, m_table); }
    void advance()
    {
        m_end = !m_query.next();
        m_id = m_end ? 0 : m_query.value(0).toLongLong();
    }

private:
    const AuditedTable &m_table;
    QSqlQuery m_query;
    bool m_end = true;
    qint64 m_id = 0;
};

AuditRow rowAt(const QSqlQuery &q)
{
    AuditRow r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toLongLong();
    r.actorId = q.value(2).toLongLong();
    r.hallId = q.value(3).toLongLong();
    r.device = q.value(4).toString();
    r.window = q.value(5).toInt();
    r.action = q.value(6).toString();
    r.subjectTable = q.value(7).toString();
    r.subjectId = q.value(8).toLongLong();
    r.content = q.value(9).toString();
    r.reason = q.value(10).toString();
    r.prevHash = q.value(11).toString();
    r.hash = q.value(12).toString();
    return r;
}

} // namespace

Result<AuditVerification> AuditVerifier::verify()
{
    AuditVerification out;
    const auto found = [&out](const QString &table, qint64 id, const QString &what) -> Result<AuditVerification> {
        out.finding = AuditFinding{table, id, what};
        return out;
    };
    const QString trail = QStringLiteral("audit_trail");

    QSqlQuery chain(m_db.handle());
    chain.setForwardOnly(true);
    if (!chain.exec(QStringLiteral("SELECT id, at, actor_id, hall_id, device, window_number, action, subject_table, "
                                   "subject_id, content, reason, prev_hash, hash FROM audit_trail ORDER BY id")))
        return sqlError(chain);

    std::map<QString, std::unique_ptr<TableCursor>> cursors;
    AuditRow previous;
    previous.hash = QString(64, QLatin1Char('0'));
    while (chain.next()) {
        const AuditRow row = rowAt(chain);
        if (row.id != previous.id + 1) {
            return found(trail, previous.id + 1,
                         QStringLiteral("missing: the chain goes from row %1 to row %2").arg(previous.id).arg(row.id));
        }
        if (row.computeHash() != row.hash)
            return found(trail, row.id, QStringLiteral("changed: its hash does not match its content"));
        if (row.prevHash != previous.hash) {
            return found(trail, previous.id,
                         QStringLiteral("changed or replaced: row %1 was chained to hash %2, the row has %3")
                             .arg(row.id)
                             .arg(row.prevHash, previous.hash));
        }
        ++out.rows;
        previous = row;

        if (row.id == 1) {
            // The seal: what existed before the chain began, a digest per table.
            const QJsonObject upTo = AuditTrail::sealedUpTo(row.content);
            if (row.action != QLatin1String("audit.seal") || !row.subjectTable.isEmpty())
                return found(trail, row.id, QStringLiteral("the first row is not the seal"));
            auto again = AuditTrail::sealContent(m_db, upTo);
            if (!again)
                return again.error();
            const QJsonObject recorded =
                QJsonDocument::fromJson(row.content.toUtf8()).object().value(QLatin1String("sealed")).toObject();
            const QJsonObject now = again.value().value(QLatin1String("sealed")).toObject();
            for (const AuditedTable &table : AuditedTables::all()) {
                if (recorded.value(table.name) != now.value(table.name)) {
                    return found(table.name, upTo.value(table.name).toInteger(),
                                 QStringLiteral("the rows up to this id, sealed by audit_trail 1, were changed or removed"));
                }
                auto cursor = std::make_unique<TableCursor>(m_db, table);
                if (auto st = cursor->open(upTo.value(table.name).toInteger()); !st)
                    return st.error();
                cursors[table.name] = std::move(cursor);
            }
            continue;
        }

        if (row.action == QLatin1String("audit.seal") && row.subjectTable.isEmpty()) {
            // A later seal: the rows of tables covered since the chain began, up to the seal's ids.
            const QJsonObject upTo = AuditTrail::sealedUpTo(row.content);
            auto again = AuditTrail::sealContent(m_db, upTo);
            if (!again)
                return again.error();
            const QJsonObject recorded =
                QJsonDocument::fromJson(row.content.toUtf8()).object().value(QLatin1String("sealed")).toObject();
            const QJsonObject now = again.value().value(QLatin1String("sealed")).toObject();
            for (auto t = upTo.begin(); t != upTo.end(); ++t) {
                const auto cursor = cursors.find(t.key());
                if (cursor == cursors.end())
                    return found(trail, row.id, QStringLiteral("seals no covered table (%1)").arg(t.key()));
                if (recorded.value(t.key()) != now.value(t.key())) {
                    return found(t.key(), t.value().toInteger(),
                                 QStringLiteral("the rows up to this id, sealed by audit_trail %1, were changed or removed")
                                     .arg(row.id));
                }
                if (auto st = cursor->second->open(t.value().toInteger()); !st)
                    return st.error();
            }
            continue;
        }

        const auto it = cursors.find(row.subjectTable);
        if (it == cursors.end())
            return found(trail, row.id, QStringLiteral("names no covered table (%1)").arg(row.subjectTable));
        TableCursor &cursor = *it->second;
        if (!cursor.atEnd() && cursor.id() < row.subjectId)
            return found(row.subjectTable, cursor.id(), QStringLiteral("has no audit row (added outside the audit trail)"));
        if (cursor.atEnd() || cursor.id() != row.subjectId)
            return found(row.subjectTable, row.subjectId, QStringLiteral("missing: removed after audit_trail %1 recorded it").arg(row.id));
        const QJsonObject now = cursor.content();
        if (AuditedTables::canonical(now) != row.content) {
            return found(row.subjectTable, row.subjectId,
                         QStringLiteral("differs from audit_trail %1: %2").arg(row.id).arg(differences(row.content, now)));
        }
        cursor.advance();
    }
    if (!chain.isActive() && chain.lastError().isValid())
        return sqlError(chain);
    if (out.rows == 0)
        return found(trail, 1, QStringLiteral("missing: the chain is empty (the seal is written when the server first opens the database)"));
    for (const auto &[name, cursor] : cursors) {
        if (!cursor->atEnd())
            return found(name, cursor->id(), QStringLiteral("has no audit row (added outside the audit trail)"));
    }
    return out;
}

} // namespace ow
