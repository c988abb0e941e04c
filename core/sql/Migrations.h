#pragma once

#include "core/domain/util/Error.h"

#include <QStringList>

namespace ow {

class Database;

// One numbered schema step. Steps are only ever appended; a shipped step never changes.
struct Migration
{
    int version;
    const char *name;
    QStringList statements; // with SqlDialect tokens
};

// Brings a database to the newest step of a schema (the server's, the client cache's, the
// outbox's), one transaction per step, recording each in schema_version.
class Migrations
{
public:
    static int latestVersion(const QList<Migration> &steps);
    static Status apply(Database &db, const QList<Migration> &steps);
};

} // namespace ow
