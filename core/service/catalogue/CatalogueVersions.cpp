#include "core/service/catalogue/CatalogueVersions.h"

#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/store/CatalogueRepository.h"
#include "core/service/store/CatalogueVersionRepository.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace ow {

Q_LOGGING_CATEGORY(lcCatalogue, "ow.catalogue")

namespace {
const QString kEntity = QStringLiteral("catalogue");

QJsonObject logged(const CatalogueVersionInfo &v)
{
    QJsonObject o{{QLatin1String("state"), toString(v.state)}};
    if (v.activateOn.isValid())
        o.insert(QLatin1String("activate_on"), v.activateOn.toString(Qt::ISODate));
    return o;
}

Error unknownVersion(const QString &version)
{
    Error e = notFoundError(QStringLiteral("no catalogue version %1").arg(version));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "There is no catalogue version %1."), {version}};
    return e;
}
} // namespace

CatalogueVersions::CatalogueVersions(Database &db, const Clock &clock, CatalogueService &catalogue)
    : m_db(db), m_clock(clock), m_catalogue(catalogue)
{}

Result<bool> CatalogueVersions::start(const QByteArray &json, bool explicitFile)
{
    const CatalogueVersionRepository versions(m_db);
    auto active = versions.active();
    if (!active)
        return active.error();
    auto stored = CatalogueRepository(m_db).load();
    if (!stored && stored.error().code != ErrorCode::NotFound)
        return stored.error();
    if (!active.value() && stored) {
        // Stored before versions were kept: that catalogue is the active version.
        const QByteArray canonical = QJsonDocument(stored.value().toJson()).toJson(QJsonDocument::Compact);
        if (auto st = versions.insert(stored.value(), canonical, CatalogueVersionState::Active, m_clock.now(), 0); !st)
            return st.error();
    }
    bool changed = false;
    if (explicitFile || !stored) {
        auto imported = m_catalogue.import(json);
        if (!imported)
            return imported.error();
        changed = imported.value();
    } else {
        if (auto st = m_catalogue.reload(); !st)
            return st.error();
        auto parsed = CatalogueService::parse(json);
        if (!parsed)
            return parsed.error();
        auto known = versions.find(parsed.value().version());
        if (!known)
            return known.error();
        if (!known.value()) {
            if (auto st = versions.insert(parsed.value(), QJsonDocument(parsed.value().toJson()).toJson(QJsonDocument::Compact),
                                          CatalogueVersionState::Pending, m_clock.now(), 0);
                !st)
                return st.error();
            qCInfo(lcCatalogue, "catalogue %s, built into this release, waits for an administrator to put it in force",
                   qUtf8Printable(parsed.value().version()));
        }
    }
    auto due = activateDue();
    if (!due)
        return due.error();
    return changed || due.value();
}

Result<StoredCatalogueVersion> CatalogueVersions::stored(const QString &version) const
{
    auto found = CatalogueVersionRepository(m_db).find(version);
    if (!found)
        return found.error();
    if (!found.value())
        return unknownVersion(version);
    return *found.value();
}

Result<CatalogueVersionDetail> CatalogueVersions::detailOf(const StoredCatalogueVersion &version) const
{
    auto active = CatalogueVersionRepository(m_db).active();
    if (!active)
        return active.error();
    auto to = Catalogue::fromJson(version.json);
    if (!to)
        return to.error();
    CatalogueVersionDetail d{version.info, {}};
    if (active.value()) {
        auto from = Catalogue::fromJson(active.value()->json);
        if (!from)
            return from.error();
        d.changes = CatalogueDiff::between(from.value(), to.value());
    } else {
        d.changes = CatalogueDiff::between(Catalogue(), to.value());
    }
    return d;
}

Status CatalogueVersions::record(const Account *actor, const QString &version, const QString &action, const QJsonObject &before) const
{
    auto after = stored(version);
    if (!after)
        return after.error();
    return AdminLog(m_db, m_clock).record(actor, QString(), kEntity, version, action, before, logged(after.value().info));
}

Result<CatalogueVersions::Imported> CatalogueVersions::import(const QByteArray &json, const Account &actor)
{
    auto parsed = CatalogueService::parse(json);
    if (!parsed) {
        // Every problem, for the data file's author; the first named in the message.
        Error e = parsed.error();
        const QStringList problems = e.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (e.code == ErrorCode::ValidationFailed && !problems.isEmpty()) {
            e.extra.insert(QLatin1String("problems"), QJsonArray::fromStringList(problems));
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "The catalogue file was refused (%1 problems); the first: %2"),
                      {QString::number(problems.size()), problems.first()}};
        }
        return e;
    }
    const Catalogue &catalogue = parsed.value();
    const CatalogueVersionRepository versions(m_db);
    auto known = versions.find(catalogue.version());
    if (!known)
        return known.error();
    if (known.value()) {
        if (known.value()->contentHash != catalogue.contentHash())
            return catalogueVersionClash(catalogue.version());
        auto d = detailOf(*known.value());
        if (!d)
            return d.error();
        return Imported{std::move(d).value(), false};
    }
    const Status saved = m_db.transaction([&]() -> Status {
        if (auto st = versions.insert(catalogue, QJsonDocument(catalogue.toJson()).toJson(QJsonDocument::Compact),
                                      CatalogueVersionState::Pending, m_clock.now(), actor.id);
            !st)
            return st;
        return record(&actor, catalogue.version(), QStringLiteral("import"), {});
    });
    if (!saved)
        return saved.error();
    auto added = stored(catalogue.version());
    if (!added)
        return added.error();
    auto d = detailOf(added.value());
    if (!d)
        return d.error();
    return Imported{std::move(d).value(), true};
}

Result<QList<CatalogueVersionInfo>> CatalogueVersions::list() const
{
    return CatalogueVersionRepository(m_db).list();
}

Result<CatalogueVersionDetail> CatalogueVersions::detail(const QString &version) const
{
    auto found = stored(version);
    if (!found)
        return found.error();
    return detailOf(found.value());
}

Result<QByteArray> CatalogueVersions::content(const QString &version) const
{
    auto found = stored(version);
    if (!found)
        return found.error();
    return found.value().json;
}

Result<CatalogueVersionDetail> CatalogueVersions::activate(const QString &version, const CatalogueActivation &when, const Account &actor)
{
    auto found = stored(version);
    if (!found)
        return found.error();
    const StoredCatalogueVersion &v = found.value();
    const Status saved = m_db.transaction([&]() -> Status {
        if (!when.from) {
            if (v.info.state == CatalogueVersionState::Active)
                return okStatus(); // in force already: nothing to record
            auto catalogue = Catalogue::fromJson(v.json);
            if (!catalogue)
                return catalogue.error();
            if (auto put = m_catalogue.putInForce(catalogue.value(), &v); !put)
                return put.error();
            return record(&actor, version, QStringLiteral("activate"), logged(v.info));
        }
        auto halls = OrgRepository(m_db).halls();
        if (!halls)
            return halls.error();
        QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
        for (const Hall &h : halls.value()) {
            if (h.parentCode.isEmpty())
                zone = timeZoneOf(h);
        }
        const QDate today = m_clock.now().toTimeZone(zone).date();
        if (*when.from <= today) {
            Error e = invalidFieldError(QStringLiteral("from"), QStringLiteral("a day after today"));
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "A version is scheduled from a later day; to put it in force today, activate it now."), {}};
            return e;
        }
        if (v.info.state == CatalogueVersionState::Active) {
            Error e = conflictError(QStringLiteral("version %1 is in force").arg(version));
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Catalogue version %1 is already in force."), {version}};
            return e;
        }
        auto other = CatalogueVersionRepository(m_db).scheduled();
        if (!other)
            return other.error();
        if (other.value() && other.value()->info.version != version) {
            Error e = conflictError(QStringLiteral("version %1 is scheduled").arg(other.value()->info.version));
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Catalogue version %1 is already scheduled from %2: withdraw that first."),
                      {other.value()->info.version, other.value()->info.activateOn.toString(Qt::ISODate)}};
            return e;
        }
        if (auto st = CatalogueVersionRepository(m_db).schedule(version, *when.from, QDateTime(*when.from, QTime(0, 0), zone));
            !st)
            return st;
        return record(&actor, version, QStringLiteral("schedule"), logged(v.info));
    });
    if (!saved)
        return saved.error();
    return detail(version);
}

Result<CatalogueVersionDetail> CatalogueVersions::unschedule(const QString &version, const Account &actor)
{
    auto found = stored(version);
    if (!found)
        return found.error();
    if (found.value().info.state != CatalogueVersionState::Scheduled) {
        Error e = conflictError(QStringLiteral("version %1 is not scheduled").arg(version));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Catalogue version %1 is not scheduled."), {version}};
        return e;
    }
    const Status saved = m_db.transaction([&]() -> Status {
        if (auto st = CatalogueVersionRepository(m_db).unschedule(version); !st)
            return st;
        return record(&actor, version, QStringLiteral("unschedule"), logged(found.value().info));
    });
    if (!saved)
        return saved.error();
    return detail(version);
}

Result<bool> CatalogueVersions::activateDue()
{
    auto due = CatalogueVersionRepository(m_db).scheduled();
    if (!due)
        return due.error();
    if (!due.value() || due.value()->activateAt > m_clock.now())
        return false;
    const StoredCatalogueVersion &v = *due.value();
    auto catalogue = Catalogue::fromJson(v.json);
    if (!catalogue)
        return catalogue.error();
    const Status saved = m_db.transaction([&]() -> Status {
        if (auto put = m_catalogue.putInForce(catalogue.value(), &v); !put)
            return put.error();
        return record(nullptr, v.info.version, QStringLiteral("activate"), logged(v.info));
    });
    if (!saved)
        return saved.error();
    qCInfo(lcCatalogue, "catalogue %s in force from today, as scheduled", qUtf8Printable(v.info.version));
    return true;
}

} // namespace ow
