#include "core/service/store/CatalogueVersionRepository.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/sql/Database.h"

#include <QTimeZone>

namespace ow {

namespace {
const QString kColumns = QStringLiteral(
    "v.version, v.state, v.json, v.imported_at, COALESCE(a.username, ''), v.activate_on, v.activated_at, v.content_hash, "
    "v.activate_at, v.matters, v.categories FROM catalogue_versions v LEFT JOIN accounts a ON a.id = v.imported_by");

QDateTime instantOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

StoredCatalogueVersion rowOf(const QSqlQuery &q, bool withContent)
{
    StoredCatalogueVersion s;
    s.info.version = q.value(0).toString();
    s.info.state = catalogueVersionStateFromString(q.value(1).toString()).value_or(CatalogueVersionState::Pending);
    if (withContent)
        s.json = q.value(2).toString().toUtf8();
    s.info.importedAt = instantOf(q.value(3));
    s.info.importedBy = q.value(4).toString();
    s.info.activateOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.info.activatedAt = instantOf(q.value(6));
    s.contentHash = q.value(7).toString();
    s.activateAt = instantOf(q.value(8));
    s.info.matters = q.value(9).toInt();
    s.info.categories = q.value(10).toInt();
    return s;
}
} // namespace

Result<std::optional<StoredCatalogueVersion>> CatalogueVersionRepository::one(const QString &where, const QVariantList &values) const
{
    std::optional<StoredCatalogueVersion> found;
    if (auto st = m_db.select(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE ") + where, values,
                              [&found](QSqlQuery &q) {
                                  if (q.next())
                                      found = rowOf(q, true);
                              });
        !st)
        return st.error();
    return found;
}

Result<std::optional<StoredCatalogueVersion>> CatalogueVersionRepository::find(const QString &version) const
{
    return one(QStringLiteral("v.version = ?"), {version});
}

Result<std::optional<StoredCatalogueVersion>> CatalogueVersionRepository::active() const
{
    return one(QStringLiteral("v.state = 'active'"), {});
}

Result<std::optional<StoredCatalogueVersion>> CatalogueVersionRepository::scheduled() const
{
    return one(QStringLiteral("v.state = 'scheduled'"), {});
}

Result<QList<CatalogueVersionInfo>> CatalogueVersionRepository::list() const
{
    QList<CatalogueVersionInfo> out;
    if (auto st = m_db.select(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY v.id DESC"), {},
                              [&out](QSqlQuery &q) {
                                  while (q.next())
                                      out.append(rowOf(q, false).info);
                              });
        !st)
        return st.error();
    return out;
}

Status CatalogueVersionRepository::insert(const Catalogue &catalogue, const QByteArray &json, CatalogueVersionState state,
                                          const QDateTime &now, qint64 importedBy) const
{
    const bool active = state == CatalogueVersionState::Active;
    return m_db.run(QStringLiteral("INSERT INTO catalogue_versions (version, content_hash, json, matters, categories, state, imported_at, "
                                   "imported_by, activated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {catalogue.version(), catalogue.contentHash(), QString::fromUtf8(json), catalogue.services().size(),
                     catalogue.categories().size(), toString(state), now.toMSecsSinceEpoch(),
                     importedBy ? QVariant(importedBy) : QVariant(QMetaType(QMetaType::LongLong)), msOrNull(active ? now : QDateTime())});
}

Status CatalogueVersionRepository::makeActive(const QString &version, const QDateTime &now) const
{
    if (auto st = m_db.run(QStringLiteral("UPDATE catalogue_versions SET state = 'superseded' WHERE state = 'active' AND version <> ?"),
                           {version});
        !st)
        return st;
    return m_db.run(QStringLiteral("UPDATE catalogue_versions SET state = 'active', activated_at = ?, activate_on = NULL, "
                                   "activate_at = NULL WHERE version = ?"),
                    {now.toMSecsSinceEpoch(), version});
}

Status CatalogueVersionRepository::schedule(const QString &version, const QDate &day, const QDateTime &at) const
{
    return m_db.run(QStringLiteral("UPDATE catalogue_versions SET state = 'scheduled', activate_on = ?, activate_at = ? WHERE version = ?"),
                    {day.toString(Qt::ISODate), at.toMSecsSinceEpoch(), version});
}

Status CatalogueVersionRepository::unschedule(const QString &version) const
{
    // Back to what it was before it was scheduled: never in force (pending) or in force before.
    return m_db.run(QStringLiteral("UPDATE catalogue_versions SET state = CASE WHEN activated_at IS NULL THEN 'pending' "
                                   "ELSE 'superseded' END, activate_on = NULL, activate_at = NULL WHERE version = ?"),
                    {version});
}

} // namespace ow
