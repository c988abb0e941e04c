#pragma once

#include "core/util/Error.h"

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

// Brings a database to the newest schema, one transaction per step, recording each in
// schema_version.
class Migrations
{
public:
    static const QList<Migration> &all(); // the server's schema
    static int latestVersion(const QList<Migration> &steps = all());
    static Status apply(const Database &db, const QList<Migration> &steps = all());
};

} // namespace ow
