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

// The kiosk's two server calls that still speak JSON: issuing a ticket and a case's public
// status. They are the queue area's (POST /halls/{hall}/tickets) and the cases area's
// (GET /public/cases/{number}); when the typed QueueApi (issueTicket) and CaseApi (publicStatus)
// land in core/client/api, these two methods call them instead and this class goes — the only
// file of the kiosk that still holds a path or a JSON field name. (The appointment check-in is
// typed already: AppointmentApi.)
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
