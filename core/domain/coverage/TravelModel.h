#pragma once

#include <cmath>

namespace ow {

// A place on the earth, WGS-84 degrees.
struct GeoPoint
{
    double lat = 0;
    double lon = 0;
    bool operator==(const GeoPoint &) const = default;
};

// How long a resident takes to reach a hall (15分钟服务圈), a deliberately simple model written
// down in docs/planning-coverage.md: the way is the straight line (haversine) times a detour
// factor; the resident walks it, or rides it (bus, e-bike, car) after a fixed start-up time,
// whichever is faster — so a hall round the corner is a walk and one across town a ride, and the
// time never falls as the distance grows.
class TravelModel
{
public:
    static constexpr double kEarthRadiusKm = 6371.0088; // mean radius
    static constexpr double kDetourFactor = 1.3;        // streets are not straight lines
    static constexpr double kWalkKmh = 4.5;
    static constexpr double kRideKmh = 25.0;            // urban average with stops
    static constexpr double kRideStartMinutes = 5.0;    // waiting for the bus, finding a parking place
    static constexpr double kPromiseMinutes = 15.0;     // the 15-minute circle

    // Great-circle distance in km.
    static double distanceKm(GeoPoint a, GeoPoint b);
    // Minutes to cover a straight-line distance of `km`.
    static double minutes(double km);
    static double minutes(GeoPoint from, GeoPoint to) { return minutes(distanceKm(from, to)); }
    static bool walks(double km);
    static bool validLatitude(double lat) { return std::isfinite(lat) && lat >= -90 && lat <= 90; }
    static bool validLongitude(double lon) { return std::isfinite(lon) && lon >= -180 && lon <= 180; }
};

} // namespace ow
