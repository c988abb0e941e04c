#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// The risk rules (风险预警) that watch the city's work, and the alerts they raise. Each rule has a
// fixed id (the engine has one small class per id); its names, level and parameters come from the
// versioned rule set an administrator may change (RiskRuleSet, `resources/risk/risk-rules.json`).
enum class RiskRuleId {
    DuplicateClaim,    // 1: the same person, the same benefit matter, twice within its period
    PensionUnderAge,   // 2: a pension matter for someone below the retirement age
    OwnIdNumber,       // 3: staff handling a ticket or case of their own ID number
    OutOfOrderCalls,   // 4a: out-of-order calls by one teller above a daily threshold
    UnissuedNumber,    // 4b: a teller calling numbers they made at the window, never issued at the kiosk
    TellerOutlier,     // 5: no-shows, transfers or very short services far above the hall's norm
    AfterHours,        // 6a: operations outside the hall's opening hours
    BulkLookups,       // 6b: many citizen lookups by one account within an hour
    RefusalOutlier,    // 7a: refusals far above the hall's norm
    ReviewerAffinity,  // 7b: one reviewer approving one receiver's cases far above chance
    TimeLimit,         // 8: cases about to break (or past) their time limit
};
// An alert's level is RiskLevel (low, medium, high), the words the catalogue uses for a matter's risk.
// open → confirmed | dismissed | escalated; an escalated alert waits for the hall above, whose
// supervisors confirm, dismiss or escalate it again.
enum class RiskAlertStatus { Open, Confirmed, Dismissed, Escalated };
enum class RiskDisposalAction { Confirm, Dismiss, Escalate };
// What an alert is about.
enum class RiskSubjectKind { Staff, Resident, Ticket, Case };
// Where a piece of evidence is recorded.
enum class RiskEvidenceKind { TicketEvent, CaseEvent, Lookup };

QString toString(RiskRuleId v);
QString toString(RiskAlertStatus v);
QString toString(RiskDisposalAction v);
QString toString(RiskSubjectKind v);
QString toString(RiskEvidenceKind v);
std::optional<RiskRuleId> riskRuleIdFromString(QStringView s);
std::optional<RiskAlertStatus> riskAlertStatusFromString(QStringView s);
std::optional<RiskDisposalAction> riskDisposalActionFromString(QStringView s);
std::optional<RiskSubjectKind> riskSubjectKindFromString(QStringView s);
std::optional<RiskEvidenceKind> riskEvidenceKindFromString(QStringView s);
const QList<RiskRuleId> &allRiskRules();
// Translated, for screens: 低 / 中 / 高, 待处置 / 已确认 / 已排除 / 已上报.
QString riskLevelText(RiskLevel v);
QString riskAlertStatusText(RiskAlertStatus v);

// One rule of a rule set: which check, its names, the level of its alerts, whether it runs, and
// its parameters (what each rule reads is RiskRuleSpecs'; a set is checked whole before it is kept).
struct RiskRule
{
    RiskRuleId id = RiskRuleId::DuplicateClaim;
    QString nameZh;
    QString nameEn;
    RiskLevel level = RiskLevel::Medium;
    bool enabled = true;
    QJsonObject parameters;

    QJsonObject toJson() const;
    static Result<RiskRule> fromJson(const QJsonObject &o);
    bool operator==(const RiskRule &) const = default;
};

// The rules in force, versioned: every change an administrator makes is a new version (the old
// ones stay readable); version 1 is the file shipped with the server.
struct RiskRuleSet
{
    int version = 0;
    QDateTime changedAt;    // invalid for the shipped version
    QString changedBy;      // user name; "" for the shipped version
    QList<RiskRule> rules;  // one per RiskRuleId, in allRiskRules() order

    const RiskRule *rule(RiskRuleId id) const;
    QJsonObject toJson() const;
    static Result<RiskRuleSet> fromJson(const QJsonObject &o);
    bool operator==(const RiskRuleSet &) const = default;
};

// What a check found or what a piece of evidence shows, as stored: a message id of the
// RiskMessages catalogue and its arguments (strings, numbers, nested terms); made text in the
// reader's language when an alert is read.
struct RiskMessage
{
    QString id;
    QJsonArray args;

    bool isEmpty() const { return id.isEmpty(); }
    bool operator==(const RiskMessage &) const = default;
};

// Who or what an alert is about. `ref` is what a supervisor reads: a staff member's user name,
// a masked resident ID number, a ticket's number (with its day), a case's number.
struct RiskSubject
{
    RiskSubjectKind kind = RiskSubjectKind::Staff;
    QString ref;
    qint64 id = 0;    // the account, ticket or case id; 0 for a resident
    QString name;     // a staff member's name; "" otherwise

    QJsonObject toJson() const;
    static Result<RiskSubject> fromJson(const QJsonObject &o);
    bool operator==(const RiskSubject &) const = default;
};

// One recorded event that made the rule fire: where it is (the table's row), when, and a short
// description: `noteMessage` as the check said it, `note` its text (English as stored; in the
// reader's language as the server answers; as it was for evidence stored before the ids).
struct RiskEvidence
{
    RiskEvidenceKind kind = RiskEvidenceKind::TicketEvent;
    qint64 id = 0; // the row of ticket_events, case_events or citizen_lookups
    QDateTime at;
    QString note;
    RiskMessage noteMessage = {}; // JSON note_id, note_args (a default, so that {kind, id, at, note} still reads)

    QJsonObject toJson() const;
    static Result<RiskEvidence> fromJson(const QJsonObject &o);
    bool operator==(const RiskEvidence &) const = default;
};

// One disposal of an alert (处置): who, when, what and why; an escalation names the hall it went to.
struct RiskDisposal
{
    RiskDisposalAction action = RiskDisposalAction::Confirm;
    QString reason;       // required for dismiss and escalate
    qint64 byId = 0;
    QString by;           // user name
    QString byName;
    QDateTime at;
    QString hall;         // the hall whose supervisor disposed of it
    QString escalatedTo;  // an escalation's hall above; "" otherwise

    QJsonObject toJson() const;
    static Result<RiskDisposal> fromJson(const QJsonObject &o);
    bool operator==(const RiskDisposal &) const = default;
};

// One alert (风险预警): raised by a rule at a hall about a subject, with its evidence; it waits
// for the supervisors of `owner` (the hall itself, or the hall above after an escalation).
struct RiskAlert
{
    qint64 id = 0;
    RiskRuleId rule = RiskRuleId::DuplicateClaim;
    int ruleVersion = 0;   // the rule set's version that raised it
    LocalizedName ruleName;
    RiskLevel level = RiskLevel::Medium;
    QString hall;          // where it happened
    QString owner;         // whose supervisors dispose of it now
    QDate day;             // the hall's service day of the evidence
    RiskSubject subject;
    QString summary;       // one line: what the rule found, as text (see RiskEvidence::note)
    RiskMessage summaryMessage = {}; // its id and arguments (JSON summary_id, summary_args); empty for old rows
    QList<RiskEvidence> evidence; // GET …/alerts/{id} only; the list leaves it empty
    int evidenceCount = 0;
    QDateTime raisedAt;
    RiskAlertStatus status = RiskAlertStatus::Open;
    QList<RiskDisposal> disposals; // oldest first; the last one is the current disposal

    QJsonObject toJson() const;
    static Result<RiskAlert> fromJson(const QJsonObject &o);
    bool operator==(const RiskAlert &) const = default;
};

} // namespace ow
