#include "core/domain/api/CatalogueVersionBodies.h"

#include "core/domain/util/EnumText.h"
#include "core/domain/util/JsonReader.h"

namespace ow {

namespace {
constexpr EnumText<CatalogueVersionState, 4> kStates{{{{CatalogueVersionState::Pending, "pending"},
                                                        {CatalogueVersionState::Scheduled, "scheduled"},
                                                        {CatalogueVersionState::Active, "active"},
                                                        {CatalogueVersionState::Superseded, "superseded"}}}};
} // namespace

QString toString(CatalogueVersionState v)
{
    return kStates.toString(v);
}

std::optional<CatalogueVersionState> catalogueVersionStateFromString(QStringView s)
{
    return kStates.fromString(s);
}

QJsonObject CatalogueVersionInfo::toJson() const
{
    QJsonObject o{{QLatin1String("version"), version},
                  {QLatin1String("state"), toString(state)},
                  {QLatin1String("matters"), matters},
                  {QLatin1String("categories"), categories},
                  {QLatin1String("imported_at"), instantJson(importedAt, Qt::ISODateWithMs)},
                  {QLatin1String("imported_by"), importedBy}};
    if (activateOn.isValid())
        o.insert(QLatin1String("activate_on"), dateJson(activateOn));
    if (activatedAt.isValid())
        o.insert(QLatin1String("activated_at"), instantJson(activatedAt, Qt::ISODateWithMs));
    return o;
}

Result<CatalogueVersionInfo> CatalogueVersionInfo::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CatalogueVersionInfo v;
    v.version = r.requiredText(QLatin1String("version"));
    if (!r.has(QLatin1String("state")))
        r.problem(QStringLiteral("state"), QStringLiteral("required"));
    v.state = r.enumValue(QLatin1String("state"), &catalogueVersionStateFromString).value_or(CatalogueVersionState::Pending);
    v.matters = static_cast<int>(r.integer(QLatin1String("matters")));
    v.categories = static_cast<int>(r.integer(QLatin1String("categories")));
    v.importedAt = r.instant(QLatin1String("imported_at"));
    v.importedBy = r.text(QLatin1String("imported_by"));
    v.activateOn = r.date(QLatin1String("activate_on"));
    v.activatedAt = r.instant(QLatin1String("activated_at"));
    return r.finish(v);
}

QJsonObject CatalogueVersionList::toJson() const
{
    return {{QLatin1String("versions"), arrayOf(versions)}};
}

Result<CatalogueVersionList> CatalogueVersionList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CatalogueVersionList l;
    l.versions = r.list<CatalogueVersionInfo>(QLatin1String("versions"));
    return r.finish(l);
}

QJsonObject CatalogueVersionDetail::toJson() const
{
    QJsonObject o = version.toJson();
    o.insert(QLatin1String("changes"), changes.toJson());
    return o;
}

Result<CatalogueVersionDetail> CatalogueVersionDetail::fromJson(const QJsonObject &o)
{
    auto info = CatalogueVersionInfo::fromJson(o);
    if (!info)
        return info.error();
    auto changes = CatalogueDiff::fromJson(o.value(QLatin1String("changes")).toObject());
    if (!changes)
        return changes.error();
    return CatalogueVersionDetail{std::move(info).value(), std::move(changes).value()};
}

QJsonObject CatalogueActivation::toJson() const
{
    return {{QLatin1String("from"), from ? dateJson(*from) : QJsonValue(QJsonValue::Null)}};
}

Result<CatalogueActivation> CatalogueActivation::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CatalogueActivation a;
    if (r.has(QLatin1String("from"))) {
        const QDate day = r.date(QLatin1String("from"));
        if (day.isValid())
            a.from = day;
    }
    return r.finish(a);
}

} // namespace ow
