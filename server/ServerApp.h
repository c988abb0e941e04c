#pragma once

#include "server/ServerConfig.h"
#include "core/domain/util/Clock.h"
#include "core/domain/util/Error.h"
#include "core/domain/util/LanguagePack.h"
#include "core/domain/org/Org.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

namespace ow {

struct AuditVerification;
class AccountAdmin;
class AdminLog;
class ApiServer;
class DeviceAdmin;
class OrgAdmin;
struct AdminServices;
class AppointmentService;
class AuthService;
class CalendarService;
class CatalogueService;
class CatalogueVersions;
class Database;
class EventHub;
class PromiseAlerts;
class QueueService;
class RatingService;
class ReportService;
class RiskEngine;
class RiskService;
class SyncIngest;
class OfflineWindow;
class CaseService;
class CommitGroup;
class DelegationService;
class SmsGateway;
class WorkOrderService;
class TrainingService;

// Wires the server together: database, catalogue import, demo seed, services and the HTTP edge.
class ServerApp
{
public:
    explicit ServerApp(ServerConfig config);
    ~ServerApp();

    // Everything up to listening. Returns the port actually bound.
    Result<quint16> start();
    // A new install's first administrator (`--init-admin`), with the city hall if there is none
    // yet; the database is opened (and migrated) for this alone.
    // `--import-org FILE`: the org document imported (created where missing, updated where it
    // differs) by the rules of the administration API, or refused whole; the report of what it did.
    static Result<QJsonObject> importOrg(const ServerConfig &config, const QByteArray &json);
    // `--verify-audit`: the whole audit trail checked against the data it covers (AuditVerifier).
    static Result<AuditVerification> verifyAudit(const ServerConfig &config);
    static Status initAdministrator(const ServerConfig &config, const QString &username, const QString &password,
                                    const Hall &cityHall);
    // Every route as "METHOD /path" once started (the API description is checked against it).
    QStringList routeTable() const;
    // The open database (tests inject statement faults through it); null before start().
    Database *database() const { return m_db.get(); }

private:
    // HTTPS and WSS on the listen address; the port bound, 0 if it cannot listen.
    quint16 listenTls(const QSslConfiguration &tls);

    ServerConfig m_config;
    SystemClock m_clock;
    LanguagePack m_languages;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommitGroup> m_group;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<CatalogueVersions> m_catalogueVersions;
    std::unique_ptr<DelegationService> m_delegation;
    std::unique_ptr<CalendarService> m_calendar;
    std::unique_ptr<QueueService> m_queue;
    std::unique_ptr<RatingService> m_ratings;
    std::unique_ptr<AppointmentService> m_appointments;
    std::unique_ptr<OfflineWindow> m_offline;
    std::unique_ptr<SmsGateway> m_sms;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<RiskEngine> m_riskEngine;
    std::unique_ptr<RiskService> m_risk;
    std::unique_ptr<WorkOrderService> m_workOrders;
    std::unique_ptr<TrainingService> m_training;
    QTimer m_trainingTick; // a training session's citizens arrive and rate
    QTimer m_riskDayEnd; // the nightly risk sweep when the city's day ends
    QTimer m_catalogueDue; // puts a scheduled catalogue version in force on its day
    QTimer m_resendMessages; // messages to applicants the gateway did not take, tried again
    QTimer m_auditDayEnd;    // writes the day's last audit hash to the log when the city's day ends
    QDate m_auditDay;
    std::unique_ptr<AdminLog> m_adminLog;
    std::unique_ptr<AccountAdmin> m_accountAdmin;
    std::unique_ptr<OrgAdmin> m_orgAdmin;
    std::unique_ptr<DeviceAdmin> m_deviceAdmin;
    std::unique_ptr<AdminServices> m_admin;
    std::unique_ptr<SyncIngest> m_sync;
    std::unique_ptr<ApiServer> m_http;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<PromiseAlerts> m_promiseAlerts; // after m_events: it tells the hub
};

} // namespace ow
