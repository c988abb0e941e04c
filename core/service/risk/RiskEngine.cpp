#include "core/service/risk/RiskEngine.h"

#include "core/domain/risk/RiskMessages.h"
#include "core/domain/risk/RiskRuleSpecs.h"
#include "core/domain/util/Clock.h"
#include "core/service/audit/AuditTrail.h"
#include "core/service/org/CalendarService.h"
#include "core/service/risk/RiskFacts.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/RiskRepository.h"
#include "core/sql/Database.h"

#include <QTimeZone>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <set>

Q_LOGGING_CATEGORY(lcRisk, "ow.risk")

namespace ow {

namespace {

const Hall *byId(const QList<Hall> &halls, qint64 id)
{
    for (const Hall &h : halls) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

} // namespace

RiskEngine::RiskEngine(Database &db, const Clock &clock, CalendarService &calendar)
    : m_db(db), m_clock(clock), m_calendar(calendar), m_checks(makeRiskChecks())
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    QObject::connect(&m_pending, &QTimer::timeout, [this] {
        if (auto st = evaluatePending(); !st)
            qCWarning(lcRisk, "risk rules not evaluated: %s", qUtf8Printable(st.error().detail));
    });
}

RiskEngine::~RiskEngine()
{
    AuditTrail::setWriteHook({});
}

Result<RiskRuleSet> RiskEngine::shippedRules()
{
    QFile f(QStringLiteral(":/onewindow/risk/risk-rules.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Internal, QStringLiteral("the shipped risk rules are missing"), {}};
    auto set = RiskRuleSet::fromJson(QJsonDocument::fromJson(f.readAll()).object());
    if (!set)
        return Error{ErrorCode::Internal, QStringLiteral("the shipped risk rules do not read"), {}};
    if (auto checked = RiskRuleSpecs::check(set.value(), {}); !checked)
        return Error{ErrorCode::Internal, QStringLiteral("the shipped risk rules do not pass their own check"), checked.error().extra};
    set.value().version = 1;
    return set;
}

Status RiskEngine::start()
{
    auto stored = RiskRepository(m_db).latestRules();
    if (!stored)
        return stored.error();
    if (stored.value()) {
        m_rules = *stored.value();
    } else {
        auto shipped = shippedRules();
        if (!shipped)
            return shipped.error();
        if (auto saved = RiskRepository(m_db).saveRules(shipped.value(), 0); !saved)
            return saved;
        m_rules = shipped.value();
    }
    for (auto [table, cursor] : {std::pair{QStringLiteral("ticket_events"), &m_ticketEvents},
                                 std::pair{QStringLiteral("case_events"), &m_caseEvents},
                                 std::pair{QStringLiteral("citizen_lookups"), &m_lookups}}) {
        auto last = lastId(table);
        if (!last)
            return last.error();
        *cursor = last.value();
    }
    if (auto halls = OrgRepository(m_db).halls())
        m_day = cityDay(halls.value());
    AuditTrail::setWriteHook([this](const QString &table) {
        if (table == QLatin1String("ticket_events") || table == QLatin1String("case_events")
            || table == QLatin1String("citizen_lookups"))
            written();
    });
    return okStatus();
}

void RiskEngine::written()
{
    if (!m_pending.isActive())
        m_pending.start();
}

void RiskEngine::tell(const QString &type, const RiskAlert &alert, const QList<Hall> &halls) const
{
    if (m_listener)
        m_listener(type, alert, halls);
}

Result<qint64> RiskEngine::lastId(const QString &table)
{
    auto q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

QDate RiskEngine::cityDay(const QList<Hall> &halls) const
{
    for (const Hall &h : halls) {
        if (h.parentCode.isEmpty())
            return serviceDay(h, m_clock.now());
    }
    return m_clock.now().date();
}

Status RiskEngine::evaluatePending()
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    // Each hall's day something was written on, from the rows since the last look.
    std::set<std::pair<qint64, QDate>> touched;
    const auto dayAt = [&](qint64 hallId, qint64 ms) {
        if (const Hall *h = byId(halls.value(), hallId))
            touched.insert({hallId, serviceDay(*h, QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))});
    };
    auto q = m_db.exec(QStringLiteral("SELECT e.id, t.hall_id, t.service_day FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                                      "WHERE e.id > ? ORDER BY e.id"),
                       {m_ticketEvents});
    if (!q)
        return q.error();
    qint64 tickets = m_ticketEvents, cases = m_caseEvents, lookups = m_lookups;
    while (q.value().next()) {
        tickets = q.value().value(0).toLongLong();
        touched.insert({q.value().value(1).toLongLong(), QDate::fromString(q.value().value(2).toString(), Qt::ISODate)});
    }
    q = m_db.exec(QStringLiteral("SELECT e.id, e.at, COALESCE(e.hall_id, c.office_hall_id), c.hall_id FROM case_events e "
                                 "JOIN cases c ON c.id = e.case_id WHERE e.id > ? ORDER BY e.id"),
                  {m_caseEvents});
    if (!q)
        return q.error();
    while (q.value().next()) {
        cases = q.value().value(0).toLongLong();
        dayAt(q.value().value(2).toLongLong(), q.value().value(1).toLongLong());
        dayAt(q.value().value(3).toLongLong(), q.value().value(1).toLongLong());
    }
    q = m_db.exec(QStringLiteral("SELECT l.id, l.at, a.hall_id FROM citizen_lookups l JOIN accounts a ON a.id = l.account_id "
                                 "WHERE l.id > ? ORDER BY l.id"),
                  {m_lookups});
    if (!q)
        return q.error();
    while (q.value().next()) {
        lookups = q.value().value(0).toLongLong();
        dayAt(q.value().value(2).toLongLong(), q.value().value(1).toLongLong());
    }
    for (const auto &[hallId, day] : touched) {
        const Hall *h = byId(halls.value(), hallId);
        if (!h || !day.isValid())
            continue;
        if (auto raised = evaluate(halls.value(), *h, day, false); !raised)
            return raised.error();
    }
    m_ticketEvents = tickets;
    m_caseEvents = cases;
    m_lookups = lookups;
    return okStatus();
}

Result<RiskSweepResult> RiskEngine::sweep(const QDate &day)
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    RiskSweepResult out;
    out.day = day;
    for (const Hall &h : halls.value()) {
        auto raised = evaluate(halls.value(), h, day, true);
        if (!raised)
            return raised.error();
        out.alerts << raised.value();
    }
    out.raised = static_cast<int>(out.alerts.size());
    qCInfo(lcRisk, "risk sweep of %s: %d alerts raised", qUtf8Printable(day.toString(Qt::ISODate)), out.raised);
    return out;
}

void RiskEngine::tick()
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return;
    const QDate today = cityDay(halls.value());
    if (!m_day.isValid() || today == m_day) {
        m_day = today;
        return;
    }
    const QDate ended = m_day;
    m_day = today;
    if (auto swept = sweep(ended); !swept)
        qCWarning(lcRisk, "the nightly risk sweep of %s failed: %s", qUtf8Printable(ended.toString(Qt::ISODate)),
                  qUtf8Printable(swept.error().detail));
}

Result<QList<qint64>> RiskEngine::evaluate(const QList<Hall> &halls, const Hall &hall, const QDate &day, bool wholeDay)
{
    if (hall.training)
        return QList<qint64>{}; // a training hall's mistakes are the trainer's to see, not the city's risks
    const RiskDay scope = RiskDay::of(hall, day);
    RiskFacts facts(m_db, m_calendar.calendar(), scope);
    QList<RiskAlert> raised;
    Status st = m_db.transaction([&]() -> Status {
        for (const auto &check : m_checks) {
            const RiskRule *rule = m_rules.rule(check->id());
            if (!rule || !rule->enabled || (check->sweepOnly() && !wholeDay))
                continue;
            auto found = check->run(scope, *rule, facts);
            if (!found)
                return found.error();
            for (const RiskFinding &f : found.value()) {
                RiskAlertRow row;
                RiskAlert &a = row.alert;
                a.rule = rule->id;
                a.ruleVersion = m_rules.version;
                a.ruleName = {rule->nameZh, rule->nameEn};
                a.level = rule->level;
                a.hall = hall.code;
                a.owner = hall.code;
                a.day = day;
                a.subject = f.subject;
                // Stored as the check said it (ids and arguments) and, for whoever reads the row
                // itself, in English; the server answers in the reader's language (RiskMessages).
                a.summaryMessage = f.summary;
                a.summary = RiskMessages::english(f.summary);
                a.evidence = f.evidence;
                for (RiskEvidence &e : a.evidence)
                    e.note = RiskMessages::english(e.noteMessage);
                a.evidenceCount = static_cast<int>(f.evidence.size());
                a.raisedAt = m_clock.now();
                a.status = RiskAlertStatus::Open;
                row.hallId = hall.id;
                row.ownerHallId = hall.id;
                row.dedupKey = f.key;
                auto id = RiskRepository(m_db).insertAlert(row);
                if (!id)
                    return id.error();
                if (!id.value())
                    continue;
                a.id = id.value();
                raised.append(a);
            }
        }
        return okStatus();
    });
    if (!st)
        return st.error();
    QList<qint64> ids;
    for (RiskAlert &a : raised) {
        ids << a.id;
        a.evidence.clear(); // the live event is the list's row; GET …/alerts/{id} has the rest
        m_db.afterCommit([this, a, halls] { tell(QStringLiteral("risk.alert_raised"), a, halls); });
    }
    return ids;
}

} // namespace ow
