#pragma once

#include "core/domain/queue/QueueTypes.h"

namespace ow {

// Which waiting ticket a window calls next. One rule, one place: the server and (later) an
// offline client run this same function.
//
// In order: (1) a checked-in appointment whose slot has come; (2) a priority-group ticket
// (绿色通道), unless the window has already taken `priorityRatio` of them in a row while
// ordinary tickets wait; (3) any ticket whose wait has passed the hall's promise (15 minutes by
// default), oldest first; (4) the window's weighted preference among its categories; (5) arrival
// order. Only tickets the window can serve are considered.
class Dispatcher
{
public:
    enum class Reason { Appointment, Priority, MaxWait, Preference };
    struct Pick
    {
        qint64 ticketId = 0;
        Reason reason = Reason::Preference;
    };

    static std::optional<Pick> pickNext(const WindowProfile &window, const QList<Ticket> &waiting, const QDateTime &now,
                                        const HallQueueConfig &config, int priorityStreak);
    static QString toString(Reason reason);
};

} // namespace ow
