#include "core/domain/api/AppointmentBodies.h"
#include "core/service/queue/Appointments.h"
#include "core/service/queue/QueueService.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

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
                   auto booking = AppointmentBooking::fromJson(body.value());
                   if (!booking)
                       return booking.error();
                   auto booked = appointments.book(booking.value(), who->id);
                   if (!booked)
                       return booked.error();
                   return ApiResponse::json(booked.value().view(false).toJson(), 201);
               });

    // Tellers look bookings up, and so does the kiosk (tickets.issue), to show what was booked.
    router.add(HttpMethod::Get, QStringLiteral("/api/v1/appointments/{code}"),
               Access::needsAnyOf({Permission::AppointmentsBook, Permission::TicketsIssue}),
               [&appointments](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   auto a = appointments.find(req.params.value(QStringLiteral("code")));
                   if (!a)
                       return a.error();
                   return ApiResponse::json(a.value().view(false).toJson());
               });

    router.add(HttpMethod::Delete, QStringLiteral("/api/v1/appointments/{code}"), Access::needs(Permission::AppointmentsBook),
               [&appointments](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto found = appointments.find(req.params.value(QStringLiteral("code")));
                   if (!found)
                       return found.error();
                   if (auto st = requireHall(*who, found.value().hallCode); !st)
                       return st.error();
                   auto a = appointments.cancel(found.value().code, who->id);
                   if (!a)
                       return a.error();
                   return ApiResponse::json(a.value().view(false).toJson());
               });

    // At the kiosk: the appointment becomes a ticket that goes ahead of walk-ins once its slot comes.
    router.add(HttpMethod::Post, QStringLiteral("/api/v1/halls/{hall}/appointments/{code}/check-in"),
               Access::needs(Permission::TicketsIssue).inHall(),
               [&appointments, &queue](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   auto done = appointments.checkIn(req.params.value(QStringLiteral("code")),
                                                    req.params.value(QStringLiteral("hall")), who->id);
                   if (!done)
                       return done.error();
                   AppointmentCheckIn answer;
                   answer.appointment = done.value().first.view(false);
                   answer.ticket = done.value().second;
                   if (auto wait = queue.estimate(answer.ticket))
                       answer.wait = wait.value();
                   return ApiResponse::json(answer.toJson(), 201);
               });

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/halls/{hall}/appointments"),
               Access::needs(Permission::QueueView).inHall(HallScope::OwnOrSupervisor),
               [&appointments](const ApiRequest &req, const Account *) -> Result<ApiResponse> {
                   const QDate day = QDate::fromString(req.query.queryItemValue(QStringLiteral("day")), Qt::ISODate);
                   if (!day.isValid())
                       return invalidFieldError(QStringLiteral("day"), QStringLiteral("yyyy-MM-dd"));
                   auto list = appointments.forDay(req.params.value(QStringLiteral("hall")), day);
                   if (!list)
                       return list.error();
                   AppointmentList answer;
                   for (const Appointment &a : list.value())
                       answer.appointments.append(a.view(false));
                   return ApiResponse::json(answer.toJson());
               });
}

} // namespace ow
