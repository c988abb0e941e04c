#include "core/domain/risk/RiskMath.h"

namespace ow::RiskMath {

bool standsOut(int count, int base, int othersCount, int othersBase, double factor, int minCount)
{
    if (count < minCount || base <= 0 || othersBase <= 0)
        return false;
    const double own = static_cast<double>(count) / base;
    const double others = static_cast<double>(othersCount) / othersBase;
    return own > factor * others;
}

bool aboveChance(int pair, int byReviewer, int ofReceiver, int total, double factor, int minCount)
{
    if (pair < minCount || total <= 0)
        return false;
    const double chance = static_cast<double>(byReviewer) * ofReceiver / total;
    return pair > factor * chance;
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

std::optional<QPair<qsizetype, qsizetype>> denseHour(const QList<QDateTime> &sorted, int max)
{
    qsizetype first = 0;
    for (qsizetype last = 0; last < sorted.size(); ++last) {
        while (sorted.at(first).secsTo(sorted.at(last)) >= 3600)
            ++first;
        if (last - first + 1 > max)
            return QPair<qsizetype, qsizetype>{first, last};
    }
    return std::nullopt;
}

} // namespace ow::RiskMath
