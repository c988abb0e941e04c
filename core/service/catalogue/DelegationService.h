#pragma once

#include "core/domain/api/DelegationBodies.h"
#include "core/domain/util/Error.h"

#include <optional>

namespace ow {

class CatalogueService;
class Clock;
class Database;
struct Account;

// Delegation's administration (事项下放): the city administrator sets the lowest level of hall
// that may accept a matter, or returns it to the default (Delegation). Each change is recorded
// in the AdminLog in its own transaction, and the catalogue is read again at once, so its ETag
// changes and every window's cached catalogue follows on its next refresh.
class DelegationService
{
public:
    DelegationService(Database &db, const Clock &clock, CatalogueService &catalogue);

    // Every matter of the current catalogue, in its order.
    Result<QList<DelegationEntry>> matters() const;
    // NotFound for a matter not in the catalogue. Only for the city's administrator (Forbidden).
    Result<DelegationEntry> set(const QString &serviceCode, std::optional<OrgLevel> lowestLevel, const Account &actor);

private:
    Result<DelegationEntry> entry(const QString &serviceCode) const;

    Database &m_db;
    const Clock &m_clock;
    CatalogueService &m_catalogue;
};

} // namespace ow
