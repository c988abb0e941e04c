#pragma once

#include "core/client/ApiClient.h"
#include "core/domain/api/RiskBodies.h"
#include "core/domain/risk/RiskTypes.h"

#include <functional>

namespace ow {

// Risk control (docs/api/openapi.yaml, tag risk), typed: the rule set in force and its earlier
// versions, a new version (city administrator), the alerts a supervisor oversees, one alert with
// its evidence, its disposal, the day's summary and the sweep run on demand. Online only (not
// through the outbox): each answer is what the server now holds. Every call ends in exactly one
// callback — the answer as its type, or the server's Error (Unavailable when it cannot be reached,
// Internal when an answer does not fit).
class RiskApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit RiskApi(ApiClient &api) : m_api(api) {}

    void rules(Done<RiskRuleSet> done);
    void rulesVersion(int version, Done<RiskRuleSet> done);
    // The versions from `latest` down, at most `count` of them (down to version 1), newest first:
    // one GET …/versions/{n} each, in turn (the server numbers versions 1, 2, … without gaps). An
    // error ends it with that error.
    void history(int latest, int count, Done<QList<RiskRuleSet>> done);
    // The whole set (every rule once); the answer is the new version.
    void setRules(const RiskRuleSet &rules, Done<RiskRuleSet> done);

    void alerts(const RiskAlertFilter &filter, Done<RiskAlertList> done);
    void alert(qint64 id, Done<RiskAlert> done);
    void dispose(qint64 id, const RiskDisposalRequest &request, Done<RiskAlert> done);

    // The day's summary at `hall` (empty: one's own) and the halls below it one oversees.
    void summary(const QDate &day, const QString &hall, Done<RiskSummary> done);
    // The nightly sweep over `day`, now (city administrator).
    void sweep(const QDate &day, Done<RiskSweepResult> done);

private:
    ApiClient &m_api;
};

} // namespace ow
