#include "ui/kiosk/KioskTicket.h"

#include "core/domain/api/AppointmentBodies.h"

#include <cmath>

namespace ow {

KioskTicket KioskTicket::fromCheckIn(const AppointmentCheckIn &answer)
{
    KioskTicket t;
    t.ticket = answer.ticket;
    if (const std::optional<WaitEstimate> &wait = answer.wait) {
        t.peopleAhead = wait->peopleAhead;
        // Whole minutes as the API gives them; unknown (no open window can serve it) is not short.
        if (wait->known()) {
            t.waitMinutes = static_cast<int>(std::ceil(wait->pessimisticSeconds / 60.0));
            t.waitMinMinutes = static_cast<int>(std::ceil(wait->optimisticSeconds / 60.0));
        }
    }
    return t;
}

} // namespace ow
