#pragma once

#include "core/domain/api/QueueBodies.h"
#include "core/domain/queue/RatingLevel.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace ow {

class CalendarService;
class Clock;
class Database;
class QueueService;

// A citizen's rating of one served matter, and the rectification (差评整改) a bad one opens.
class RatingService
{
public:
    RatingService(Database &db, const Clock &clock, QueueService &queue, const CalendarService &calendar,
                  int rectificationDays = 5);

    // Stores the rating of `serviceCode` on a finished ticket (once per ticket and matter).
    // A rating of 不满意 or 非常不满意 opens a rectification item due in `rectificationDays`
    // working days on the working-day calendar (public holidays and adjusted working weekends;
    // counted from the service day at the ticket's hall). Returns the stored
    // rating (with its rectification when one opened).
    // The rectification's opening is also on the ticket's timeline (rectification_opened); its
    // follow-up is RectificationService's.
    Result<RatingRecord> rate(qint64 ticketId, const QString &serviceCode, RatingLevel level, qint64 actorId);

private:
    Database &m_db;
    const Clock &m_clock;
    QueueService &m_queue;
    const CalendarService &m_calendar;
    int m_rectificationDays;
};

} // namespace ow
