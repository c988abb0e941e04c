#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace ow {

// The arithmetic of the risk rules, pure (unit-tested in tst_risk_math).
namespace RiskMath {

// A rate standing out from the hall's norm: `count` events of `base` (a teller's no-shows of the
// tickets they called) against the other tellers' `othersCount` of `othersBase`. Needs at least
// `minCount` events, and another teller's work to compare with; then the own rate must exceed
// `factor` times the others' (an others' rate of 0 is exceeded by any count ≥ minCount).
bool standsOut(int count, int base, int othersCount, int othersBase, double factor, int minCount);

// Pairs above chance: `pair` approvals of one receiver's cases by one reviewer, of the reviewer's
// `byReviewer`, the receiver's `ofReceiver` and all `total` approvals. Chance is
// byReviewer × ofReceiver / total; the pair needs `minCount` and more than `factor` × chance.
bool aboveChance(int pair, int byReviewer, int ofReceiver, int total, double factor, int minCount);

// Whole years of age on `day`.
int ageOn(const QDate &birth, const QDate &day);

// The first run of more than `max` instants (sorted) within one hour: [first, last] indexes.
std::optional<QPair<qsizetype, qsizetype>> denseHour(const QList<QDateTime> &sorted, int max);

} // namespace RiskMath

} // namespace ow
