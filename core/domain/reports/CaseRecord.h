#pragma once

#include "core/domain/cases/CaseRules.h"
#include "core/domain/cases/WorkCalendar.h"
#include "core/domain/org/Org.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace ow {

// One recorded step of a case's timeline (table case_events), as reports read it.
struct CaseEventRow
{
    qint64 id = 0;
    CaseAction action = CaseAction::Accept;
    CaseState state = CaseState::Accepted;
    QDateTime at;
    qint64 actorId = 0;
    qint64 assigneeId = 0;
};

// What became of one case, worked out from its timeline the way CaseService reads a case:
// - intake: its accept, verify (an online pre-submission checked at a window), complete-on-the-
//   spot or refuse step, on that day at the accepting hall (the case's clock starts then);
// - decided: its first step into approved or rejected, on that day at the competent office, by
//   whom (the reviewer — or supervisor — who decided);
// - the due day of a committed case: its time limit in working days from the intake day on the
//   calendar, moved on by every working day it was back with the citizen for a supplement (补正;
//   an open supplement counts up to `today`);
// - overdue: decided after the due day, or not decided and `today` past the due day;
// - decided in time: decided on or before the due day.
struct CaseRecord
{
    qint64 caseId = 0;
    QDate intakeDay;              // invalid: never taken in at a window (a pre-submission only)
    CaseAction intake = CaseAction::Accept;
    CaseState state = CaseState::Draft; // where it stands now
    QDate decidedDay;             // invalid: not decided
    bool approved = false;        // decided: approved (else rejected)
    qint64 decidedBy = 0;
    qint64 assigneeId = 0;        // the reviewer it was last assigned to
    QDate dueDay;                 // invalid: no time limit (on the spot, refused)
    bool overdue = false;
    bool decidedInTime = false;

    bool decided() const { return decidedDay.isValid(); }
    // The one who answers for it by reviewer: who decided it, else the reviewer who holds it.
    qint64 reviewer() const { return decidedBy ? decidedBy : assigneeId; }

    // `hall`: the accepting hall, `office`: the competent office (their time zones count);
    // `today`: the day at the office.
    static CaseRecord fold(qint64 caseId, QList<CaseEventRow> events, const Hall &hall, const Hall &office,
                           int timeLimitDays, const WorkCalendar &calendar, const QDate &today);
};

} // namespace ow
