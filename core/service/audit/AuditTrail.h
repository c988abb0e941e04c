#pragma once

#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include <functional>

namespace ow {

class Clock;
class Database;

// One row of table `audit_trail`.
struct AuditRow
{
    qint64 id = 0;
    qint64 at = 0; // ms since the epoch, UTC: when it was written
    qint64 actorId = 0; // 0: NULL (the command line, a device without a person)
    qint64 hallId = 0;  // 0: NULL
    QString device;
    int window = 0;
    QString action;
    QString subjectTable; // '' for a seal row (the first row, and one for each table covered later)
    qint64 subjectId = 0; // 0: NULL
    QString content;      // the covered row's canonical form (AuditedTables::canonical)
    QString reason;
    QString prevHash;
    QString hash;

    // BLAKE2b-256, hex, over the previous row's hash and every other field of this row.
    QString computeHash() const;
};

// The tamper-evident audit trail (审计日志): every row written to a covered table (AuditedTables:
// ticket and case events, administrative changes, lookups of a person, rectification contacts)
// gets a row here in the same transaction, chained by hash to the row before it. Stateless: the
// chain's head is read from the table in the writing transaction (the server has one connection
// and one thread, so nobody writes between the read and the insert, and a rollback takes both
// away — no cache to undo, and every program that writes the file, the command line included,
// extends the same chain). AuditVerifier walks it.
class AuditTrail
{
public:
    // `clock` null: the system clock.
    explicit AuditTrail(Database &db, const Clock *clock = nullptr) : m_db(db), m_clock(clock) {}

    // Inserts a row into covered table `table` with `sql` and its audit row, together: in the
    // caller's transaction if one is open, else in one of their own. The new row's id.
    Result<qint64> insert(const QString &table, const QString &sql, const QVariantList &values);
    // The audit row of row `id` of covered table `table`, just written in the open transaction.
    Status append(const QString &table, qint64 id);

    // The chain's first row, once: seals every covered row already there (a digest per table in
    // its content), so a database that had rows before the audit trail existed is covered from
    // the start. When the chain has begun, a later seal row does the same for the tables a
    // migration has since covered (table audit_pending_seals), if any. ServerSchema::open calls it.
    Status seal();
    // A seal row's content: a digest of each covered table's rows with id <= upTo[table]
    // (tables absent from `upTo` left out). Also how AuditVerifier checks a seal.
    static Result<QJsonObject> sealContent(Database &db, const QJsonObject &upTo);
    static QJsonObject sealedUpTo(const QString &sealContentText); // the upTo a seal was made with

    // The one hook on what is written (the risk engine's): told the covered table of every row
    // appended, once its transaction is committed (never for a write rolled back). The server
    // handles requests on one thread, so one hook for the process is enough; empty to stop.
    static void setWriteHook(std::function<void(const QString &table)> hook);

private:
    struct Head
    {
        qint64 id = 0;
        qint64 at = 0;
        QString hash;
    };
    Result<Head> head() const;
    Status write(AuditRow row, const Head &previous);
    Status sealUpTo(const QJsonObject &upTo, const Head &previous);
    static Result<QJsonObject> lastIds(Database &db); // each covered table's largest id
    qint64 now() const;

    Database &m_db;
    const Clock *m_clock;
};

} // namespace ow
