#include "core/service/catalogue/CatalogueService.h"

#include "core/domain/util/Clock.h"
#include "core/sql/Database.h"
#include "core/service/store/CatalogueRepository.h"
#include "core/service/store/CatalogueVersionRepository.h"
#include "core/service/store/DelegationRepository.h"

#include <QJsonDocument>

namespace ow {

Error catalogueVersionClash(const QString &version)
{
    Error e = conflictError(QStringLiteral("catalogue version %1 is stored with other content").arg(version));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors",
                                "Catalogue version %1 already exists with different content: give the new catalogue a version of its own."),
              {version}};
    return e;
}

CatalogueService::CatalogueService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<Catalogue> CatalogueService::parse(const QByteArray &json)
{
    auto parsed = Catalogue::fromJson(json);
    if (!parsed)
        return parsed.error();
    // Which halls may accept a matter is the city administrator's (the delegation table), not the
    // data file's: a lowest_level in the file (one saved from GET /catalogue) is not kept.
    parsed.value().setLowestLevels({});
    return parsed;
}

Result<bool> CatalogueService::import(const QByteArray &json)
{
    auto parsed = parse(json);
    if (!parsed)
        return parsed.error();
    auto stored = CatalogueVersionRepository(m_db).find(parsed.value().version());
    if (!stored)
        return stored.error();
    if (stored.value() && stored.value()->contentHash != parsed.value().contentHash())
        return catalogueVersionClash(parsed.value().version());
    return putInForce(parsed.value(), stored.value() ? &*stored.value() : nullptr);
}

Result<bool> CatalogueService::putInForce(const Catalogue &catalogue, const StoredCatalogueVersion *stored)
{
    bool changed = false;
    const Status saved = m_db.transaction([&]() -> Status {
        m_db.onRollback([this] { (void)reload(); });
        const QDateTime now = m_clock.now();
        auto written = CatalogueRepository(m_db).store(catalogue, now);
        if (!written)
            return written.error();
        changed = written.value();
        const CatalogueVersionRepository versions(m_db);
        if (!stored) {
            const QByteArray canonical = QJsonDocument(catalogue.toJson()).toJson(QJsonDocument::Compact);
            if (auto st = versions.insert(catalogue, canonical, CatalogueVersionState::Active, now, 0); !st)
                return st;
        }
        if (!stored || stored->info.state != CatalogueVersionState::Active) {
            changed = true;
            if (auto st = versions.makeActive(catalogue.version(), now); !st)
                return st;
        }
        return reload();
    });
    if (!saved)
        return saved.error();
    return changed;
}

Status CatalogueService::reload()
{
    auto loaded = CatalogueRepository(m_db).load();
    if (!loaded)
        return loaded.error();
    auto delegated = DelegationRepository(m_db).levels();
    if (!delegated)
        return delegated.error();
    loaded.value().setLowestLevels(delegated.value());
    m_current = std::move(loaded).value();
    m_json = QJsonDocument(m_current->toJson()).toJson(QJsonDocument::Compact);
    m_etag = '"' + m_current->version().toUtf8() + '-' + m_current->contentHash().left(16).toLatin1() + '"';
    return okStatus();
}

} // namespace ow
