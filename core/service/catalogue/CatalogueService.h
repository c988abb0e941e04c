#pragma once

#include "core/domain/catalogue/Catalogue.h"

#include <QByteArray>

#include <optional>

namespace ow {

class Clock;
class Database;
struct StoredCatalogueVersion;

// The server's view of the catalogue in force: puts a catalogue in force (recorded among the
// catalogue versions, CatalogueVersions), and keeps it — with each matter's lowest level of hall
// from the delegation table (事项下放) — its JSON and its ETag ready for readers.
class CatalogueService
{
public:
    CatalogueService(Database &db, const Clock &clock);

    // A data file's catalogue as stored: validated, without lowest levels (those are the
    // delegation table's).
    static Result<Catalogue> parse(const QByteArray &json);
    // Validates `json` and puts it in force now, recorded as the active version. True if the
    // catalogue in force changed. Conflict when its version is stored with other content.
    Result<bool> import(const QByteArray &json);
    // Puts `catalogue` in force now (in the caller's transaction, if any): the tables readers
    // use, and its version active — recorded first if `stored` is null. True if it changed.
    Result<bool> putInForce(const Catalogue &catalogue, const StoredCatalogueVersion *stored);
    // Reads the stored catalogue and the delegation again (after either changed).
    Status reload();

    const Catalogue *current() const { return m_current ? &*m_current : nullptr; }
    const QByteArray &json() const { return m_json; }
    // A strong validator: quoted, changes with any content change.
    const QByteArray &etag() const { return m_etag; }

private:
    Database &m_db;
    const Clock &m_clock;
    std::optional<Catalogue> m_current;
    QByteArray m_json;
    QByteArray m_etag;
};

// Conflict: `version` is stored with other content (a version names one content).
Error catalogueVersionClash(const QString &version);

} // namespace ow
