#pragma once

#include "core/client/Outbox.h"
#include "core/domain/api/SyncBodies.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <random>

namespace ow {

class ApiClient;
class Clock;

// Drains the outbox to the server's /api/v1/sync/push, in order, in batches. A change is
// committed to the outbox first (submit), then sent at once when the server is reachable;
// otherwise it waits, and the agent retries with exponential backoff and jitter (capped) until the
// server answers again. Whoever needs the server's answer (a call-next needs its ticket) passes a
// callback; it runs when the op is acked, rejected or in conflict.
class SyncAgent : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(int status, const QJsonObject &answer)>;
    static constexpr int kBatch = 200;

    SyncAgent(Outbox &outbox, ApiClient &api, const Clock &clock, QObject *parent = nullptr);

    void setActor(const QString &username) { m_actor = username; }
    void setBackoff(int firstMs, int capMs);
    void setBatchSize(int ops) { m_batch = std::clamp(ops, 1, kBatch); } // a slow link may want smaller pushes

    // Records the change in the outbox, then tries to send it.
    Result<OutboxOp> submit(const QString &method, const QString &path, const QJsonObject &body, Done done = {});
    void flush();

    bool isOnline() const { return m_online; }
    bool isSending() const { return m_inFlight; }
    int pendingCount() const;
    int problemCount() const;
    QList<OutboxOp> problems() const;
    QDateTime lastSync() const { return m_lastSync; }
    Outbox &outbox() { return m_outbox; }

    // A person's decision on a rejected or conflicting op.
    Status discard(qint64 seq);
    Status resend(qint64 seq);

Q_SIGNALS:
    void changed(); // online state, pending count, last sync or problems changed
    void settled(const QString &opId, int status, const QJsonObject &answer);

private:
    void onPushed(const QList<OutboxOp> &batch, const SyncPushAnswer &reply);
    void onFailed(const QList<OutboxOp> &batch);
    void setOnline(bool online);

    Outbox &m_outbox;
    ApiClient &m_api;
    const Clock &m_clock;
    QString m_actor;
    QHash<QString, Done> m_waiting; // op id → who waits for the answer (this run of the program)
    bool m_inFlight = false;
    bool m_online = true;
    int m_attempt = 0;
    int m_firstBackoffMs = 500;
    int m_capBackoffMs = 30000;
    int m_batch = kBatch;
    QTimer m_retry;
    QDateTime m_lastSync;
    std::mt19937 m_random{std::random_device{}()};
};

} // namespace ow
