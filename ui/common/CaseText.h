#pragma once

#include "core/domain/cases/CaseRules.h"
#include "core/domain/cases/CaseTypes.h"
#include "core/domain/cases/WorkCalendar.h"

#include <QCoreApplication>

namespace ow {

// The hall's words for the case states, actions, time limits and materials, translated. The
// text overloads take the wire names (the kiosk reads them so).
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseText)
public:
    static QString state(CaseState state);
    static QString state(const QString &state);
    static QString action(CaseAction action);
    static QString action(const QString &action);
    static QString timeLimit(TimeLimitState state);
    static QString timeLimit(const QString &state);
    static QString material(MaterialStatus status);
    static QString material(const QString &status);
    static QString materialChoice(MaterialStatus status); // short, for the checklist's buttons
    // Why `actor` cannot take `action` on the case now (translated), or empty if they can.
    static QString whyNot(const CaseFacts &facts, CaseAction action, const CaseActor &actor);
};

} // namespace ow
