#include "core/client/api/CoverageApi.h"

#include "core/client/api/TypedAnswer.h"

#include <QUrlQuery>

namespace ow {

void CoverageApi::nearest(GeoPoint from, const QString &service, int limit, Done<NearestHallsAnswer> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("lat"), QString::number(from.lat, 'f', 6));
    q.addQueryItem(QStringLiteral("lon"), QString::number(from.lon, 'f', 6));
    q.addQueryItem(QStringLiteral("service"), service);
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_api.send("GET", QStringLiteral("/api/v1/org/halls/nearest?") + q.toString(QUrl::FullyEncoded), nullptr,
               answerAs<NearestHallsAnswer>(std::move(done)));
}

void CoverageApi::nearestFromHall(const QString &hall, const QString &service, int limit, Done<NearestHallsAnswer> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("hall"), hall);
    q.addQueryItem(QStringLiteral("service"), service);
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_api.send("GET", QStringLiteral("/api/v1/org/halls/nearest?") + q.toString(QUrl::FullyEncoded), nullptr,
               answerAs<NearestHallsAnswer>(std::move(done)));
}

void CoverageApi::coverage(const QString &service, Done<CoverageAnswer> done)
{
    QString path = QStringLiteral("/api/v1/reports/coverage");
    if (!service.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("service"), service);
        path += QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
    }
    m_api.send("GET", path, nullptr, answerAs<CoverageAnswer>(std::move(done)));
}

} // namespace ow
