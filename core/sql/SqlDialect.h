#pragma once

#include <QString>

namespace ow {

enum class Dialect { SQLite, PostgreSQL };

// The few places where SQLite and PostgreSQL SQL differ, expanded from tokens in one place:
// {PK} an auto-increment primary key, {BIGINT} a 64-bit integer, {BLOB} binary data; a
// statement starting with {SQLITE} or {POSTGRESQL} is for that dialect only (empty in the other).
// Everything else we write is the common subset (ON CONFLICT upserts work in both).
class SqlDialect
{
public:
    explicit SqlDialect(Dialect d) : m_dialect(d) {}
    Dialect dialect() const { return m_dialect; }
    QString expand(const QString &sql) const;

private:
    Dialect m_dialect;
};

// Where the data lives, from the --db option: a SQLite file path, or a postgresql:// URL.
struct DatabaseLocation
{
    Dialect dialect = Dialect::SQLite;
    QString sqlitePath;
    QString url;
    static DatabaseLocation parse(const QString &spec);
};

} // namespace ow
