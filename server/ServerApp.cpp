#include "server/ServerApp.h"

#include "core/service/admin/AccountAdmin.h"
#include "core/service/audit/AuditReport.h"
#include "core/service/audit/AuditVerifier.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/admin/DeviceAdmin.h"
#include "core/service/admin/OrgAdmin.h"
#include "core/service/cases/CaseService.h"
#include "core/service/cases/SmsGateway.h"
#include "core/service/hotline/WorkOrderService.h"
#include "core/service/training/TrainingService.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/catalogue/CatalogueVersions.h"
#include "core/service/catalogue/DelegationService.h"
#include "core/service/org/CalendarService.h"
#include "core/service/org/DemoCity.h"
#include "core/service/org/DemoHistory.h"
#include "core/service/org/OrgExchange.h"
#include "core/service/security/AuthService.h"
#include "core/domain/security/PasswordHasher.h"
#include "core/service/store/CommitGroup.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "core/service/store/SessionRepository.h"
#include "core/service/queue/Appointments.h"
#include "core/service/queue/OfflineWindow.h"
#include "core/service/queue/QueueService.h"
#include "core/service/reports/ReportService.h"
#include "core/service/risk/RiskEngine.h"
#include "core/service/risk/RiskService.h"
#include "core/service/queue/Rating.h"
#include "server/ApiServer.h"
#include "server/EventHub.h"
#include "server/PromiseAlerts.h"
#include "server/Routes.h"
#include "server/SyncIngest.h"
#include "server/TlsSetup.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslServer>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcServer, "ow.server")

namespace ow {

ServerApp::ServerApp(ServerConfig config) : m_config(std::move(config)) {}

ServerApp::~ServerApp()
{
    // Answer what waits for a commit while everything it may tell is still there.
    if (m_http)
        m_http->commitPending();
    // The hub holds sockets of the HTTP server; the queue calls the hub: undo in reverse.
    if (m_queue)
        m_queue->setListener({});
    if (m_riskEngine)
        m_riskEngine->setListener({});
    m_promiseAlerts.reset();
    m_events.reset();
    m_http.reset();
}

QStringList ServerApp::routeTable() const
{
    QStringList out;
    if (!m_http)
        return out;
    for (const Route &r : m_http->router().routes())
        out << toString(r.method) + QLatin1Char(' ') + r.path;
    return out;
}

Result<quint16> ServerApp::start()
{
    if (!ensureSodium())
        return Error{ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"), {}};
    // The certificate first: a server that cannot serve HTTPS as told touches nothing.
    std::optional<QSslConfiguration> tls;
    if (m_config.tls()) {
        auto loaded = serverTlsConfiguration(m_config.tlsCertificateFile, m_config.tlsKeyFile);
        if (!loaded)
            return loaded.error();
        tls = std::move(loaded).value();
    }

    auto db = ServerSchema::open(DatabaseLocation::parse(m_config.database));
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    qCInfo(lcServer, "database %s at schema %d", qUtf8Printable(m_config.database), m_db->schemaVersion());

    QByteArray catalogueJson = Catalogue::bundledJson();
    if (!m_config.catalogueFile.isEmpty()) {
        QFile f(m_config.catalogueFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::NotFound, QStringLiteral("cannot read catalogue %1").arg(m_config.catalogueFile), {}};
        catalogueJson = f.readAll();
    }
    m_catalogue = std::make_unique<CatalogueService>(*m_db, m_clock);
    m_catalogueVersions = std::make_unique<CatalogueVersions>(*m_db, m_clock, *m_catalogue);
    auto imported = m_catalogueVersions->start(catalogueJson, !m_config.catalogueFile.isEmpty());
    if (!imported)
        return Error{imported.error().code, QStringLiteral("catalogue rejected:\n") + imported.error().detail, {}};
    qCInfo(lcServer, "catalogue %s with %lld services%s", qUtf8Printable(m_catalogue->current()->version()),
           static_cast<long long>(m_catalogue->current()->services().size()), imported.value() ? " (imported)" : "");

    if (m_config.seedDemo) {
        auto seeded = DemoCity::seed(*m_db, DemoCity::bundledJson(), PasswordHasher(), m_catalogue->current());
        if (!seeded)
            return Error{seeded.error().code, QStringLiteral("demo city: ") + seeded.error().detail, {}};
        qCInfo(lcServer, seeded.value() ? "demo city seeded" : "demo city already present");
    }

    if (auto purged = SessionRepository(*m_db).purgeExpired(m_clock.now()); !purged)
        qCWarning(lcServer, "cannot purge expired sessions: %s", qUtf8Printable(purged.error().detail));

    LoginPolicy policy;
    policy.tokenLifetimeSeconds = m_config.tokenLifetimeSeconds;
    m_auth = std::make_unique<AuthService>(*m_db, m_clock, policy);
    m_delegation = std::make_unique<DelegationService>(*m_db, m_clock, *m_catalogue);
    auto calendar = WorkCalendar::fromJson(WorkCalendar::bundledJson());
    if (!calendar)
        return calendar.error();
    m_calendar = std::make_unique<CalendarService>(*m_db, m_clock, std::move(calendar).value());
    if (auto loaded = m_calendar->load(); !loaded)
        return loaded.error();
    if (!m_calendar->calendar().knowsYear(m_clock.now().date().year()))
        qCWarning(lcServer, "the work calendar has no holidays for %d: time limits count Monday to Friday only",
                  m_clock.now().date().year());
    if (m_config.seedDemo && m_config.demoHistory) {
        auto history = DemoHistory::seed(*m_db, *m_catalogue->current(), m_calendar->calendar(), m_clock.now());
        if (!history)
            return Error{history.error().code, QStringLiteral("demo history: ") + history.error().detail, {}};
        qCInfo(lcServer, "demo history: %d past tickets written", history.value());
    }
    m_queue = std::make_unique<QueueService>(*m_db, m_clock, *m_catalogue, m_config.queue);
    m_ratings = std::make_unique<RatingService>(*m_db, m_clock, *m_queue, *m_calendar);
    m_appointments = std::make_unique<AppointmentService>(*m_db, m_clock, *m_catalogue, *m_queue);
    m_offline = std::make_unique<OfflineWindow>(*m_db, m_clock, *m_catalogue, *m_queue);
    m_sms = std::make_unique<LogSmsGateway>(); // until the bureau's SMS platform is connected
    m_cases = std::make_unique<CaseService>(*m_db, m_clock, *m_catalogue, *m_calendar, m_sms.get());
    m_calendar->setChangeListener([cases = m_cases.get()] { return cases->recomputeDueDays(); });
    m_reports = std::make_unique<ReportService>(*m_db, m_clock, *m_catalogue, *m_queue, *m_calendar);
    m_http = std::make_unique<ApiServer>(m_config, *m_auth, m_languages);
    m_group = std::make_unique<CommitGroup>(*m_db);
    m_http->setCommitGroup(m_group.get(), m_config.groupCommitMax);
    m_events = std::make_unique<EventHub>(*m_http, *m_auth, *m_queue, m_languages);
    m_promiseAlerts = std::make_unique<PromiseAlerts>(*m_db, *m_queue, *m_events);
    m_queue->setListener([hub = m_events.get(), alerts = m_promiseAlerts.get()](const QueueEvent &e) {
        hub->publish(e);
        alerts->changed(e.hallCode);
    });
    m_sync = std::make_unique<SyncIngest>(*m_db, m_clock, [http = m_http.get()](const ApiRequest &r, const Account &who) {
        return http->dispatchAs(r, who);
    });
    m_adminLog = std::make_unique<AdminLog>(*m_db, m_clock);
    m_accountAdmin = std::make_unique<AccountAdmin>(*m_db, m_clock, *m_auth, *m_adminLog, *m_catalogue);
    m_orgAdmin = std::make_unique<OrgAdmin>(*m_db, *m_adminLog, *m_queue, *m_catalogue);
    m_deviceAdmin = std::make_unique<DeviceAdmin>(*m_db, m_clock, *m_auth, *m_adminLog);
    m_admin = std::make_unique<AdminServices>(AdminServices{*m_adminLog, *m_accountAdmin, *m_orgAdmin, *m_deviceAdmin});
    m_riskEngine = std::make_unique<RiskEngine>(*m_db, m_clock, *m_calendar);
    if (auto started = m_riskEngine->start(); !started)
        return Error{started.error().code, QStringLiteral("risk rules: ") + started.error().detail, {}};
    m_riskEngine->setListener([hub = m_events.get()](const QString &type, const RiskAlert &alert, const QList<Hall> &halls) {
        hub->publishRisk(type, alert, halls);
    });
    m_risk = std::make_unique<RiskService>(*m_db, m_clock, *m_catalogue, *m_adminLog, *m_riskEngine);
    if (auto any = m_accountAdmin->hasAdministrator(); any && !any.value())
        qCWarning(lcServer, "no administrator exists yet: create the first one with  onewindow-server --init-admin USER");
    m_workOrders = std::make_unique<WorkOrderService>(*m_db, m_clock, *m_catalogue, *m_queue, *m_calendar, *m_appointments,
                                                      m_sms.get(), m_config.workOrderAnswerDays);
    m_workOrders->setListener([hub = m_events.get(), db = m_db.get()](const QString &type, const WorkOrderItem &item) {
        if (auto halls = OrgRepository(*db).halls())
            hub->publishWorkOrder(type, item, halls.value());
    });
    m_training = std::make_unique<TrainingService>(*m_db, m_clock, *m_catalogue, *m_queue, *m_ratings);
    const ServerServices services{*m_db, *m_auth, *m_catalogue, *m_queue, *m_ratings, *m_appointments, *m_sync, *m_offline,
                                  *m_cases, *m_admin, *m_calendar, *m_delegation, *m_catalogueVersions, m_clock, *m_reports,
                                  *m_risk, m_languages, *m_workOrders, *m_training};
    addSystemRoutes(m_http->router(), services);
    addSessionRoutes(m_http->router(), services);
    addCatalogueRoutes(m_http->router(), services);
    addOrgRoutes(m_http->router(), services);
    addQueueRoutes(m_http->router(), services);
    addRectificationRoutes(m_http->router(), services);
    addAppointmentRoutes(m_http->router(), services);
    addPublicRoutes(m_http->router(), services);
    addSyncRoutes(m_http->router(), services);
    addOfflineRoutes(m_http->router(), services);
    addCaseRoutes(m_http->router(), services);
    addAccountAdminRoutes(m_http->router(), services);
    addOrgAdminRoutes(m_http->router(), services);
    addDeviceAdminRoutes(m_http->router(), services);
    addAdminChangeRoutes(m_http->router(), services);
    addOrgExchangeRoutes(m_http->router(), services);
    addCalendarRoutes(m_http->router(), services);
    addDelegationRoutes(m_http->router(), services);
    addQueueRulesRoutes(m_http->router(), services);
    addCatalogueVersionRoutes(m_http->router(), services);
    addReportRoutes(m_http->router(), services);
    addCoverageRoutes(m_http->router(), services);
    addRiskRoutes(m_http->router(), services);
    addPlanningRoutes(m_http->router(), services);
    addGuideRoutes(m_http->router(), services);
    addWorkOrderRoutes(m_http->router(), services);
    addTrainingRoutes(m_http->router(), services);

    // A training session's citizens arrive at their minute, and rate once served.
    m_trainingTick.setInterval(1000);
    QObject::connect(&m_trainingTick, &QTimer::timeout, [training = m_training.get()] {
        if (auto advanced = training->advance(); !advanced)
            qCWarning(lcServer, "training: %s", qUtf8Printable(advanced.error().detail));
    });
    m_trainingTick.start();
    m_resendMessages.setInterval(5 * 60 * 1000);
    QObject::connect(&m_resendMessages, &QTimer::timeout, [cases = m_cases.get()] { (void)cases->resendUnsentMessages(); });
    m_resendMessages.start();
    // A catalogue version scheduled for a day comes into force within a minute of its start.
    m_catalogueDue.setInterval(60 * 1000);
    QObject::connect(&m_catalogueDue, &QTimer::timeout, [versions = m_catalogueVersions.get()] {
        if (auto due = versions->activateDue(); !due)
            qCWarning(lcServer, "cannot put the scheduled catalogue in force: %s", qUtf8Printable(due.error().detail));
    });
    m_catalogueDue.start();

    // The day's last audit hash in the log, where it can be copied out of the system with the
    // rest of the log (GET /api/v1/reports/audit gives the same).
    if (auto today = AuditReport(*m_db).today(m_clock.now()))
        m_auditDay = today.value();
    m_auditDayEnd.setInterval(60 * 1000);
    QObject::connect(&m_auditDayEnd, &QTimer::timeout, [this] {
        const auto today = AuditReport(*m_db).today(m_clock.now());
        if (!today || today.value() == m_auditDay)
            return;
        if (auto day = AuditReport(*m_db).day(m_auditDay)) {
            qCInfo(lcServer, "audit trail of %s: %d rows, head row %lld, hash %s", qUtf8Printable(m_auditDay.toString(Qt::ISODate)),
                   day.value().rows, static_cast<long long>(day.value().lastId), qUtf8Printable(day.value().lastHash));
        }
        m_auditDay = today.value();
    });
    m_auditDayEnd.start();
    // The nightly risk sweep over the day that just ended at the city hall.
    m_riskDayEnd.setInterval(60 * 1000);
    QObject::connect(&m_riskDayEnd, &QTimer::timeout, [engine = m_riskEngine.get()] { engine->tick(); });
    m_riskDayEnd.start();

    const quint16 port = tls ? listenTls(*tls) : m_http->listen(m_config.host, m_config.port);
    if (port == 0)
        return Error{ErrorCode::Unavailable,
                     QStringLiteral("cannot listen on %1:%2").arg(m_config.host.toString()).arg(m_config.port), {}};
    return port;
}

quint16 ServerApp::listenTls(const QSslConfiguration &tls)
{
    auto *server = new QSslServer(m_http.get()); // bind() keeps it as the HTTP server's child
    server->setSslConfiguration(tls);
    // A caller that does not finish its handshake (a plain-HTTP request, a client that does not
    // trust this certificate) is dropped without an answer; the log says why, for the hall's IT.
    QObject::connect(server, &QSslServer::errorOccurred, server, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCInfo(lcServer, "TLS connection from %s dropped: %s", qUtf8Printable(socket->peerAddress().toString()),
               qUtf8Printable(socket->errorString()));
    });
    if (!server->listen(m_config.host, m_config.port)) {
        delete server;
        return 0;
    }
    m_http->bind(server);
    return server->serverPort();
}

Result<QJsonObject> ServerApp::importOrg(const ServerConfig &config, const QByteArray &json)
{
    if (!ensureSodium())
        return Error{ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"), {}};
    auto db = ServerSchema::open(DatabaseLocation::parse(config.database));
    if (!db)
        return db.error();
    SystemClock clock;
    // The catalogue the running server uses; a new install's (none stored yet) is read from the
    // file the server would import at its first start, without storing it here.
    CatalogueService stored(*db.value(), clock);
    std::optional<Catalogue> fromFile;
    if (!stored.reload()) {
        QByteArray catalogueJson = Catalogue::bundledJson();
        if (!config.catalogueFile.isEmpty()) {
            QFile f(config.catalogueFile);
            if (!f.open(QIODevice::ReadOnly))
                return Error{ErrorCode::NotFound, QStringLiteral("cannot read catalogue %1").arg(config.catalogueFile), {}};
            catalogueJson = f.readAll();
        }
        auto parsed = Catalogue::fromJson(catalogueJson);
        if (!parsed)
            return Error{parsed.error().code, QStringLiteral("catalogue rejected:\n") + parsed.error().detail, {}};
        fromFile = std::move(parsed).value();
    }
    AdminLog log(*db.value(), clock);
    auto report = OrgExchange(*db.value())
                      .importOrg(json, PasswordHasher(), nullptr,
                                 OrgImportContext{.clock = clock, .log = &log, .catalogue = fromFile ? &*fromFile : stored.current()});
    if (!report)
        return report.error();
    return report.value().toJson();
}

Result<AuditVerification> ServerApp::verifyAudit(const ServerConfig &config)
{
    if (!ensureSodium())
        return Error{ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"), {}};
    // Opened without ServerSchema::open's seal: checking writes nothing to the trail.
    auto db = Database::open(DatabaseLocation::parse(config.database), ServerSchema::migrations());
    if (!db)
        return db.error();
    return AuditVerifier(*db.value()).verify();
}

Status ServerApp::initAdministrator(const ServerConfig &config, const QString &username, const QString &password,
                                   const Hall &cityHall)
{
    if (!ensureSodium())
        return Error{ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"), {}};
    auto db = ServerSchema::open(DatabaseLocation::parse(config.database));
    if (!db)
        return db.error();
    SystemClock clock;
    CatalogueService catalogue(*db.value(), clock);
    AuthService auth(*db.value(), clock);
    AdminLog log(*db.value(), clock);
    return AccountAdmin(*db.value(), clock, auth, log, catalogue).initAdministrator(username, password, cityHall);
}

} // namespace ow
