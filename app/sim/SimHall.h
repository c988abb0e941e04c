#pragma once

#include "core/domain/queue/QueueTypes.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

namespace ow {
class CatalogueService;
class Database;
class QueueService;
}

namespace ow::sim {

// The real queue behind a simulated day: a server database in a temporary folder with the
// bundled catalogue and one county hall with the windows asked for, the real QueueService on a
// FakeClock the simulator moves.
class SimHall
{
public:
    static constexpr const char *kHallCode = "SIM-COUNTY";

    ~SimHall();
    static Result<std::unique_ptr<SimHall>> open(const QList<WindowProfile> &windows, const HallQueueConfig &rules);

    QueueService &queue() { return *m_queue; }
    Database &db() { return *m_db; }
    const CatalogueService &catalogue() const { return *m_catalogue; }
    FakeClock &clock() { return m_clock; }
    static QString hallCode() { return QString::fromLatin1(kHallCode); }

private:
    SimHall() = default;
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<QueueService> m_queue;
};

} // namespace ow::sim
