#pragma once

#include "core/domain/queue/RatingLevel.h"
#include "core/domain/reports/Durations.h"
#include "core/domain/reports/QueueFigures.h"
#include "core/domain/reports/TicketRecord.h"
#include "core/domain/reports/WindowTime.h"

namespace ow {

// Counts the queue figures of one group from plain records; the report's service decides which
// records fall in which group and hands each one over once.
// - A ticket: issued; called if ever called, then its wait (issue → first call) joins the
//   sample and it counts within the promise when the wait is at most the promise of its hall;
//   served or a no-show by its events.
// - A transfer or a parking: counted apart, since by window and by teller it belongs to whoever
//   did it (by the other groupings once per ticket that was ever transferred / parked).
// - A handling time with its standard time: a served ticket's time at the window against the
//   standard of its matters (the catalogue's; WaitEstimator::catalogueDefaultSeconds); within the
//   standard when not longer.
// - A rating in its level; 非常满意 and 满意 make satisfaction, 不满意 and 非常不满意 bad reviews.
// - A rectification: closed, or open (and overdue too once its due day has passed).
// - A window's time (WindowTime): summed, then rounded to whole seconds. A group that was handed
//   any (even none: `countWindowTime({})`) reports it; one that was not reports none.
class QueueTally
{
public:
    void countTicket(const TicketRecord &ticket, qint64 promiseSeconds);
    void countTransfer() { ++m_figures.transferred; }
    void countPark() { ++m_figures.parked; }
    void countHandling(qint64 seconds, qint64 standardSeconds);
    void countRating(RatingLevel level);
    void countRectification(bool closed, bool overdue);
    // A 12333 complaint linked to one of the tickets counted here.
    void countComplaint() { ++m_figures.complaints; }
    void countWindowTime(const WindowSeconds &time);
    // Consultations (0, 0 marks the group as one that reports them, like countWindowTime({})).
    void countConsultations(int count, qint64 seconds);

    QueueFigures figures() const;

private:
    QueueFigures m_figures;
    Durations m_waits;
    Durations m_handling;
    qint64 m_standardSum = 0;
    std::optional<WindowSeconds> m_windowTime;
    std::optional<std::pair<int, qint64>> m_consultations;
};

} // namespace ow
