#include "core/domain/reports/Share.h"

#include <cmath>

namespace ow {

std::optional<double> Share::of(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return std::round(static_cast<double>(part) * 10000.0 / static_cast<double>(whole)) / 10000.0;
}

} // namespace ow
