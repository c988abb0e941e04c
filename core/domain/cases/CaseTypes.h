#pragma once

#include "core/domain/cases/CaseRules.h"
#include "core/domain/cases/WorkCalendar.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ow {

// A required material at intake: received, missing, or exempt (the bureau already holds it).
enum class MaterialStatus { Received, Missing, Exempt };
QString toString(MaterialStatus v); // received, missing, exempt
std::optional<MaterialStatus> materialStatusFromString(QStringView s);

// How a result leaves the hall (出件): collected by the citizen at the pickup hall, or mailed.
enum class Delivery { Collected, Mailed };

QString toString(Delivery delivery);
std::optional<Delivery> deliveryFromString(QStringView text);

// What a window sends to open a case.
struct IntakeRequest
{
    QString hallCode;
    int window = 0;
    qint64 ticketId = 0;       // the ticket whose matter this is (0: started from the catalogue)
    QString serviceCode;
    QString applicantId;       // resident ID number, validated
    QString applicantName;
    QString applicantPhone;
    QJsonObject form;          // field key → value, checked against the catalogue's fields
    QHash<QString, MaterialStatus> materials;
    CaseAction decision = CaseAction::Accept; // Accept, CompleteOnSpot or Refuse
    QString reason;            // required for Refuse
    QString pickupHallCode;    // where the citizen collects the result (default: the accepting hall)
    // Accepted while the window was offline: the number from the window's leased block, printed
    // on the receipt then, and when it was accepted. Empty / invalid: numbered now.
    QString number;
    QDateTime acceptedAt;
};

// One step asked of a case after intake.
struct CaseStep
{
    CaseAction action = CaseAction::Approve;
    QString note;                     // the reason; for a mailed hand-out the address or tracking number
    qint64 assigneeId = 0;            // Assign: a reviewer of the competent office (0: the server chooses)
    std::optional<Delivery> delivery; // HandOut only; collected when not given
};

// One case as the server answers it: intake facts, derived state, due date, timeline.
struct CaseView
{
    qint64 id = 0;
    QString number;
    QString serviceCode;
    QString category;
    QString hallCode;
    QString officeHallCode;
    QString pickupHallCode;
    QString pickupHallName;    // in Chinese, as the citizen is told
    QString applicantId;
    QString applicantName;
    QString applicantPhone;
    QJsonObject form;
    QJsonObject materials;
    CaseFacts facts;
    QDate acceptedDay;
    int timeLimitDays = 0;
    QDate dueDate;             // invalid for cases without a time limit
    TimeLimitState timeLimit = TimeLimitState::OnTime;
    QList<QJsonObject> timeline;
    QJsonArray notifications;  // the messages sent to the applicant (CaseService::find and act)

    // With personal data: everything, for the case's handlers. Without: masked, for worklists,
    // and without the messages (they carry the phone number and the reviewer's notes).
    QJsonObject toJson(bool withPersonalData) const;
    QStringList missingMaterials() const;
};

// What the city already holds for one person, so a window need not ask again: name and phone
// from the latest case, how many cases, the last few.
struct ApplicantHistory
{
    QString idNumber;
    QString name;
    QString phone;
    int cases = 0;
    QList<QJsonObject> recent; // number, service, state; newest first, at most kRecentCases

    QJsonObject toJson() const;
};

} // namespace ow
