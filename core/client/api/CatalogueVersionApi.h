#pragma once

#include "core/domain/api/CatalogueVersionBodies.h"
#include "core/domain/util/Error.h"

#include <QCoreApplication>

#include <functional>

namespace ow {

class ApiClient;

// Catalogue versions' administration (/api/v1/admin/catalogue/versions…), typed: import a
// catalogue file as a new version, read what it changes, put it in force now or from a later day,
// withdraw a schedule. Each call ends in exactly one callback, as AdminApi's do.
class CatalogueVersionApi
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogueVersionApi)
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit CatalogueVersionApi(ApiClient &api) : m_api(api) {}

    void versions(Done<CatalogueVersionList> done);
    void import(const QJsonObject &catalogue, Done<CatalogueVersionDetail> done);
    // A catalogue file from disk; one that cannot be read as a JSON object is refused here
    // (InvalidJson, the translated reason in `detail`), nothing sent.
    void importFile(const QString &path, Done<CatalogueVersionDetail> done);
    void detail(const QString &version, Done<CatalogueVersionDetail> done);
    void activate(const QString &version, const CatalogueActivation &when, Done<CatalogueVersionDetail> done);
    void unschedule(const QString &version, Done<CatalogueVersionDetail> done);

private:
    ApiClient &m_api;
};

} // namespace ow
