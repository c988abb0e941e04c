#pragma once

#include "core/domain/api/QueueRulesBodies.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

namespace ow {

class AdminLog;
class Clock;
class Database;
class QueueService;

// A hall's queue rules as administrators set them: read (its own or the server's defaults), set
// in full, or removed (back to the defaults). Only for a hall the administrator manages
// (AdminScope); every change is recorded in AdminLog in the same transaction, and the queue uses
// the new rules from the next ticket operation on.
class QueueRulesAdmin
{
public:
    QueueRulesAdmin(Database &db, const Clock &clock, AdminLog &log, QueueService &queue);

    Result<HallQueueRules> get(const Account &admin, const QString &hallCode);
    Result<HallQueueRules> set(const Account &admin, const QString &hallCode, const QueueRules &rules);
    Status reset(const Account &admin, const QString &hallCode);
    // What is in force at a hall, for whoever may see its queue (the route checks who).
    Result<HallQueueRules> effective(const QString &hallCode);

private:
    Result<qint64> managedHall(const Account &admin, const QString &hallCode);
    void changed(qint64 hallId);

    Database &m_db;
    const Clock &m_clock;
    AdminLog &m_log;
    QueueService &m_queue;
};

} // namespace ow
