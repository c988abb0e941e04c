#pragma once

#include "core/domain/catalogue/Catalogue.h"

#include <QDateTime>

namespace ow {

class Database;

// Tables `catalogue_meta`, `categories` and `services`. Services that a newer catalogue drops
// are retired (active = 0), never deleted, so history that names them stays readable; dropped
// categories likewise (position -1).
class CatalogueRepository
{
public:
    explicit CatalogueRepository(Database &db) : m_db(db) {}

    // Stores `catalogue` if its content differs from what is stored; true if it changed.
    Result<bool> store(const Catalogue &catalogue, const QDateTime &now) const;
    Result<Catalogue> load() const; // the active catalogue
    Result<QString> storedHash() const; // empty when none stored

private:
    Database &m_db;
};

} // namespace ow
