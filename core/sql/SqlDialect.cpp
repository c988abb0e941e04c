#include "core/sql/SqlDialect.h"

namespace ow {

QString SqlDialect::expand(const QString &sql) const
{
    const bool lite = m_dialect == Dialect::SQLite;
    // A statement for one dialect only (a trigger: the two write them differently) is empty in
    // the other; whoever runs a list of statements skips the empty ones.
    static const QLatin1String sqliteOnly("{SQLITE}"), postgresOnly("{POSTGRESQL}");
    if (sql.startsWith(sqliteOnly))
        return lite ? expand(sql.mid(sqliteOnly.size())) : QString();
    if (sql.startsWith(postgresOnly))
        return lite ? QString() : expand(sql.mid(postgresOnly.size()));
    QString out = sql;
    out.replace(QLatin1String("{PK}"), lite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT") : QLatin1String("BIGSERIAL PRIMARY KEY"));
    out.replace(QLatin1String("{BIGINT}"), lite ? QLatin1String("INTEGER") : QLatin1String("BIGINT"));
    out.replace(QLatin1String("{BLOB}"), lite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    return out;
}

DatabaseLocation DatabaseLocation::parse(const QString &spec)
{
    DatabaseLocation loc;
    if (spec.startsWith(QLatin1String("postgres://")) || spec.startsWith(QLatin1String("postgresql://"))) {
        loc.dialect = Dialect::PostgreSQL;
        loc.url = spec;
    } else {
        loc.sqlitePath = spec;
    }
    return loc;
}

} // namespace ow
