#include "app/sim/SimRandom.h"

#include <cmath>
#include <numbers>

namespace ow::sim {

double SimRandom::uniform()
{
    // 53 random bits → a double in [0, 1), exactly as many as the mantissa holds.
    return double(m_engine() >> 11) * 0x1.0p-53;
}

int SimRandom::below(int n)
{
    return n <= 1 ? 0 : std::min(n - 1, int(uniform() * n));
}

double SimRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u = 0;
    while (u <= 0)
        u = uniform();
    const double v = uniform();
    const double r = std::sqrt(-2.0 * std::log(u));
    m_spare = r * std::sin(2 * std::numbers::pi * v);
    m_hasSpare = true;
    return r * std::cos(2 * std::numbers::pi * v);
}

int SimRandom::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    // exp(−mean) underflows for large means: a sum of Poissons is Poisson.
    if (mean > 30)
        return poisson(mean / 2) + poisson(mean / 2);
    const double limit = std::exp(-mean);
    int k = 0;
    double p = uniform();
    while (p > limit) {
        ++k;
        p *= uniform();
    }
    return k;
}

double SimRandom::logNormal(double mean, double sigma)
{
    if (mean <= 0)
        return 0;
    const double mu = std::log(mean) - sigma * sigma / 2;
    return std::exp(mu + sigma * normal());
}

} // namespace ow::sim
