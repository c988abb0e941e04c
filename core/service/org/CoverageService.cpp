#include "core/service/org/CoverageService.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/catalogue/Delegation.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/store/OrgRepository.h"

#include <QJsonObject>

namespace ow {

namespace {
// A query the server cannot answer as asked: 400, naming the field, with a text for the user.
Error badQuery(const QString &field, ErrorText text)
{
    Error e{ErrorCode::BadRequest, QStringLiteral("bad query parameter %1").arg(field),
            QJsonObject{{QLatin1String("fields"), QJsonObject{{field, QStringLiteral("invalid")}}}}};
    e.text = std::move(text);
    return e;
}
} // namespace

CoverageService::CoverageService(Database &db, const CatalogueService &catalogue, QList<CommunityPoint> points)
    : m_db(db), m_catalogue(catalogue), m_points(std::move(points))
{}

Result<Coverage> CoverageService::coverage() const
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    return Coverage(halls.value(), m_points);
}

Result<const ServiceItem *> CoverageService::matter(const QString &code) const
{
    const Catalogue *catalogue = m_catalogue.current();
    const ServiceItem *item = catalogue ? catalogue->service(code) : nullptr;
    if (!item) {
        Error e = notFoundError(QStringLiteral("no matter %1 in the catalogue").arg(code));
        e.text = ErrorText{QT_TRANSLATE_NOOP("ow::Errors", "There is no matter “%1” in the catalogue."), {code}};
        return e;
    }
    return item;
}

Result<NearestHallsAnswer> CoverageService::nearest(const QString &latitude, const QString &longitude, const QString &service,
                                                    const QString &limit) const
{
    bool ok = false;
    const double lat = latitude.trimmed().toDouble(&ok);
    if (!ok || !TravelModel::validLatitude(lat))
        return badQuery(QStringLiteral("lat"),
                        {QT_TRANSLATE_NOOP("ow::Errors", "“%1” is not a latitude: give degrees between -90 and 90."), {latitude}});
    const double lon = longitude.trimmed().toDouble(&ok);
    if (!ok || !TravelModel::validLongitude(lon))
        return badQuery(QStringLiteral("lon"),
                        {QT_TRANSLATE_NOOP("ow::Errors", "“%1” is not a longitude: give degrees between -180 and 180."), {longitude}});
    int count = kDefaultLimit;
    if (!limit.isEmpty()) {
        count = limit.trimmed().toInt(&ok);
        if (!ok || count < 1 || count > 100)
            return badQuery(QStringLiteral("limit"),
                            {QT_TRANSLATE_NOOP("ow::Errors", "“%1” is not a number of halls from 1 to 100."), {limit}});
    }
    if (service.trimmed().isEmpty())
        return badQuery(QStringLiteral("service"), {QT_TRANSLATE_NOOP("ow::Errors", "Name the matter to find halls for (service=…)."), {}});
    auto item = matter(service.trimmed());
    if (!item)
        return item.error();
    auto c = coverage();
    if (!c)
        return c.error();
    const OrgLevel lowest = Delegation::lowestLevel(*item.value());
    return NearestHallsAnswer{item.value()->code, lowest, {lat, lon}, TravelModel::kPromiseMinutes,
                              c.value().nearest({lat, lon}, lowest, count)};
}

Result<NearestHallsAnswer> CoverageService::nearestFromHall(const QString &hallCode, const QString &service, const QString &limit) const
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    for (const Hall &h : halls.value()) {
        if (h.code != hallCode.trimmed())
            continue;
        if (!h.latitude || !h.longitude) {
            Error e = invalidFieldError(QStringLiteral("hall"), QStringLiteral("no coordinates"));
            e.text = ErrorText{QT_TRANSLATE_NOOP("ow::Errors", "Hall %1 has no coordinates yet: an administrator can add them."), {h.code}};
            return e;
        }
        return nearest(QString::number(*h.latitude, 'f', 7), QString::number(*h.longitude, 'f', 7), service, limit);
    }
    Error e = notFoundError(QStringLiteral("no hall %1").arg(hallCode));
    e.text = ErrorText{QT_TRANSLATE_NOOP("ow::Errors", "There is no hall %1."), {hallCode}};
    return e;
}

Result<CoverageAnswer> CoverageService::report(const QString &service) const
{
    auto c = coverage();
    if (!c)
        return c.error();
    const Coverage &coverage = c.value();
    CoverageAnswer a;
    a.totalPopulation = coverage.totalPopulation();
    a.halls = coverage.halls();
    std::optional<OrgLevel> chosen;
    if (!service.trimmed().isEmpty()) {
        auto item = matter(service.trimmed());
        if (!item)
            return item.error();
        a.matters.append(coverage.matter(*item.value()));
        chosen = a.matters.first().lowestLevel;
    } else if (const Catalogue *catalogue = m_catalogue.current()) {
        for (const ServiceItem &s : catalogue->services())
            a.matters.append(coverage.matter(s));
    }
    a.bestDelegations = Coverage::bestDelegations(a.matters, kBestDelegations);
    const auto minutes = chosen ? coverage.pointMinutes(*chosen) : QList<std::optional<double>>();
    for (qsizetype i = 0; i < coverage.points().size(); ++i)
        a.points.append(CoveragePoint{coverage.points().at(i), chosen ? minutes.at(i) : std::nullopt});
    return a;
}

} // namespace ow
