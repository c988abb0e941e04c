#pragma once

namespace ow {

class AccountAdmin;
class AdminLog;
class AppointmentService;
class DeviceAdmin;
class OrgAdmin;
class AuthService;
class CalendarService;
class CaseService;
class CatalogueService;
class CatalogueVersions;
class Clock;
class Database;
class LanguagePack;
class DelegationService;
class OfflineWindow;
class QueueService;
class RatingService;
class ReportService;
class RiskService;
class SyncIngest;
class WorkOrderService;
class TrainingService;
class Router;

// The administration's services.
struct AdminServices
{
    AdminLog &log;
    AccountAdmin &accounts;
    OrgAdmin &org;
    DeviceAdmin &devices;
};

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
    const AdminServices &admin;
    CalendarService &calendar;
    DelegationService &delegation;
    CatalogueVersions &catalogueVersions;
    const Clock &clock;
    ReportService &reports;
    RiskService &risk;
    // The translations, for answers whose texts are made per request (risk alerts' findings).
    const LanguagePack &languages;
    WorkOrderService &workOrders;
    TrainingService &training;
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
void addAccountAdminRoutes(Router &router, const ServerServices &services);
void addOrgAdminRoutes(Router &router, const ServerServices &services);
void addDeviceAdminRoutes(Router &router, const ServerServices &services);
void addAdminChangeRoutes(Router &router, const ServerServices &services);
void addOrgExchangeRoutes(Router &router, const ServerServices &services);
void addCalendarRoutes(Router &router, const ServerServices &services);   // AdminCalendarRoutes.cpp
void addDelegationRoutes(Router &router, const ServerServices &services); // AdminDelegationRoutes.cpp
// A hall's queue rules (QueueRulesRoutes.cpp): administrators set them, the hall's devices read them.
void addQueueRulesRoutes(Router &router, const ServerServices &services);
// Catalogue versions (CatalogueVersionRoutes.cpp): import, compare, put in force now or from a day.
void addCatalogueVersionRoutes(Router &router, const ServerServices &services);
// The performance reports (ReportRoutes.cpp): queue and case figures by hall, window, teller, matter…, JSON or CSV.
void addReportRoutes(Router &router, const ServerServices &services);
// The follow-up of bad ratings (RectificationRoutes.cpp): list, read, record a contact, close.
void addRectificationRoutes(Router &router, const ServerServices &services);
// Risk control (RiskRoutes.cpp): rules and their versions, alerts, their disposal, the sweep, the day's summary.
void addRiskRoutes(Router &router, const ServerServices &services);
// Planning for the 15-minute promise (PlanningRoutes.cpp): a hall's arrival forecast.
void addPlanningRoutes(Router &router, const ServerServices &services);
// The guide desk: matter search, consultations (GuideRoutes.cpp).
void addGuideRoutes(Router &router, const ServerServices &services);
// The 15-minute circle (CoverageRoutes.cpp): the nearest halls that may accept a matter, the coverage report.
void addCoverageRoutes(Router &router, const ServerServices &services);
// The 12333 hotline's work orders (WorkOrderRoutes.cpp): record, read, list, route, answer, close, book; their report.
void addWorkOrderRoutes(Router &router, const ServerServices &services);
// Training sessions at training halls (TrainingRoutes.cpp): start, read the report, end; a training ticket's citizen.
void addTrainingRoutes(Router &router, const ServerServices &services);

} // namespace ow
