#pragma once

#include "core/domain/queue/PriorityGroups.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/domain/util/Error.h"

#include <QJsonObject>
#include <QList>

namespace ow {

// The bodies of a hall's queue rules (/api/v1/admin/halls/{hall}/queue-rules and the read-only
// /api/v1/halls/{hall}/queue-rules). Members are the JSON fields in camelCase, one for one.

// What an administrator sets for one hall (PUT, every field): the promise, recalls, the priority
// ratio and groups, overnight numbering and the appointment slot capacity. What it does not name
// (check-in window, parking, history days) stays the server's.
struct QueueRules
{
    static constexpr int kMinPromise = 1, kMaxPromise = 240;     // minutes
    static constexpr int kMaxRecalls = 10;                        // 0–10
    static constexpr int kMaxRecallGap = 600;                     // seconds, 0–600
    static constexpr int kMinRatio = 1, kMaxRatio = 10;
    static constexpr int kMinCapacity = 1, kMaxCapacity = 100;
    static constexpr int kMaxGroups = 20;

    int promiseMinutes = 15;
    int maxRecalls = 3;
    int recallGapSeconds = 30;
    int priorityRatio = 2;
    bool keepNumbersOvernight = false;
    int slotCapacity = 6;
    QList<PriorityGroup> priorityGroups; // codes [a-z_]{2,20}, unique, both names given

    // The rules `config` holds, and `defaults` with these rules in place of its own.
    static QueueRules of(const HallQueueConfig &config);
    HallQueueConfig over(HallQueueConfig defaults) const;

    QJsonObject toJson() const;
    // Every field required and in its range; refused naming each bad field (translated reasons).
    static Result<QueueRules> fromJson(const QJsonObject &o);
    bool operator==(const QueueRules &) const = default;
};

// GET: the rules in force at a hall — its own (`own`) or the server's defaults — as the rules'
// fields with "hall" and "own".
struct HallQueueRules
{
    QString hall;
    bool own = false;
    QueueRules rules;

    QJsonObject toJson() const;
    static Result<HallQueueRules> fromJson(const QJsonObject &o);
    bool operator==(const HallQueueRules &) const = default;
};

} // namespace ow
