// CatalogueVersions on a real SQLite file with a fake clock: the first start puts the built-in
// catalogue in force; a new release's catalogue waits for an administrator; an imported version
// is pending until activated now or from a later day (in the city hall's time zone), each step in
// the record of changes; a version names one content; a catalogue stored before versions were
// kept is adopted; a failed activation leaves the catalogue in force as it was.
#include "core/domain/security/Account.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/catalogue/CatalogueVersions.h"
#include "core/service/store/CatalogueRepository.h"
#include "tests/core/service/ServerDb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow;

namespace {
// Mon 2 Nov 2026, 09:00 Beijing time.
const QDateTime kStart(QDate(2026, 11, 2), QTime(1, 0), Qt::UTC);

// The bundled catalogue under another version, SI-002's time limit changed.
QByteArray newVersion(const QString &version, int timeLimit = 3)
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::bundledJson()).object();
    root.insert(QLatin1String("version"), version);
    QJsonArray services = root.value(QLatin1String("services")).toArray();
    QJsonObject s = services.at(1).toObject();
    s.insert(QLatin1String("time_limit_days"), timeLimit);
    services.replace(1, s);
    root.insert(QLatin1String("services"), services);
    return QJsonDocument(root).toJson();
}

QStringList actionsOf(Database &db, const FakeClock &clock)
{
    QStringList out;
    auto changes = AdminLog(db, clock).list(AdminChangeFilter{QStringLiteral("catalogue"), {}, {}, 100}, std::nullopt);
    for (const AdminChange &c : changes.value())
        out.prepend(c.key + QLatin1Char(' ') + c.action);
    return out;
}
} // namespace

class TestCatalogueVersions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::ServerDb>();
        const qint64 city = m_db->addHall(QStringLiteral("MY-CITY"));
        QVERIFY(m_db->run(QStringLiteral("INSERT INTO accounts (username, password_hash, role, hall_id, name_zh) "
                                         "VALUES ('director', 'x', 'admin', ?, '局长')"),
                          {city}));
        m_admin = Account{};
        m_admin.id = m_db->count(QStringLiteral("SELECT id FROM accounts WHERE username = 'director'"));
        m_admin.username = QStringLiteral("director");
        m_admin.role = Role::Admin;
        m_admin.hallCode = QStringLiteral("MY-CITY");
        m_admin.hallLevel = OrgLevel::City;
        m_clock = std::make_unique<FakeClock>(kStart);
        m_catalogue = std::make_unique<CatalogueService>(**m_db, *m_clock);
        m_versions = std::make_unique<CatalogueVersions>(**m_db, *m_clock, *m_catalogue);
    }

    void cleanup()
    {
        m_versions.reset();
        m_catalogue.reset();
        m_db.reset();
    }

    void firstStartPutsTheBuiltInCatalogueInForce()
    {
        const auto started = m_versions->start(Catalogue::bundledJson(), false);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().detail));
        QVERIFY(started.value());
        const QString bundled = m_catalogue->current()->version();
        const auto list = m_versions->list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().version, bundled);
        QCOMPARE(toString(list.first().state), toString(CatalogueVersionState::Active));
        QCOMPARE(qsizetype(list.first().matters), m_catalogue->current()->services().size());
        QCOMPARE(list.first().activatedAt, kStart);

        // Started again: nothing changes.
        CatalogueService again(**m_db, *m_clock);
        CatalogueVersions versions(**m_db, *m_clock, again);
        QVERIFY(!versions.start(Catalogue::bundledJson(), false).value());
        QCOMPARE(again.current()->version(), bundled);
        QCOMPARE(versions.list().value().size(), 1);
    }

    void aNewReleasesCatalogueWaitsForAnAdministrator()
    {
        QVERIFY(m_versions->start(Catalogue::bundledJson(), false).ok());
        const QByteArray etag = m_catalogue->etag();
        CatalogueService restarted(**m_db, *m_clock);
        CatalogueVersions versions(**m_db, *m_clock, restarted);
        const auto started = versions.start(newVersion(QStringLiteral("2027.1")), false);
        QVERIFY(started.ok());
        QVERIFY(!started.value());
        QCOMPARE(restarted.etag(), etag);
        const auto list = versions.list().value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().version, QStringLiteral("2027.1"));
        QCOMPARE(toString(list.first().state), toString(CatalogueVersionState::Pending));
        QCOMPARE(list.first().importedBy, QString());

        // An operator's file (--catalogue) is put in force at once.
        CatalogueService ordered(**m_db, *m_clock);
        CatalogueVersions orderedVersions(**m_db, *m_clock, ordered);
        QVERIFY(orderedVersions.start(newVersion(QStringLiteral("2027.1")), true).value());
        QCOMPARE(ordered.current()->version(), QStringLiteral("2027.1"));
        QCOMPARE(ordered.current()->service(QStringLiteral("SI-002"))->timeLimitDays, 3);
    }

    void importReviewActivate()
    {
        QVERIFY(m_versions->start(Catalogue::bundledJson(), false).ok());
        const QString bundled = m_catalogue->current()->version();
        m_clock->advance(60);
        const auto imported = m_versions->import(newVersion(QStringLiteral("2027.1")), m_admin);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().detail));
        QVERIFY(imported.value().created);
        const CatalogueVersionDetail &d = imported.value().detail;
        QCOMPARE(toString(d.version.state), toString(CatalogueVersionState::Pending));
        QCOMPARE(d.version.importedBy, QStringLiteral("director"));
        QCOMPARE(d.changes.fromVersion, bundled);
        QCOMPARE(d.changes.changed.size(), 1);
        QCOMPARE(d.changes.changed.first().properties, QStringList{QStringLiteral("time_limit_days")});
        QCOMPARE(m_catalogue->current()->version(), bundled); // not in force yet

        // The same content again: nothing new. The same version with other content: refused.
        const auto again = m_versions->import(newVersion(QStringLiteral("2027.1")), m_admin);
        QVERIFY(again.ok());
        QVERIFY(!again.value().created);
        const auto clash = m_versions->import(newVersion(QStringLiteral("2027.1"), 7), m_admin);
        QVERIFY(!clash.ok());
        QCOMPARE(toString(clash.error().code), toString(ErrorCode::Conflict));
        QVERIFY(clash.error().text.source);
        const auto bad = m_versions->import("{\"version\": \"x y\"}", m_admin);
        QVERIFY(!bad.ok());
        QCOMPARE(toString(bad.error().code), toString(ErrorCode::ValidationFailed));
        QVERIFY(bad.error().extra.value(QLatin1String("problems")).toArray().size() >= 1);
        QCOMPARE(m_versions->list().value().size(), 2);

        const auto active = m_versions->activate(QStringLiteral("2027.1"), {}, m_admin);
        QVERIFY2(active.ok(), qPrintable(active.ok() ? QString() : active.error().detail));
        QCOMPARE(toString(active.value().version.state), toString(CatalogueVersionState::Active));
        QVERIFY(active.value().changes.isEmpty()); // against itself, now in force
        QCOMPARE(m_catalogue->current()->version(), QStringLiteral("2027.1"));
        QCOMPARE(m_catalogue->current()->service(QStringLiteral("SI-002"))->timeLimitDays, 3);
        QCOMPARE(toString(m_versions->detail(bundled).value().version.state), toString(CatalogueVersionState::Superseded));
        // Activating it again records nothing more.
        QVERIFY(m_versions->activate(QStringLiteral("2027.1"), {}, m_admin).ok());
        // The earlier version stays readable, as it was.
        const auto old = Catalogue::fromJson(m_versions->content(bundled).value());
        QCOMPARE(old.value().service(QStringLiteral("SI-002"))->timeLimitDays,
                 Catalogue::fromJson(Catalogue::bundledJson()).value().service(QStringLiteral("SI-002"))->timeLimitDays);
        QCOMPARE(toString(m_versions->content(QStringLiteral("nope")).error().code), toString(ErrorCode::NotFound));
        QCOMPARE(actionsOf(**m_db, *m_clock), (QStringList{QStringLiteral("2027.1 import"), QStringLiteral("2027.1 activate")}));
    }

    void scheduledFromALaterDay()
    {
        QVERIFY(m_versions->start(Catalogue::bundledJson(), false).ok());
        const QString bundled = m_catalogue->current()->version();
        QVERIFY(m_versions->import(newVersion(QStringLiteral("2027.1")), m_admin).ok());
        QVERIFY(m_versions->import(newVersion(QStringLiteral("2027.2"), 4), m_admin).ok());

        // Today (Beijing) is 2 Nov: today or earlier is refused, naming the field.
        for (const QDate day : {QDate(2026, 11, 2), QDate(2026, 11, 1)}) {
            const auto today = m_versions->activate(QStringLiteral("2027.1"), CatalogueActivation{day}, m_admin);
            QVERIFY(!today.ok());
            QCOMPARE(toString(today.error().code), toString(ErrorCode::ValidationFailed));
            QVERIFY(today.error().extra.value(QLatin1String("fields")).toObject().contains(QLatin1String("from")));
        }
        const auto scheduled = m_versions->activate(QStringLiteral("2027.1"), CatalogueActivation{QDate(2026, 11, 3)}, m_admin);
        QVERIFY2(scheduled.ok(), qPrintable(scheduled.ok() ? QString() : scheduled.error().detail));
        QCOMPARE(toString(scheduled.value().version.state), toString(CatalogueVersionState::Scheduled));
        QCOMPARE(scheduled.value().version.activateOn, QDate(2026, 11, 3));
        // One version waits at a time.
        const auto second = m_versions->activate(QStringLiteral("2027.2"), CatalogueActivation{QDate(2026, 11, 4)}, m_admin);
        QCOMPARE(toString(second.error().code), toString(ErrorCode::Conflict));

        // 23:59 Beijing time: not yet. Midnight Beijing time (16:00 UTC): in force.
        m_clock->set(QDateTime(QDate(2026, 11, 2), QTime(15, 59), Qt::UTC));
        QVERIFY(!m_versions->activateDue().value());
        QCOMPARE(m_catalogue->current()->version(), bundled);
        m_clock->set(QDateTime(QDate(2026, 11, 2), QTime(16, 0), Qt::UTC));
        QVERIFY(m_versions->activateDue().value());
        QCOMPARE(m_catalogue->current()->version(), QStringLiteral("2027.1"));
        const auto now = m_versions->detail(QStringLiteral("2027.1")).value().version;
        QCOMPARE(toString(now.state), toString(CatalogueVersionState::Active));
        QVERIFY(!now.activateOn.isValid());
        QVERIFY(!m_versions->activateDue().value());
        QCOMPARE(actionsOf(**m_db, *m_clock).last(), QStringLiteral("2027.1 activate"));
    }

    void aScheduleCanBeWithdrawn()
    {
        QVERIFY(m_versions->start(Catalogue::bundledJson(), false).ok());
        QVERIFY(m_versions->import(newVersion(QStringLiteral("2027.1")), m_admin).ok());
        QCOMPARE(toString(m_versions->unschedule(QStringLiteral("2027.1"), m_admin).error().code), toString(ErrorCode::Conflict));
        QVERIFY(m_versions->activate(QStringLiteral("2027.1"), CatalogueActivation{QDate(2026, 12, 1)}, m_admin).ok());
        const auto withdrawn = m_versions->unschedule(QStringLiteral("2027.1"), m_admin);
        QVERIFY(withdrawn.ok());
        QCOMPARE(toString(withdrawn.value().version.state), toString(CatalogueVersionState::Pending));
        m_clock->set(QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        QVERIFY(!m_versions->activateDue().value());
        QVERIFY(m_catalogue->current()->version() != QStringLiteral("2027.1"));
        QCOMPARE(actionsOf(**m_db, *m_clock),
                 (QStringList{QStringLiteral("2027.1 import"), QStringLiteral("2027.1 schedule"), QStringLiteral("2027.1 unschedule")}));
    }

    void aCatalogueStoredBeforeVersionsIsAdopted()
    {
        auto stored = CatalogueService::parse(Catalogue::bundledJson());
        QVERIFY(CatalogueRepository(**m_db).store(stored.value(), kStart).ok());
        QVERIFY(!m_versions->start(Catalogue::bundledJson(), false).value());
        const auto list = m_versions->list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(toString(list.first().state), toString(CatalogueVersionState::Active));
        QCOMPARE(list.first().version, stored.value().version());
    }

    void aFailedActivationChangesNothing()
    {
        QVERIFY(m_versions->start(Catalogue::bundledJson(), false).ok());
        const QString bundled = m_catalogue->current()->version();
        const QByteArray etag = m_catalogue->etag();
        QVERIFY(m_versions->import(newVersion(QStringLiteral("2027.1")), m_admin).ok());
        (*m_db)->setFaultInjector([](const QString &sql) { return sql.startsWith(QLatin1String("INSERT INTO admin_changes")); });
        QVERIFY(!m_versions->activate(QStringLiteral("2027.1"), {}, m_admin).ok());
        (*m_db)->setFaultInjector({});
        QCOMPARE(m_catalogue->current()->version(), bundled);
        QCOMPARE(m_catalogue->etag(), etag);
        QCOMPARE(toString(m_versions->detail(bundled).value().version.state), toString(CatalogueVersionState::Active));
        QCOMPARE(toString(m_versions->detail(QStringLiteral("2027.1")).value().version.state), toString(CatalogueVersionState::Pending));
        CatalogueService reread(**m_db, *m_clock);
        QVERIFY(reread.reload().ok());
        QCOMPARE(reread.etag(), etag);
    }

private:
    std::unique_ptr<test::ServerDb> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<CatalogueVersions> m_versions;
    Account m_admin;
};

QTEST_GUILESS_MAIN(TestCatalogueVersions)
#include "tst_catalogue_versions.moc"
