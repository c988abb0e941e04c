#include "core/client/SyncAgent.h"

#include "core/client/ApiClient.h"
#include "core/client/api/SyncApi.h"
#include "core/domain/util/Clock.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "ow.client.sync")

namespace ow {

SyncAgent::SyncAgent(Outbox &outbox, ApiClient &api, const Clock &clock, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_api(api), m_clock(clock)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncAgent::flush);
}

void SyncAgent::setBackoff(int firstMs, int capMs)
{
    m_firstBackoffMs = firstMs;
    m_capBackoffMs = capMs;
}

Result<OutboxOp> SyncAgent::submit(const QString &method, const QString &path, const QJsonObject &body, Done done)
{
    auto op = m_outbox.enqueue(method, path, body, m_actor, m_clock.now());
    if (!op)
        return op.error();
    if (done)
        m_waiting.insert(op.value().opId, std::move(done));
    Q_EMIT changed();
    flush();
    return op;
}

int SyncAgent::pendingCount() const
{
    const auto pending = m_outbox.count(OutboxOp::State::Pending);
    const auto sending = m_outbox.count(OutboxOp::State::Sending);
    return (pending ? pending.value() : 0) + (sending ? sending.value() : 0);
}

int SyncAgent::problemCount() const
{
    const auto p = m_outbox.problems();
    return p ? static_cast<int>(p.value().size()) : 0;
}

QList<OutboxOp> SyncAgent::problems() const
{
    auto p = m_outbox.problems();
    return p ? p.value() : QList<OutboxOp>{};
}

void SyncAgent::flush()
{
    if (m_inFlight || !m_api.hasToken())
        return;
    m_retry.stop();
    auto batch = m_outbox.takeBatch(m_batch);
    if (!batch) {
        qCWarning(lcSync) << "outbox unreadable:" << batch.error().detail;
        return;
    }
    if (batch.value().isEmpty())
        return;
    SyncPush push{m_outbox.device(), {}};
    for (const OutboxOp &op : batch.value())
        push.ops.append(op.toSyncOperation());
    m_inFlight = true;
    SyncApi(m_api).push(push, [this, sent = batch.value()](Result<SyncPushAnswer> r) {
        m_inFlight = false;
        if (r)
            onPushed(sent, r.value());
        else
            onFailed(sent);
    });
}

void SyncAgent::onPushed(const QList<OutboxOp> &batch, const SyncPushAnswer &reply)
{
    QHash<QString, qint64> seqOf;
    QList<qint64> unanswered;
    for (const OutboxOp &op : batch) {
        seqOf.insert(op.opId, op.seq);
        unanswered.append(op.seq);
    }
    bool retry = false;
    struct Answered
    {
        QString opId;
        OutboxAnswer answer;
    };
    QList<Answered> answered;
    QList<OutboxAnswer> answers;
    for (const SyncOpResult &res : reply.results) {
        const auto seq = seqOf.constFind(res.opId);
        if (seq == seqOf.constEnd())
            continue;
        if (res.outcome == SyncOutcome::Retry || res.outcome == SyncOutcome::Gap) {
            retry = true; // stays pending; a gap also brings back what the server lost (below)
            continue;
        }
        const OutboxOp::State state = res.outcome == SyncOutcome::Acked      ? OutboxOp::State::Acked
                                      : res.outcome == SyncOutcome::Conflict ? OutboxOp::State::Conflict
                                                                             : OutboxOp::State::Rejected;
        answers.append({*seq, state, res.status, res.body.toObject()});
        answered.append({res.opId, answers.last()});
    }
    // The whole push's answers in one outbox transaction (one sync to disk, not one per op).
    if (auto st = m_outbox.settle(answers); !st) {
        qCWarning(lcSync) << "cannot record the answers to" << answers.size() << "ops:" << st.error().detail;
        answered.clear(); // they stay `sending`; returned below and sent again, which the server answers the same
    }
    for (const Answered &a : std::as_const(answered))
        unanswered.removeOne(a.answer.seq);
    (void)m_outbox.returnToPending(unanswered);
    // Who waits hears only now, with the outbox in step: a callback that submits and flushes
    // takes a batch without this push's ops in it.
    for (const Answered &a : std::as_const(answered)) {
        if (const auto waiting = m_waiting.constFind(a.opId); waiting != m_waiting.constEnd()) {
            const Done done = *waiting;
            m_waiting.erase(waiting);
            done(a.answer.status, a.answer.answer);
        }
        Q_EMIT settled(a.opId, a.answer.status, a.answer.answer);
    }
    // A server restored from a backup has forgotten ops it once acknowledged: send them again.
    const qint64 cursor = reply.cursor;
    if (const auto acked = m_outbox.lastAckedSeq(); cursor >= 0 && acked && acked.value() > cursor) {
        if (auto n = m_outbox.requeueAckedAbove(cursor); n && n.value() > 0)
            qCWarning(lcSync) << "the server lost" << n.value() << "acknowledged operations (restored from a backup?); sending them again";
    }
    m_lastSync = m_clock.now();
    m_attempt = 0;
    setOnline(true);
    Q_EMIT changed();
    if (retry)
        m_retry.start(std::min(m_firstBackoffMs, 50));
    else if (pendingCount() > 0)
        QTimer::singleShot(0, this, &SyncAgent::flush);
}

void SyncAgent::onFailed(const QList<OutboxOp> &batch)
{
    QList<qint64> seqs;
    for (const OutboxOp &op : batch)
        seqs.append(op.seq);
    (void)m_outbox.returnToPending(seqs);
    setOnline(false);
    // Exponential backoff with jitter, capped: many windows coming back at once do not stampede.
    const int exp = std::min(m_attempt++, 16);
    const qint64 base = std::min<qint64>(m_capBackoffMs, qint64(m_firstBackoffMs) << exp);
    std::uniform_int_distribution<qint64> jitter(base / 2, base);
    m_retry.start(static_cast<int>(jitter(m_random)));
    Q_EMIT changed();
}

void SyncAgent::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT changed();
}

Status SyncAgent::discard(qint64 seq)
{
    auto st = m_outbox.discard(seq);
    Q_EMIT changed();
    return st;
}

Status SyncAgent::resend(qint64 seq)
{
    auto op = m_outbox.resendAsNew(seq, m_clock.now());
    Q_EMIT changed();
    if (!op)
        return op.error();
    flush();
    return okStatus();
}

} // namespace ow
