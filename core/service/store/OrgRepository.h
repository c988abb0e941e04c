#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/util/Error.h"

#include <optional>

namespace ow {

class Database;

// Tables `halls` and `windows`.
class OrgRepository
{
public:
    explicit OrgRepository(Database &db) : m_db(db) {}

    Result<qint64> insertHall(const Hall &hall) const; // parent looked up by code
    Status insertWindow(qint64 hallId, const Window &window) const;
    Status updateWindow(qint64 hallId, const Window &window) const; // kind, categories, weights
    Result<QList<Hall>> halls() const;                  // city first, then by code, with windows
    Result<std::optional<qint64>> hallId(const QString &code) const;

private:
    Database &m_db;
};

} // namespace ow
