#include "core/domain/risk/RiskTypes.h"

#include "core/domain/util/EnumText.h"
#include "core/domain/util/JsonReader.h"

#include <QCoreApplication>

namespace ow {

namespace {
constexpr EnumText<RiskRuleId, 11> kRules{{{
    {RiskRuleId::DuplicateClaim, "duplicate_claim"},
    {RiskRuleId::PensionUnderAge, "pension_under_age"},
    {RiskRuleId::OwnIdNumber, "own_id_number"},
    {RiskRuleId::OutOfOrderCalls, "out_of_order_calls"},
    {RiskRuleId::UnissuedNumber, "unissued_number"},
    {RiskRuleId::TellerOutlier, "teller_outlier"},
    {RiskRuleId::AfterHours, "after_hours"},
    {RiskRuleId::BulkLookups, "bulk_lookups"},
    {RiskRuleId::RefusalOutlier, "refusal_outlier"},
    {RiskRuleId::ReviewerAffinity, "reviewer_affinity"},
    {RiskRuleId::TimeLimit, "time_limit"},
}}};
constexpr EnumText<RiskAlertStatus, 4> kStatuses{{{
    {RiskAlertStatus::Open, "open"},
    {RiskAlertStatus::Confirmed, "confirmed"},
    {RiskAlertStatus::Dismissed, "dismissed"},
    {RiskAlertStatus::Escalated, "escalated"},
}}};
constexpr EnumText<RiskDisposalAction, 3> kActions{{{
    {RiskDisposalAction::Confirm, "confirm"},
    {RiskDisposalAction::Dismiss, "dismiss"},
    {RiskDisposalAction::Escalate, "escalate"},
}}};
constexpr EnumText<RiskSubjectKind, 4> kSubjects{{{
    {RiskSubjectKind::Staff, "staff"},
    {RiskSubjectKind::Resident, "resident"},
    {RiskSubjectKind::Ticket, "ticket"},
    {RiskSubjectKind::Case, "case"},
}}};
constexpr EnumText<RiskEvidenceKind, 3> kEvidence{{{
    {RiskEvidenceKind::TicketEvent, "ticket_event"},
    {RiskEvidenceKind::CaseEvent, "case_event"},
    {RiskEvidenceKind::Lookup, "lookup"},
}}};

// `<prefix>_id` and `<prefix>_args`, for a message that has an id (rows stored before the ids
// were kept have none: their text is all there is).
void putMessage(QJsonObject &o, const QString &prefix, const RiskMessage &m)
{
    if (m.isEmpty())
        return;
    o.insert(prefix + QLatin1String("_id"), m.id);
    o.insert(prefix + QLatin1String("_args"), m.args);
}

RiskMessage readMessage(JsonReader &r, const QJsonObject &o, QLatin1StringView idKey, QLatin1StringView argsKey)
{
    RiskMessage m;
    m.id = r.text(idKey);
    const QJsonValue args = o.value(argsKey);
    if (!args.isUndefined() && !args.isNull() && !args.isArray())
        r.problem(argsKey, QStringLiteral("array expected"));
    m.args = args.toArray();
    return m;
}
} // namespace

QString toString(RiskRuleId v) { return kRules.toString(v); }
QString toString(RiskAlertStatus v) { return kStatuses.toString(v); }
QString toString(RiskDisposalAction v) { return kActions.toString(v); }
QString toString(RiskSubjectKind v) { return kSubjects.toString(v); }
QString toString(RiskEvidenceKind v) { return kEvidence.toString(v); }
std::optional<RiskRuleId> riskRuleIdFromString(QStringView s) { return kRules.fromString(s); }
std::optional<RiskAlertStatus> riskAlertStatusFromString(QStringView s) { return kStatuses.fromString(s); }
std::optional<RiskDisposalAction> riskDisposalActionFromString(QStringView s) { return kActions.fromString(s); }
std::optional<RiskSubjectKind> riskSubjectKindFromString(QStringView s) { return kSubjects.fromString(s); }
std::optional<RiskEvidenceKind> riskEvidenceKindFromString(QStringView s) { return kEvidence.fromString(s); }

const QList<RiskRuleId> &allRiskRules()
{
    static const QList<RiskRuleId> all{RiskRuleId::DuplicateClaim,  RiskRuleId::PensionUnderAge, RiskRuleId::OwnIdNumber,
                                       RiskRuleId::OutOfOrderCalls, RiskRuleId::UnissuedNumber,  RiskRuleId::TellerOutlier,
                                       RiskRuleId::AfterHours,      RiskRuleId::BulkLookups,     RiskRuleId::RefusalOutlier,
                                       RiskRuleId::ReviewerAffinity, RiskRuleId::TimeLimit};
    return all;
}

QString riskLevelText(RiskLevel v)
{
    switch (v) {
    case RiskLevel::Low:
        return QCoreApplication::translate("ow::Risk", "Low");
    case RiskLevel::Medium:
        return QCoreApplication::translate("ow::Risk", "Medium");
    case RiskLevel::High:
        return QCoreApplication::translate("ow::Risk", "High");
    }
    return {};
}

QString riskAlertStatusText(RiskAlertStatus v)
{
    switch (v) {
    case RiskAlertStatus::Open:
        return QCoreApplication::translate("ow::Risk", "Open");
    case RiskAlertStatus::Confirmed:
        return QCoreApplication::translate("ow::Risk", "Confirmed");
    case RiskAlertStatus::Dismissed:
        return QCoreApplication::translate("ow::Risk", "Dismissed");
    case RiskAlertStatus::Escalated:
        return QCoreApplication::translate("ow::Risk", "Escalated");
    }
    return {};
}

QJsonObject RiskRule::toJson() const
{
    return {{QLatin1String("id"), toString(id)},         {QLatin1String("name_zh"), nameZh},
            {QLatin1String("name_en"), nameEn},          {QLatin1String("level"), toString(level)},
            {QLatin1String("enabled"), enabled},         {QLatin1String("parameters"), parameters}};
}

Result<RiskRule> RiskRule::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskRule x;
    x.id = r.requiredEnum(QLatin1String("id"), riskRuleIdFromString).value_or(RiskRuleId::DuplicateClaim);
    x.nameZh = r.requiredText(QLatin1String("name_zh")).trimmed();
    x.nameEn = r.requiredText(QLatin1String("name_en")).trimmed();
    x.level = r.requiredEnum(QLatin1String("level"), riskLevelFromString).value_or(RiskLevel::Medium);
    x.enabled = r.boolean(QLatin1String("enabled"), true);
    if (r.has(QLatin1String("parameters")) && !o.value(QLatin1String("parameters")).isObject())
        r.problem(QStringLiteral("parameters"), QStringLiteral("object expected"));
    x.parameters = o.value(QLatin1String("parameters")).toObject();
    return r.finish(x);
}

const RiskRule *RiskRuleSet::rule(RiskRuleId id) const
{
    for (const RiskRule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QJsonObject RiskRuleSet::toJson() const
{
    QJsonObject o{{QLatin1String("version"), version}, {QLatin1String("rules"), arrayOf(rules)}};
    if (changedAt.isValid())
        o.insert(QLatin1String("changed_at"), instantJson(changedAt));
    putText(o, QLatin1String("changed_by"), changedBy);
    return o;
}

Result<RiskRuleSet> RiskRuleSet::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskRuleSet x;
    x.version = static_cast<int>(r.integer(QLatin1String("version")));
    x.changedAt = r.instant(QLatin1String("changed_at"));
    x.changedBy = r.text(QLatin1String("changed_by"));
    if (!r.has(QLatin1String("rules")))
        r.problem(QStringLiteral("rules"), QStringLiteral("required"));
    x.rules = r.list<RiskRule>(QLatin1String("rules"));
    return r.finish(x);
}

QJsonObject RiskSubject::toJson() const
{
    QJsonObject o{{QLatin1String("kind"), toString(kind)}, {QLatin1String("ref"), ref}};
    if (id)
        o.insert(QLatin1String("id"), id);
    putText(o, QLatin1String("name"), name);
    return o;
}

Result<RiskSubject> RiskSubject::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskSubject x;
    x.kind = r.requiredEnum(QLatin1String("kind"), riskSubjectKindFromString).value_or(RiskSubjectKind::Staff);
    x.ref = r.requiredText(QLatin1String("ref"));
    x.id = r.integer(QLatin1String("id"));
    x.name = r.text(QLatin1String("name"));
    return r.finish(x);
}

QJsonObject RiskEvidence::toJson() const
{
    QJsonObject o{{QLatin1String("kind"), toString(kind)}, {QLatin1String("id"), id}, {QLatin1String("at"), instantJson(at)},
                  {QLatin1String("note"), note}};
    putMessage(o, QStringLiteral("note"), noteMessage);
    return o;
}

Result<RiskEvidence> RiskEvidence::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskEvidence x;
    x.kind = r.requiredEnum(QLatin1String("kind"), riskEvidenceKindFromString).value_or(RiskEvidenceKind::TicketEvent);
    x.id = r.requiredInteger(QLatin1String("id"));
    x.at = r.instant(QLatin1String("at"));
    x.note = r.text(QLatin1String("note"));
    x.noteMessage = readMessage(r, o, QLatin1String("note_id"), QLatin1String("note_args"));
    return r.finish(x);
}

QJsonObject RiskDisposal::toJson() const
{
    QJsonObject o{{QLatin1String("action"), toString(action)}, {QLatin1String("by_id"), byId},
                  {QLatin1String("by"), by},                   {QLatin1String("by_name"), byName},
                  {QLatin1String("at"), instantJson(at)},      {QLatin1String("hall"), hall}};
    putText(o, QLatin1String("reason"), reason);
    putText(o, QLatin1String("escalated_to"), escalatedTo);
    return o;
}

Result<RiskDisposal> RiskDisposal::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskDisposal x;
    x.action = r.requiredEnum(QLatin1String("action"), riskDisposalActionFromString).value_or(RiskDisposalAction::Confirm);
    x.reason = r.text(QLatin1String("reason"));
    x.byId = r.requiredInteger(QLatin1String("by_id"));
    x.by = r.requiredText(QLatin1String("by"));
    x.byName = r.text(QLatin1String("by_name"));
    x.at = r.instant(QLatin1String("at"));
    x.hall = r.requiredText(QLatin1String("hall"));
    x.escalatedTo = r.text(QLatin1String("escalated_to"));
    return r.finish(x);
}

QJsonObject RiskAlert::toJson() const
{
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("rule"), toString(rule)},
                  {QLatin1String("rule_version"), ruleVersion},
                  {QLatin1String("rule_name_zh"), ruleName.zh},
                  {QLatin1String("rule_name_en"), ruleName.en},
                  {QLatin1String("level"), toString(level)},
                  {QLatin1String("hall"), hall},
                  {QLatin1String("owner"), owner},
                  {QLatin1String("day"), dateJson(day)},
                  {QLatin1String("subject"), subject.toJson()},
                  {QLatin1String("summary"), summary},
                  {QLatin1String("evidence"), arrayOf(evidence)},
                  {QLatin1String("evidence_count"), evidenceCount},
                  {QLatin1String("raised_at"), instantJson(raisedAt)},
                  {QLatin1String("status"), toString(status)},
                  {QLatin1String("disposals"), arrayOf(disposals)}};
    putMessage(o, QStringLiteral("summary"), summaryMessage);
    return o;
}

Result<RiskAlert> RiskAlert::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    RiskAlert x;
    x.id = r.requiredInteger(QLatin1String("id"));
    x.rule = r.requiredEnum(QLatin1String("rule"), riskRuleIdFromString).value_or(RiskRuleId::DuplicateClaim);
    x.ruleVersion = static_cast<int>(r.integer(QLatin1String("rule_version")));
    x.ruleName = {r.text(QLatin1String("rule_name_zh")), r.text(QLatin1String("rule_name_en"))};
    x.level = r.requiredEnum(QLatin1String("level"), riskLevelFromString).value_or(RiskLevel::Medium);
    x.hall = r.requiredText(QLatin1String("hall"));
    x.owner = r.requiredText(QLatin1String("owner"));
    x.day = r.date(QLatin1String("day"));
    if (auto s = r.nested<RiskSubject>(QLatin1String("subject")))
        x.subject = *s;
    else if (!r.has(QLatin1String("subject")))
        r.problem(QStringLiteral("subject"), QStringLiteral("required"));
    x.summary = r.text(QLatin1String("summary"));
    x.summaryMessage = readMessage(r, o, QLatin1String("summary_id"), QLatin1String("summary_args"));
    x.evidence = r.list<RiskEvidence>(QLatin1String("evidence"));
    x.evidenceCount = static_cast<int>(r.integer(QLatin1String("evidence_count")));
    x.raisedAt = r.instant(QLatin1String("raised_at"));
    x.status = r.requiredEnum(QLatin1String("status"), riskAlertStatusFromString).value_or(RiskAlertStatus::Open);
    x.disposals = r.list<RiskDisposal>(QLatin1String("disposals"));
    return r.finish(x);
}

} // namespace ow
