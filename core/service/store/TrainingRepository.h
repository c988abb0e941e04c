#pragma once

#include "core/domain/api/TrainingBodies.h"
#include "core/domain/training/TrainingReview.h"

#include <optional>

namespace ow {

class Database;

// A training session's row, with its scenario.
struct TrainingSessionRecord
{
    TrainingSession session;
    qint64 hallId = 0;
    qint64 traineeId = 0;
    qint64 trainerId = 0; // plays the kiosk and the citizens' ratings
    TrainingScenario scenario;
};

// One arrival's row: its generated citizen, when it is due, its ticket once issued.
struct TrainingArrivalRecord
{
    qint64 sessionId = 0;
    int index = 0;
    TrainingCitizen citizen;
    QDateTime dueAt;
    qint64 ticketId = 0;
    bool rated = false;
};

// Tables training_sessions and training_arrivals; and the facts of a training ticket the review
// reads (its cases' intake decisions, its ratings).
class TrainingRepository
{
public:
    explicit TrainingRepository(Database &db) : m_db(db) {}

    Result<qint64> insertSession(const TrainingSessionRecord &record) const;
    Status insertArrival(const TrainingArrivalRecord &arrival) const;
    Status end(qint64 sessionId, const QDateTime &at) const;
    Status setTicket(qint64 sessionId, int index, qint64 ticketId) const;
    Status setRated(qint64 sessionId, int index) const;

    Result<std::optional<TrainingSessionRecord>> session(qint64 id) const;
    Result<QList<TrainingSessionRecord>> sessions(const QString &hallCode) const; // newest first
    Result<QList<qint64>> runningSessionIds() const;
    Result<std::optional<qint64>> runningAt(qint64 hallId) const;
    Result<QList<TrainingArrivalRecord>> arrivals(qint64 sessionId) const;
    Result<std::optional<TrainingArrivalRecord>> arrivalOfTicket(qint64 ticketId) const;
    // The cases opened from `ticketId`, with their intake decision; and its ratings.
    Result<QList<TrainingCaseFact>> casesOf(qint64 ticketId) const;
    Result<QMap<QString, RatingLevel>> ratingsOf(qint64 ticketId) const;

private:
    Result<QList<TrainingSessionRecord>> sessionsWhere(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace ow
