#pragma once

#include "app/sim/SimRandom.h"
#include "core/domain/util/Error.h"

#include <QHash>
#include <QString>

namespace ow {
class Catalogue;
}

namespace ow::sim {

// How long a matter takes at the window: a log-normal time with a mean per matter and a shape σ
// (0.5 by default: a third of visits within ±25% of the mean, a few three times as long).
// The mean comes, most specific first, from a service code, the service's category, or the
// catalogue's standard time (WaitEstimator::catalogueDefaultSeconds).
//
// The file: `matter,mean_minutes,sigma` — a service code or a category code, the mean minutes
// (from the hall's history), and σ (empty: 0; 0 means every visit takes exactly the mean).
class HandlingModel
{
public:
    struct Spread
    {
        double meanSeconds = 0;
        double sigma = 0.5;
    };
    static constexpr double kDefaultSigma = 0.5;

    explicit HandlingModel(const Catalogue &catalogue, double sigma = kDefaultSigma);
    static const QStringList &columns();
    static Result<HandlingModel> read(const QString &path, const Catalogue &catalogue);
    static Result<HandlingModel> parse(const QString &name, const QByteArray &text, const Catalogue &catalogue);
    // The generated county hall's minutes per category (docs/planning.md).
    static HandlingModel countyDay(const Catalogue &catalogue);

    void setCategory(const QString &category, Spread spread) { m_byCategory.insert(category, spread); }
    void setService(const QString &code, Spread spread) { m_byService.insert(code, spread); }

    Spread spreadOf(const QString &service) const;
    double meanSeconds(const QString &service) const { return spreadOf(service).meanSeconds; }
    double meanSeconds(const QStringList &services) const;
    // One visit's time for all its matters, whole seconds, at least 30.
    double sample(const QStringList &services, SimRandom &random) const;

private:
    const Catalogue *m_catalogue;
    double m_sigma;
    QHash<QString, Spread> m_byService;
    QHash<QString, Spread> m_byCategory;
};

} // namespace ow::sim
