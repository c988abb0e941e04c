#pragma once

#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"

#include <QString>

namespace ow::test {

// Adds an account to a server's database file (the server stopped), with the password of the
// demo city's `admin` (demo1234): e.g. an administrator of a county hall, which the demo city
// does not have. False if it could not.
inline bool addAccountLikeAdmin(const QString &databasePath, const QString &username, const QString &role, const QString &hallCode)
{
    auto db = ServerSchema::open(DatabaseLocation::parse(databasePath));
    if (!db)
        return false;
    return db.value()
        ->run(QStringLiteral("INSERT INTO accounts (username, password_hash, role, hall_id, name_zh, name_en) "
                             "SELECT ?, a.password_hash, ?, h.id, ?, ? FROM accounts a, halls h WHERE a.username = 'admin' AND h.code = ?"),
              {username, role, username, username, hallCode})
        .ok();
}

} // namespace ow::test
