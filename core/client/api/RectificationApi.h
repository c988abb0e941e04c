#pragma once

#include "core/client/ApiClient.h"
#include "core/domain/api/RectificationBodies.h"

#include <functional>

namespace ow {

// The rectifications of bad ratings (docs/api/openapi.yaml, tag rectifications), typed: a hall's
// list, one with its contacts, a contact recorded, the closing. The supervisor does these online
// (not through the outbox): each answer is the rectification as the server now holds it.
class RectificationApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit RectificationApi(ApiClient &api) : m_api(api) {}

    void list(const QString &hall, const RectificationFilter &filter, Done<RectificationList> done);
    void get(qint64 id, Done<RectificationDetail> done);
    void followUp(qint64 id, const FollowUpRequest &request, Done<RectificationDetail> done);
    void close(qint64 id, const CloseRectificationRequest &request, Done<RectificationDetail> done);

private:
    ApiClient &m_api;
};

} // namespace ow
