// The case state machine as a table: every (state, action, desk) outside the legal list is
// refused, and each legal one leads where the list says; then the guards on top of it —
// receiver cannot decide, two different approvers for high risk, only the assignee acts,
// on-the-spot vs committed.
#include "core/domain/cases/CaseRules.h"

#include <QTest>

using namespace ow;

namespace {

// state action desk → next state: the legal moves, written out independently of the code.
const char *const kLegal[] = {
    "draft accept front_office accepted",
    "draft complete_on_spot front_office completed_on_spot",
    "draft refuse front_office refused",
    "draft submit_online online pre_submitted",
    "pre_submitted verify front_office accepted",
    "pre_submitted refuse front_office refused",
    "accepted assign supervisor in_review",
    "in_review assign supervisor in_review",
    "in_review approve reviewer approved",
    "in_review reject reviewer rejected",
    "in_review return_for_supplement reviewer supplement",
    "in_review escalate reviewer escalated",
    "first_approved assign supervisor first_approved",
    "first_approved approve reviewer approved",
    "first_approved reject reviewer rejected",
    "first_approved return_for_supplement reviewer supplement",
    "first_approved escalate reviewer escalated",
    "supplement receive_supplement front_office in_review",
    "escalated approve supervisor approved",
    "escalated reject supervisor rejected",
    "escalated assign supervisor in_review",
    "approved hand_out front_office handed_out",
    "rejected hand_out front_office handed_out",
};

constexpr qint64 kReceiver = 1;
constexpr qint64 kReviewer = 2;
constexpr qint64 kOtherReviewer = 3;
constexpr qint64 kSupervisor = 4;

const QList<CaseState> kStates{CaseState::Draft,    CaseState::PreSubmitted, CaseState::Accepted,  CaseState::InReview,
                               CaseState::Supplement, CaseState::FirstApproved, CaseState::Escalated, CaseState::Approved,
                               CaseState::Rejected, CaseState::Refused,       CaseState::CompletedOnSpot, CaseState::HandedOut};
const QList<CaseAction> kActions{CaseAction::Accept,  CaseAction::Refuse, CaseAction::CompleteOnSpot, CaseAction::SubmitOnline, CaseAction::Verify,
                                 CaseAction::Assign,  CaseAction::Approve, CaseAction::Reject, CaseAction::ReturnForSupplement,
                                 CaseAction::ReceiveSupplement, CaseAction::Escalate, CaseAction::HandOut};
const QList<CaseDesk> kDesks{CaseDesk::FrontOffice, CaseDesk::Reviewer, CaseDesk::Supervisor, CaseDesk::Online};

CaseActor actorAt(CaseDesk desk)
{
    switch (desk) {
    case CaseDesk::FrontOffice:
        return {10, desk};
    case CaseDesk::Reviewer:
        return {kReviewer, desk};
    case CaseDesk::Supervisor:
        return {kSupervisor, desk};
    case CaseDesk::Online:
        return {0, desk};
    }
    return {};
}

} // namespace

class TestCaseRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTripleOfTheTable()
    {
        QHash<QString, QString> legal;
        for (const char *line : kLegal) {
            const QStringList parts = QString::fromLatin1(line).split(QLatin1Char(' '));
            legal.insert(parts.mid(0, 3).join(QLatin1Char(' ')), parts.at(3));
        }
        int tried = 0;
        for (CaseState state : kStates) {
            for (CaseAction action : kActions) {
                for (CaseDesk desk : kDesks) {
                    CaseFacts facts;
                    facts.state = state;
                    facts.kind = action == CaseAction::CompleteOnSpot ? ServiceKind::OnTheSpot : ServiceKind::Committed;
                    facts.receiverId = kReceiver;
                    facts.assigneeId = kReviewer;
                    const QString key = toString(state) + QLatin1Char(' ') + toString(action) + QLatin1Char(' ') + toString(desk);
                    const auto next = CaseRules::next(facts, action, actorAt(desk));
                    ++tried;
                    if (legal.contains(key)) {
                        QVERIFY2(next.ok(), qPrintable(key + QStringLiteral(": refused: ") + (next ? QString() : next.error().detail)));
                        QCOMPARE(toString(next.value()), legal.value(key));
                    } else {
                        QVERIFY2(!next.ok(), qPrintable(key + QStringLiteral(" was allowed")));
                        QVERIFY(next.error().code == ErrorCode::Conflict || next.error().code == ErrorCode::Forbidden);
                    }
                }
            }
        }
        QCOMPARE(tried, 12 * 12 * 4);
        for (CaseState s : {CaseState::Refused, CaseState::CompletedOnSpot, CaseState::HandedOut})
            QVERIFY(CaseRules::isFinal(s));
    }

    void theReceiverNeverDecides()
    {
        // Even when the case ends up assigned to the receiver, or escalated to them.
        CaseFacts facts{CaseState::InReview, ServiceKind::Committed, RiskLevel::Low, kReviewer, kReviewer, {}};
        for (CaseAction a : {CaseAction::Approve, CaseAction::Reject}) {
            const auto r = CaseRules::next(facts, a, {kReviewer, CaseDesk::Reviewer});
            QVERIFY(!r.ok());
            QVERIFY(r.error().code == ErrorCode::Forbidden);
        }
        // ...but may still send it back for a supplement or escalate it.
        QVERIFY(CaseRules::next(facts, CaseAction::ReturnForSupplement, {kReviewer, CaseDesk::Reviewer}).ok());
        facts.state = CaseState::Escalated;
        facts.receiverId = kSupervisor;
        QVERIFY(!CaseRules::next(facts, CaseAction::Approve, {kSupervisor, CaseDesk::Supervisor}).ok());
    }

    void highRiskNeedsTwoDifferentApprovers()
    {
        CaseFacts facts{CaseState::InReview, ServiceKind::Committed, RiskLevel::High, kReceiver, kReviewer, {}};
        auto first = CaseRules::next(facts, CaseAction::Approve, {kReviewer, CaseDesk::Reviewer});
        QVERIFY(first.ok());
        QVERIFY(first.value() == CaseState::FirstApproved);
        facts.state = first.value();
        facts.approvers = {kReviewer};
        // The same reviewer again: refused.
        auto again = CaseRules::next(facts, CaseAction::Approve, {kReviewer, CaseDesk::Reviewer});
        QVERIFY(!again.ok());
        QVERIFY(again.error().code == ErrorCode::Forbidden);
        // Reassigned to a second reviewer: approved.
        facts.assigneeId = kOtherReviewer;
        auto second = CaseRules::next(facts, CaseAction::Approve, {kOtherReviewer, CaseDesk::Reviewer});
        QVERIFY(second.ok());
        QVERIFY(second.value() == CaseState::Approved);
        // A low-risk case needs one approval.
        CaseFacts low{CaseState::InReview, ServiceKind::Committed, RiskLevel::Low, kReceiver, kReviewer, {}};
        QVERIFY(CaseRules::next(low, CaseAction::Approve, {kReviewer, CaseDesk::Reviewer}).value() == CaseState::Approved);
    }

    void onlyTheAssigneeActs()
    {
        CaseFacts facts{CaseState::InReview, ServiceKind::Committed, RiskLevel::Low, kReceiver, kReviewer, {}};
        for (CaseAction a : {CaseAction::Approve, CaseAction::Reject, CaseAction::ReturnForSupplement, CaseAction::Escalate}) {
            const auto r = CaseRules::next(facts, a, {kOtherReviewer, CaseDesk::Reviewer});
            QVERIFY(!r.ok());
            QVERIFY(r.error().code == ErrorCode::Conflict);
        }
    }

    void theMattersKindDecidesTheWindowsMove()
    {
        CaseFacts onTheSpot{CaseState::Draft, ServiceKind::OnTheSpot, RiskLevel::Low, 0, 0, {}};
        QVERIFY(!CaseRules::next(onTheSpot, CaseAction::Accept, {10, CaseDesk::FrontOffice}).ok());
        QVERIFY(CaseRules::next(onTheSpot, CaseAction::CompleteOnSpot, {10, CaseDesk::FrontOffice}).ok());
        CaseFacts committed{CaseState::Draft, ServiceKind::Committed, RiskLevel::Low, 0, 0, {}};
        QVERIFY(!CaseRules::next(committed, CaseAction::CompleteOnSpot, {10, CaseDesk::FrontOffice}).ok());
        QVERIFY(CaseRules::next(committed, CaseAction::Accept, {10, CaseDesk::FrontOffice}).ok());
    }

    void namesRoundTrip()
    {
        for (CaseState s : kStates)
            QVERIFY(caseStateFromString(toString(s)) == s);
        for (CaseAction a : kActions)
            QVERIFY(caseActionFromString(toString(a)) == a);
        QVERIFY(!caseStateFromString(u"nonsense"));
    }
};

QTEST_GUILESS_MAIN(TestCaseRules)
#include "tst_caserules.moc"
