#include "core/service/store/RiskRepository.h"

#include "core/service/audit/AuditTrail.h"
#include "core/sql/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include "core/domain/util/JsonReader.h"

namespace ow {

namespace {

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Result<std::optional<RiskRuleSet>> ruleSetOf(QSqlQuery &q)
{
    if (!q.next())
        return std::optional<RiskRuleSet>();
    RiskRuleSet set;
    set.version = q.value(0).toInt();
    const QJsonArray rules = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
    for (const QJsonValue &v : rules) {
        auto rule = RiskRule::fromJson(v.toObject());
        if (!rule)
            return Error{ErrorCode::Internal, QStringLiteral("stored risk rule set %1 does not read").arg(set.version), {}};
        set.rules.append(rule.value());
    }
    set.changedAt = fromMs(q.value(2));
    set.changedBy = q.value(3).toString();
    return std::optional<RiskRuleSet>(set);
}

const QString kAlertColumns = QStringLiteral(
    "SELECT id, rule, rule_version, level, hall_id, owner_hall_id, service_day, subject_kind, subject_ref, subject_id, "
    "subject_name, summary, evidence_json, evidence_count, dedup_key, raised_at, status, rule_name_zh, rule_name_en, "
    "summary_id, summary_args FROM risk_alerts ");

RiskAlertRow alertOf(const QSqlQuery &q, const QHash<qint64, QString> &codes, bool withEvidence)
{
    RiskAlertRow row;
    RiskAlert &a = row.alert;
    a.id = q.value(0).toLongLong();
    a.rule = riskRuleIdFromString(q.value(1).toString()).value_or(RiskRuleId::DuplicateClaim);
    a.ruleVersion = q.value(2).toInt();
    a.level = riskLevelFromString(q.value(3).toString()).value_or(RiskLevel::Medium);
    row.hallId = q.value(4).toLongLong();
    row.ownerHallId = q.value(5).toLongLong();
    a.hall = codes.value(row.hallId);
    a.owner = codes.value(row.ownerHallId);
    a.day = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    a.subject.kind = riskSubjectKindFromString(q.value(7).toString()).value_or(RiskSubjectKind::Staff);
    a.subject.ref = q.value(8).toString();
    a.subject.id = q.value(9).toLongLong();
    a.subject.name = q.value(10).toString();
    a.summary = q.value(11).toString();
    if (withEvidence) {
        const QJsonArray items = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array();
        for (const QJsonValue &v : items) {
            if (auto e = RiskEvidence::fromJson(v.toObject()))
                a.evidence.append(e.value());
        }
    }
    a.evidenceCount = q.value(13).toInt();
    row.dedupKey = q.value(14).toString();
    a.raisedAt = fromMs(q.value(15));
    a.status = riskAlertStatusFromString(q.value(16).toString()).value_or(RiskAlertStatus::Open);
    a.ruleName = {q.value(17).toString(), q.value(18).toString()};
    // Alerts raised before schema 24 have no id: their summary stays the text it was.
    a.summaryMessage = {q.value(19).toString(), QJsonDocument::fromJson(q.value(20).toString().toUtf8()).array()};
    return row;
}

} // namespace

Result<std::optional<RiskRuleSet>> RiskRepository::latestRules()
{
    auto q = m_db.exec(QStringLiteral("SELECT s.version, s.rules_json, s.changed_at, COALESCE(a.username, '') FROM risk_rule_sets s "
                                      "LEFT JOIN accounts a ON a.id = s.changed_by ORDER BY s.version DESC LIMIT 1"));
    if (!q)
        return q.error();
    return ruleSetOf(q.value());
}

Result<std::optional<RiskRuleSet>> RiskRepository::rules(int version)
{
    auto q = m_db.exec(QStringLiteral("SELECT s.version, s.rules_json, s.changed_at, COALESCE(a.username, '') FROM risk_rule_sets s "
                                      "LEFT JOIN accounts a ON a.id = s.changed_by WHERE s.version = ?"),
                       {version});
    if (!q)
        return q.error();
    return ruleSetOf(q.value());
}

Status RiskRepository::saveRules(const RiskRuleSet &set, qint64 changedById)
{
    return m_db.run(QStringLiteral("INSERT INTO risk_rule_sets (version, rules_json, changed_at, changed_by) VALUES (?, ?, ?, ?)"),
                    {set.version, compact(arrayOf(set.rules)),
                     set.changedAt.isValid() ? QVariant(set.changedAt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()),
                     idOrNull(changedById)});
}

Result<qint64> RiskRepository::insertAlert(const RiskAlertRow &row)
{
    auto exists = m_db.exec(QStringLiteral("SELECT id FROM risk_alerts WHERE dedup_key = ?"), {row.dedupKey});
    if (!exists)
        return exists.error();
    if (exists.value().next())
        return qint64(0);
    const RiskAlert &a = row.alert;
    return m_db.insert(
        QStringLiteral("INSERT INTO risk_alerts (rule, rule_version, level, hall_id, owner_hall_id, service_day, subject_kind, "
                       "subject_ref, subject_id, subject_name, summary, evidence_json, evidence_count, dedup_key, raised_at, status, "
                       "rule_name_zh, rule_name_en, summary_id, summary_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {toString(a.rule), a.ruleVersion, toString(a.level), row.hallId, row.ownerHallId, a.day.toString(Qt::ISODate),
         toString(a.subject.kind), a.subject.ref, idOrNull(a.subject.id), a.subject.name, a.summary, compact(arrayOf(a.evidence)),
         static_cast<int>(a.evidence.size()), row.dedupKey, a.raisedAt.toMSecsSinceEpoch(), toString(a.status), a.ruleName.zh,
         a.ruleName.en, a.summaryMessage.id, compact(a.summaryMessage.args)});
}

Result<QList<RiskDisposal>> RiskRepository::disposals(qint64 alertId, const QHash<qint64, QString> &codes)
{
    auto q = m_db.exec(QStringLiteral("SELECT d.action, d.reason, d.actor_id, a.username, a.name_zh, d.at, d.hall_id, d.escalated_to "
                                      "FROM risk_disposals d JOIN accounts a ON a.id = d.actor_id WHERE d.alert_id = ? ORDER BY d.id"),
                       {alertId});
    if (!q)
        return q.error();
    QList<RiskDisposal> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        RiskDisposal d;
        d.action = riskDisposalActionFromString(r.value(0).toString()).value_or(RiskDisposalAction::Confirm);
        d.reason = r.value(1).toString();
        d.byId = r.value(2).toLongLong();
        d.by = r.value(3).toString();
        d.byName = r.value(4).toString();
        d.at = fromMs(r.value(5));
        d.hall = codes.value(r.value(6).toLongLong());
        d.escalatedTo = r.value(7).isNull() ? QString() : codes.value(r.value(7).toLongLong());
        out.append(d);
    }
    return out;
}

Result<std::optional<RiskAlertRow>> RiskRepository::alert(qint64 id, const QHash<qint64, QString> &codes)
{
    auto q = m_db.exec(kAlertColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<RiskAlertRow>();
    RiskAlertRow row = alertOf(q.value(), codes, true);
    auto d = disposals(id, codes);
    if (!d)
        return d.error();
    row.alert.disposals = d.value();
    return std::optional<RiskAlertRow>(row);
}

Result<QList<RiskAlertRow>> RiskRepository::alerts(const QList<qint64> &hallIds, const RiskAlertFilter &filter,
                                                   const QHash<qint64, QString> &codes)
{
    QList<RiskAlertRow> out;
    if (hallIds.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (qint64 id : hallIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    QString sql = kAlertColumns + QStringLiteral("WHERE hall_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?");
        values << toString(*filter.status);
    }
    if (filter.level) {
        sql += QStringLiteral(" AND level = ?");
        values << toString(*filter.level);
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND service_day >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND service_day <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << filter.limit;
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    while (q.value().next())
        out.append(alertOf(q.value(), codes, false));
    for (RiskAlertRow &row : out) {
        auto d = disposals(row.alert.id, codes);
        if (!d)
            return d.error();
        row.alert.disposals = d.value();
    }
    return out;
}

Status RiskRepository::dispose(qint64 alertId, const RiskDisposal &disposal, qint64 hallId, qint64 escalatedToId,
                               RiskAlertStatus status, qint64 ownerHallId, const Clock &clock)
{
    return m_db.transaction([&]() -> Status {
        auto written = AuditTrail(m_db, &clock)
                           .insert(QStringLiteral("risk_disposals"),
                                   QStringLiteral("INSERT INTO risk_disposals (alert_id, action, reason, actor_id, hall_id, "
                                                  "escalated_to, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                   {alertId, toString(disposal.action), disposal.reason, disposal.byId, hallId,
                                    idOrNull(escalatedToId), disposal.at.toMSecsSinceEpoch()});
        if (!written)
            return written.error();
        return m_db.run(QStringLiteral("UPDATE risk_alerts SET status = ?, owner_hall_id = ? WHERE id = ?"),
                        {toString(status), ownerHallId, alertId});
    });
}

} // namespace ow
