#include "core/domain/queue/Dispatcher.h"

#include <algorithm>
#include <limits>

namespace ow {

namespace {
// The window's weight for a ticket: the least of its matters' weights, so a multi-matter
// ticket counts as preferred only if the window prefers all of it.
int weightFor(const WindowProfile &w, const Ticket &t)
{
    int least = std::numeric_limits<int>::max();
    for (const TicketMatter &m : t.matters)
        least = std::min(least, w.weight(m.category));
    return t.matters.isEmpty() ? w.weight(QString()) : least;
}

bool earlier(const Ticket &a, const Ticket &b)
{
    return a.queueKey < b.queueKey || (a.queueKey == b.queueKey && a.id < b.id);
}
} // namespace

std::optional<Dispatcher::Pick> Dispatcher::pickNext(const WindowProfile &window, const QList<Ticket> &waiting,
                                                     const QDateTime &now, const HallQueueConfig &config, int priorityStreak)
{
    const Ticket *appointment = nullptr;
    const Ticket *priority = nullptr;
    const Ticket *overdue = nullptr;
    const Ticket *preferred = nullptr;
    int preferredWeight = 0;
    bool ordinaryWaiting = false;
    const qint64 promise = qint64(config.promiseMinutes) * 60;

    for (const Ticket &t : waiting) {
        if (t.state != TicketState::Waiting || !window.canServe(t))
            continue;
        if (t.appointmentAt.isValid() && t.appointmentAt <= now) {
            if (!appointment || t.appointmentAt < appointment->appointmentAt
                || (t.appointmentAt == appointment->appointmentAt && earlier(t, *appointment)))
                appointment = &t;
            continue;
        }
        if (!t.priorityGroup.isEmpty()) {
            if (!priority || earlier(t, *priority))
                priority = &t;
            continue;
        }
        ordinaryWaiting = true;
        if (t.issuedAt.secsTo(now) >= promise && (!overdue || t.issuedAt < overdue->issuedAt
                                                   || (t.issuedAt == overdue->issuedAt && t.id < overdue->id)))
            overdue = &t;
        const int w = weightFor(window, t);
        if (!preferred || w > preferredWeight || (w == preferredWeight && earlier(t, *preferred))) {
            preferred = &t;
            preferredWeight = w;
        }
    }

    if (appointment)
        return Pick{appointment->id, Reason::Appointment};
    if (priority && (priorityStreak < config.priorityRatio || !ordinaryWaiting))
        return Pick{priority->id, Reason::Priority};
    if (overdue)
        return Pick{overdue->id, Reason::MaxWait};
    if (preferred)
        return Pick{preferred->id, Reason::Preference};
    if (priority)
        return Pick{priority->id, Reason::Priority};
    return std::nullopt;
}

QString Dispatcher::toString(Reason reason)
{
    switch (reason) {
    case Reason::Appointment:
        return QStringLiteral("appointment");
    case Reason::Priority:
        return QStringLiteral("priority");
    case Reason::MaxWait:
        return QStringLiteral("max_wait");
    case Reason::Preference:
        return QStringLiteral("preference");
    }
    return {};
}

} // namespace ow
