#pragma once

#include "core/domain/api/RiskBodies.h"
#include "core/domain/org/Org.h"
#include "core/domain/risk/RiskTypes.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

namespace ow {

class AdminLog;
class CatalogueService;
class Clock;
class Database;
class RiskEngine;

// Risk control as the REST API offers it: the rule set (read by supervisors and administrators,
// changed by the city's administrator: checked whole, a new version, recorded in AdminLog), the
// alerts a supervisor oversees (SupervisionScope: their hall and the halls below; every hall for a
// city administrator), their disposal (supervisors only; audited) and the day's summary.
class RiskService
{
public:
    RiskService(Database &db, const Clock &clock, const CatalogueService &catalogue, AdminLog &log, RiskEngine &engine);

    RiskRuleSet rules() const;
    Result<RiskRuleSet> rulesVersion(int version);
    Result<RiskRuleSet> setRules(const Account &admin, const QJsonObject &body);

    Result<RiskAlertList> alerts(const Account &who, const RiskAlertFilter &filter);
    Result<RiskAlert> alert(const Account &who, qint64 id);
    Result<RiskAlert> dispose(const Account &who, qint64 id, const RiskDisposalRequest &request);
    Result<RiskSummary> summary(const Account &who, const QDate &day, const QString &hallCode);
    Result<RiskSweepResult> sweep(const Account &admin, const QDate &day);

private:
    // The halls `who` may see from `hallCode` (empty: their own) down, by id.
    Result<QList<qint64>> scopeFrom(const Account &who, const QString &hallCode, const QList<Hall> &halls, QString *resolved);

    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    AdminLog &m_log;
    RiskEngine &m_engine;
};

} // namespace ow
