#include "core/store/Database.h"

#include "core/store/Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace ow {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ow-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QSqlError &e, const QString &what)
{
    return Error{ErrorCode::Internal, what + QStringLiteral(": ") + e.text(), {}};
}
} // namespace

Database::Database(QString connection, Dialect dialect) : m_connection(std::move(connection)), m_dialect(dialect) {}

Database::~Database()
{
    {
        QSqlDatabase db = handle();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, const QList<Migration> &schema)
{
    if (location.dialect == Dialect::PostgreSQL) {
        return Error{ErrorCode::Unavailable,
                     QStringLiteral("PostgreSQL (%1) is not yet supported by this build; use a SQLite file path.")
                         .arg(QStringLiteral("postgresql://…")),
                     {}};
    }
    const QFileInfo file(location.sqlitePath);
    if (!QDir().mkpath(file.absolutePath()))
        return Error{ErrorCode::Internal, QStringLiteral("cannot create folder %1").arg(file.absolutePath()), {}};

    std::unique_ptr<Database> db(new Database(nextConnectionName(), Dialect::SQLite));
    {
        QSqlDatabase h = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
        h.setDatabaseName(file.absoluteFilePath());
        h.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!h.open())
            return sqlError(h.lastError(), QStringLiteral("cannot open %1").arg(file.absoluteFilePath()));
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"}) {
        if (auto r = db->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    if (auto st = Migrations::apply(*db, schema); !st)
        return st.error();
    return db;
}

int Database::schemaVersion() const
{
    auto q = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q || !q.value().next())
        return 0;
    return q.value().value(0).toInt();
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(handle());
    if (!q.prepare(m_dialect.expand(sql)))
        return sqlError(q.lastError(), QStringLiteral("prepare"));
    for (const QVariant &v : values) {
        // A null QString means "no text", not SQL NULL: NULLs are bound as typed null variants.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("exec"));
    return q;
}

Status Database::run(const QString &sql, const QVariantList &values) const
{
    if (auto q = exec(sql, values); !q)
        return q.error();
    return okStatus();
}

int Database::addRollbackListener(std::function<void()> listener) const
{
    m_rollbackListeners.append({++m_nextListener, std::move(listener)});
    return m_nextListener;
}

void Database::removeRollbackListener(int handle) const
{
    m_rollbackListeners.removeIf([handle](const auto &l) { return l.first == handle; });
}

void Database::rolledBack() const
{
    for (const auto &l : std::as_const(m_rollbackListeners))
        l.second();
}

Status Database::transaction(const std::function<Status()> &work) const
{
    if (m_depth > 0) {
        const QString savepoint = QStringLiteral("ow_sp_%1").arg(m_depth);
        if (auto st = run(QStringLiteral("SAVEPOINT ") + savepoint); !st)
            return st;
        ++m_depth;
        Status st = work();
        --m_depth;
        if (!st) {
            (void)run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
            (void)run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
            rolledBack();
            return st;
        }
        if (auto released = run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint); !released)
            return released;
        return st;
    }
    QSqlDatabase h = handle();
    if (!h.transaction())
        return sqlError(h.lastError(), QStringLiteral("begin"));
    ++m_depth;
    Status st = work();
    --m_depth;
    if (!st) {
        h.rollback();
        rolledBack();
        return st;
    }
    if (!h.commit()) {
        const Error e = sqlError(h.lastError(), QStringLiteral("commit"));
        h.rollback();
        rolledBack();
        return e;
    }
    return st;
}

} // namespace ow
