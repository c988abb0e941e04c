#pragma once

#include "core/domain/cases/PersonalDataAccess.h"
#include "core/domain/util/Error.h"

#include <QString>

namespace ow {

struct Account;
class Clock;
class Database;

// Every read of a case's personal data — masked, whole by right, whole for a purpose — is a row
// of personal_data_reads, written through the audit trail (AuditTrail::insert) so it is chained
// and cannot be quietly removed: who, when, from which device (AuditSource) and window, which
// case, how much they saw and why. Masked reads are recorded too: who looked at whose case is
// itself worth knowing, and it is what the bulk-lookup risk rule counts.
class PersonalDataReads
{
public:
    PersonalDataReads(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Status record(const Account &reader, const QString &subject, const QString &subjectKey,
                  PersonalDataAccessLevel access, const QString &purpose);

private:
    int openWindowOf(qint64 accountId) const; // the window the reader has open or paused now; 0: none

    Database &m_db;
    const Clock &m_clock;
};

} // namespace ow
