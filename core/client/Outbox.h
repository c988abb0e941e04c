#pragma once

#include "core/domain/api/SyncBodies.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace ow {

class Database;

// One change the client made, recorded before it is sent.
struct OutboxOp
{
    enum class State { Pending, Sending, Acked, Rejected, Conflict, Discarded };
    qint64 seq = 0;   // strictly increasing on this device, never reused
    QString opId;     // a UUID: the server applies each op id once
    QString actor;    // user name
    QDateTime deviceTime;
    QString method;   // POST, PUT, PATCH, DELETE
    QString path;     // /api/v1/...
    QJsonObject body;
    State state = State::Pending;
    int status = 0;      // the server's answer to the replayed call
    QJsonObject answer;  // its body: the result, or the error with the reason
    SyncOperation toSyncOperation() const; // as a push carries it
    QString reason() const; // for rejected and conflicting ops: the server's translated message
};
QString toString(OutboxOp::State state);

// The server's answer to one op, as the outbox records it.
struct OutboxAnswer
{
    qint64 seq = 0;
    OutboxOp::State state = OutboxOp::State::Acked;
    int status = 0;
    QJsonObject answer;
};

// The client's outbox: a SQLite file of its own per server and user (synchronous=FULL), so a
// change survives a crash or a power cut between the click and the server's answer.
// pending → sending → acked, or rejected (kept and shown, never dropped silently), or conflict
// (kept for a person to resolve: send again as a new op, or discard). Ops left `sending` by a
// crash go back to `pending` when the outbox opens; the server's op ids make a resend harmless.
class Outbox
{
public:
    static Result<std::unique_ptr<Outbox>> open(const QString &path);
    ~Outbox();

    const QString &device() const { return m_device; }

    Result<OutboxOp> enqueue(const QString &method, const QString &path, const QJsonObject &body, const QString &actor,
                             const QDateTime &deviceTime);
    // The oldest ops not yet answered (pending, or sending from a batch whose end could not be
    // recorded), at most `limit`, marked `sending`. One batch at a time.
    Result<QList<OutboxOp>> takeBatch(int limit);
    Status settle(qint64 seq, OutboxOp::State state, int status, const QJsonObject &answer);
    // A whole push's answers in one transaction — one sync to disk instead of one per op; all
    // of them are recorded or none (then the batch stays `sending` and goes again).
    Status settle(const QList<OutboxAnswer> &answers);
    Status returnToPending(const QList<qint64> &seqs);
    // Acked ops above the server's cursor: the server lost them (restored from a backup).
    Result<int> requeueAckedAbove(qint64 cursor);
    Status discard(qint64 seq);
    Result<OutboxOp> resendAsNew(qint64 seq, const QDateTime &deviceTime);

    Result<int> count(OutboxOp::State state) const;
    Result<qint64> lastAckedSeq() const;
    Result<QList<OutboxOp>> problems() const; // rejected and conflict, oldest first
    Result<std::optional<OutboxOp>> find(qint64 seq) const;
    Result<int> pruneAcked(const QDateTime &before);

    // The outbox's own database (tests inject statement faults through it).
    Database &database() const { return *m_db; }

private:
    explicit Outbox(std::unique_ptr<Database> db);
    Result<QList<OutboxOp>> query(const QString &where, const QVariantList &values) const;
    std::unique_ptr<Database> m_db;
    QString m_device;
};

} // namespace ow
