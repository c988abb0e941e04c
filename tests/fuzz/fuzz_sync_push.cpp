// libFuzzer target: the sync push decoder (POST /api/v1/sync/push): the body as SyncIngest reads
// it (server/SyncReplay: the JSON object, SyncPush::fromJson in core/domain/api/SyncBodies, the
// replayable-path rule) and the REST call each operation replays; and, on the client's side, the
// push's answer (SyncPushAnswer) and a cursor (SyncCursor). Besides "never crashes":
//  - a refused push is InvalidJson or ValidationFailed naming a field;
//  - an accepted push has a device, 1 to 500 operations in the order of their unique sequence
//    numbers, unique op ids, and only POST/PUT/PATCH/DELETE calls;
//  - every replayed call goes, as the router sees its path, to an /api/v1/ path other than the
//    sync calls themselves (no push inside a push), from the device, with the operation's body;
//  - a push, answer or cursor encoded again decodes to an equal value.
#include "core/domain/api/HttpMethod.h"
#include "core/domain/api/SyncBodies.h"
#include "server/HttpTypes.h"
#include "server/SyncReplay.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QSet>

using namespace ow;
using ow::fuzz::compact;
using ow::fuzz::require;

namespace {

void checkRefusal(const Error &e, const QByteArray &input)
{
    require(e.code == ErrorCode::InvalidJson || e.code == ErrorCode::ValidationFailed,
            "a push that does not fit is InvalidJson or ValidationFailed", input);
    if (e.code == ErrorCode::ValidationFailed)
        require(!e.extra.value(QLatin1String("fields")).toObject().isEmpty(), "ValidationFailed names a field", input);
}

void checkReplay(const SyncOperation &op, const ApiRequest &push, const QString &device, const QByteArray &input)
{
    const ApiRequest replay = SyncReplay::request(op, push, device);
    require(isReplayable(replay.method), "a replayed call is POST, PUT, PATCH or DELETE", input);
    require(replay.path.startsWith(QLatin1String("/api/v1/")) && !replay.path.startsWith(QLatin1String("/api/v1/sync")),
            "a replayed call goes to an /api/v1/ path other than /api/v1/sync",
            "path " + op.path.toUtf8() + " is replayed as " + replay.path.toUtf8() + "\ninput: " + input);
    require(replay.source == QLatin1String("outbox:") + device, "a replayed call comes from the device", input);
    require(replay.language == push.language && replay.headers == push.headers, "a replayed call keeps the push's login and language", input);
    if (op.body) {
        const Result<QJsonObject> body = replay.jsonBody();
        require(body.ok() && body.value() == *op.body, "a replayed call carries the operation's body", input);
    } else {
        require(replay.body.isEmpty(), "an operation without a body replays without one", input);
    }
}

void checkPush(const SyncPush &push, const ApiRequest &request)
{
    const QByteArray &input = request.body;
    require(!push.device.trimmed().isEmpty() && push.device.size() <= SyncPush::kMaxDeviceLength, "a push names its device", input);
    require(!push.ops.isEmpty() && push.ops.size() <= SyncPush::kMaxOps, "a push has 1 to 500 operations", input);
    QSet<QString> ids;
    for (qsizetype i = 0; i < push.ops.size(); ++i) {
        const SyncOperation &op = push.ops.at(i);
        require(op.seq > 0 && (i == 0 || push.ops.at(i - 1).seq < op.seq), "operations in the order of unique sequence numbers", input);
        require(!op.opId.isEmpty() && op.opId.size() <= SyncOperation::kMaxOpIdLength && !ids.contains(op.opId), "unique op ids", input);
        ids.insert(op.opId);
        checkReplay(op, request, push.device, input);
    }
    ApiRequest again = request;
    again.body = compact(push.toJson());
    const Result<SyncPush> decoded = SyncReplay::decode(again);
    require(decoded.ok() && decoded.value() == push, "a push encoded again decodes to the same push", again.body + "\ninput: " + input);
}

template<typename T>
void checkRoundTrip(const QJsonObject &o, const char *what, const QByteArray &input)
{
    const Result<T> first = T::fromJson(o);
    if (!first) {
        checkRefusal(first.error(), input);
        return;
    }
    const Result<T> second = T::fromJson(first.value().toJson());
    require(second.ok() && second.value() == first.value(), what, compact(first.value().toJson()) + "\ninput: " + input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ApiRequest request;
    request.body = ow::fuzz::bytes(data, size);
    request.language = QStringLiteral("en");
    request.headers = {{"Authorization", "Bearer fuzz"}};
    const Result<SyncPush> push = SyncReplay::decode(request);
    if (push)
        checkPush(push.value(), request);
    else
        checkRefusal(push.error(), request.body);

    // The same bytes as the server's answer and as a stored answer, read by the client.
    const QJsonValue stored = SyncReplay::answerBody(request.body);
    require(stored.isObject() || stored.isArray() || stored.isNull(), "a stored answer is an object, an array or null", request.body);
    if (const Result<QJsonObject> json = request.jsonBody()) {
        checkRoundTrip<SyncPushAnswer>(json.value(), "a push's answer encoded again decodes to the same", request.body);
        checkRoundTrip<SyncCursor>(json.value(), "a cursor encoded again decodes to the same", request.body);
    }
    return 0;
}
