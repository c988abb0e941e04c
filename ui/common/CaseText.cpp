#include "ui/common/CaseText.h"

#include <QJsonArray>

namespace ow {

QString CaseText::state(const QString &s)
{
    switch (caseStateFromString(s).value_or(CaseState::Draft)) {
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
    return s;
}

QString CaseText::action(const QString &a)
{
    const auto parsed = caseActionFromString(a);
    if (!parsed)
        return a;
    switch (*parsed) {
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
    return a;
}

QString CaseText::timeLimit(const QString &s)
{
    if (s == QLatin1String("warning"))
        return tr("Due soon");
    if (s == QLatin1String("overdue"))
        return tr("Overdue");
    if (s == QLatin1String("on_time"))
        return tr("On time");
    return {};
}

QString CaseText::material(const QString &status)
{
    if (status == QLatin1String("received"))
        return tr("Received");
    if (status == QLatin1String("exempt"))
        return tr("Exempt (held by the bureau)");
    return tr("Missing");
}

QString CaseText::materialChoice(const QString &status)
{
    if (status == QLatin1String("received"))
        return tr("Received");
    if (status == QLatin1String("exempt"))
        return tr("Exempt");
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
    return tr("Not possible while the case is “%1”.").arg(state(toString(facts.state)));
}

CaseFacts CaseText::factsOf(const QJsonObject &c)
{
    CaseFacts f;
    f.state = caseStateFromString(c.value(QLatin1String("state")).toString()).value_or(CaseState::Draft);
    f.kind = serviceKindFromString(c.value(QLatin1String("kind")).toString()).value_or(ServiceKind::Committed);
    f.risk = riskLevelFromString(c.value(QLatin1String("risk")).toString()).value_or(RiskLevel::Low);
    f.receiverId = c.value(QLatin1String("receiver")).toInteger();
    f.assigneeId = c.value(QLatin1String("assignee")).toInteger();
    for (const QJsonValue &a : c.value(QLatin1String("approvers")).toArray())
        f.approvers.append(a.toInteger());
    return f;
}

} // namespace ow
