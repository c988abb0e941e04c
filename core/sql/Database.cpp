#include "core/sql/Database.h"

#include "core/sql/Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <algorithm>
#include <utility>

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
    m_prepared.clear();
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
    // temp_store=MEMORY: savepoint journals stay in memory. A sync push nests a savepoint per
    // operation inside its transaction; by default those journals spill to a temporary file past
    // 64 KiB, and the writes were 15% of a push's time. They only serve rolling back a
    // savepoint, never crash recovery (the WAL does that).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL", "PRAGMA temp_store=MEMORY"}) {
        if (auto r = db->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    if (auto st = Migrations::apply(*db, schema); !st)
        return st.error();
    return db;
}

int Database::schemaVersion()
{
    auto q = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!q || !q.value().next())
        return 0;
    return q.value().value(0).toInt();
}

namespace {
void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString means "no text", not SQL NULL: NULLs are bound as typed null variants.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
}
} // namespace

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    return execute(sql, values, false);
}

Result<QSqlQuery> Database::read(const QString &sql, const QVariantList &values)
{
    return execute(sql, values, true);
}

Result<QSqlQuery> Database::execute(const QString &sql, const QVariantList &values, bool forwardOnly)
{
    if (injected(sql))
        return Error{ErrorCode::Internal, QStringLiteral("exec: injected fault"), {}};
    QSqlQuery q(handle());
    q.setForwardOnly(forwardOnly);
    if (!q.prepare(m_dialect.expand(sql)))
        return sqlError(q.lastError(), QStringLiteral("prepare"));
    bindAll(q, values);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("exec"));
    return q;
}

Result<Database::Prepared *> Database::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(handle());
        q->setForwardOnly(true); // rows are read once, in order: the driver need not keep them
        if (!q->prepare(m_dialect.expand(sql)))
            return sqlError(q->lastError(), QStringLiteral("prepare"));
        it = m_prepared.emplace(sql, Prepared{std::move(q), false}).first;
    }
    return &it->second;
}

Status Database::run(const QString &sql, const QVariantList &values)
{
    // Nobody reads these rows: the statement runs as insert() runs it, prepared once and kept.
    auto done = insert(sql, values);
    if (!done)
        return done.error();
    return okStatus();
}

Status Database::select(const QString &sql, const QVariantList &values, const std::function<void(QSqlQuery &)> &read)
{
    if (injected(sql))
        return Error{ErrorCode::Internal, QStringLiteral("exec: injected fault"), {}};
    auto p = prepared(sql);
    if (!p)
        return p.error();
    if (p.value()->reading) { // the same text again from inside `read`: a query of its own
        auto q = exec(sql, values);
        if (!q)
            return q.error();
        read(q.value());
        return okStatus();
    }
    QSqlQuery &q = *p.value()->query;
    bindAll(q, values);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        q.finish();
        return sqlError(error, QStringLiteral("exec"));
    }
    Prepared *entry = p.value(); // stays valid: unordered_map never moves its elements
    entry->reading = true;
    read(q);
    entry->reading = false;
    q.finish();
    return okStatus();
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values)
{
    if (injected(sql))
        return Error{ErrorCode::Internal, QStringLiteral("exec: injected fault"), {}};
    auto p = prepared(sql);
    if (!p)
        return p.error();
    QSqlQuery &q = *p.value()->query;
    bindAll(q, values);
    const bool ok = q.exec();
    const QSqlError error = q.lastError();
    const qint64 id = ok ? q.lastInsertId().toLongLong() : 0; // before finish(): only an active query knows it
    q.finish();
    if (!ok)
        return sqlError(error, QStringLiteral("exec"));
    return id;
}

// A rollback of everything deeper than `outer` (0: the whole transaction): what was asked
// there is undone, newest first, and its after-commit effects are dropped.
void Database::rolledBack(int outer)
{
    m_afterCommit.removeIf([outer](const auto &e) { return e.first > outer; });
    while (!m_undo.isEmpty() && m_undo.constLast().first > outer)
        m_undo.takeLast().second();
}

void Database::onRollback(std::function<void()> undo)
{
    if (m_depth > 0)
        m_undo.append({m_depth, std::move(undo)});
}

bool Database::injected(const QString &sql) const
{
    return m_faultInjector && m_faultInjector(sql);
}

void Database::afterCommit(std::function<void()> effect)
{
    if (m_depth == 0) {
        effect();
        return;
    }
    m_afterCommit.append({m_depth, std::move(effect)});
}

void Database::committed()
{
    m_undo.clear();
    const auto effects = std::exchange(m_afterCommit, {});
    for (const auto &e : effects)
        e.second();
}

Status Database::beginOpen()
{
    if (m_depth > 0)
        return Error{ErrorCode::Internal, QStringLiteral("begin: a transaction is already open"), {}};
    QSqlDatabase h = handle();
    if (injected(QStringLiteral("BEGIN")) || !h.transaction())
        return sqlError(h.lastError(), QStringLiteral("begin"));
    m_depth = 1;
    return okStatus();
}

Status Database::commitOpen()
{
    if (m_depth != 1)
        return Error{ErrorCode::Internal, QStringLiteral("commit: no open transaction"), {}};
    QSqlDatabase h = handle();
    m_depth = 0;
    if (injected(QStringLiteral("COMMIT")) || !h.commit()) {
        const Error e = sqlError(h.lastError(), QStringLiteral("commit"));
        h.rollback();
        rolledBack(0);
        return e;
    }
    committed();
    return okStatus();
}

void Database::rollbackOpen()
{
    if (m_depth != 1)
        return;
    m_depth = 0;
    handle().rollback();
    rolledBack(0);
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_depth > 0) {
        const int outer = m_depth;
        const QString savepoint = QStringLiteral("ow_sp_%1").arg(m_depth);
        if (auto st = run(QStringLiteral("SAVEPOINT ") + savepoint); !st)
            return st;
        ++m_depth;
        Status st = work();
        --m_depth;
        if (st) {
            if (auto released = run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint); !released)
                st = released;
        }
        if (!st) {
            (void)run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
            (void)run(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
            rolledBack(outer);
            return st;
        }
        // What the savepoint asked for now belongs to the transaction around it.
        for (auto &e : m_afterCommit)
            e.first = std::min(e.first, outer);
        for (auto &u : m_undo)
            u.first = std::min(u.first, outer);
        return st;
    }
    if (auto begun = beginOpen(); !begun)
        return begun;
    Status st = work();
    if (!st) {
        rollbackOpen();
        return st;
    }
    if (auto committedOk = commitOpen(); !committedOk)
        return committedOk;
    return st;
}

} // namespace ow
