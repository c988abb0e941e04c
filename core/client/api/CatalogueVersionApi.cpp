#include "core/client/api/CatalogueVersionApi.h"

#include "core/client/api/TypedAnswer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace ow {

namespace {
const QString kVersions = QStringLiteral("/api/v1/admin/catalogue/versions");

QString versionPath(const QString &version, const char *action = nullptr)
{
    QString path = kVersions + QLatin1Char('/') + pathSegment(version);
    if (action)
        path += QLatin1Char('/') + QLatin1String(action);
    return path;
}
} // namespace

void CatalogueVersionApi::versions(Done<CatalogueVersionList> done)
{
    m_api.send("GET", kVersions, nullptr, answerAs<CatalogueVersionList>(std::move(done)));
}

void CatalogueVersionApi::import(const QJsonObject &catalogue, Done<CatalogueVersionDetail> done)
{
    m_api.send("POST", kVersions, &catalogue, answerAs<CatalogueVersionDetail>(std::move(done)));
}

void CatalogueVersionApi::importFile(const QString &path, Done<CatalogueVersionDetail> done)
{
    QFile f(path);
    const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
    if (!doc.isObject())
        return done(Error{ErrorCode::InvalidJson, tr("%1 is not a catalogue file in JSON.").arg(QFileInfo(path).fileName()), {}});
    import(doc.object(), std::move(done));
}

void CatalogueVersionApi::detail(const QString &version, Done<CatalogueVersionDetail> done)
{
    m_api.send("GET", versionPath(version), nullptr, answerAs<CatalogueVersionDetail>(std::move(done)));
}

void CatalogueVersionApi::activate(const QString &version, const CatalogueActivation &when, Done<CatalogueVersionDetail> done)
{
    const QJsonObject body = when.toJson();
    m_api.send("POST", versionPath(version, "activate"), &body, answerAs<CatalogueVersionDetail>(std::move(done)));
}

void CatalogueVersionApi::unschedule(const QString &version, Done<CatalogueVersionDetail> done)
{
    m_api.send("DELETE", versionPath(version, "schedule"), nullptr, answerAs<CatalogueVersionDetail>(std::move(done)));
}

} // namespace ow
