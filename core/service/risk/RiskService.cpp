#include "core/service/risk/RiskService.h"

#include "core/domain/org/SupervisionScope.h"
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/risk/RiskEngine.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/RiskRepository.h"
#include "core/sql/Database.h"

#include <QCoreApplication>

#include <map>

namespace ow {

namespace {

QHash<qint64, QString> codesOf(const QList<Hall> &halls)
{
    QHash<qint64, QString> out;
    for (const Hall &h : halls)
        out.insert(h.id, h.code);
    return out;
}

const Hall *byCode(const QList<Hall> &halls, const QString &code)
{
    for (const Hall &h : halls) {
        if (h.code == code)
            return &h;
    }
    return nullptr;
}

Error refusal(ErrorCode code, const char *text, const QStringList &args, const QString &reason)
{
    Error e = code == ErrorCode::Conflict ? conflictError(reason) : forbiddenError(reason);
    e.text = {text, args};
    return e;
}

} // namespace

RiskService::RiskService(Database &db, const Clock &clock, const CatalogueService &catalogue, AdminLog &log, RiskEngine &engine)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_log(log), m_engine(engine)
{}

RiskRuleSet RiskService::rules() const
{
    return m_engine.rules();
}

Result<RiskRuleSet> RiskService::rulesVersion(int version)
{
    auto set = RiskRepository(m_db).rules(version);
    if (!set)
        return set.error();
    if (!set.value())
        return notFoundError(QStringLiteral("no risk rule set version %1").arg(version));
    return *set.value();
}

Result<RiskRuleSet> RiskService::setRules(const Account &admin, const QJsonObject &body)
{
    if (!admin.isCityAdministrator())
        return refusal(ErrorCode::Forbidden, QT_TRANSLATE_NOOP("ow::Errors", "Only the city's administrator may change the risk rules."),
                       {}, QStringLiteral("not the city administrator"));
    const Catalogue *catalogue = m_catalogue.current();
    auto set = RiskRuleSpecs::read(body, [catalogue](const QString &code) { return catalogue && catalogue->service(code); });
    if (!set)
        return set.error();
    const RiskRuleSet before = m_engine.rules();
    if (set.value().rules == before.rules)
        return before; // nothing changed: no new version
    RiskRuleSet after = set.value();
    after.version = before.version + 1;
    after.changedAt = m_clock.now();
    after.changedBy = admin.username;
    Status st = m_db.transaction([&]() -> Status {
        if (auto saved = RiskRepository(m_db).saveRules(after, admin.id); !saved)
            return saved;
        return m_log.record(&admin, admin.hallCode, QStringLiteral("risk_rules"), QString::number(after.version),
                            QStringLiteral("update"), before.toJson(), after.toJson());
    });
    if (!st)
        return st.error();
    // In force once stored.
    m_db.afterCommit([engine = &m_engine, after] { engine->rulesChanged(after); });
    return after;
}

Result<QList<qint64>> RiskService::scopeFrom(const Account &who, const QString &hallCode, const QList<Hall> &halls, QString *resolved)
{
    const QString code = hallCode.isEmpty() ? who.hallCode : hallCode;
    *resolved = code;
    if (!byCode(halls, code))
        return notFoundError(QStringLiteral("unknown hall %1").arg(code));
    const SupervisionScope scope(who, halls);
    if (auto st = scope.require(code); !st)
        return st.error();
    QList<qint64> ids;
    for (const QString &c : scope.hallsFrom(code, true)) {
        if (const Hall *h = byCode(halls, c))
            ids << h->id;
    }
    return ids;
}

Result<RiskAlertList> RiskService::alerts(const Account &who, const RiskAlertFilter &filter)
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    QString hall;
    auto ids = scopeFrom(who, filter.hall, halls.value(), &hall);
    if (!ids)
        return ids.error();
    auto rows = RiskRepository(m_db).alerts(ids.value(), filter, codesOf(halls.value()));
    if (!rows)
        return rows.error();
    RiskAlertList out;
    for (const RiskAlertRow &r : rows.value())
        out.alerts.append(r.alert);
    return out;
}

Result<RiskAlert> RiskService::alert(const Account &who, qint64 id)
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    auto row = RiskRepository(m_db).alert(id, codesOf(halls.value()));
    if (!row)
        return row.error();
    if (!row.value())
        return notFoundError(QStringLiteral("no risk alert %1").arg(id));
    if (auto st = SupervisionScope(who, halls.value()).require(row.value()->alert.hall); !st)
        return st.error();
    return row.value()->alert;
}

Result<RiskAlert> RiskService::dispose(const Account &who, qint64 id, const RiskDisposalRequest &request)
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    const QHash<qint64, QString> codes = codesOf(halls.value());
    auto found = RiskRepository(m_db).alert(id, codes);
    if (!found)
        return found.error();
    if (!found.value())
        return notFoundError(QStringLiteral("no risk alert %1").arg(id));
    const RiskAlertRow row = *found.value();
    const SupervisionScope scope(who, halls.value());
    if (auto st = scope.require(row.alert.hall); !st)
        return st.error();
    if (who.role != Role::Supervisor)
        return refusal(ErrorCode::Forbidden, QT_TRANSLATE_NOOP("ow::Errors", "Only a supervisor may dispose of a risk alert."), {},
                       QStringLiteral("not a supervisor"));
    if (row.alert.status == RiskAlertStatus::Confirmed || row.alert.status == RiskAlertStatus::Dismissed)
        return refusal(ErrorCode::Conflict, QT_TRANSLATE_NOOP("ow::Errors", "This alert has already been disposed of (%1)."),
                       {toString(row.alert.status)}, QStringLiteral("already %1").arg(toString(row.alert.status)));
    if (!scope.oversees(row.alert.owner))
        return refusal(ErrorCode::Conflict,
                       QT_TRANSLATE_NOOP("ow::Errors", "This alert has been escalated to hall %1 and waits for its supervisors."),
                       {row.alert.owner}, QStringLiteral("escalated to %1").arg(row.alert.owner));
    const Hall *owner = byCode(halls.value(), row.alert.owner);
    const Hall *above = owner ? byCode(halls.value(), owner->parentCode) : nullptr;
    if (request.action == RiskDisposalAction::Escalate && !above)
        return refusal(ErrorCode::Conflict, QT_TRANSLATE_NOOP("ow::Errors", "Hall %1 has no hall above it to escalate to."),
                       {row.alert.owner}, QStringLiteral("no hall above %1").arg(row.alert.owner));
    RiskDisposal d;
    d.action = request.action;
    d.reason = request.reason;
    d.byId = who.id;
    d.by = who.username;
    d.byName = who.name.zh;
    d.at = m_clock.now();
    d.hall = row.alert.owner;
    RiskAlertStatus next = RiskAlertStatus::Confirmed;
    qint64 ownerId = row.ownerHallId;
    if (request.action == RiskDisposalAction::Dismiss)
        next = RiskAlertStatus::Dismissed;
    if (request.action == RiskDisposalAction::Escalate) {
        next = RiskAlertStatus::Escalated;
        ownerId = above->id;
        d.escalatedTo = above->code;
    }
    if (auto st = RiskRepository(m_db).dispose(id, d, row.ownerHallId, request.action == RiskDisposalAction::Escalate ? above->id : 0,
                                               next, ownerId, m_clock);
        !st)
        return st.error();
    RiskAlert after = row.alert;
    after.status = next;
    after.owner = codes.value(ownerId);
    after.disposals.append(d);
    RiskAlert told = after;
    told.evidence.clear();
    m_db.afterCommit([engine = &m_engine, told, all = halls.value()] { engine->tell(QStringLiteral("risk.alert_disposed"), told, all); });
    return after;
}

Result<RiskSummary> RiskService::summary(const Account &who, const QDate &day, const QString &hallCode)
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    RiskSummary out;
    out.day = day;
    auto ids = scopeFrom(who, hallCode, halls.value(), &out.hall);
    if (!ids)
        return ids.error();
    const QHash<qint64, QString> codes = codesOf(halls.value());
    for (qint64 id : ids.value())
        out.halls << codes.value(id);
    RiskAlertFilter filter;
    filter.from = day;
    filter.to = day;
    filter.limit = std::numeric_limits<int>::max();
    auto rows = RiskRepository(m_db).alerts(ids.value(), filter, codes);
    if (!rows)
        return rows.error();
    std::map<std::pair<RiskRuleId, RiskLevel>, RiskSummaryRow> byRule;
    for (const RiskAlertRow &r : rows.value()) {
        RiskSummaryRow &s = byRule[{r.alert.rule, r.alert.level}];
        s.rule = r.alert.rule;
        s.level = r.alert.level;
        if (s.ruleName.zh.isEmpty())
            s.ruleName = r.alert.ruleName;
        ++s.raised;
        ++out.raised;
        switch (r.alert.status) {
        case RiskAlertStatus::Open:
            ++s.open;
            ++out.open;
            break;
        case RiskAlertStatus::Escalated:
            ++s.escalated;
            ++out.open;
            break;
        case RiskAlertStatus::Confirmed:
            ++s.confirmed;
            ++out.disposed;
            break;
        case RiskAlertStatus::Dismissed:
            ++s.dismissed;
            ++out.disposed;
            break;
        }
    }
    for (const auto &[key, row] : byRule)
        out.rows.append(row);
    return out;
}

Result<RiskSweepResult> RiskService::sweep(const Account &admin, const QDate &day)
{
    if (!admin.isCityAdministrator())
        return refusal(ErrorCode::Forbidden, QT_TRANSLATE_NOOP("ow::Errors", "Only the city's administrator may run the risk sweep."),
                       {}, QStringLiteral("not the city administrator"));
    return m_engine.sweep(day);
}

} // namespace ow
