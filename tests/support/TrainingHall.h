#pragma once

#include "tests/support/SyncHttp.h"

namespace ow::test {

// Marks `hall` as a training hall (培训大厅), or an ordinary one again, as an administrator does:
// PATCH /api/v1/admin/halls/{hall}; the answer's status.
inline int markTrainingHall(SyncHttp &http, const QString &adminToken, const QString &hall, bool training = true)
{
    return http.send("PATCH", QStringLiteral("/api/v1/admin/halls/") + hall, training ? R"({"training":true})" : R"({"training":false})",
                     {{"Authorization", "Bearer " + adminToken.toLatin1()}, {"Content-Type", "application/json"}})
        .status;
}

} // namespace ow::test
