#pragma once

#include "core/domain/util/Error.h"

#include <QString>

#include <optional>

namespace ow {

class Database;

// The first place where the stored data and the audit trail disagree.
struct AuditFinding
{
    QString table;   // the row that does not match: audit_trail or a covered table
    qint64 id = 0;
    QString what;    // what differs, in plain English (for the IT officer's terminal)

    QString text() const { return QStringLiteral("%1 %2: %3").arg(table).arg(id).arg(what); }
};

struct AuditVerification
{
    qint64 rows = 0; // audit rows walked
    std::optional<AuditFinding> finding; // none: everything matches
};

// `onewindow-server --verify-audit`: walks the whole chain once, forward, in id order —
// recomputes each row's hash and its link to the row before, checks the first row's seal against
// the rows it sealed, reads every covered row alongside (one forward cursor per table) and
// compares it with what its audit row recorded, and finds covered rows that have no audit row
// and audit rows whose row is gone. Stops at the first finding. Reads only.
class AuditVerifier
{
public:
    explicit AuditVerifier(Database &db) : m_db(db) {}
    Result<AuditVerification> verify();

private:
    Database &m_db;
};

} // namespace ow
