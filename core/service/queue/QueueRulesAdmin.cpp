#include "core/service/queue/QueueRulesAdmin.h"

#include "core/domain/org/AdminScope.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/QueueRulesRepository.h"
#include "core/sql/Database.h"

namespace ow {

namespace {
const QString kEntity = QStringLiteral("queue_rules");
} // namespace

QueueRulesAdmin::QueueRulesAdmin(Database &db, const Clock &clock, AdminLog &log, QueueService &queue)
    : m_db(db), m_clock(clock), m_log(log), m_queue(queue)
{}

Result<qint64> QueueRulesAdmin::managedHall(const Account &admin, const QString &hallCode)
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    const auto it = std::find_if(halls.value().begin(), halls.value().end(), [&hallCode](const Hall &h) { return h.code == hallCode; });
    if (it == halls.value().end())
        return notFoundError(QStringLiteral("unknown hall %1").arg(hallCode));
    if (auto st = AdminScope(admin, halls.value()).require(hallCode); !st)
        return st.error();
    return it->id;
}

void QueueRulesAdmin::changed(qint64 hallId)
{
    // Read again once stored (and forgotten now, so nothing inside the transaction keeps the old).
    m_db.afterCommit([queue = &m_queue, hallId] { queue->rulesChanged(hallId); });
    m_db.onRollback([queue = &m_queue, hallId] { queue->rulesChanged(hallId); });
    m_queue.rulesChanged(hallId);
}

Result<HallQueueRules> QueueRulesAdmin::effective(const QString &hallCode)
{
    auto h = m_queue.hall(hallCode);
    if (!h)
        return h.error();
    auto own = QueueRulesRepository(m_db).find((*h)->id);
    if (!own)
        return own.error();
    HallQueueRules out;
    out.hall = hallCode;
    out.own = own.value().has_value();
    out.rules = own.value() ? *own.value() : QueueRules::of(m_queue.config());
    return out;
}

Result<HallQueueRules> QueueRulesAdmin::get(const Account &admin, const QString &hallCode)
{
    if (auto id = managedHall(admin, hallCode); !id)
        return id.error();
    return effective(hallCode);
}

Result<HallQueueRules> QueueRulesAdmin::set(const Account &admin, const QString &hallCode, const QueueRules &rules)
{
    auto id = managedHall(admin, hallCode);
    if (!id)
        return id.error();
    Result<HallQueueRules> out = Error{ErrorCode::Internal, {}, {}};
    Status st = m_db.transaction([&]() -> Status {
        auto before = effective(hallCode);
        if (!before)
            return before.error();
        if (auto saved = QueueRulesRepository(m_db).save(id.value(), rules, m_clock.now()); !saved)
            return saved;
        HallQueueRules after{hallCode, true, rules};
        if (auto logged = m_log.record(&admin, hallCode, kEntity, hallCode, QStringLiteral("update"), before.value().toJson(),
                                       after.toJson());
            !logged)
            return logged;
        changed(id.value());
        out = after;
        return okStatus();
    });
    if (!st)
        return st.error();
    return out;
}

Status QueueRulesAdmin::reset(const Account &admin, const QString &hallCode)
{
    auto id = managedHall(admin, hallCode);
    if (!id)
        return id.error();
    return m_db.transaction([&]() -> Status {
        auto before = effective(hallCode);
        if (!before)
            return before.error();
        auto removed = QueueRulesRepository(m_db).remove(id.value());
        if (!removed)
            return removed.error();
        if (!removed.value())
            return okStatus(); // already the defaults: nothing changed, nothing to record
        const HallQueueRules after{hallCode, false, QueueRules::of(m_queue.config())};
        if (auto logged = m_log.record(&admin, hallCode, kEntity, hallCode, QStringLiteral("delete"), before.value().toJson(),
                                       after.toJson());
            !logged)
            return logged;
        changed(id.value());
        return okStatus();
    });
}

} // namespace ow
