#include "core/domain/queue/OfflineTypes.h"

namespace ow {

QJsonObject NumberLease::toJson() const
{
    return {{QLatin1String("day"), serviceDay}, {QLatin1String("prefix"), prefix}, {QLatin1String("first"), first},
            {QLatin1String("last"), last}, {QLatin1String("unused"), unused}};
}

} // namespace ow
