#include "core/domain/reports/CaseRecord.h"

#include <algorithm>

namespace ow {

CaseRecord CaseRecord::fold(qint64 caseId, QList<CaseEventRow> events, const Hall &hall, const Hall &office,
                            int timeLimitDays, const WorkCalendar &calendar, const QDate &today)
{
    std::sort(events.begin(), events.end(), [](const CaseEventRow &a, const CaseEventRow &b) { return a.id < b.id; });
    CaseRecord r;
    r.caseId = caseId;
    QList<ClockPause> pauses;
    for (const CaseEventRow &e : events) {
        r.state = e.state;
        switch (e.action) {
        case CaseAction::Accept:
        case CaseAction::Verify:
        case CaseAction::CompleteOnSpot:
        case CaseAction::Refuse:
            r.intake = e.action;
            r.intakeDay = serviceDay(hall, e.at);
            break;
        case CaseAction::Assign:
            r.assigneeId = e.assigneeId;
            break;
        case CaseAction::ReturnForSupplement:
            pauses.append({serviceDay(hall, e.at), QDate()});
            break;
        case CaseAction::ReceiveSupplement:
            if (!pauses.isEmpty())
                pauses.last().to = serviceDay(hall, e.at);
            break;
        default:
            break;
        }
        if ((e.state == CaseState::Approved || e.state == CaseState::Rejected) && !r.decidedDay.isValid()) {
            r.decidedDay = serviceDay(office, e.at);
            r.approved = e.state == CaseState::Approved;
            r.decidedBy = e.actorId;
        }
    }
    const bool counts = timeLimitDays > 0 && r.intakeDay.isValid() && r.intake != CaseAction::Refuse
                        && r.intake != CaseAction::CompleteOnSpot;
    if (!counts)
        return r;
    r.dueDay = calendar.dueDate(r.intakeDay, timeLimitDays, pauses, today);
    if (r.decided()) {
        r.overdue = r.decidedDay > r.dueDay;
        r.decidedInTime = !r.overdue;
    } else {
        r.overdue = today > r.dueDay;
    }
    return r;
}

} // namespace ow
