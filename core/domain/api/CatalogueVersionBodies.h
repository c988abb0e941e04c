#pragma once

#include "core/domain/catalogue/CatalogueDiff.h"
#include "core/domain/util/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ow {

// The bodies of catalogue versions' administration (/api/v1/admin/catalogue/versions…).

// Where a version stands: imported and waiting (pending), waiting for its day (scheduled), in
// force (active; exactly one), or in force before (superseded).
enum class CatalogueVersionState { Pending, Scheduled, Active, Superseded };
QString toString(CatalogueVersionState v);
std::optional<CatalogueVersionState> catalogueVersionStateFromString(QStringView s);

// One imported catalogue: its version (the data file's `version`, unique), what it holds and
// where it stands. Tickets and cases carry the version they were made under.
struct CatalogueVersionInfo
{
    QString version;
    CatalogueVersionState state = CatalogueVersionState::Pending;
    int matters = 0;
    int categories = 0;
    QDateTime importedAt;
    QString importedBy;   // user name; "" when the server loaded it at start
    QDate activateOn;     // scheduled: the first service day in force
    QDateTime activatedAt; // active or superseded: when it came into force

    QJsonObject toJson() const;
    static Result<CatalogueVersionInfo> fromJson(const QJsonObject &o);
    bool operator==(const CatalogueVersionInfo &) const = default;
};

// GET …/versions: newest import first.
struct CatalogueVersionList
{
    QList<CatalogueVersionInfo> versions;

    QJsonObject toJson() const;
    static Result<CatalogueVersionList> fromJson(const QJsonObject &o);
    bool operator==(const CatalogueVersionList &) const = default;
};

// One version and what it changes against the one in force (POST …/versions answers this too).
struct CatalogueVersionDetail
{
    CatalogueVersionInfo version;
    CatalogueDiff changes; // from the active version to this one

    QJsonObject toJson() const;
    static Result<CatalogueVersionDetail> fromJson(const QJsonObject &o);
    bool operator==(const CatalogueVersionDetail &) const = default;
};

// POST …/versions/{version}/activate: now (no date), or from the start of a later service day.
struct CatalogueActivation
{
    std::optional<QDate> from;

    QJsonObject toJson() const;
    static Result<CatalogueActivation> fromJson(const QJsonObject &o);
    bool operator==(const CatalogueActivation &) const = default;
};

} // namespace ow
