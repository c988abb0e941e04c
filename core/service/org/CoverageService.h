#pragma once

#include "core/domain/api/CoverageBodies.h"

namespace ow {

class CatalogueService;
class Database;

// The 15-minute circle on the server: the halls as they stand in the database, the catalogue in
// force (each matter's delegation) and the city's community points, put through Coverage. The
// query's text is checked here, so the routes only pass it on.
class CoverageService
{
public:
    // `points`: the community points (CommunityPoints::bundledCsv() unless the operator gave a file).
    CoverageService(Database &db, const CatalogueService &catalogue, QList<CommunityPoint> points);

    // The halls that may accept `service`, nearest first. Bad latitude or longitude: BadRequest
    // (400) naming the field; an unknown matter: NotFound (404); a bad limit: BadRequest.
    Result<NearestHallsAnswer> nearest(const QString &latitude, const QString &longitude, const QString &service,
                                       const QString &limit) const;
    // The same from a hall's own place (a kiosk knows its hall, not its coordinates): NotFound for
    // no such hall, ValidationFailed (422) for a hall without coordinates.
    Result<NearestHallsAnswer> nearestFromHall(const QString &hallCode, const QString &service, const QString &limit) const;
    // Every matter (empty `service`) or one, with each point's minutes when it is one.
    Result<CoverageAnswer> report(const QString &service) const;

    static constexpr int kDefaultLimit = 5;
    static constexpr int kBestDelegations = 10;

private:
    Result<Coverage> coverage() const;
    Result<const ServiceItem *> matter(const QString &code) const;

    Database &m_db;
    const CatalogueService &m_catalogue;
    QList<CommunityPoint> m_points;
};

} // namespace ow
