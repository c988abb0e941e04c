#include "app/sim/HandlingModel.h"

#include "app/sim/CsvFile.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/queue/WaitEstimator.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace ow::sim {

HandlingModel::HandlingModel(const Catalogue &catalogue, double sigma) : m_catalogue(&catalogue), m_sigma(sigma) {}

const QStringList &HandlingModel::columns()
{
    static const QStringList c{QStringLiteral("matter"), QStringLiteral("mean_minutes"), QStringLiteral("sigma")};
    return c;
}

Result<HandlingModel> HandlingModel::read(const QString &path, const Catalogue &catalogue)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, QStringLiteral("%1: cannot read (%2)").arg(path, f.errorString()), {}};
    return parse(QFileInfo(path).fileName(), f.readAll(), catalogue);
}

Result<HandlingModel> HandlingModel::parse(const QString &name, const QByteArray &text, const Catalogue &catalogue)
{
    auto parsed = CsvFile::parse(name, text, columns());
    if (!parsed)
        return parsed.error();
    const CsvFile &file = parsed.value();
    HandlingModel model(catalogue);
    for (const CsvFile::Row &row : file.rows()) {
        const QString matter = row.fields.at(0);
        bool ok = false;
        Spread s;
        s.meanSeconds = row.fields.at(1).toDouble(&ok) * 60;
        if (!ok || s.meanSeconds <= 0 || s.meanSeconds > 8 * 3600)
            return file.problem(row.line, QStringLiteral("mean_minutes \"%1\" is not a number of minutes above 0").arg(row.fields.at(1)));
        s.sigma = 0;
        if (!row.fields.at(2).isEmpty()) {
            s.sigma = row.fields.at(2).toDouble(&ok);
            if (!ok || s.sigma < 0 || s.sigma > 3)
                return file.problem(row.line, QStringLiteral("sigma \"%1\" is not a number from 0 to 3").arg(row.fields.at(2)));
        }
        if (catalogue.service(matter))
            model.setService(matter, s);
        else if (catalogue.category(matter))
            model.setCategory(matter, s);
        else
            return file.problem(row.line, QStringLiteral("\"%1\" is neither a service code nor a category of the catalogue").arg(matter));
    }
    return model;
}

HandlingModel HandlingModel::countyDay(const Catalogue &catalogue)
{
    // Typical minutes at a county hall's windows; a card or a records print is quick, a work
    // injury or a labour matter is not. With the day's mix the mean visit is about 7 minutes.
    HandlingModel m(catalogue);
    const QList<QPair<const char *, double>> minutes{{"card", 4.5},        {"social_insurance", 6.5}, {"pension", 9},
                                                      {"records", 5},      {"unemployment", 7.5},     {"employment", 6.5},
                                                      {"work_injury", 11}, {"labour", 10},            {"talent", 7}};
    for (const auto &[category, mins] : minutes)
        m.setCategory(QString::fromLatin1(category), Spread{mins * 60, kDefaultSigma});
    return m;
}

HandlingModel::Spread HandlingModel::spreadOf(const QString &service) const
{
    if (auto it = m_byService.constFind(service); it != m_byService.constEnd())
        return *it;
    const ServiceItem *item = m_catalogue->service(service);
    if (item) {
        if (auto it = m_byCategory.constFind(item->category); it != m_byCategory.constEnd())
            return *it;
    }
    return Spread{WaitEstimator::catalogueDefaultSeconds(item), m_sigma};
}

double HandlingModel::meanSeconds(const QStringList &services) const
{
    double total = 0;
    for (const QString &s : services)
        total += meanSeconds(s);
    return total;
}

double HandlingModel::sample(const QStringList &services, SimRandom &random) const
{
    double total = 0;
    for (const QString &s : services) {
        const Spread spread = spreadOf(s);
        total += spread.sigma > 0 ? random.logNormal(spread.meanSeconds, spread.sigma) : spread.meanSeconds;
    }
    return std::max(30.0, std::round(total));
}

} // namespace ow::sim
