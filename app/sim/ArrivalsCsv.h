#pragma once

#include "app/sim/SimTypes.h"
#include "core/domain/util/Error.h"

namespace ow {
class Catalogue;
struct HallQueueConfig;
}

namespace ow::sim {

// The arrivals file: `time,services,priority_group,appointment_at` — when the visitor took the
// ticket, the catalogue codes of the matters (";" between several), the priority group code
// (empty: none) and the booked slot of a checked-in appointment (empty: a walk-in). Rows may come
// in any order; the day runs them by time.
class ArrivalsCsv
{
public:
    static const QStringList &columns();
    static Result<QList<Arrival>> read(const QString &path, const Catalogue &catalogue, const HallQueueConfig &rules);
    static Result<QList<Arrival>> parse(const QString &name, const QByteArray &text, const Catalogue &catalogue,
                                        const HallQueueConfig &rules);
    static QByteArray write(const QList<Arrival> &arrivals);
};

} // namespace ow::sim
