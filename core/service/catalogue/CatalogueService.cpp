#include "core/service/catalogue/CatalogueService.h"

#include "core/domain/util/Clock.h"
#include "core/service/store/CatalogueRepository.h"
#include "core/service/store/DelegationRepository.h"

#include <QJsonDocument>

namespace ow {

CatalogueService::CatalogueService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<bool> CatalogueService::import(const QByteArray &json)
{
    auto parsed = Catalogue::fromJson(json);
    if (!parsed)
        return parsed.error();
    // Which halls may accept a matter is the city administrator's (the delegation table), not the
    // data file's: a lowest_level in the file (one saved from GET /catalogue) is not kept.
    parsed.value().setLowestLevels({});
    auto changed = CatalogueRepository(m_db).store(parsed.value(), m_clock.now());
    if (!changed)
        return changed.error();
    if (auto st = reload(); !st)
        return st.error();
    return changed.value();
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
