#pragma once

#include "core/domain/api/SessionBodies.h"
#include "core/domain/catalogue/Catalogue.h"

#include <functional>
#include <optional>

namespace ow {

class ApiClient;

// The typed calls of a session: health, log in and out, who am I, the catalogue and the halls
// (docs/api/openapi.yaml, tags system, sessions, catalogue, org).
class SessionApi
{
public:
    explicit SessionApi(ApiClient &api) : m_api(api) {}

    void health(std::function<void(Result<HealthAnswer>)> done);
    void login(const LoginRequest &request, std::function<void(Result<LoginAnswer>)> done);
    void logout(std::function<void(Status)> done);
    void me(std::function<void(Result<Account>)> done);

    // The catalogue, unless it is still the one with `knownEtag`: then no body (std::nullopt).
    struct CatalogueAnswer
    {
        std::optional<Catalogue> catalogue; // empty: unchanged
        QByteArray etag;
        QByteArray json;                    // as received, for the local cache
    };
    void catalogue(const QByteArray &knownEtag, std::function<void(Result<CatalogueAnswer>)> done);
    void halls(std::function<void(Result<HallsAnswer>)> done);

private:
    ApiClient &m_api;
};

} // namespace ow
