#pragma once

#include "core/domain/api/AppointmentBodies.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QString>

#include <functional>

namespace ow {

class ApiClient;

// The appointments area of the API (预约, docs/api/openapi.yaml tag appointments), typed: one
// method per operation, each ending in exactly one call of `done` with the answer's contract
// type or an Error — the server's (code and translated message), Unavailable when it cannot be
// reached, Internal (the answer's problems in `detail`) when its answer does not parse.
// Cheap to make: it holds only the transport, and the callbacks do not need it to live on.
class AppointmentApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit AppointmentApi(ApiClient &api) : m_api(api) {}

    void book(const AppointmentBooking &booking, Done<AppointmentView> done);
    void find(const QString &code, Done<AppointmentView> done);
    void cancel(const QString &code, Done<AppointmentView> done);
    // At the kiosk of `hall`: the appointment checked in, and the ticket issued for it.
    void checkIn(const QString &hall, const QString &code, Done<AppointmentCheckIn> done);
    void forDay(const QString &hall, const QDate &day, Done<AppointmentList> done);

private:
    ApiClient &m_api;
};

} // namespace ow
