#pragma once

#include "core/domain/api/RiskBodies.h"
#include "core/domain/org/Org.h"
#include "core/domain/risk/RiskTypes.h"
#include "core/service/risk/RiskCheck.h"

#include <QTimer>

#include <functional>

namespace ow {

class CalendarService;
class Clock;
class Database;

// Runs the risk rules (风险预警): as events happen — the audit trail's hook says a ticket event,
// case event or lookup was committed; once the event loop is free the engine reads what was
// written since it last looked and runs the rules over each hall's day it touched — and in the
// nightly sweep over every hall's whole day when the city's day ends (`sweep` runs it at once).
// Statistical checks run in the sweep only (RiskCheck::sweepOnly). An alert is stored once per
// finding key, whoever finds it first; new alerts are told to the listener after the commit.
class RiskEngine
{
public:
    // (type: "risk.alert_raised" / "risk.alert_disposed", the alert, the halls for its scope)
    using Listener = std::function<void(const QString &, const RiskAlert &, const QList<Hall> &)>;

    RiskEngine(Database &db, const Clock &clock, CalendarService &calendar);
    ~RiskEngine();

    // The rule set in force: the stored newest version, or the shipped file stored as version 1.
    // Starts watching from the rows already there (what came before is for the sweep).
    Status start();
    const RiskRuleSet &rules() const { return m_rules; }
    void rulesChanged(const RiskRuleSet &rules) { m_rules = rules; }
    void setListener(Listener listener) { m_listener = std::move(listener); }
    void tell(const QString &type, const RiskAlert &alert, const QList<Hall> &halls) const;

    // The hook: something covered was committed; looked at once the event loop is free.
    void written();
    // The rows written since the last look, now (what the hook's timer runs).
    Status evaluatePending();
    // Every enabled rule over every hall's `day`.
    Result<RiskSweepResult> sweep(const QDate &day);
    // Once a minute: when the city's day has ended, sweep it.
    void tick();

    // The shipped rules (resources/risk/risk-rules.json).
    static Result<RiskRuleSet> shippedRules();

private:
    Result<QList<qint64>> evaluate(const QList<Hall> &halls, const Hall &hall, const QDate &day, bool wholeDay);
    Result<qint64> lastId(const QString &table);
    QDate cityDay(const QList<Hall> &halls) const;

    Database &m_db;
    const Clock &m_clock;
    CalendarService &m_calendar;
    std::vector<std::unique_ptr<RiskCheck>> m_checks;
    RiskRuleSet m_rules;
    Listener m_listener;
    QTimer m_pending;
    qint64 m_ticketEvents = 0, m_caseEvents = 0, m_lookups = 0; // the last rows looked at
    QDate m_day; // the city's day the engine last saw
};

} // namespace ow
