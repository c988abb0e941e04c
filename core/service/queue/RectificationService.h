#pragma once

#include "core/domain/api/RectificationBodies.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

namespace ow {

class CatalogueService;
class Clock;
class Database;
class QueueService;
struct RectificationRecord;

// The follow-up of a bad rating (差评整改) after it opened: the supervisor lists the halls'
// rectifications (open, overdue, closed), records each contact with the citizen, and closes one
// with the cause found and the action taken. Every step is also an event of the rated ticket's
// timeline. Who may: a supervisor for their hall and the halls below it, a city administrator
// for every hall (SupervisionScope).
class RectificationService
{
public:
    RectificationService(Database &db, const Clock &clock, QueueService &queue, const CatalogueService &catalogue);

    // Of `hallCode` (and the halls below it with filter.below), as they stand on each hall's day.
    Result<RectificationList> list(const Account &who, const QString &hallCode, const RectificationFilter &filter);
    Result<RectificationDetail> detail(const Account &who, qint64 id);
    // One contact; refused once closed (Conflict) or when RectificationRules say so (ValidationFailed).
    Result<RectificationDetail> followUp(const Account &who, qint64 id, const FollowUpRequest &request);
    // Closed with the cause and the action, the citizen's answer being the last contact's.
    // Conflict when closed already or nobody contacted the citizen; ValidationFailed without a
    // cause or an action. Closed after the due day, it stays marked as closed late.
    Result<RectificationDetail> close(const Account &who, qint64 id, const CloseRectificationRequest &request);

private:
    Result<RectificationRecord> load(const Account &who, qint64 id);
    // The state on the hall's day, and the matter's name from the catalogue in force.
    Status complete(RectificationDetail &detail);
    Result<QDate> today(const QString &hallCode);
    Status toTimeline(const RectificationRecord &record, TicketEventKind kind, qint64 actorId, const QJsonObject &detail);

    Database &m_db;
    const Clock &m_clock;
    QueueService &m_queue;
    const CatalogueService &m_catalogue;
};

} // namespace ow
