#pragma once

#include "core/domain/cases/CaseRules.h"
#include "core/domain/cases/WorkCalendar.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ow {

// The hall's words for the case states, actions and time limits, translated, and the facts the
// rules need read back from a case as the server sends it.
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseText)
public:
    static QString state(const QString &state);
    static QString action(const QString &action);
    static QString timeLimit(const QString &state);
    static QString material(const QString &status);
    static QString materialChoice(const QString &status); // short, for the checklist's buttons
    // Why `actor` cannot take `action` on the case now (translated), or empty if they can.
    static QString whyNot(const CaseFacts &facts, CaseAction action, const CaseActor &actor);
    static CaseFacts factsOf(const QJsonObject &caseJson);
};

} // namespace ow
