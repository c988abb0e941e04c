#pragma once

#include <QtGlobal>

#include <random>

namespace ow::sim {

// The simulator's one source of chance. The engine is std::mt19937_64, whose sequence the C++
// standard fixes; the distributions are written here rather than taken from <random>, whose
// algorithms differ between standard libraries — so a seed gives the same day everywhere.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed) : m_engine(seed) {}

    double uniform();                   // [0, 1)
    int below(int n);                   // 0 … n−1
    double normal();                    // mean 0, deviation 1 (Box–Muller)
    int poisson(double mean);           // Knuth's product method, split for large means
    // Log-normal with the given mean (not median) and shape σ: μ = ln(mean) − σ²/2.
    double logNormal(double mean, double sigma);

private:
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0;
};

} // namespace ow::sim
