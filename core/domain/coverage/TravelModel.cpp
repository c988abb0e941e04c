#include "core/domain/coverage/TravelModel.h"

#include <algorithm>
#include <numbers>

namespace ow {

namespace {
double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}
double walkMinutes(double km)
{
    return km * TravelModel::kDetourFactor / TravelModel::kWalkKmh * 60.0;
}
double rideMinutes(double km)
{
    return TravelModel::kRideStartMinutes + km * TravelModel::kDetourFactor / TravelModel::kRideKmh * 60.0;
}
} // namespace

double TravelModel::distanceKm(GeoPoint a, GeoPoint b)
{
    const double dLat = radians(b.lat - a.lat);
    const double dLon = radians(b.lon - a.lon);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double TravelModel::minutes(double km)
{
    return std::min(walkMinutes(km), rideMinutes(km));
}

bool TravelModel::walks(double km)
{
    return walkMinutes(km) <= rideMinutes(km);
}

} // namespace ow
