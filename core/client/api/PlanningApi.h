#pragma once

#include "core/domain/api/AdviceBodies.h"
#include "core/domain/api/QueueBodies.h"
#include "core/domain/api/StaffingBodies.h"

#include <QDate>

#include <functional>

namespace ow {

class ApiClient;

// Planning for the 15-minute promise, typed: a hall's staffing plan for the coming days, the live
// advice, and following it. Every call ends in exactly one callback: the answer, or an Error (the
// server's, Unavailable when it cannot be reached, Internal when an answer does not fit).
class PlanningApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit PlanningApi(ApiClient &api) : m_api(api) {}

    // GET /api/v1/halls/{hall}/staffing; an invalid `from`: tomorrow (the server's default).
    void staffing(const QString &hall, const QDate &from, int days, Done<HallStaffingPlan> done);
    // GET /api/v1/halls/{hall}/advice.
    void advice(const QString &hall, Done<HallAdvice> done);
    // Opens the window the advice names with the profile it gives: PUT …/windows/{n}/profile,
    // then PUT …/windows/{n} open (nothing opened when the profile is refused).
    void openTidal(const QString &hall, const TidalOpening &opening, Done<WindowStateResult> done);

private:
    ApiClient &m_api;
};

} // namespace ow
