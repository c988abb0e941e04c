#pragma once

namespace ow {

class AppointmentService;
class AuthService;
class CalendarService;
class CaseService;
class CatalogueService;
class Database;
class DelegationService;
class OfflineWindow;
class QueueService;
class RatingService;
class SyncIngest;
class Router;

// The services the route handlers translate to and from HTTP.
struct ServerServices
{
    Database &db;
    AuthService &auth;
    const CatalogueService &catalogue;
    QueueService &queue;
    RatingService &ratings;
    AppointmentService &appointments;
    const SyncIngest &sync;
    OfflineWindow &offline;
    CaseService &cases;
    CalendarService &calendar;
    DelegationService &delegation;
};

void addSystemRoutes(Router &router, const ServerServices &services);
void addSessionRoutes(Router &router, const ServerServices &services);
void addCatalogueRoutes(Router &router, const ServerServices &services);
void addOrgRoutes(Router &router, const ServerServices &services);
void addQueueRoutes(Router &router, const ServerServices &services);
void addAppointmentRoutes(Router &router, const ServerServices &services);
void addPublicRoutes(Router &router, const ServerServices &services);
void addSyncRoutes(Router &router, const ServerServices &services);
void addOfflineRoutes(Router &router, const ServerServices &services);
void addCaseRoutes(Router &router, const ServerServices &services);
void addCalendarRoutes(Router &router, const ServerServices &services);   // AdminCalendarRoutes.cpp
void addDelegationRoutes(Router &router, const ServerServices &services); // AdminDelegationRoutes.cpp

} // namespace ow
