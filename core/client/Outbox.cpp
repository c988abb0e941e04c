#include "core/client/Outbox.h"

#include "core/domain/util/EnumText.h"
#include "core/sql/Database.h"

#include <QJsonDocument>
#include <QUuid>

namespace ow {

namespace {
constexpr EnumText<OutboxOp::State, 6> kStates{{{{OutboxOp::State::Pending, "pending"},
                                                 {OutboxOp::State::Sending, "sending"},
                                                 {OutboxOp::State::Acked, "acked"},
                                                 {OutboxOp::State::Rejected, "rejected"},
                                                 {OutboxOp::State::Conflict, "conflict"},
                                                 {OutboxOp::State::Discarded, "discarded"}}}};

const QList<Migration> &outboxSchema()
{
    static const QList<Migration> steps{
        {1,
         "outbox",
         {
             // AUTOINCREMENT: a sequence number is never used twice, even after pruning.
             QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE, "
                            "actor TEXT NOT NULL, device_time TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, "
                            "body TEXT NOT NULL, state TEXT NOT NULL, status INTEGER NOT NULL DEFAULT 0, "
                            "answer TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX outbox_state ON outbox(state, seq)"),
             QStringLiteral("CREATE TABLE outbox_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         }},
    };
    return steps;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QJsonObject parse(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}
} // namespace

QString toString(OutboxOp::State state)
{
    return kStates.toString(state);
}

SyncOperation OutboxOp::toSyncOperation() const
{
    const bool bodyless = body.isEmpty() && method == QLatin1String("DELETE");
    return {opId, seq, method, path, bodyless ? std::nullopt : std::optional<QJsonObject>(body), deviceTime, actor};
}

QString OutboxOp::reason() const
{
    const QJsonObject error = answer.value(QLatin1String("error")).toObject();
    QString text = error.value(QLatin1String("message")).toString();
    const QString detail = error.value(QLatin1String("reason")).toString(answer.value(QLatin1String("reason")).toString());
    if (!detail.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" (")) + detail + (text.isEmpty() ? QString() : QStringLiteral(")"));
    return text;
}

Outbox::Outbox(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
Outbox::~Outbox() = default;

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path)
{
    DatabaseLocation loc;
    loc.sqlitePath = path;
    auto db = Database::open(loc, outboxSchema());
    if (!db)
        return db.error();
    std::unique_ptr<Outbox> box(new Outbox(std::move(db).value()));
    auto q = box->m_db->exec(QStringLiteral("SELECT value FROM outbox_meta WHERE name = 'device'"));
    if (!q)
        return q.error();
    if (q.value().next()) {
        box->m_device = q.value().value(0).toString();
    } else {
        box->m_device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto st = box->m_db->run(QStringLiteral("INSERT INTO outbox_meta (name, value) VALUES ('device', ?)"), {box->m_device}); !st)
            return st.error();
    }
    // The watchdog: whatever was being sent when the program stopped is pending again.
    if (auto st = box->m_db->run(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state = 'sending'")); !st)
        return st.error();
    return box;
}

Result<OutboxOp> Outbox::enqueue(const QString &method, const QString &path, const QJsonObject &body, const QString &actor,
                                 const QDateTime &deviceTime)
{
    OutboxOp op;
    op.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.actor = actor;
    op.deviceTime = deviceTime;
    op.method = method;
    op.path = path;
    op.body = body;
    auto q = m_db->exec(QStringLiteral("INSERT INTO outbox (op_id, actor, device_time, method, path, body, state, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)"),
                        {op.opId, actor, deviceTime.toString(Qt::ISODateWithMs), method, path, compact(body),
                         deviceTime.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    op.seq = q.value().lastInsertId().toLongLong();
    return op;
}

Result<QList<OutboxOp>> Outbox::query(const QString &where, const QVariantList &values) const
{
    auto q = m_db->exec(QStringLiteral("SELECT seq, op_id, actor, device_time, method, path, body, state, status, answer "
                                       "FROM outbox WHERE ")
                            + where,
                        values);
    if (!q)
        return q.error();
    QList<OutboxOp> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        OutboxOp op;
        op.seq = r.value(0).toLongLong();
        op.opId = r.value(1).toString();
        op.actor = r.value(2).toString();
        op.deviceTime = QDateTime::fromString(r.value(3).toString(), Qt::ISODateWithMs);
        op.method = r.value(4).toString();
        op.path = r.value(5).toString();
        op.body = parse(r.value(6).toString());
        op.state = kStates.fromString(r.value(7).toString()).value_or(OutboxOp::State::Pending);
        op.status = r.value(8).toInt();
        op.answer = parse(r.value(9).toString());
        out.append(op);
    }
    return out;
}

Result<QList<OutboxOp>> Outbox::takeBatch(int limit)
{
    QList<OutboxOp> batch;
    Status st = m_db->transaction([&]() -> Status {
        // The agent holds one batch at a time, so anything still `sending` now belongs to a
        // batch whose end could not be recorded (a failed write): it goes again, in order.
        auto ops = query(QStringLiteral("state IN ('pending', 'sending') ORDER BY seq LIMIT ?"), {limit});
        if (!ops)
            return ops.error();
        batch = ops.value();
        if (batch.isEmpty())
            return okStatus();
        // The batch is every unanswered op from its first to its last sequence number: one
        // statement marks them all.
        if (auto s = m_db->run(QStringLiteral("UPDATE outbox SET state = 'sending' WHERE state = 'pending' AND seq BETWEEN ? AND ?"),
                               {batch.first().seq, batch.last().seq});
            !s)
            return s;
        for (OutboxOp &op : batch)
            op.state = OutboxOp::State::Sending;
        return okStatus();
    });
    if (!st)
        return st.error();
    return batch;
}

Status Outbox::settle(qint64 seq, OutboxOp::State state, int status, const QJsonObject &answer)
{
    return settle(QList<OutboxAnswer>{{seq, state, status, answer}});
}

Status Outbox::settle(const QList<OutboxAnswer> &answers)
{
    if (answers.isEmpty())
        return okStatus();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return m_db->transaction([&]() -> Status {
        for (const OutboxAnswer &a : answers) {
            if (auto s = m_db->run(QStringLiteral("UPDATE outbox SET state = ?, status = ?, answer = ?, updated_at = ? WHERE seq = ?"),
                                   {toString(a.state), a.status, compact(a.answer), now, a.seq});
                !s)
                return s;
        }
        return okStatus();
    });
}

Status Outbox::returnToPending(const QList<qint64> &seqs)
{
    if (seqs.isEmpty())
        return okStatus();
    return m_db->transaction([&]() -> Status {
        for (qint64 seq : seqs) {
            if (auto s = m_db->run(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE seq = ? AND state = 'sending'"), {seq}); !s)
                return s;
        }
        return okStatus();
    });
}

Result<int> Outbox::requeueAckedAbove(qint64 cursor)
{
    auto q = m_db->exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state = 'acked' AND seq > ?"), {cursor});
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

Status Outbox::discard(qint64 seq)
{
    return m_db->run(QStringLiteral("UPDATE outbox SET state = 'discarded' WHERE seq = ? AND state IN ('rejected', 'conflict')"), {seq});
}

Result<OutboxOp> Outbox::resendAsNew(qint64 seq, const QDateTime &deviceTime)
{
    auto old = find(seq);
    if (!old)
        return old.error();
    if (!old.value() || (old.value()->state != OutboxOp::State::Rejected && old.value()->state != OutboxOp::State::Conflict))
        return Error{ErrorCode::Conflict, QStringLiteral("op %1 is not waiting for a decision").arg(seq), {}};
    Result<OutboxOp> fresh = Error{ErrorCode::Internal, {}, {}};
    Status st = m_db->transaction([&]() -> Status {
        if (auto s = discard(seq); !s)
            return s;
        fresh = enqueue(old.value()->method, old.value()->path, old.value()->body, old.value()->actor, deviceTime);
        return fresh ? okStatus() : Status(fresh.error());
    });
    if (!st)
        return st.error();
    return fresh;
}

Result<int> Outbox::count(OutboxOp::State state) const
{
    auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"), {toString(state)});
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Result<qint64> Outbox::lastAckedSeq() const
{
    auto q = m_db->exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM outbox WHERE state = 'acked'"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<QList<OutboxOp>> Outbox::problems() const
{
    return query(QStringLiteral("state IN ('rejected', 'conflict') ORDER BY seq"), {});
}

Result<std::optional<OutboxOp>> Outbox::find(qint64 seq) const
{
    auto ops = query(QStringLiteral("seq = ?"), {seq});
    if (!ops)
        return ops.error();
    if (ops.value().isEmpty())
        return std::optional<OutboxOp>{};
    return std::optional<OutboxOp>(ops.value().first());
}

Result<int> Outbox::pruneAcked(const QDateTime &before)
{
    auto q = m_db->exec(QStringLiteral("DELETE FROM outbox WHERE state IN ('acked', 'discarded') AND updated_at < ?"),
                        {before.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

} // namespace ow
