// CatalogueRepository and CatalogueService: a catalogue is stored once per content, loads back
// unchanged, and a newer catalogue retires what it drops and changes the ETag.
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/store/CatalogueRepository.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"
#include "core/domain/util/Clock.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace ow;

namespace {

QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::bundledJson()).object();
    edit(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The bundled catalogue without service `code`.
QByteArray withoutService(const QString &code)
{
    return edited([&](QJsonObject &root) {
        QJsonArray services = root.value(QLatin1String("services")).toArray();
        for (qsizetype i = 0; i < services.size(); ++i) {
            if (services.at(i).toObject().value(QLatin1String("code")).toString() == code) {
                services.removeAt(i);
                break;
            }
        }
        root.insert(QLatin1String("services"), services);
    });
}

// The bundled catalogue without category `code` and its services.
QByteArray withoutCategory(const QString &code)
{
    return edited([&](QJsonObject &root) {
        QJsonArray categories;
        for (const QJsonValue &c : root.value(QLatin1String("categories")).toArray()) {
            if (c.toObject().value(QLatin1String("code")).toString() != code)
                categories.append(c);
        }
        QJsonArray services;
        for (const QJsonValue &s : root.value(QLatin1String("services")).toArray()) {
            if (s.toObject().value(QLatin1String("category")).toString() != code)
                services.append(s);
        }
        root.insert(QLatin1String("categories"), categories);
        root.insert(QLatin1String("services"), services);
    });
}

Catalogue parse(const QByteArray &json)
{
    auto c = Catalogue::fromJson(json);
    if (!c)
        qFatal("test catalogue does not parse: %s", qPrintable(c.error().detail));
    return c.value();
}

} // namespace

class TestCatalogueRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = ServerSchema::open(DatabaseLocation::parse(QDir(test::makeTempDir(*m_dir)).filePath(QStringLiteral("c.sqlite"))));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        m_db = std::move(db).value();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void emptyDatabaseHasNoCatalogue()
    {
        const CatalogueRepository repo(*m_db);
        QCOMPARE(repo.storedHash().value(), QString());
        const auto loaded = repo.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(toString(loaded.error().code), toString(ErrorCode::NotFound));
    }

    void storeThenLoadGivesSameContent()
    {
        const Catalogue bundled = parse(Catalogue::bundledJson());
        const CatalogueRepository repo(*m_db);
        const FakeClock clock;
        const auto stored = repo.store(bundled, clock.now());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), true);
        QCOMPARE(repo.storedHash().value(), bundled.contentHash());

        const auto loaded = repo.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail));
        QCOMPARE(loaded.value().contentHash(), bundled.contentHash());
        QCOMPARE(loaded.value().version(), bundled.version());
        QCOMPARE(loaded.value().services().size(), bundled.services().size());
        QCOMPARE(loaded.value().services().first().code, bundled.services().first().code);

        auto at = m_db->exec(QStringLiteral("SELECT loaded_at FROM catalogue_meta WHERE id = 1"));
        QVERIFY(at.ok() && at.value().next());
        QCOMPARE(at.value().value(0).toLongLong(), clock.now().toMSecsSinceEpoch());
    }

    void storingTheSameAgainChangesNothing()
    {
        const Catalogue bundled = parse(Catalogue::bundledJson());
        const CatalogueRepository repo(*m_db);
        FakeClock clock;
        QCOMPARE(repo.store(bundled, clock.now()).value(), true);
        clock.advance(3600);
        // Re-parsed from another encoding: the content, not the bytes, decides.
        const Catalogue again = parse(QJsonDocument(bundled.toJson()).toJson(QJsonDocument::Indented));
        const auto stored = repo.store(again, clock.now());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), false);
        auto at = m_db->exec(QStringLiteral("SELECT loaded_at FROM catalogue_meta WHERE id = 1"));
        QVERIFY(at.ok() && at.value().next());
        QCOMPARE(at.value().value(0).toLongLong(), clock.now().addSecs(-3600).toMSecsSinceEpoch());
    }

    void droppedServiceIsRetiredNotDeleted()
    {
        const CatalogueRepository repo(*m_db);
        const FakeClock clock;
        QVERIFY(repo.store(parse(Catalogue::bundledJson()), clock.now()).value());
        const Catalogue smaller = parse(withoutService(QStringLiteral("CD-006")));
        const auto stored = repo.store(smaller, clock.now());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), true);

        const auto loaded = repo.load();
        QVERIFY(loaded.ok());
        QVERIFY(!loaded.value().service(QStringLiteral("CD-006")));
        QVERIFY(loaded.value().service(QStringLiteral("CD-007")));
        QCOMPARE(loaded.value().contentHash(), smaller.contentHash());

        // Kept for history (tickets name it), but inactive.
        auto row = m_db->exec(QStringLiteral("SELECT active FROM services WHERE code = 'CD-006'"));
        QVERIFY(row.ok() && row.value().next());
        QCOMPARE(row.value().value(0).toInt(), 0);

        // Back in a later catalogue: active again, in its place.
        QVERIFY(repo.store(parse(Catalogue::bundledJson()), clock.now()).value());
        const auto restored = repo.load();
        QVERIFY(restored.ok());
        QCOMPARE(restored.value().contentHash(), parse(Catalogue::bundledJson()).contentHash());
    }

    void droppedCategoryIsNotServed()
    {
        const CatalogueRepository repo(*m_db);
        const FakeClock clock;
        QVERIFY(repo.store(parse(Catalogue::bundledJson()), clock.now()).value());
        const Catalogue smaller = parse(withoutCategory(QStringLiteral("records")));
        QVERIFY(repo.store(smaller, clock.now()).value());

        const auto loaded = repo.load();
        QVERIFY(loaded.ok());
        QVERIFY(!loaded.value().category(QStringLiteral("records")));
        QCOMPARE(loaded.value().categories().size(), smaller.categories().size());
        QCOMPARE(loaded.value().contentHash(), smaller.contentHash());
    }

    void serviceEtagFollowsContent()
    {
        const FakeClock clock;
        CatalogueService service(*m_db, clock);
        QVERIFY(!service.current());

        const auto first = service.import(Catalogue::bundledJson());
        QVERIFY(first.ok());
        QCOMPARE(first.value(), true);
        QVERIFY(service.current());
        const QByteArray etag = service.etag();
        QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());
        QVERIFY(etag.contains(service.current()->version().toUtf8()));
        QCOMPARE(QJsonDocument::fromJson(service.json()).object(), service.current()->toJson());

        const auto same = service.import(Catalogue::bundledJson());
        QVERIFY(same.ok());
        QCOMPARE(same.value(), false);
        QCOMPARE(service.etag(), etag);

        // A second service over the same database (a restart) serves the same ETag.
        CatalogueService restarted(*m_db, clock);
        QVERIFY(restarted.reload().ok());
        QCOMPARE(restarted.etag(), etag);

        // Other content under the same version is refused: a version names one content.
        const auto reused = service.import(withoutService(QStringLiteral("PE-010")));
        QVERIFY(!reused.ok());
        QCOMPARE(toString(reused.error().code), toString(ErrorCode::Conflict));
        QCOMPARE(service.etag(), etag);

        QJsonObject revised = QJsonDocument::fromJson(withoutService(QStringLiteral("PE-010"))).object();
        revised.insert(QLatin1String("version"), QStringLiteral("2099.1"));
        const auto changed = service.import(QJsonDocument(revised).toJson());
        QVERIFY(changed.ok());
        QCOMPARE(changed.value(), true);
        QVERIFY(service.etag() != etag);
        QVERIFY(!service.current()->service(QStringLiteral("PE-010")));
        QCOMPARE(service.current()->services().size(), parse(Catalogue::bundledJson()).services().size() - 1);
    }

    void rejectedImportKeepsCurrent()
    {
        const FakeClock clock;
        CatalogueService service(*m_db, clock);
        QVERIFY(service.import(Catalogue::bundledJson()).ok());
        const QByteArray etag = service.etag();
        const QString hash = CatalogueRepository(*m_db).storedHash().value();

        const auto bad = service.import(edited([](QJsonObject &root) { root.remove(QLatin1String("version")); }));
        QVERIFY(!bad.ok());
        QCOMPARE(toString(bad.error().code), toString(ErrorCode::ValidationFailed));
        const auto garbage = service.import("{not json");
        QVERIFY(!garbage.ok());
        QCOMPARE(toString(garbage.error().code), toString(ErrorCode::InvalidJson));

        QCOMPARE(service.etag(), etag);
        QCOMPARE(CatalogueRepository(*m_db).storedHash().value(), hash);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestCatalogueRepository)
#include "tst_catalogue_repository.moc"
