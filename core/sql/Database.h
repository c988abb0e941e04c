#pragma once

#include "core/domain/util/Error.h"
#include "core/sql/Migrations.h"
#include "core/sql/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>

namespace ow {

// One open database connection with our settings: for SQLite, WAL, foreign keys and
// synchronous=FULL, so a 2xx answer means the change is on disk. Owns its QSqlDatabase name.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the file if needed) and applies pending migrations of `schema` (the
    // server's is ServerSchema; the client cache and the outbox have their own).
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location, const QList<Migration> &schema);

    QSqlDatabase handle() const { return QSqlDatabase::database(m_connection, false); }
    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion();

    // A prepared query with the dialect's tokens expanded and values bound in order (a null
    // QString binds as '').
    // Returns the executed query, or an Internal error carrying the driver's text.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    // The same for a query whose rows are read once, in order (the reports' large reads): forward
    // only, so the driver does not keep a copy of every row already read (exec's query can seek
    // back, which costs a cached copy of each row).
    Result<QSqlQuery> read(const QString &sql, const QVariantList &values = {});
    // The same for statements whose rows nobody reads.
    Status run(const QString &sql, const QVariantList &values = {});
    // For hot paths, a statement prepared once and kept like run()'s (so `sql` should be a fixed
    // text, not one built from values): `read` sees the rows, then the query is finished, so no
    // read stays open between calls.
    Status select(const QString &sql, const QVariantList &values, const std::function<void(QSqlQuery &)> &read);
    // An INSERT through a kept statement: the new row's id.
    Result<qint64> insert(const QString &sql, const QVariantList &values);

    // A list column: comma-separated.
    static QVariant listValue(const QStringList &list) { return list.join(QLatin1Char(',')); }

    // Runs `work` in one transaction: committed if it returns ok, rolled back otherwise.
    // Nested calls become savepoints: an inner failure undoes only the inner work, and the
    // outer transaction decides whether everything commits (the sync ingest records a refused
    // operation in the same transaction that tried it).
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // Runs `undo` if what is being written now is rolled back (by its own savepoint or any
    // transaction around it); forgotten once it is committed. For caches kept beside the
    // database: each write notes how to forget itself, so a refused request that wrote nothing
    // costs nothing, where dropping every cache on any rollback would not. Outside a transaction the
    // write is already durable and nothing is kept.
    void onRollback(std::function<void()> undo);

    // Runs `effect` once what is being written now is durable: at once outside a transaction,
    // else after the outermost commit. Dropped if the transaction or savepoint it was asked in
    // is rolled back (so live events never announce what did not happen).
    void afterCommit(std::function<void()> effect);

    // An outer transaction left open across calls (group commit, see CommitGroup): every
    // transaction() inside it is a savepoint; commitOpen() makes all of it durable at once.
    Status beginOpen();
    Status commitOpen(); // on failure everything is rolled back
    void rollbackOpen();

    // Fault injection for tests: `fail` sees each statement before it runs and returns true to
    // make it fail as the driver would. Empty to stop.
    void setFaultInjector(std::function<bool(const QString &sql)> fail) { m_faultInjector = std::move(fail); }

private:
    Database(QString connection, Dialect dialect);
    QString m_connection;
    SqlDialect m_dialect;
    int m_depth = 0;
    // After-commit effects and rollback undos, with the depth they were asked at.
    QList<QPair<int, std::function<void()>>> m_afterCommit;
    QList<QPair<int, std::function<void()>>> m_undo;
    std::function<bool(const QString &)> m_faultInjector;
    struct Prepared
    {
        std::unique_ptr<QSqlQuery> query;
        bool reading = false; // select() is inside its `read`: a nested use of the text prepares anew
    };
    std::unordered_map<QString, Prepared> m_prepared; // statements of run(), select() and insert()
    Result<Prepared *> prepared(const QString &sql);
    Result<QSqlQuery> execute(const QString &sql, const QVariantList &values, bool forwardOnly);
    void rolledBack(int outer);
    void committed();
    bool injected(const QString &sql) const;
};

} // namespace ow
