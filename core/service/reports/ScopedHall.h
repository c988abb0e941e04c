#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/util/Error.h"

namespace ow {

class Database;
struct Account;

// Hall `code` (empty: the account's own) when `who` reads its figures (ReportScope: its
// supervisors, those of the halls above it, the city's): NotFound for no such hall, Forbidden
// outside the scope or for an account that reads no figures. What the planning routes ask first.
Result<Hall> hallInReportScope(Database &db, const Account &who, const QString &code);

} // namespace ow
