#include "server/SyncIngest.h"

#include "core/domain/security/Account.h"
#include "core/domain/util/Clock.h"
#include "core/service/sync/SyncLog.h"
#include "core/sql/Database.h"
#include "server/SyncReplay.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace ow {

namespace {

SyncOpResult result(const SyncOperation &op, SyncOutcome outcome, int status, const QJsonValue &body)
{
    return {op.opId, op.seq, outcome, status, body};
}

SyncOpResult refusal(const SyncOperation &op, SyncOutcome outcome, const QString &reason)
{
    return result(op, outcome, 409, QJsonObject{{QLatin1String("reason"), reason}});
}

} // namespace

SyncIngest::SyncIngest(Database &db, const Clock &clock, Dispatch dispatch)
    : m_db(db), m_log(db), m_clock(clock), m_dispatch(std::move(dispatch))
{}

Result<QString> SyncIngest::instance() const
{
    return m_log.instance();
}

Result<SyncCursor> SyncIngest::cursor(const QString &device) const
{
    if (device.trimmed().isEmpty())
        return invalidFieldError(QStringLiteral("device"), QStringLiteral("required"));
    auto id = m_log.instance();
    if (!id)
        return id.error();
    auto c = m_log.cursor(device);
    if (!c)
        return c.error();
    return SyncCursor{id.value(), device, c.value()};
}

Result<SyncPushAnswer> SyncIngest::push(const ApiRequest &request, const Account &who) const
{
    auto push = SyncReplay::decode(request);
    if (!push)
        return push.error();
    const QString &device = push.value().device;
    auto id = m_log.instance();
    if (!id)
        return id.error();

    SyncPushAnswer answer{id.value(), 0, {}};
    bool retryRest = false;
    auto known = m_log.cursor(device); // kept in step below: one read per push
    if (!known)
        return known.error();
    qint64 cursor = known.value();
    // Group commit: the whole push is one transaction (one fsync); each operation runs in a
    // savepoint of its own, so a failing one undoes only itself. The device's cursor is written
    // once, at the end, in the same transaction: it says the same as one write per op would.
    const Status batch = m_db.transaction([&]() -> Status {
        for (const SyncOperation &op : push.value().ops) {
            if (retryRest) {
                answer.results.append(result(op, SyncOutcome::Retry, 503, QJsonValue()));
                continue;
            }
            // Seen before: the stored answer, nothing applied again.
            auto stored = m_log.find(op.opId);
            if (!stored)
                return stored.error();
            if (const auto &seen = stored.value()) {
                if (seen->device != device || seen->seq != op.seq)
                    answer.results.append(refusal(op, SyncOutcome::Conflict, QStringLiteral("op id used by another operation")));
                else
                    answer.results.append(result(op, seen->outcome, seen->status, SyncReplay::answerBody(seen->response)));
                continue;
            }
            if (op.seq <= cursor) {
                answer.results.append(refusal(op, SyncOutcome::Conflict,
                                              QStringLiteral("out of order: sequence %1 is not after %2").arg(op.seq).arg(cursor)));
                continue;
            }
            if (op.seq > cursor + 1) {
                // An earlier op of this device is missing here (a server restored from a backup):
                // nothing is applied out of order; the client sends the missing ones first.
                answer.results.append(refusal(
                    op, SyncOutcome::Gap, QStringLiteral("sequence %1 follows %2: earlier operations are missing").arg(op.seq).arg(cursor)));
                continue;
            }

            const ApiRequest replay = SyncReplay::request(op, request, device);
            ApiResponse reply;
            const auto record = [&]() -> Status {
                return m_log.record(op, device, who.id, reply.status, reply.body, m_clock.now());
            };
            // The replayed call in a savepoint of its own, with its stored answer when it is
            // kept: a refusal undoes whatever the call began, and an answer that cannot be
            // stored undoes the call.
            bool replayed = false;
            const Status kept = m_db.transaction([&]() -> Status {
                replayed = true;
                reply = m_dispatch(replay, who); // the push's login, checked once; permissions per op
                if (reply.status >= 300)
                    return Error{ErrorCode::Conflict, QStringLiteral("refused"), {}};
                return record();
            });
            // Not an answer to keep, and the op is tried again: the savepoint could not be made
            // (nothing ran), or not be released or its answer not stored (what ran was undone),
            // or the call failed on the server's side; or a refusal could not be stored.
            const bool answered = replayed && reply.status < 500 && (reply.status < 300 ? kept.ok() : record().ok());
            if (!answered) {
                retryRest = true;
                answer.results.append(result(op, SyncOutcome::Retry, 503, QJsonValue()));
                continue;
            }
            cursor = op.seq;
            answer.results.append(result(op, syncOutcomeOfStatus(reply.status), reply.status, SyncReplay::answerBody(reply.body)));
        }
        if (cursor == known.value())
            return okStatus();
        return m_log.setCursor(device, cursor, m_clock.now());
    });
    if (!batch)
        return Error{ErrorCode::Unavailable, batch.error().detail, {}};
    auto after = m_log.cursor(device);
    if (!after)
        return after.error();
    answer.cursor = after.value();
    return answer;
}

} // namespace ow
