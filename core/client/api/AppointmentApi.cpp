#include "core/client/api/AppointmentApi.h"

#include "core/client/ApiClient.h"

#include <QStringList>
#include <QUrl>

namespace ow {

namespace {

// A path segment as typed (a code, a hall): escaped, so nothing typed can change the path.
QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// The answer parsed into T, or Internal naming what did not fit.
template<typename T>
ApiClient::Callback answerAs(AppointmentApi::Done<T> done)
{
    return [done = std::move(done)](Result<ApiReply> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        Result<T> parsed = T::fromJson(reply.value().json);
        if (!parsed) {
            QStringList problems;
            const QJsonObject fields = parsed.error().extra.value(QLatin1String("fields")).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                problems << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
            done(Error{ErrorCode::Internal,
                       QStringLiteral("unexpected answer from the server (%1)").arg(problems.join(QStringLiteral("; "))),
                       parsed.error().extra});
            return;
        }
        done(std::move(parsed).value());
    };
}

} // namespace

void AppointmentApi::book(const AppointmentBooking &booking, Done<AppointmentView> done)
{
    const QJsonObject body = booking.toJson();
    m_api.send("POST", QStringLiteral("/api/v1/appointments"), &body, answerAs(std::move(done)));
}

void AppointmentApi::find(const QString &code, Done<AppointmentView> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/appointments/") + segment(code), nullptr, answerAs(std::move(done)));
}

void AppointmentApi::cancel(const QString &code, Done<AppointmentView> done)
{
    m_api.send("DELETE", QStringLiteral("/api/v1/appointments/") + segment(code), nullptr, answerAs(std::move(done)));
}

void AppointmentApi::checkIn(const QString &hall, const QString &code, Done<AppointmentCheckIn> done)
{
    const QJsonObject none; // the server ignores any body
    m_api.send("POST", QStringLiteral("/api/v1/halls/%1/appointments/%2/check-in").arg(segment(hall), segment(code)), &none,
               answerAs(std::move(done)));
}

void AppointmentApi::forDay(const QString &hall, const QDate &day, Done<AppointmentList> done)
{
    m_api.send("GET", QStringLiteral("/api/v1/halls/%1/appointments?day=%2").arg(segment(hall), day.toString(Qt::ISODate)),
               nullptr, answerAs(std::move(done)));
}

} // namespace ow
