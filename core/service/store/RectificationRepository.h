#pragma once

#include "core/domain/api/RectificationBodies.h"
#include "core/domain/util/Error.h"

#include <optional>

namespace ow {

class Database;

// A rectification as stored, with the rating, ticket and teller it is about. The state on the
// hall's day and the matter's name are the service's to add (RectificationService).
struct RectificationRecord
{
    RectificationDetail detail; // rectification.state: Closed or Open (overdue not yet known)
    qint64 hallId = 0;
};

// Tables `rectifications` and `rectification_steps` (one row per contact with the citizen).
// Callers write inside Database::transaction, with the ticket's timeline event.
class RectificationRepository
{
public:
    explicit RectificationRepository(Database &db) : m_db(db) {}

    Result<qint64> open(qint64 ratingId, qint64 hallId, const QDate &dueDay, const QDateTime &at) const;
    // Of these halls; open ones (with the overdue) or closed ones or both; earliest due first,
    // closed ones latest closed first; at most `limit`. No follow-ups or closure read.
    Result<QList<RectificationRecord>> list(const QList<qint64> &hallIds, std::optional<bool> closed, int limit) const;
    // One, with its follow-ups and closure.
    Result<std::optional<RectificationRecord>> find(qint64 id) const;
    Result<qint64> addFollowUp(qint64 id, const FollowUpRequest &request, qint64 actorId, const QDateTime &at) const;
    // Status 'closed' once: Conflict when it was closed already (by someone else meanwhile).
    Status close(qint64 id, const RectificationClosure &closure) const;

private:
    Result<QList<RectificationRecord>> query(const QString &where, const QVariantList &values) const;
    Result<QList<RectificationFollowUp>> followUps(qint64 id) const;

    Database &m_db;
};

} // namespace ow
