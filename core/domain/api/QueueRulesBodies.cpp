#include "core/domain/api/QueueRulesBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace ow {

namespace {

QString between(int low, int high)
{
    return QCoreApplication::translate("ow::QueueRules", "Enter a whole number from %1 to %2.").arg(low).arg(high);
}

// A whole number in [low, high], required.
int rangeValue(JsonReader &r, QLatin1StringView key, int low, int high)
{
    if (!r.has(key)) {
        r.problem(key, QCoreApplication::translate("ow::QueueRules", "Required."));
        return low;
    }
    const std::optional<qint64> whole = wholeNumber(r.object().value(key));
    if (!whole || *whole < low || *whole > high) {
        r.problem(key, between(low, high));
        return low;
    }
    return static_cast<int>(*whole);
}

void checkGroups(JsonReader &r)
{
    const QJsonArray items = r.object().value(QLatin1String("priority_groups")).toArray();
    if (items.size() > QueueRules::kMaxGroups)
        r.problem(QStringLiteral("priority_groups"),
                  QCoreApplication::translate("ow::QueueRules", "At most %1 priority groups.").arg(QueueRules::kMaxGroups));
    // By the body's own positions (a group that did not read is not among those read).
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("priority_groups[%1].code").arg(i);
        const QString c = items.at(i).toObject().value(QLatin1String("code")).toString();
        if (c.isEmpty())
            continue;
        if (seen.contains(c))
            r.problem(at, QCoreApplication::translate("ow::QueueRules", "The group code %1 is used twice.").arg(c));
        seen.insert(c);
    }
}

} // namespace

QueueRules QueueRules::of(const HallQueueConfig &c)
{
    return {c.promiseMinutes, c.maxRecalls, c.recallGapSeconds, c.priorityRatio, c.keepNumbersOvernight, c.slotCapacity,
            c.priorityGroups};
}

HallQueueConfig QueueRules::over(HallQueueConfig c) const
{
    c.promiseMinutes = promiseMinutes;
    c.maxRecalls = maxRecalls;
    c.recallGapSeconds = recallGapSeconds;
    c.priorityRatio = priorityRatio;
    c.keepNumbersOvernight = keepNumbersOvernight;
    c.slotCapacity = slotCapacity;
    c.priorityGroups = priorityGroups;
    return c;
}

QJsonObject QueueRules::toJson() const
{
    return {{QLatin1String("promise_minutes"), promiseMinutes},
            {QLatin1String("max_recalls"), maxRecalls},
            {QLatin1String("recall_gap_seconds"), recallGapSeconds},
            {QLatin1String("priority_ratio"), priorityRatio},
            {QLatin1String("keep_numbers_overnight"), keepNumbersOvernight},
            {QLatin1String("slot_capacity"), slotCapacity},
            {QLatin1String("priority_groups"), arrayOf(priorityGroups)}};
}

Result<QueueRules> QueueRules::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    QueueRules q;
    q.promiseMinutes = rangeValue(r, QLatin1String("promise_minutes"), kMinPromise, kMaxPromise);
    q.maxRecalls = rangeValue(r, QLatin1String("max_recalls"), 0, kMaxRecalls);
    q.recallGapSeconds = rangeValue(r, QLatin1String("recall_gap_seconds"), 0, kMaxRecallGap);
    q.priorityRatio = rangeValue(r, QLatin1String("priority_ratio"), kMinRatio, kMaxRatio);
    q.slotCapacity = rangeValue(r, QLatin1String("slot_capacity"), kMinCapacity, kMaxCapacity);
    if (!r.has(QLatin1String("keep_numbers_overnight")))
        r.problem(QStringLiteral("keep_numbers_overnight"), QCoreApplication::translate("ow::QueueRules", "Required."));
    q.keepNumbersOvernight = r.boolean(QLatin1String("keep_numbers_overnight"));
    if (!r.has(QLatin1String("priority_groups")))
        r.problem(QStringLiteral("priority_groups"), QCoreApplication::translate("ow::QueueRules", "Required."));
    q.priorityGroups = r.list<PriorityGroup>(QLatin1String("priority_groups"));
    checkGroups(r);
    return r.finish(q);
}

QJsonObject HallQueueRules::toJson() const
{
    QJsonObject o = rules.toJson();
    o.insert(QLatin1String("hall"), hall);
    o.insert(QLatin1String("own"), own);
    return o;
}

Result<HallQueueRules> HallQueueRules::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    HallQueueRules h;
    h.hall = r.requiredText(QLatin1String("hall"));
    h.own = r.boolean(QLatin1String("own"));
    auto rules = QueueRules::fromJson(o);
    if (!rules) {
        const QJsonObject fields = rules.error().extra.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            r.problem(it.key(), it.value().toString());
        return r.finish(h);
    }
    h.rules = rules.value();
    return r.finish(h);
}

} // namespace ow
