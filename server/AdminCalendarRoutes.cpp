// The working-day calendar's administration (工作日历): the effective calendar by year, and the
// import of a calendar file (JSON or CSV, docs/admin/calendar-format.md) by the city's
// administrator. The rules and the file formats live in WorkCalendar and CalendarService.
#include "core/domain/api/CalendarBodies.h"
#include "core/service/org/CalendarService.h"
#include "server/Router.h"
#include "server/Routes.h"

namespace ow {

namespace {

Status cityAdministrator(const Account &who)
{
    if (!who.isCityAdministrator())
        return forbiddenError(QStringLiteral("only the city's administrator manages the working-day calendar"));
    return okStatus();
}

// The calendar file's format, from the request's Content-Type.
Result<CalendarFileFormat> formatOf(const ApiRequest &req)
{
    const QByteArray type = req.header("Content-Type").split(';').first().trimmed().toLower();
    for (CalendarFileFormat format : {CalendarFileFormat::Json, CalendarFileFormat::Csv}) {
        if (type == calendarContentType(format))
            return format;
    }
    Error e{ErrorCode::BadRequest, QStringLiteral("a calendar file is application/json or text/csv"), {}};
    e.extra.insert(QLatin1String("fields"), QJsonObject{{QLatin1String("Content-Type"), QStringLiteral("application/json or text/csv")}});
    return e;
}

ApiResponse calendarAnswer(const CalendarService &calendar)
{
    return ApiResponse::json(CalendarAnswer{calendar.years()}.toJson());
}

} // namespace

void addCalendarRoutes(Router &router, const ServerServices &s)
{
    CalendarService &calendar = s.calendar;

    router.add(HttpMethod::Get, QStringLiteral("/api/v1/admin/calendar"), Access::needs(Permission::AdminManage),
               [&calendar](const ApiRequest &, const Account *who) -> Result<ApiResponse> {
                   if (auto st = cityAdministrator(*who); !st)
                       return st.error();
                   return calendarAnswer(calendar);
               });

    router.add(HttpMethod::Put, QStringLiteral("/api/v1/admin/calendar"), Access::needs(Permission::AdminManage),
               [&calendar](const ApiRequest &req, const Account *who) -> Result<ApiResponse> {
                   if (auto st = cityAdministrator(*who); !st)
                       return st.error();
                   auto format = formatOf(req);
                   if (!format)
                       return format.error();
                   auto imported = calendar.import(req.body, format.value(), *who);
                   if (!imported)
                       return imported.error();
                   return calendarAnswer(calendar);
               });
}

} // namespace ow
