#pragma once

#include "core/domain/risk/RiskTypes.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>

namespace ow {

// The bodies of risk control (风险预警) beyond the domain types themselves (RiskRuleSet and
// RiskAlert are bodies as they are): the alert list's question and answer, a disposal, the
// day's risk summary and a sweep run on demand.

// The question of GET /api/v1/risk/alerts: a hall (none: the account's own) and the halls below
// it the account oversees; optionally one status and one level; the service days from–to (both
// optional, inclusive; at most kMaxDays apart when both are given).
struct RiskAlertFilter
{
    static constexpr int kDefaultLimit = 500, kMaxLimit = 2000, kMaxDays = 366;

    QString hall;
    std::optional<RiskAlertStatus> status;
    std::optional<RiskLevel> level;
    QDate from;
    QDate to;
    int limit = kDefaultLimit;

    QUrlQuery toQuery() const;
    static Result<RiskAlertFilter> fromQuery(const QUrlQuery &query);
    bool operator==(const RiskAlertFilter &) const = default;
};

// Its answer: newest first, without evidence (GET …/alerts/{id} has it).
struct RiskAlertList
{
    QList<RiskAlert> alerts;

    QJsonObject toJson() const;
    static Result<RiskAlertList> fromJson(const QJsonObject &o);
    bool operator==(const RiskAlertList &) const = default;
};

// POST /api/v1/risk/alerts/{id}/disposal. A dismissal and an escalation need their reason.
struct RiskDisposalRequest
{
    static constexpr int kMaxReason = 500;

    RiskDisposalAction action = RiskDisposalAction::Confirm;
    QString reason;

    QJsonObject toJson() const;
    static Result<RiskDisposalRequest> fromJson(const QJsonObject &o);
    bool operator==(const RiskDisposalRequest &) const = default;
};

// One line of the day's risk summary: the alerts a rule raised at one level, and where they stand.
struct RiskSummaryRow
{
    RiskRuleId rule = RiskRuleId::DuplicateClaim;
    LocalizedName ruleName;
    RiskLevel level = RiskLevel::Medium;
    int raised = 0;
    int open = 0;       // still waiting (escalated ones wait at the hall above: counted here)
    int confirmed = 0;
    int dismissed = 0;
    int escalated = 0;  // escalated and not yet disposed of above

    QJsonObject toJson() const;
    static Result<RiskSummaryRow> fromJson(const QJsonObject &o);
    bool operator==(const RiskSummaryRow &) const = default;
};

// GET /api/v1/reports/risk?day=&hall=: the alerts of the service day at the hall and the halls
// below it the account oversees, by rule and level, and the totals.
struct RiskSummary
{
    QDate day;
    QString hall;
    QStringList halls; // the halls counted
    QList<RiskSummaryRow> rows;
    int raised = 0;
    int open = 0;
    int disposed = 0; // confirmed or dismissed

    QJsonObject toJson() const;
    static Result<RiskSummary> fromJson(const QJsonObject &o);
    bool operator==(const RiskSummary &) const = default;
};

// POST /api/v1/risk/sweep?day=: the nightly sweep over one service day, run now (city
// administrator); what it raised (alerts already raised for the same evidence are not raised again).
struct RiskSweepResult
{
    QDate day;
    int raised = 0;
    QList<qint64> alerts; // the new alerts' ids

    QJsonObject toJson() const;
    static Result<RiskSweepResult> fromJson(const QJsonObject &o);
    bool operator==(const RiskSweepResult &) const = default;
};

// The `day` of the summary and the sweep: required, yyyy-MM-dd (ValidationFailed naming "day").
Result<QDate> riskDayParameter(const QString &text);

} // namespace ow
