#pragma once

#include "core/domain/catalogue/Catalogue.h"

#include <QByteArray>

#include <optional>

namespace ow {

class Clock;
class Database;

// The server's view of the catalogue: imports a data file into the database when its content
// changed, and keeps the stored catalogue — with each matter's lowest level of hall from the
// delegation table (事项下放) — its JSON and its ETag ready for readers.
class CatalogueService
{
public:
    CatalogueService(Database &db, const Clock &clock);

    // Validates `json`, stores it if different, reloads. True if the stored catalogue changed.
    Result<bool> import(const QByteArray &json);
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

} // namespace ow
