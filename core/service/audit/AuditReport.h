#pragma once

#include "core/domain/api/AuditBodies.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

namespace ow {

class Database;

// What is read back from the audit trail for people: a day's rows and the chain's head at the
// day's end (GET /api/v1/reports/audit, and the server's log line when a day ends). The day is
// the city hall's: there is one chain for the whole city.
class AuditReport
{
public:
    explicit AuditReport(Database &db) : m_db(db) {}

    // Forbidden unless `who` reads every hall's figures (a supervisor or administrator of the
    // city hall, ReportScope): the chain covers them all.
    Result<AuditDayReport> day(const QDate &day, const Account &who) const;
    // Without an account: the server's own day-end line.
    Result<AuditDayReport> day(const QDate &day) const;
    // The `day` query parameter: ValidationFailed unless yyyy-MM-dd.
    static Result<QDate> parseDay(const QString &text);
    // The city hall's day now.
    Result<QDate> today(const QDateTime &now) const;

private:
    Database &m_db;
};

} // namespace ow
