#include "ui/kiosk/KioskRequests.h"

#include "core/client/ClientSession.h"
#include "core/client/api/CaseApi.h"
#include "core/client/api/QueueApi.h"
#include "ui/kiosk/KioskChoices.h"

namespace ow {

void KioskRequests::issueTicket(const KioskChoices &choices, std::function<void(Result<KioskTicket>)> done)
{
    IssueTicketRequest request;
    request.services = choices.matters;
    request.priorityGroup = choices.priorityGroup;
    request.residentId = choices.residentId;
    QueueApi(m_session.api()).issueTicket(m_session.account().hallCode, request, [done = std::move(done)](Result<QueuedTicket> r) {
        if (!r) {
            done(r.error());
            return;
        }
        KioskTicket t;
        t.ticket = r.value().ticket;
        // The server counts the people ahead and estimates the wait from the hall's own history.
        if (const auto &wait = r.value().wait) {
            t.peopleAhead = wait->peopleAhead;
            if (wait->known()) {
                t.waitMinutes = wait->pessimisticMinutes();
                t.waitMinMinutes = wait->optimisticMinutes();
            }
        }
        done(std::move(t));
    });
}

void KioskRequests::caseStatus(const QString &caseNumber, const QString &idLast4,
                               std::function<void(Result<KioskCaseStatus>)> done)
{
    CaseApi(m_session.api()).publicStatus(caseNumber, idLast4, [done = std::move(done)](Result<PublicCaseStatus> r) {
        if (!r) {
            done(r.error());
            return;
        }
        KioskCaseStatus status;
        status.state = toString(r.value().state);
        if (r.value().dueDate.isValid())
            status.dueDate = r.value().dueDate.toString(Qt::ISODate);
        status.missing = r.value().missing;
        done(std::move(status));
    });
}

} // namespace ow
