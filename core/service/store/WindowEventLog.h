#pragma once

#include "core/domain/queue/QueueTypes.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>

namespace ow {

class Database;

// Table `window_events`: the history of every window's state, one row per change, appended in
// the transaction of the change (its live state is `window_states`). The reports read it
// (ReportReader::windowEvents) for each window's open, paused and idle time.
class WindowEventLog
{
public:
    explicit WindowEventLog(Database &db) : m_db(db) {}

    // `tellerId`: whose window time the new state is (0 for closed); `actorId`: who changed it.
    Status append(qint64 hallId, int window, WindowState state, const QString &reason, qint64 tellerId, qint64 actorId,
                  const QDateTime &at, const QDate &serviceDay) const;

private:
    Database &m_db;
};

} // namespace ow
