#include "core/service/cases/PersonalDataReads.h"

#include "core/domain/security/Account.h"
#include "core/domain/util/Clock.h"
#include "core/service/audit/AuditTrail.h"
#include "core/sql/Database.h"

#include <QSqlQuery>

namespace ow {

int PersonalDataReads::openWindowOf(qint64 accountId) const
{
    int window = 0;
    const Status read = m_db.select(
        QStringLiteral("SELECT number FROM window_states WHERE teller_id = ? AND state <> 'closed' ORDER BY number LIMIT 1"),
        {accountId}, [&window](QSqlQuery &q) {
            if (q.next())
                window = q.value(0).toInt();
        });
    return read ? window : 0; // the read is recorded all the same, without its window
}

Status PersonalDataReads::record(const Account &reader, const QString &subject, const QString &subjectKey,
                                 PersonalDataAccessLevel access, const QString &purpose)
{
    auto inserted = AuditTrail(m_db, &m_clock)
                        .insert(QStringLiteral("personal_data_reads"),
                                QStringLiteral("INSERT INTO personal_data_reads (account_id, subject, subject_key, access, purpose, "
                                               "window_number, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {reader.id, subject, subjectKey, toString(access), PersonalDataAccess::normalizedPurpose(purpose),
                                 openWindowOf(reader.id), m_clock.now().toMSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    return okStatus();
}

} // namespace ow
