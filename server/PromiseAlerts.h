#pragma once

#include "core/service/planning/PromiseWatch.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace ow {

class Database;
class EventHub;
class QueueService;

// 超时预警, pushed: a hall's line is watched again (PromiseWatch::newlyAtRisk) at most every
// `tickMs` after something happened in its queue, and every kSweepTicks ticks anyway, for time
// passes without events; each ticket newly at risk of breaking the hall's promise goes to the
// supervisors watching the hall as a `ticket.at_risk` event. Batched, so a busy hall costs one
// projection per tick, not one per ticket operation, and a hall no supervisor watches none.
class PromiseAlerts : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTickMs = 2000;
    static constexpr int kSweepTicks = 15; // every 30 s

    PromiseAlerts(Database &db, QueueService &queue, EventHub &hub, int tickMs = kTickMs, QObject *parent = nullptr);

    // Something happened in the queue of `hallCode`.
    void changed(const QString &hallCode);

private:
    void tick();

    PromiseWatch m_watch;
    EventHub &m_hub;
    QSet<QString> m_changed; // since the last tick
    QSet<QString> m_active;  // halls with a queue event since the server started
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace ow
