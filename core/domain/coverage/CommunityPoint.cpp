#include "core/domain/coverage/CommunityPoint.h"

#include "core/domain/reports/CsvTable.h"

#include <QFile>
#include <QJsonObject>

namespace ow {

QByteArray CommunityPoints::bundledCsv()
{
    QFile f(QStringLiteral(":/onewindow/coverage/community-points.csv"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<QList<CommunityPoint>> CommunityPoints::parseCsv(const QByteArray &csv)
{
    // Comments out first, keeping the line numbers of the rest for the problems.
    QByteArray data;
    QList<int> lineOf;
    int line = 0;
    for (const QByteArray &raw : csv.split('\n')) {
        ++line;
        const QByteArray text = raw.trimmed();
        if (text.isEmpty() || text.startsWith('#') || text.startsWith("\xEF\xBB\xBF#"))
            continue;
        data += text + '\n';
        lineOf << line;
    }
    const QList<QStringList> rows = CsvTable::parse(data);
    const QStringList header{QStringLiteral("name"), QStringLiteral("district"), QStringLiteral("lat"), QStringLiteral("lon"),
                             QStringLiteral("population")};
    QJsonObject problems;
    if (rows.isEmpty() || rows.first() != header)
        return invalidFieldError(QStringLiteral("header"), QStringLiteral("expected name,district,lat,lon,population"));
    QList<CommunityPoint> points;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        const QString where = QStringLiteral("line %1").arg(i < lineOf.size() ? lineOf.at(i) : -1);
        if (r.size() != header.size()) {
            problems.insert(where, QStringLiteral("expected 5 cells, found %1").arg(r.size()));
            continue;
        }
        bool latOk = false, lonOk = false, popOk = false;
        CommunityPoint p{r.at(0).trimmed(), r.at(1).trimmed(), {r.at(2).toDouble(&latOk), r.at(3).toDouble(&lonOk)},
                         r.at(4).toLongLong(&popOk)};
        if (p.name.isEmpty())
            problems.insert(where, QStringLiteral("a name is required"));
        else if (!latOk || !TravelModel::validLatitude(p.at.lat))
            problems.insert(where, QStringLiteral("latitude between -90 and 90 required"));
        else if (!lonOk || !TravelModel::validLongitude(p.at.lon))
            problems.insert(where, QStringLiteral("longitude between -180 and 180 required"));
        else if (!popOk || p.population < 0)
            problems.insert(where, QStringLiteral("a population of 0 or more required"));
        else
            points << p;
    }
    if (!problems.isEmpty())
        return invalidFieldsError(problems);
    return points;
}

} // namespace ow
