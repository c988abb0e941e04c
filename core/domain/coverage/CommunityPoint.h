#pragma once

#include "core/domain/coverage/TravelModel.h"
#include "core/domain/util/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ow {

// A community point (社区) of the city: where residents live, with how many — what the coverage
// report weighs the 15-minute circle by.
struct CommunityPoint
{
    QString name;
    QString district;
    GeoPoint at;
    qint64 population = 0;
    bool operator==(const CommunityPoint &) const = default;
};

// The city's community points from their CSV file (header `name,district,lat,lon,population`,
// lines starting with '#' are comments). A file with any bad row is refused whole, naming each
// bad line.
class CommunityPoints
{
public:
    static Result<QList<CommunityPoint>> parseCsv(const QByteArray &csv);
    static QByteArray bundledCsv(); // resources/coverage/community-points.csv
};

} // namespace ow
