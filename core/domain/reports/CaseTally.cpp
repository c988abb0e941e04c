#include "core/domain/reports/CaseTally.h"

#include "core/domain/reports/Share.h"

namespace ow {

void CaseTally::count(const CaseRecord &c)
{
    if (c.intake == CaseAction::Refuse) {
        ++m_figures.refused;
        return;
    }
    ++m_figures.accepted;
    if (c.intake == CaseAction::CompleteOnSpot) {
        ++m_figures.onTheSpot;
        return;
    }
    if (c.decided()) {
        ++m_figures.decided;
        ++(c.approved ? m_figures.approved : m_figures.rejected);
        if (c.dueDay.isValid()) {
            ++m_decidedWithLimit;
            if (c.decidedInTime)
                ++m_figures.decidedInTime;
        }
    } else if (!CaseRules::isFinal(c.state)) {
        ++m_figures.pending;
    }
    if (c.state == CaseState::Supplement)
        ++m_figures.inSupplement;
    if (c.overdue)
        ++m_figures.overdue;
}

CaseFigures CaseTally::figures() const
{
    CaseFigures f = m_figures;
    f.inTimeShare = Share::of(f.decidedInTime, m_decidedWithLimit);
    return f;
}

} // namespace ow
