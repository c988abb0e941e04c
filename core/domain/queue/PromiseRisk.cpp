#include "core/domain/queue/PromiseRisk.h"

#include <algorithm>

namespace ow {

PromiseRisk::PromiseRisk(int promiseMinutes)
    : m_promiseSeconds(std::max(1, promiseMinutes) * 60)
    , m_atRiskSeconds(std::max(m_promiseSeconds - kWarnBeforeSeconds, m_promiseSeconds * 4 / 5))
{}

PromiseRisk::Level PromiseRisk::of(qint64 waitedSeconds) const
{
    if (waitedSeconds >= m_promiseSeconds)
        return Level::Broken;
    if (waitedSeconds >= m_atRiskSeconds)
        return Level::AtRisk;
    return Level::None;
}

} // namespace ow
