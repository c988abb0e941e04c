#pragma once

#include "app/sim/SimTypes.h"

namespace ow {
class Catalogue;
}

namespace ow::sim {

// A realistic day at a county hall, generated from a seed: `tickets` visitors from 08:30
// to 17:00, a morning peak 9–11 and an after-lunch peak 14–15 (weights per half-hour in
// docs/planning.md), a county's matter mix (cards and social insurance most), one visit in 16
// with a second matter, priority groups (about 5%) and checked-in appointments (about 8%).
class CountyDay
{
public:
    static constexpr DaySeconds kOpens = 8 * 3600 + 30 * 60;
    static constexpr DaySeconds kCloses = 17 * 3600;

    static QList<Arrival> generate(const Catalogue &catalogue, quint64 seed, int tickets = 500);
    // The expected arrivals of each half-hour from kOpens (the weights scaled to `tickets`).
    static QList<double> expectedPerHalfHour(int tickets = 500);
};

} // namespace ow::sim
