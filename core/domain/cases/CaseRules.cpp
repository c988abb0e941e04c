#include "core/domain/cases/CaseRules.h"

#include <array>

namespace ow {

namespace {

struct Transition
{
    CaseState from;
    CaseAction action;
    CaseDesk desk;
    CaseState to;
};

using S = CaseState;
using A = CaseAction;
using D = CaseDesk;

// The table. Approve's target is refined below for two-person review.
constexpr std::array kTable{
    Transition{S::Draft, A::Accept, D::FrontOffice, S::Accepted},
    Transition{S::Draft, A::CompleteOnSpot, D::FrontOffice, S::CompletedOnSpot},
    Transition{S::Draft, A::Refuse, D::FrontOffice, S::Refused},
    Transition{S::Draft, A::SubmitOnline, D::Online, S::PreSubmitted},
    Transition{S::PreSubmitted, A::Verify, D::FrontOffice, S::Accepted},
    Transition{S::PreSubmitted, A::Refuse, D::FrontOffice, S::Refused},
    Transition{S::Accepted, A::Assign, D::Supervisor, S::InReview},
    Transition{S::InReview, A::Assign, D::Supervisor, S::InReview},
    Transition{S::InReview, A::Approve, D::Reviewer, S::Approved},
    Transition{S::InReview, A::Reject, D::Reviewer, S::Rejected},
    Transition{S::InReview, A::ReturnForSupplement, D::Reviewer, S::Supplement},
    Transition{S::InReview, A::Escalate, D::Reviewer, S::Escalated},
    Transition{S::FirstApproved, A::Assign, D::Supervisor, S::FirstApproved},
    Transition{S::FirstApproved, A::Approve, D::Reviewer, S::Approved},
    Transition{S::FirstApproved, A::Reject, D::Reviewer, S::Rejected},
    Transition{S::FirstApproved, A::ReturnForSupplement, D::Reviewer, S::Supplement},
    Transition{S::FirstApproved, A::Escalate, D::Reviewer, S::Escalated},
    Transition{S::Supplement, A::ReceiveSupplement, D::FrontOffice, S::InReview},
    Transition{S::Escalated, A::Approve, D::Supervisor, S::Approved},
    Transition{S::Escalated, A::Reject, D::Supervisor, S::Rejected},
    Transition{S::Escalated, A::Assign, D::Supervisor, S::InReview},
    Transition{S::Approved, A::HandOut, D::FrontOffice, S::HandedOut},
    Transition{S::Rejected, A::HandOut, D::FrontOffice, S::HandedOut},
};

const Transition *find(CaseState state, CaseAction action, CaseDesk desk)
{
    for (const Transition &t : kTable) {
        if (t.from == state && t.action == action && t.desk == desk)
            return &t;
    }
    return nullptr;
}

template<typename E, size_t N>
QString nameOf(E v, const std::array<std::pair<E, const char *>, N> &names)
{
    for (const auto &[e, n] : names) {
        if (e == v)
            return QString::fromLatin1(n);
    }
    return {};
}

template<typename E, size_t N>
std::optional<E> fromName(QStringView s, const std::array<std::pair<E, const char *>, N> &names)
{
    for (const auto &[e, n] : names) {
        if (s == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

constexpr std::array kStates{
    std::pair{S::Draft, "draft"},           std::pair{S::PreSubmitted, "pre_submitted"}, std::pair{S::Accepted, "accepted"},
    std::pair{S::InReview, "in_review"},    std::pair{S::Supplement, "supplement"},      std::pair{S::FirstApproved, "first_approved"},
    std::pair{S::Escalated, "escalated"},   std::pair{S::Approved, "approved"},          std::pair{S::Rejected, "rejected"},
    std::pair{S::Refused, "refused"},       std::pair{S::CompletedOnSpot, "completed_on_spot"}, std::pair{S::HandedOut, "handed_out"},
};
constexpr std::array kActions{
    std::pair{A::Accept, "accept"},   std::pair{A::Refuse, "refuse"},   std::pair{A::CompleteOnSpot, "complete_on_spot"},
    std::pair{A::SubmitOnline, "submit_online"}, std::pair{A::Verify, "verify"}, std::pair{A::Assign, "assign"},   std::pair{A::Approve, "approve"},
    std::pair{A::Reject, "reject"},   std::pair{A::ReturnForSupplement, "return_for_supplement"},
    std::pair{A::ReceiveSupplement, "receive_supplement"},              std::pair{A::Escalate, "escalate"},
    std::pair{A::HandOut, "hand_out"},
};
constexpr std::array kDesks{std::pair{D::FrontOffice, "front_office"}, std::pair{D::Reviewer, "reviewer"},
                            std::pair{D::Supervisor, "supervisor"}, std::pair{D::Online, "online"}};

} // namespace

QString toString(CaseState v) { return nameOf(v, kStates); }
QString toString(CaseAction v) { return nameOf(v, kActions); }
QString toString(CaseDesk v) { return nameOf(v, kDesks); }
std::optional<CaseState> caseStateFromString(QStringView s) { return fromName(s, kStates); }
std::optional<CaseAction> caseActionFromString(QStringView s) { return fromName(s, kActions); }

bool CaseRules::allowedByTable(CaseState state, CaseAction action, CaseDesk desk)
{
    return find(state, action, desk) != nullptr;
}

bool CaseRules::isFinal(CaseState state)
{
    return state == S::Refused || state == S::CompletedOnSpot || state == S::HandedOut;
}

Result<CaseState> CaseRules::next(const CaseFacts &facts, CaseAction action, const CaseActor &actor)
{
    const Transition *t = find(facts.state, action, actor.desk);
    if (!t) {
        const bool someDeskMay = find(facts.state, action, D::FrontOffice) || find(facts.state, action, D::Reviewer)
                                 || find(facts.state, action, D::Supervisor) || find(facts.state, action, D::Online);
        if (someDeskMay)
            return forbiddenError(QStringLiteral("%1 is not for the %2 desk").arg(toString(action), toString(actor.desk)));
        return conflictError(QStringLiteral("a case %1 cannot be %2").arg(toString(facts.state), toString(action)));
    }
    // What the window decides depends on the matter's kind.
    if ((action == A::Accept || action == A::Verify) && facts.kind == ServiceKind::OnTheSpot)
        return conflictError(QStringLiteral("an on-the-spot matter is completed at the window, not sent for review"));
    if (action == A::CompleteOnSpot && facts.kind == ServiceKind::Committed)
        return conflictError(QStringLiteral("a committed matter is accepted for review, not completed at the window"));
    // A reviewer acts only on the cases assigned to them.
    if (actor.desk == D::Reviewer && facts.assigneeId != actor.id)
        return conflictError(QStringLiteral("the case is assigned to someone else"));
    // 受审分离: whoever accepted a case never decides it.
    if ((action == A::Approve || action == A::Reject) && actor.id == facts.receiverId)
        return forbiddenError(QStringLiteral("whoever accepted a case may not approve or reject it"));
    if (action == A::Approve) {
        // 双人复核: a high-risk case needs two different approvers.
        if (facts.approvers.contains(actor.id))
            return forbiddenError(QStringLiteral("the second approval must come from someone else"));
        if (facts.risk == RiskLevel::High && facts.approvers.isEmpty())
            return S::FirstApproved;
    }
    return t->to;
}

std::optional<CaseDesk> caseDeskOf(Role role)
{
    switch (role) {
    case Role::Teller:
        return CaseDesk::FrontOffice;
    case Role::Reviewer:
        return CaseDesk::Reviewer;
    case Role::Supervisor:
        return CaseDesk::Supervisor;
    default:
        return std::nullopt;
    }
}

} // namespace ow
