#pragma once

#include "core/domain/api/CatalogueVersionBodies.h"

#include <QByteArray>

namespace ow {

class CatalogueService;
class Clock;
class Database;
struct Account;
struct StoredCatalogueVersion;

// Catalogue versions (事项清单版本): the city administrator imports a new catalogue, reviews what
// it changes against the one in force, and puts it in force now or from the start of a later
// service day (in the city hall's time zone). Every import and activation is recorded in the
// AdminLog; tickets and cases carry the version in force when they were made, and each version
// stays readable.
class CatalogueVersions
{
public:
    CatalogueVersions(Database &db, const Clock &clock, CatalogueService &catalogue);

    // At server start: an operator's file (`explicitFile`) is put in force; the catalogue built
    // into the program is put in force only on a database without one, else it is recorded as
    // pending for an administrator (a new release does not change the city's catalogue by
    // itself). A catalogue stored before versions were kept is recorded as the active version.
    // Then whatever is due comes into force. True if the catalogue in force changed.
    Result<bool> start(const QByteArray &json, bool explicitFile);

    // A new version, pending; importing the same content again changes nothing (`created` false).
    struct Imported
    {
        CatalogueVersionDetail detail;
        bool created = false;
    };
    Result<Imported> import(const QByteArray &json, const Account &actor);
    Result<QList<CatalogueVersionInfo>> list() const;
    Result<CatalogueVersionDetail> detail(const QString &version) const;
    // The version's catalogue as it was imported (what a ticket or case made under it saw).
    Result<QByteArray> content(const QString &version) const;
    // Now (no day), or from the start of a day after the city's today.
    Result<CatalogueVersionDetail> activate(const QString &version, const CatalogueActivation &when, const Account &actor);
    // A scheduled version no longer waits for its day.
    Result<CatalogueVersionDetail> unschedule(const QString &version, const Account &actor);
    // The scheduled version whose day has come is put in force. True if one was.
    Result<bool> activateDue();

private:
    Result<StoredCatalogueVersion> stored(const QString &version) const;
    Result<CatalogueVersionDetail> detailOf(const StoredCatalogueVersion &version) const;
    Status record(const Account *actor, const QString &version, const QString &action, const QJsonObject &before) const;

    Database &m_db;
    const Clock &m_clock;
    CatalogueService &m_catalogue;
};

} // namespace ow
