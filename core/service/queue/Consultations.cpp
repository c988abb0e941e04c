#include "core/service/queue/Consultations.h"

#include "core/domain/util/Clock.h"
#include "core/service/audit/AuditTrail.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/queue/QueueService.h"
#include "core/sql/Database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace ow {

Result<Consultation> Consultations::log(const QString &hallCode, const ConsultationRequest &req, const Account &who)
{
    auto h = m_queue.hall(hallCode);
    if (!h)
        return h.error();
    if (req.durationSeconds < 0 || req.durationSeconds > kMaxSeconds) {
        Error e = invalidFieldError(QStringLiteral("duration_s"), QStringLiteral("from 0 to %1").arg(kMaxSeconds));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "A consultation lasts from 0 seconds to 4 hours; %1 seconds is not possible."),
                  {QString::number(req.durationSeconds)}};
        return e;
    }
    const Catalogue *catalogue = m_catalogue.current();
    if (!req.service.isEmpty() && (!catalogue || !catalogue->service(req.service))) {
        Error e = invalidFieldError(QStringLiteral("service"), QStringLiteral("unknown service %1").arg(req.service));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "There is no matter %1 in the catalogue."), {req.service}};
        return e;
    }
    Consultation c;
    c.hall = (*h)->code;
    c.serviceDay = QDate::fromString(m_queue.serviceDay(**h), Qt::ISODate);
    c.service = req.service;
    c.channel = req.channel;
    c.durationSeconds = req.durationSeconds;
    c.by = who.username;
    c.at = m_clock.now();
    auto id = AuditTrail(m_db, &m_clock)
                  .insert(QStringLiteral("consultations"),
                          QStringLiteral("INSERT INTO consultations (hall_id, service_day, service_code, channel, "
                                         "duration_seconds, account_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {(*h)->id, c.serviceDay.toString(Qt::ISODate),
                           // A typed null binds SQL NULL (a null QString binds as an empty text).
                           c.service.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(c.service),
                           toString(c.channel), c.durationSeconds, who.id, c.at.toMSecsSinceEpoch()});
    if (!id)
        return id.error();
    c.id = id.value();
    return c;
}

Result<ConsultationList> Consultations::list(const QString &hallCode, const QDate &day)
{
    auto h = m_queue.hall(hallCode);
    if (!h)
        return h.error();
    ConsultationList out;
    out.hall = (*h)->code;
    out.serviceDay = day.isValid() ? day : QDate::fromString(m_queue.serviceDay(**h), Qt::ISODate);
    const Status read = m_db.select(
        QStringLiteral("SELECT c.id, c.service_code, c.channel, c.duration_seconds, a.username, c.at FROM consultations c "
                       "JOIN accounts a ON a.id = c.account_id WHERE c.hall_id = ? AND c.service_day = ? ORDER BY c.id"),
        {(*h)->id, out.serviceDay.toString(Qt::ISODate)}, [&out](QSqlQuery &r) {
            while (r.next()) {
                Consultation c;
                c.id = r.value(0).toLongLong();
                c.hall = out.hall;
                c.serviceDay = out.serviceDay;
                c.service = r.value(1).toString();
                c.channel = consultationChannelFromString(r.value(2).toString()).value_or(ConsultationChannel::GuideDesk);
                c.durationSeconds = r.value(3).toLongLong();
                c.by = r.value(4).toString();
                c.at = QDateTime::fromMSecsSinceEpoch(r.value(5).toLongLong(), QTimeZone::utc());
                out.totalSeconds += c.durationSeconds;
                out.items.append(c);
            }
        });
    if (!read)
        return read.error();
    out.count = static_cast<int>(out.items.size());
    return out;
}

} // namespace ow
