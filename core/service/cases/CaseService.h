#pragma once

#include "core/domain/api/CaseBodies.h"
#include "core/domain/cases/CaseRules.h"
#include "core/domain/cases/CaseTypes.h"
#include "core/domain/cases/WorkCalendar.h"
#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"
#include "core/domain/util/ResidentId.h"
#include "core/service/cases/CaseNotifications.h"
#include "core/service/cases/CaseNumbers.h"
#include "core/service/cases/SmsGateway.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace ow {

class CalendarService;
class CatalogueService;
class Clock;
class Database;

// Cases (办件), the comprehensive-teller model: any window accepts any matter; the competent
// office's back office reviews; CaseRules decides every step. The timeline is append-only and
// the state is derived from it; nothing about a case is updated in place.
class CaseService
{
public:
    static constexpr int kWarningDays = 2;
    static constexpr int kRecentCases = 5;

    // The citizen is told of decisions, supplements and mailings through `sms` (not owned);
    // without one, through a LogSmsGateway of its own. Time limits count on `calendar`'s days as
    // they are at each use (an imported year counts at once).
    CaseService(Database &db, const Clock &clock, const CatalogueService &catalogue, const CalendarService &calendar,
                SmsGateway *sms = nullptr);

    // Opens a case at a window and records the window's decision. A matter not delegated to the
    // hall's level (Delegation) is refused, naming `service`, unless the decision is a refusal
    // (不予受理 is recorded anywhere: the citizen is told where to go). Missing required materials
    // refuse Accept and CompleteOnSpot with ValidationFailed carrying `missing` (the one-time
    // notice lists them); a committed case is assigned to a reviewer at once when one can take it.
    Result<CaseView> intake(const IntakeRequest &request, const Account &actor);
    // The online portal (一网通办) sends an application ahead of the visit: checked like an
    // intake (missing materials allowed), stored as pre-submitted for the chosen hall's windows,
    // where a teller checks the originals and verifies it — only then does its clock start.
    Result<CaseView> preSubmit(const IntakeRequest &request, const Account &portal);
    // One step through CaseRules. A decision, a return for a supplement and a mailed hand-out
    // send the applicant a message (recorded with the step, sent once it is durable). A collected
    // result is handed out only at its pickup hall (Conflict elsewhere); a mailed one needs the
    // address or tracking number as its note.
    Result<CaseView> act(const QString &number, const CaseStep &step, const Account &actor);
    Result<CaseView> act(const QString &number, CaseAction action, const Account &actor, const QString &note,
                         qint64 assigneeId = 0);
    // The case with its messages to the applicant.
    Result<CaseView> find(const QString &number);
    // The case as `reader` may see it (PersonalDataAccess): whole for the staff working on it or
    // for a `purpose` given, masked otherwise; every read recorded in the audit trail
    // (PersonalDataReads), masked ones too. A purpose too short or too long is BadRequest and
    // nothing is read or recorded.
    Result<CaseView> read(const QString &number, const Account &reader, const std::optional<QString> &purpose);
    // What earlier cases say of a person, found by resident ID number in any hall. An invalid
    // number is BadRequest (field id_number with the ResidentId problem), an unknown person NotFound.
    // Every lookup of a valid number is recorded (who, when, found or not) for the audit.
    Result<ApplicantHistory> applicantHistory(const QString &idNumber, const Account &actor);
    // Who looked this person up, newest first (supervisors: the audit of personal data read).
    Result<QList<CitizenLookup>> lookupsOf(const QString &idNumber, const Account &actor);
    // A reviewer's cases to decide; a supervisor's office: escalated, warning and overdue cases.
    Result<QList<CaseView>> worklist(const Account &actor);
    // For a supervisor's reassignment: the competent office's reviewers with what each holds,
    // and whether they may take this case (not its receiver, not an approver so far, skilled).
    Result<QList<CaseReviewer>> reviewersFor(const QString &number);
    // The working-day calendar changed: every open case's due day, as worklists sort and pick by
    // it, worked out again on the new days.
    Status recomputeDueDays();
    // Messages to applicants that did not go out: sent again (the server runs this every few minutes).
    Result<int> resendUnsentMessages() { return m_notifications.resendUnsent(); }
    // What changed since `cursor` (a timeline event id) in the cases of the actor's hall —
    // accepted there, reviewed there or collected there: the case numbers, oldest change first,
    // at most `limit`; and the cursor to ask from next.
    Result<CaseChanges> changesSince(const Account &actor, qint64 cursor, int limit);
    // Today's blocks of case numbers for the actor's window, for cases accepted offline.
    Result<QList<CaseNumberBlock>> leaseNumbers(const Account &actor, int window, int count);
    // Without login: the case number and the last four characters of the ID number; state,
    // promised date and what is missing — no personal data.
    Result<PublicCaseStatus> publicStatus(const QString &number, const QString &idLast4);


private:
    static Error noDesk(); // refused: the role has no case desk
    struct Checked;
    // `accepting`: the hall is to accept it (or verify it, for a pre-submission), so the
    // matter must be delegated to the hall's level.
    Result<Checked> check(const IntakeRequest &request, bool accepting) const;
    Result<qint64> store(const IntakeRequest &request, const Checked &checked, const QString &channel, QString *number);
    Status startReview(const QString &number);
    Result<CaseView> load(const QString &number);
    Result<CaseView> loadWithNotifications(const QString &number);
    Status append(qint64 caseId, CaseAction action, CaseState state, const Account &actor, qint64 assignee,
                  const QString &note, int window = 0, const QJsonObject &detail = {}, const QDateTime &at = {});
    Result<Delivery> checkHandOut(const CaseView &c, const CaseStep &step, const Account &actor) const;
    Status notifyApplicant(const CaseView &c, CaseAction action, CaseState next, const CaseStep &step);
    Status assignAutomatically(CaseView &c, qint64 excluded);
    Status keepDueDay(const CaseView &c);
    // Days count at a hall, by its time zone (serviceDay): the hall's data, read once.
    Hall hall(const QString &code) const;
    QDate dayAt(const QString &hallCode, const QDateTime &at) const;
    QDate today(const QString &hallCode) const;
    Result<ResidentId> personFromPath(const QString &idNumber, const Account &actor) const;

    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    const CalendarService &m_calendar;
    LogSmsGateway m_logSms; // used when no gateway is given
    CaseNotifications m_notifications;
    mutable QHash<QString, Hall> m_halls; // by code
};

} // namespace ow
