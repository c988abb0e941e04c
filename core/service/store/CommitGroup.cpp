#include "core/service/store/CommitGroup.h"

#include <utility>

namespace ow {

CommitGroup::~CommitGroup()
{
    (void)commit();
}

void CommitGroup::run(const std::function<Status()> &work, std::function<void(const Status &)> done)
{
    if (!m_open) {
        if (auto st = m_db.beginOpen(); !st) {
            done(st);
            return;
        }
        m_open = true;
    }
    Status st = m_db.transaction(work);
    m_waiting.append({std::move(st), std::move(done)});
}

Status CommitGroup::commit()
{
    if (!m_open)
        return okStatus();
    m_open = false;
    const Status committed = m_db.commitOpen();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[outcome, done] : waiting)
        done(committed ? outcome : committed);
    return committed;
}

} // namespace ow
