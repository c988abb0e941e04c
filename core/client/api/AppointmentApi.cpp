#include "core/client/api/AppointmentApi.h"

#include "core/client/api/TypedAnswer.h"

#include "core/client/ApiClient.h"

#include <QStringList>
#include <QUrl>

namespace ow {

void AppointmentApi::book(const AppointmentBooking &booking, Done<AppointmentView> done)
{
    const QJsonObject body = booking.toJson();
    m_api.send("POST", QStringLiteral("/api/v1/appointments"), &body, answerAs(std::move(done)));
}

void AppointmentApi::find(const QString &code, Done<AppointmentView> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/appointments/") + pathSegment(code), nullptr, answerAs(std::move(done)));
}

void AppointmentApi::cancel(const QString &code, Done<AppointmentView> done)
{
    m_api.send("DELETE", QStringLiteral("/api/v1/appointments/") + pathSegment(code), nullptr, answerAs(std::move(done)));
}

void AppointmentApi::checkIn(const QString &hall, const QString &code, Done<AppointmentCheckIn> done)
{
    const QJsonObject none; // the server ignores any body
    m_api.send("POST", QStringLiteral("/api/v1/halls/%1/appointments/%2/check-in").arg(pathSegment(hall), pathSegment(code)), &none,
               answerAs(std::move(done)));
}

void AppointmentApi::forDay(const QString &hall, const QDate &day, Done<AppointmentList> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/halls/%1/appointments?day=%2").arg(pathSegment(hall), day.toString(Qt::ISODate)),
               nullptr, answerAs(std::move(done)));
}

} // namespace ow
