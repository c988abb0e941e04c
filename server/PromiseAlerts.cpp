#include "server/PromiseAlerts.h"

#include "server/EventHub.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPromise, "ow.promise")

namespace ow {

PromiseAlerts::PromiseAlerts(Database &db, QueueService &queue, EventHub &hub, int tickMs, QObject *parent)
    : QObject(parent), m_watch(db, queue), m_hub(hub)
{
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &PromiseAlerts::tick);
    m_timer.start();
}

void PromiseAlerts::changed(const QString &hallCode)
{
    m_changed.insert(hallCode);
    m_active.insert(hallCode);
}

void PromiseAlerts::tick()
{
    const bool sweep = ++m_ticks % kSweepTicks == 0;
    const QSet<QString> halls = sweep ? m_active : m_changed;
    m_changed.clear();
    for (const QString &hall : halls) {
        // Nobody to tell: no projection (a hall's tickets at risk are told once a supervisor
        // watches it, at the next tick that looks at it).
        if (!m_hub.supervisorWatches(hall))
            continue;
        auto fresh = m_watch.newlyAtRisk(hall);
        if (!fresh) {
            qCWarning(lcPromise, "cannot project the line of %s: %s", qUtf8Printable(hall), qUtf8Printable(fresh.error().detail));
            continue;
        }
        for (const PromiseRiskTicket &t : fresh.value())
            m_hub.publishToSupervisors(QStringLiteral("ticket.at_risk"), hall, t.toJson());
    }
}

} // namespace ow
