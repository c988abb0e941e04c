#pragma once

#include "core/domain/cases/CaseRules.h"
#include "core/domain/cases/WorkCalendar.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

#include <optional>
#include <variant>

namespace ow {

// A required material at intake: received, missing, or exempt (the bureau already holds it).
enum class MaterialStatus { Received, Missing, Exempt };
QString toString(MaterialStatus v); // received, missing, exempt
std::optional<MaterialStatus> materialStatusFromString(QStringView s);

// How a result leaves the hall (出件): collected by the citizen at the pickup hall, or mailed.
enum class Delivery { Collected, Mailed };

QString toString(Delivery delivery);
std::optional<Delivery> deliveryFromString(QStringView text);

// Why a citizen is sent a message about their case.
enum class NotificationKind {
    ResultReady, // decided (approved or rejected): the result waits at the pickup hall
    Supplement,  // returned for a supplement (补正): what to bring
    Mailed,      // handed out by post
};

QString toString(NotificationKind kind);
std::optional<NotificationKind> notificationKindFromString(QStringView text);

// One value of an application form as the window sent it: a text, or a number (integer and
// amount fields may travel as JSON numbers). Kept as sent, so the case shows what was typed.
class FormValue
{
public:
    FormValue() = default;
    FormValue(QString text) : m_value(std::move(text)) {}
    FormValue(double number) : m_value(number) {}
    FormValue(qint64 number) : m_value(static_cast<double>(number)) {}

    bool isText() const { return std::holds_alternative<QString>(m_value); }
    bool isNumber() const { return std::holds_alternative<double>(m_value); }
    // As a person reads it: the text, or the number in its shortest form ("1500", "0.5").
    QString text() const;
    double number() const { return isNumber() ? std::get<double>(m_value) : 0; }

    QJsonValue toJson() const;
    // A JSON text or number; anything else is not a form value.
    static std::optional<FormValue> fromJson(const QJsonValue &v);
    bool operator==(const FormValue &) const = default;

private:
    std::variant<QString, double> m_value;
};

// An application's form: field key → value, the keys being the catalogue's fields of the service.
using CaseForm = QMap<QString, FormValue>;
QJsonObject toJson(const CaseForm &form);
// Problems under "<key>" for values that are neither text nor number.
Result<CaseForm> caseFormFromJson(const QJsonObject &o);

// Material code → status, as recorded at intake.
using MaterialStatuses = QMap<QString, MaterialStatus>;
QJsonObject toJson(const MaterialStatuses &materials);

// What a window sends to open a case (POST /api/v1/cases), and what the online portal sends
// (POST /api/v1/online/cases, with `hall`).
struct IntakeRequest
{
    QString hallCode;          // the portal's: the hall the citizen chose; a window's: its own (not sent)
    int window = 0;
    qint64 ticketId = 0;       // the ticket whose matter this is (0: started from the catalogue)
    QString serviceCode;
    QString applicantId;       // resident ID number, validated
    QString applicantName;
    QString applicantPhone;
    CaseForm form;             // field key → value, checked against the catalogue's fields
    MaterialStatuses materials;
    CaseAction decision = CaseAction::Accept; // Accept, CompleteOnSpot or Refuse
    QString reason;            // required for Refuse
    QString pickupHallCode;    // where the citizen collects the result (default: the accepting hall)
    // Accepted while the window was offline: the number from the window's leased block, printed
    // on the receipt then, and when it was accepted. Empty / invalid: numbered now.
    QString number;
    QDateTime acceptedAt;

    // The request as typed at a window: names and texts trimmed, the ID number in capitals.
    IntakeRequest normalized() const;
    // `hall` only when hallCode is set with `withHall` (the portal's body names the hall).
    QJsonObject toJson(bool withHall = false) const;
    static Result<IntakeRequest> fromJson(const QJsonObject &o);
    bool operator==(const IntakeRequest &) const = default;
};

// One step asked of a case after intake (POST /api/v1/cases/{number}/actions).
struct CaseStep
{
    CaseAction action = CaseAction::Approve;
    QString note;                     // the reason; for a mailed hand-out the address or tracking number
    qint64 assigneeId = 0;            // Assign: a reviewer of the competent office (0: the server chooses)
    std::optional<Delivery> delivery; // HandOut only; collected when not given

    QJsonObject toJson() const;
    // Refuses the intake decisions (accept, complete_on_spot, refuse): they open a case.
    static Result<CaseStep> fromJson(const QJsonObject &o);
    bool operator==(const CaseStep &) const = default;
};

// One step in a case's timeline: what was done, by whom (a user name, or "system" for the
// automatic assignment), where and when, to whom it was assigned, and the step's note.
struct CaseEvent
{
    static inline const QString kSystem = QStringLiteral("system");

    CaseAction action = CaseAction::Accept;
    CaseState state = CaseState::Accepted;
    QString actor = kSystem;
    // The staff member's name (zh, en) — none for the system.
    std::optional<QString> actorName;
    QString actorNameEn;
    QString hallCode;
    int window = 0;                 // 0: not at a window
    QDateTime at;
    qint64 assigneeId = 0;          // 0: nobody assigned by this step
    QString assigneeUsername;
    QString assigneeName;
    QString assigneeNameEn;
    QString note;
    std::optional<Delivery> delivery; // a hand-out's

    bool bySystem() const { return actor == kSystem; }
    QJsonObject toJson() const;
    static Result<CaseEvent> fromJson(const QJsonObject &o);
    bool operator==(const CaseEvent &) const = default;
};

// A text message sent to the applicant about the case.
struct CaseNotification
{
    NotificationKind kind = NotificationKind::ResultReady;
    QString phone;
    QString text;
    QDateTime at;      // when the step that caused it was recorded
    bool sent = false; // the gateway took it

    QJsonObject toJson() const;
    static Result<CaseNotification> fromJson(const QJsonObject &o);
    bool operator==(const CaseNotification &) const = default;
};

// One case as the server answers it: intake facts, derived state, due date, timeline.
struct CaseView
{
    // Server side only, never on the wire: the row, the matter's category (for the assignment)
    // and the pickup hall's name (for the citizen's message).
    qint64 id = 0;
    QString category;
    QString pickupHallName;

    QString number;
    QString serviceCode;
    QString hallCode;
    QString officeHallCode;
    QString pickupHallCode;
    QString applicantId;
    QString applicantName;
    QString applicantPhone;
    CaseForm form;
    MaterialStatuses materials;
    CaseFacts facts;
    QDate acceptedDay;
    int timeLimitDays = 0;
    QDate dueDate;             // invalid for cases without a time limit
    TimeLimitState timeLimit = TimeLimitState::OnTime;
    QList<CaseEvent> timeline;
    // The messages sent to the applicant: in the case's own file, never in worklists.
    std::optional<QList<CaseNotification>> notifications;
    QString catalogueVersion; // the catalogue version it was accepted under
    // The personal data above is masked (the reader does not work on the case and gave no
    // purpose: PersonalDataAccess). On the wire as personal_data: masked or full.
    bool personalDataMasked = false;

    // For worklists and readers without need to know: personal data masked, no form, no messages
    // (they carry the phone number and the reviewer's notes), no mailing address.
    CaseView masked() const;
    QStringList missingMaterials() const;
    bool isEmpty() const { return number.isEmpty(); }

    QJsonObject toJson() const;
    static Result<CaseView> fromJson(const QJsonObject &o);
    bool operator==(const CaseView &) const = default;
};

// One of a person's earlier cases.
struct ApplicantCase
{
    QString number;
    QString serviceCode;
    CaseState state = CaseState::Accepted;

    QJsonObject toJson() const;
    static Result<ApplicantCase> fromJson(const QJsonObject &o);
    bool operator==(const ApplicantCase &) const = default;
};

// What the city already holds for one person, so a window need not ask again: name and phone
// from the latest case, how many cases, the last few (GET /api/v1/citizens/{id_number}).
struct ApplicantHistory
{
    QString idNumber;
    QString name;
    QString phone;
    int cases = 0;
    QList<ApplicantCase> recent; // newest first, at most CaseService::kRecentCases

    QJsonObject toJson() const;
    static Result<ApplicantHistory> fromJson(const QJsonObject &o);
    bool operator==(const ApplicantHistory &) const = default;
};

} // namespace ow
