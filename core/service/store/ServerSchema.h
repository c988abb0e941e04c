#pragma once

#include "core/sql/Database.h"
#include "core/sql/Migrations.h"

#include <memory>

namespace ow {

// The server's schema: its numbered migrations, and a database opened at its newest step.
class ServerSchema
{
public:
    static const QList<Migration> &migrations();
    static int latestVersion();
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location);
};

} // namespace ow
