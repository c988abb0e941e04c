#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/security/Role.h"
#include "core/domain/util/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace ow {

// Where a case (办件) stands. Draft: being filled in at a window. PreSubmitted: sent through the
// online portal (一网通办), waiting for a window to check the originals.
enum class CaseState {
    Draft,
    PreSubmitted,
    Accepted,        // 受理: waits for a reviewer
    InReview,        // with its assigned reviewer
    Supplement,      // 补正: back with the citizen, the clock stands still
    FirstApproved,   // high risk: one approval of the two (双人复核)
    Escalated,       // with the supervisor
    Approved,
    Rejected,
    Refused,         // 不予受理 at the window
    CompletedOnSpot, // 即办件 done at the window
    HandedOut,       // 出件: result delivered
};

enum class CaseAction {
    Accept,
    Refuse,
    CompleteOnSpot,
    SubmitOnline,      // the online portal (一网通办) sends an application ahead of the visit
    Verify,            // a window accepts an online pre-submission after checking the originals
    Assign,            // to a reviewer (automatic, or a supervisor's reassignment)
    Approve,
    Reject,
    ReturnForSupplement,
    ReceiveSupplement,
    Escalate,
    HandOut,
};

// Who acts, by desk: the front office (window tellers), the back office (reviewers), supervisors,
// and the online portal.
enum class CaseDesk { FrontOffice, Reviewer, Supervisor, Online };

QString toString(CaseState v);
QString toString(CaseAction v);
QString toString(CaseDesk v);
// The desk a staff role works at in the case flow; none for roles outside it.
std::optional<CaseDesk> caseDeskOf(Role role);
std::optional<CaseState> caseStateFromString(QStringView s);
std::optional<CaseAction> caseActionFromString(QStringView s);

// What the rules need to know of a case.
struct CaseFacts
{
    CaseState state = CaseState::Draft;
    ServiceKind kind = ServiceKind::Committed;
    RiskLevel risk = RiskLevel::Low;
    qint64 receiverId = 0;     // who accepted it
    qint64 assigneeId = 0;     // the reviewer it is assigned to (0: none)
    QList<qint64> approvers;   // approvals so far

    bool operator==(const CaseFacts &) const = default;
};

struct CaseActor
{
    qint64 id = 0;
    CaseDesk desk = CaseDesk::FrontOffice;
};

// The case state machine, once, for the server and the offline client: which desk may take
// which action in which state, and the separation of duties on top of the table:
// - whoever accepted a case never approves or rejects it (受审分离);
// - a high-risk case needs two different approvers, neither of them the receiver (双人复核);
// - a reviewer acts only on the cases assigned to them (409 otherwise);
// - on-the-spot matters are completed at the window, committed ones accepted for review.
// Refusals: Forbidden for the wrong desk and for separation of duties, Conflict for an action
// the state does not allow or a case assigned to someone else.
class CaseRules
{
public:
    static Result<CaseState> next(const CaseFacts &facts, CaseAction action, const CaseActor &actor);
    // The states an action may be taken in by a desk, as the table says (before the guards).
    static bool allowedByTable(CaseState state, CaseAction action, CaseDesk desk);
    static bool isFinal(CaseState state);
};

} // namespace ow
