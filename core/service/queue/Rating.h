#pragma once

#include "core/domain/api/QueueBodies.h"
#include "core/domain/queue/RatingLevel.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace ow {

class Clock;
class Database;
class QueueService;

// Adds working days (Monday–Friday). The holiday calendar with China's adjusted working
// weekends comes with the cases issue and will replace this.
QDate addWorkingDays(QDate from, int days);

// A citizen's rating of one served matter, and the rectification (差评整改) a bad one opens.
class RatingService
{
public:
    RatingService(Database &db, const Clock &clock, QueueService &queue, int rectificationDays = 5);

    // Stores the rating of `serviceCode` on a finished ticket (once per ticket and matter).
    // A rating of 不满意 or 非常不满意 opens a rectification item due in `rectificationDays`
    // working days (counted from the service day at the ticket's hall). Returns the stored
    // rating (with its rectification when one opened).
    Result<RatingRecord> rate(qint64 ticketId, const QString &serviceCode, RatingLevel level, qint64 actorId);
    Result<QList<RectificationItem>> openRectifications(const QString &hallCode);

private:
    Database &m_db;
    const Clock &m_clock;
    QueueService &m_queue;
    int m_rectificationDays;
};

} // namespace ow
