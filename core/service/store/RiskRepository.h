#pragma once

#include "core/domain/api/RiskBodies.h"
#include "core/domain/risk/RiskTypes.h"
#include "core/domain/util/Error.h"

#include <QHash>

#include <optional>

namespace ow {

class Clock;
class Database;

// An alert as stored: the alert with its halls by id, and the key naming its evidence.
struct RiskAlertRow
{
    RiskAlert alert;
    qint64 hallId = 0;
    qint64 ownerHallId = 0;
    QString dedupKey;
};

// The tables of risk control (schema 20): the rule sets' versions, the alerts, their disposals
// (each written through AuditTrail, so the audit chain covers them).
class RiskRepository
{
public:
    explicit RiskRepository(Database &db) : m_db(db) {}

    // The newest version (none stored yet: none).
    Result<std::optional<RiskRuleSet>> latestRules();
    Result<std::optional<RiskRuleSet>> rules(int version);
    // Stores `set` as version `set.version`.
    Status saveRules(const RiskRuleSet &set, qint64 changedById);

    // Inserts the alert unless one with the same key exists: its new id, or 0 when it did.
    Result<qint64> insertAlert(const RiskAlertRow &row);
    // One alert with its evidence and disposals (`codes`: hall id → code).
    Result<std::optional<RiskAlertRow>> alert(qint64 id, const QHash<qint64, QString> &codes);
    // The alerts of `hallIds` matching the filter, newest first, without evidence.
    Result<QList<RiskAlertRow>> alerts(const QList<qint64> &hallIds, const RiskAlertFilter &filter,
                                       const QHash<qint64, QString> &codes);
    // A disposal: its row (audited) and the alert's new status and owner, together.
    Status dispose(qint64 alertId, const RiskDisposal &disposal, qint64 hallId, qint64 escalatedToId,
                   RiskAlertStatus status, qint64 ownerHallId, const Clock &clock);

private:
    Result<QList<RiskDisposal>> disposals(qint64 alertId, const QHash<qint64, QString> &codes);

    Database &m_db;
};

} // namespace ow
