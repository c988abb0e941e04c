#include "app/sim/CountyDay.h"

#include "app/sim/SimRandom.h"
#include "core/domain/catalogue/Catalogue.h"

#include <algorithm>
#include <numeric>

namespace ow::sim {

namespace {

// Relative arrivals per half-hour, 08:30 … 16:30.
const QList<double> kWeights{0.5, 1.6, 1.9, 1.9, 1.7, 1.0, 0.7, 0.4, 0.4, 0.6, 0.8, 1.7, 1.7, 1.0, 0.8, 0.6, 0.4};

// Share of visits per category.
const QList<QPair<const char *, double>> kMix{{"card", 0.26},        {"social_insurance", 0.18}, {"pension", 0.16},
                                              {"records", 0.08},     {"unemployment", 0.08},     {"employment", 0.10},
                                              {"work_injury", 0.05}, {"labour", 0.05},           {"talent", 0.04}};

QString pick(const QList<QPair<const char *, double>> &mix, SimRandom &random)
{
    double u = random.uniform() * std::accumulate(mix.begin(), mix.end(), 0.0, [](double s, const auto &p) { return s + p.second; });
    for (const auto &[name, weight] : mix) {
        if (u < weight)
            return QString::fromLatin1(name);
        u -= weight;
    }
    return QString::fromLatin1(mix.last().first);
}

QString serviceOf(const Catalogue &catalogue, const QString &category, SimRandom &random)
{
    QStringList codes;
    for (const ServiceItem &s : catalogue.services()) {
        if (s.category == category)
            codes.append(s.code);
    }
    codes.sort();
    return codes.isEmpty() ? catalogue.services().first().code : codes.at(random.below(int(codes.size())));
}

} // namespace

QList<double> CountyDay::expectedPerHalfHour(int tickets)
{
    const double total = std::accumulate(kWeights.begin(), kWeights.end(), 0.0);
    QList<double> out;
    for (double w : kWeights)
        out.append(tickets * w / total);
    return out;
}

QList<Arrival> CountyDay::generate(const Catalogue &catalogue, quint64 seed, int tickets)
{
    SimRandom random(seed);
    QList<Arrival> out;
    // Exactly `tickets` visitors, each in a half-hour drawn by the weights, at a random second.
    QList<DaySeconds> times;
    const double total = std::accumulate(kWeights.begin(), kWeights.end(), 0.0);
    for (int i = 0; i < tickets; ++i) {
        double u = random.uniform() * total;
        qsizetype h = 0;
        while (h + 1 < kWeights.size() && u >= kWeights.at(h)) {
            u -= kWeights.at(h);
            ++h;
        }
        times.append(kOpens + DaySeconds(h) * 1800 + random.below(1800));
    }
    std::sort(times.begin(), times.end());
    {
        for (DaySeconds at : std::as_const(times)) {
            Arrival a;
            a.at = at;
            const QString category = pick(kMix, random);
            a.services << serviceOf(catalogue, category, random);
            if (random.uniform() < 1.0 / 16) {
                const QString second = serviceOf(catalogue, category, random);
                if (second != a.services.first())
                    a.services << second;
            }
            const double p = random.uniform();
            if (p < 0.035)
                a.priorityGroup = QStringLiteral("elderly");
            else if (p < 0.045)
                a.priorityGroup = QStringLiteral("disabled");
            else if (p < 0.05)
                a.priorityGroup = QStringLiteral("serviceman");
            // An appointment: booked for the next quarter-hour slot, checked in before it.
            if (a.priorityGroup.isEmpty() && random.uniform() < 0.08) {
                const DaySeconds slot = (at / 900 + 1) * 900;
                if (slot < kCloses)
                    a.appointmentAt = slot;
            }
            out.append(a);
        }
    }
    return out;
}

} // namespace ow::sim
