#pragma once

#include "core/domain/reports/CaseFigures.h"
#include "core/domain/reports/CaseRecord.h"

namespace ow {

// Counts the case figures of one group, a case at a time (CaseRecord says what became of it).
class CaseTally
{
public:
    void count(const CaseRecord &c);
    CaseFigures figures() const;

private:
    CaseFigures m_figures;
    int m_decidedWithLimit = 0;
};

} // namespace ow
