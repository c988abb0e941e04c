#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QHash>

namespace ow {

class Database;

// Table `delegation`: the city administrator's lowest level of hall per matter (事项下放). A
// matter without a row keeps Delegation's default.
class DelegationRepository
{
public:
    explicit DelegationRepository(Database &db) : m_db(db) {}

    Result<QHash<QString, OrgLevel>> levels() const; // by service code
    Status set(const QString &serviceCode, OrgLevel level, const QDateTime &at, qint64 accountId) const;
    Status clear(const QString &serviceCode) const;

private:
    Database &m_db;
};

} // namespace ow
