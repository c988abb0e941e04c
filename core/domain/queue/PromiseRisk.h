#pragma once

#include <QtGlobal>

namespace ow {

// Whether a waiting ticket keeps the hall's promise (承诺时限: called within so many minutes of
// being issued, the hall's queue rules): at risk from three minutes before it breaks — never
// earlier than four fifths of the promise, so a short promise does not warn at once — and
// broken once the promise has passed. With the usual 15 minutes: at risk from 12, broken at 15.
// The teller's waiting line and the supervisor's live screen both ask here.
class PromiseRisk
{
public:
    enum class Level { None, AtRisk, Broken };
    static constexpr int kDefaultPromiseMinutes = 15;
    static constexpr int kWarnBeforeSeconds = 3 * 60;

    explicit PromiseRisk(int promiseMinutes = kDefaultPromiseMinutes);

    int promiseMinutes() const { return m_promiseSeconds / 60; }
    int atRiskFromSeconds() const { return m_atRiskSeconds; }
    Level of(qint64 waitedSeconds) const;

private:
    int m_promiseSeconds;
    int m_atRiskSeconds;
};

} // namespace ow
