#pragma once

#include "core/domain/queue/QueueTypes.h"

#include <optional>

namespace ow {

struct AppointmentCheckIn;

// A ticket just issued at the kiosk (walk-in or checked-in appointment), with what the server
// said about the wait — as the ticket page shows it and the printer prints it.
struct KioskTicket
{
    Ticket ticket; // personal data as the server masked it
    std::optional<int> peopleAhead;
    std::optional<int> waitMinutes;    // pessimistic estimate
    std::optional<int> waitMinMinutes; // optimistic estimate

    static KioskTicket fromCheckIn(const AppointmentCheckIn &answer);
};

} // namespace ow
