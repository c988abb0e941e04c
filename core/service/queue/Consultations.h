#pragma once

#include "core/domain/api/GuideBodies.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

namespace ow {

class CatalogueService;
class Clock;
class Database;
class QueueService;

// Questions answered without a ticket (咨询): at the guide desk, on 12333, online. Each is one
// append-only row covered by the audit trail, on the hall's service day, so the queue report can
// count consultation load apart from handling. Bad input — an unknown matter, a negative or
// overlong duration — is refused with its own message and writes nothing.
class Consultations
{
public:
    // A consultation lasts at most this long; a longer one is a typing mistake.
    static constexpr qint64 kMaxSeconds = 4 * 3600;

    Consultations(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue)
        : m_db(db), m_clock(clock), m_catalogue(catalogue), m_queue(queue)
    {}

    Result<Consultation> log(const QString &hallCode, const ConsultationRequest &request, const Account &who);
    // The hall's consultations of `day` (invalid: today at the hall).
    Result<ConsultationList> list(const QString &hallCode, const QDate &day);

private:
    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    QueueService &m_queue;
};

} // namespace ow
