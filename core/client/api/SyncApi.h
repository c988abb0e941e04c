#pragma once

#include "core/domain/api/SyncBodies.h"

#include <functional>

namespace ow {

class ApiClient;

// The typed calls of the outbox's sync (docs/api/openapi.yaml, tag sync).
class SyncApi
{
public:
    explicit SyncApi(ApiClient &api) : m_api(api) {}

    void push(const SyncPush &push, std::function<void(Result<SyncPushAnswer>)> done);
    void cursor(const QString &device, std::function<void(Result<SyncCursor>)> done);

private:
    ApiClient &m_api;
};

} // namespace ow
