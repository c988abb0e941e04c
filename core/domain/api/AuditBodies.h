#pragma once

#include "core/domain/util/Error.h"

#include <QDate>
#include <QJsonObject>

namespace ow {

// GET /api/v1/reports/audit?day=YYYY-MM-DD: the day's part of the audit trail (审计日志), for a
// city supervisor or administrator to copy the last hash somewhere outside the system. A later
// `--verify-audit` that accepts a chain whose row `last_id` does not have `last_hash` has been
// given a rewritten tail.
struct AuditDayReport
{
    QDate day;          // the city hall's day
    QString timeZone;   // the city hall's time zone, which the day is in
    int rows = 0;       // audit rows written that day
    qint64 firstId = 0; // 0 when none
    qint64 lastId = 0;  // the chain's head at the end of the day: its id and hash (those of an
    QString lastHash;   // earlier day when none was written that day; "" before the chain began)

    QJsonObject toJson() const;
    static Result<AuditDayReport> fromJson(const QJsonObject &o);
    bool operator==(const AuditDayReport &) const = default;
};

} // namespace ow
