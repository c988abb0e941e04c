#pragma once

#include "core/domain/api/CatalogueVersionBodies.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace ow {

class Catalogue;
class Database;

// One row of `catalogue_versions`: a version's summary, its content and, when scheduled, the
// instant it comes into force.
struct StoredCatalogueVersion
{
    CatalogueVersionInfo info;
    QString contentHash;
    QByteArray json; // the catalogue as imported (canonical, without delegation)
    QDateTime activateAt;
};

// Table `catalogue_versions`: every catalogue imported, each under its unique version.
class CatalogueVersionRepository
{
public:
    explicit CatalogueVersionRepository(Database &db) : m_db(db) {}

    Result<std::optional<StoredCatalogueVersion>> find(const QString &version) const;
    Result<std::optional<StoredCatalogueVersion>> active() const;
    Result<std::optional<StoredCatalogueVersion>> scheduled() const;
    // Newest import first, without their content.
    Result<QList<CatalogueVersionInfo>> list() const;
    Status insert(const Catalogue &catalogue, const QByteArray &json, CatalogueVersionState state, const QDateTime &now,
                  qint64 importedBy) const;
    // `version` in force from `now`; the one in force before it superseded.
    Status makeActive(const QString &version, const QDateTime &now) const;
    Status schedule(const QString &version, const QDate &day, const QDateTime &at) const;
    Status unschedule(const QString &version) const;

private:
    Result<std::optional<StoredCatalogueVersion>> one(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace ow
