#pragma once

#include "core/domain/api/CoverageBodies.h"

#include <functional>

namespace ow {

class ApiClient;

// The 15-minute circle, typed: the halls nearest a place that may accept a matter, and the
// coverage report. Every call ends in exactly one callback: the answer, or an Error (the
// server's, Unavailable when it cannot be reached, Internal when an answer does not fit).
class CoverageApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit CoverageApi(ApiClient &api) : m_api(api) {}

    // GET /api/v1/org/halls/nearest; limit ≤ 0: the server's default.
    void nearest(GeoPoint from, const QString &service, int limit, Done<NearestHallsAnswer> done);
    // The same from a hall's own place (?hall=CODE): what a kiosk asks.
    void nearestFromHall(const QString &hall, const QString &service, int limit, Done<NearestHallsAnswer> done);
    // GET /api/v1/reports/coverage; an empty service: every matter.
    void coverage(const QString &service, Done<CoverageAnswer> done);

private:
    ApiClient &m_api;
};

} // namespace ow
