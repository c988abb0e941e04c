#pragma once

#include "core/domain/api/AdminBodies.h"
#include "core/domain/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ow {

class Clock;
class Database;
struct Account;

// Table `admin_changes`: every administrative change, written in the same transaction as the
// change itself, never edited or deleted.
class AdminLog
{
public:
    AdminLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // `actor` null: the change was made from the server's command line.
    Status record(const Account *actor, const QString &hallCode, const QString &entity, const QString &key,
                  const QString &action, const QJsonObject &before, const QJsonObject &after);
    // Newest first; `hallCodes` unset: every hall (a city administrator), else only changes of
    // those halls.
    Result<QList<AdminChange>> list(const AdminChangeFilter &filter, const std::optional<QStringList> &hallCodes) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace ow
