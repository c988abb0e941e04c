#include "core/service/org/DemoCity.h"

#include "core/domain/util/Clock.h"
#include "core/service/org/OrgExchange.h"
#include "core/service/store/OrgRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow {

QByteArray DemoCity::bundledJson()
{
    QFile f(QStringLiteral(":/onewindow/demo/demo-city.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<bool> DemoCity::seed(Database &db, const QByteArray &json, const PasswordHasher &hasher, const Catalogue *catalogue)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidJson, QStringLiteral("demo city seed is not a JSON object"), {}};
    const QJsonObject root = doc.object();
    OrgRepository org(db);

    const QJsonArray halls = root.value(QLatin1String("halls")).toArray();
    if (halls.isEmpty())
        return Error{ErrorCode::ValidationFailed, QStringLiteral("demo city has no halls"), {}};
    auto existing = org.hallId(halls.first().toObject().value(QLatin1String("code")).toString());
    if (!existing)
        return existing.error();
    if (existing.value())
        return false;

    // A new org: nothing it checks depends on the day (no open work, no sessions yet).
    const SystemClock clock;
    auto imported = OrgExchange(db).importOrg(json, hasher, nullptr,
                                              OrgImportContext{.clock = clock, .catalogue = catalogue, .passwordPolicy = false});
    if (!imported)
        return imported.error();
    return true;
}

} // namespace ow
