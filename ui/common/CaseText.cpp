#include "ui/common/CaseText.h"

namespace ow {

QString CaseText::state(const QString &s)
{
    return state(caseStateFromString(s).value_or(CaseState::Draft));
}

QString CaseText::state(CaseState s)
{
    switch (s) {
    case CaseState::Draft:
        return tr("Draft");
    case CaseState::PreSubmitted:
        return tr("Submitted online, to verify");
    case CaseState::Accepted:
        return tr("Accepted, awaiting a reviewer");
    case CaseState::InReview:
        return tr("In review");
    case CaseState::Supplement:
        return tr("Returned for supplement");
    case CaseState::FirstApproved:
        return tr("First approval given");
    case CaseState::Escalated:
        return tr("With the supervisor");
    case CaseState::Approved:
        return tr("Approved");
    case CaseState::Rejected:
        return tr("Rejected");
    case CaseState::Refused:
        return tr("Not accepted");
    case CaseState::CompletedOnSpot:
        return tr("Completed on the spot");
    case CaseState::HandedOut:
        return tr("Handed out");
    }
    return toString(s);
}

QString CaseText::action(const QString &a)
{
    const auto parsed = caseActionFromString(a);
    return parsed ? action(*parsed) : a;
}

QString CaseText::action(CaseAction a)
{
    switch (a) {
    case CaseAction::Accept:
        return tr("Accepted");
    case CaseAction::Refuse:
        return tr("Not accepted");
    case CaseAction::CompleteOnSpot:
        return tr("Completed on the spot");
    case CaseAction::SubmitOnline:
        return tr("Submitted online");
    case CaseAction::Verify:
        return tr("Originals verified, accepted");
    case CaseAction::Assign:
        return tr("Assigned");
    case CaseAction::Approve:
        return tr("Approved");
    case CaseAction::Reject:
        return tr("Rejected");
    case CaseAction::ReturnForSupplement:
        return tr("Returned for supplement");
    case CaseAction::ReceiveSupplement:
        return tr("Supplement received");
    case CaseAction::Escalate:
        return tr("Escalated to the supervisor");
    case CaseAction::HandOut:
        return tr("Handed out");
    }
    return toString(a);
}

QString CaseText::timeLimit(const QString &s)
{
    const auto parsed = timeLimitStateFromString(s);
    return parsed ? timeLimit(*parsed) : QString();
}

QString CaseText::timeLimit(TimeLimitState s)
{
    switch (s) {
    case TimeLimitState::Warning:
        return tr("Due soon");
    case TimeLimitState::Overdue:
        return tr("Overdue");
    case TimeLimitState::OnTime:
        break;
    }
    return tr("On time");
}

QString CaseText::material(const QString &status)
{
    return material(materialStatusFromString(status).value_or(MaterialStatus::Missing));
}

QString CaseText::material(MaterialStatus status)
{
    switch (status) {
    case MaterialStatus::Received:
        return tr("Received");
    case MaterialStatus::Exempt:
        return tr("Exempt (held by the bureau)");
    case MaterialStatus::Missing:
        break;
    }
    return tr("Missing");
}

QString CaseText::materialChoice(MaterialStatus status)
{
    switch (status) {
    case MaterialStatus::Received:
        return tr("Received");
    case MaterialStatus::Exempt:
        return tr("Exempt");
    case MaterialStatus::Missing:
        break;
    }
    return tr("Missing");
}

QString CaseText::whyNot(const CaseFacts &facts, CaseAction action, const CaseActor &actor)
{
    if ((action == CaseAction::Approve || action == CaseAction::Reject) && actor.id == facts.receiverId)
        return tr("Receipt and review are separate: whoever accepted a case never approves or rejects it.");
    if (facts.approvers.contains(actor.id) && action == CaseAction::Approve)
        return tr("Two-person review: the second approval must come from someone else.");
    const auto next = CaseRules::next(facts, action, actor);
    if (next)
        return {};
    if (next.error().code == ErrorCode::Forbidden)
        return tr("This step is not taken at your desk.");
    if (actor.desk == CaseDesk::Reviewer && facts.assigneeId != actor.id && CaseRules::allowedByTable(facts.state, action, actor.desk))
        return tr("This case is assigned to another reviewer.");
    return tr("Not possible while the case is “%1”.").arg(state(facts.state));
}

} // namespace ow
