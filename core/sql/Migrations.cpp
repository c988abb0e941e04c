#include "core/sql/Migrations.h"

#include "core/sql/Database.h"

#include <QDateTime>

namespace ow {

int Migrations::latestVersion(const QList<Migration> &steps)
{
    return steps.isEmpty() ? 0 : steps.last().version;
}

Status Migrations::apply(Database &db, const QList<Migration> &steps)
{
    if (auto r = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                        "name TEXT NOT NULL, applied_at {BIGINT} NOT NULL)"));
        !r)
        return r.error();
    const int current = db.schemaVersion();
    if (current > latestVersion(steps)) {
        return Error{ErrorCode::Conflict,
                     QStringLiteral("database schema %1 is newer than this program (%2)").arg(current).arg(latestVersion(steps)),
                     {}};
    }
    for (const Migration &m : steps) {
        if (m.version <= current)
            continue;
        Status st = db.transaction([&]() -> Status {
            for (const QString &sql : m.statements) {
                if (db.dialect().expand(sql).isEmpty())
                    continue; // a statement of the other dialect
                if (auto r = db.exec(sql); !r)
                    return r.error();
            }
            if (auto r = db.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
                                 {m.version, QString::fromLatin1(m.name), QDateTime::currentMSecsSinceEpoch()});
                !r)
                return r.error();
            return okStatus();
        });
        if (!st)
            return st;
    }
    return okStatus();
}

} // namespace ow
