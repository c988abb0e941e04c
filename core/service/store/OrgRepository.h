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
    // Everything but the code and the windows; the parent by code.
    Status updateHall(const Hall &hall) const;
    Status insertWindow(qint64 hallId, const Window &window) const;
    Status updateWindow(qint64 hallId, const Window &window) const; // kind, categories, weights, label, retired
    // Every hall, archived ones too, city first then level by level and by code, with every
    // window (retired ones too) and whether it auto-assigns.
    Result<QList<Hall>> halls() const;
    // Whether hall `code` is a training hall (培训大厅); false for no such hall.
    Result<bool> isTraining(const QString &code) const;
    Result<std::optional<qint64>> hallId(const QString &code) const;

private:
    Result<QVariant> parentId(const Hall &hall) const; // NULL for the city hall
    Database &m_db;
};

} // namespace ow
