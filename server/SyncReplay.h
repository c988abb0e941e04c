#pragma once

#include "core/domain/api/SyncBodies.h"
#include "core/domain/util/Error.h"
#include "server/HttpTypes.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace ow {

// The pure half of SyncIngest, apart from the database so that it can be fuzzed alone
// (tests/fuzz): which pushes are refused before anything is read or written, and the REST call
// each operation of a push replays.
class SyncReplay
{
public:
    // The push in a request's body: InvalidJson, or ValidationFailed naming the field — also when
    // an operation's path is not an /api/v1/ path, or is one of the sync calls themselves.
    static Result<SyncPush> decode(const ApiRequest &request);
    // The call `op` replays: its method, path, query and body, with the push's own headers and
    // language, from the device (not the address it synced from).
    static ApiRequest request(const SyncOperation &op, const ApiRequest &push, const QString &device);
    // A replayed call's answer as stored with its result: an object or an array, else null.
    static QJsonValue answerBody(const QByteArray &bytes);
};

} // namespace ow
