#include "core/service/queue/Appointments.h"
#include "core/service/queue/QueueService.h"
#include "server/Router.h"
#include "server/Routes.h"

#include <QJsonArray>

namespace ow {

namespace {
Error fieldError(const char *field, const QString &why)
{
    return Error{ErrorCode::ValidationFailed, why, {{QLatin1String("fields"), QJsonObject{{QLatin1String(field), why}}}}};
}

} // namespace

void addAppointmentRoutes(Router &router, const ServerServices &s)
{
    AppointmentService &appointments = s.appointments;
    QueueService &queue = s.queue;

    // The 12333 hotline, the online portal and the windows book slots for a citizen.
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/appointments"), Access::needs(Permission::AppointmentsBook),
               [&appointments](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto body = req.jsonBody();
                   if (!body)
                       return body.error();
                   const QJsonObject &b = body.value();
                   BookingRequest r;
                   r.hallCode = b.value(QLatin1String("hall")).toString();
                   r.serviceCode = b.value(QLatin1String("service")).toString();
                   r.slotAt = QDateTime::fromString(b.value(QLatin1String("slot_at")).toString(), Qt::ISODate);
                   if (!r.slotAt.isValid())
                       return fieldError("slot_at", QStringLiteral("ISO 8601 date and time with offset"));
                   const auto channel = channelFromString(b.value(QLatin1String("channel")).toString(QStringLiteral("hotline")));
                   if (!channel || *channel == Channel::Kiosk || *channel == Channel::Appointment)
                       return fieldError("channel", QStringLiteral("hotline, online or window"));
                   r.channel = *channel;
                   r.residentId = b.value(QLatin1String("resident_id")).toString();
                   r.phone = b.value(QLatin1String("phone")).toString();
                   auto booked = appointments.book(r, who->id);
                   if (!booked)
                       return booked.error();
                   return ApiResponse::json(booked.value().toJson(false), 201);
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/appointments/{code}"), Access::session(),
               [&appointments](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (!Permissions::allows(who->role, Permission::AppointmentsBook)
                       && !Permissions::allows(who->role, Permission::TicketsIssue))
                       return Error{ErrorCode::Forbidden, {}, {}};
                   auto a = appointments.find(req.params.value(QStringLiteral("code")));
                   if (!a)
                       return a.error();
                   return ApiResponse::json(a.value().toJson(false));
               });

    router.add(HttpMethod::Delete, QStringLiteral("/api/v1/appointments/{code}"), Access::needs(Permission::AppointmentsBook),
               [&appointments](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto found = appointments.find(req.params.value(QStringLiteral("code")));
                   if (!found)
                       return found.error();
                   if (!Permissions::atHall(who->hallCode, who->role, found.value().hallCode))
                       return Error{ErrorCode::Forbidden, QStringLiteral("not at hall %1").arg(found.value().hallCode), {}};
                   auto a = appointments.cancel(found.value().code, who->id);
                   if (!a)
                       return a.error();
                   return ApiResponse::json(a.value().toJson(false));
               });

    // At the kiosk: the appointment becomes a ticket that goes ahead of walk-ins once its slot comes.
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/appointments/{code}/check-in"),
               Access::needs(Permission::TicketsIssue),
               [&appointments, &queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (!Permissions::atHall(who->hallCode, who->role, hall))
                       return Error{ErrorCode::Forbidden, QStringLiteral("not at hall %1").arg(hall), {}};
                   auto done = appointments.checkIn(req.params.value(QStringLiteral("code")), hall, who->id);
                   if (!done)
                       return done.error();
                   QJsonObject ticket = done.value().second.toJson(false);
                   if (auto wait = queue.estimate(done.value().second))
                       ticket.insert(QLatin1String("wait"), wait.value().toJson());
                   return ApiResponse::json({{QLatin1String("appointment"), done.value().first.toJson(false)},
                                             {QLatin1String("ticket"), ticket}},
                                            201);
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/appointments"), Access::needs(Permission::QueueView),
               [&appointments](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   const QString hall = req.params.value(QStringLiteral("hall"));
                   if (!Permissions::atHall(who->hallCode, who->role, hall)
                       && !Permissions::allows(who->role, Permission::QueueSupervise))
                       return Error{ErrorCode::Forbidden, QStringLiteral("not at hall %1").arg(hall), {}};
                   const QDate day = QDate::fromString(req.query.queryItemValue(QStringLiteral("day")), Qt::ISODate);
                   if (!day.isValid())
                       return fieldError("day", QStringLiteral("yyyy-MM-dd"));
                   auto list = appointments.forDay(hall, day);
                   if (!list)
                       return list.error();
                   QJsonArray items;
                   for (const Appointment &a : list.value())
                       items.append(a.toJson(false));
                   return ApiResponse::json({{QLatin1String("appointments"), items}});
               });
}

} // namespace ow
