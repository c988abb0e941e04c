#pragma once

#include "core/domain/util/Error.h"
#include "ui/kiosk/KioskTicket.h"

#include <QString>

#include <functional>
#include <optional>

namespace ow {

class ClientSession;
struct KioskChoices;

// A case's public state (办件查询), as the kiosk shows it.
struct KioskCaseStatus
{
    QString state; // the case state's wire name
    std::optional<QString> dueDate;
    std::optional<QString> missing;
};

// The kiosk's two calls that are not its own pages' business: issuing a ticket (the typed
// QueueApi) and a case's public status (the typed CaseApi), read into what the kiosk shows.
// (The appointment check-in calls AppointmentApi directly.)
class KioskRequests
{
public:
    explicit KioskRequests(ClientSession &session) : m_session(session) {}

    // A ticket at the kiosk's hall for the chosen matters, priority group and ID number.
    void issueTicket(const KioskChoices &choices, std::function<void(Result<KioskTicket>)> done);
    // The public status of this hall's case `caseNumber`; NotFound also when the ID does not match.
    void caseStatus(const QString &caseNumber, const QString &idLast4, std::function<void(Result<KioskCaseStatus>)> done);

private:
    ClientSession &m_session;
};

} // namespace ow
