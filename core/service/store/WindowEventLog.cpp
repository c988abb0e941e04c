#include "core/service/store/WindowEventLog.h"

#include "core/service/audit/AuditTrail.h"
#include "core/sql/Database.h"

namespace ow {

Status WindowEventLog::append(qint64 hallId, int window, WindowState state, const QString &reason, qint64 tellerId,
                              qint64 actorId, const QDateTime &at, const QDate &serviceDay) const
{
    const auto idOrNull = [](qint64 id) { return id ? QVariant(id) : QVariant(); };
    // A window's opening, pause and closing are changes like a ticket's: chained in the audit trail.
    auto inserted = AuditTrail(m_db).insert(
        QStringLiteral("window_events"),
        QStringLiteral("INSERT INTO window_events (hall_id, window_number, state, reason, teller_id, actor_id, at, service_day) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {hallId, window, toString(state), reason, idOrNull(tellerId), idOrNull(actorId), at.toMSecsSinceEpoch(),
         serviceDay.toString(Qt::ISODate)});
    if (!inserted)
        return inserted.error();
    return okStatus();
}

} // namespace ow
