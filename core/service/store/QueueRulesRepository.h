#pragma once

#include "core/domain/api/QueueRulesBodies.h"
#include "core/domain/util/Error.h"

#include <QDateTime>

#include <optional>

namespace ow {

class Database;

// Table `hall_queue_rules`: the halls with queue rules of their own, as the rules' JSON. A hall
// without a row follows the server's defaults.
class QueueRulesRepository
{
public:
    explicit QueueRulesRepository(Database &db) : m_db(db) {}

    Result<std::optional<QueueRules>> find(qint64 hallId) const;
    Status save(qint64 hallId, const QueueRules &rules, const QDateTime &at) const;
    // Whether there was a row to remove.
    Result<bool> remove(qint64 hallId) const;

private:
    Database &m_db;
};

} // namespace ow
