#include "core/service/catalogue/DelegationService.h"

#include "core/domain/catalogue/Delegation.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Clock.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/store/DelegationRepository.h"
#include "core/sql/Database.h"

namespace ow {

namespace {
DelegationEntry entryOf(const ServiceItem &s)
{
    return {s.code, s.competentLevel, s.delegable, Delegation::lowestLevel(s), s.lowestLevel.has_value()};
}

// What the AdminLog keeps of a matter's delegation, before and after.
QJsonObject logged(const DelegationEntry &e)
{
    return {{QLatin1String("lowest_level"), toString(e.lowestLevel)}, {QLatin1String("overridden"), e.overridden}};
}
} // namespace

DelegationService::DelegationService(Database &db, const Clock &clock, CatalogueService &catalogue)
    : m_db(db), m_clock(clock), m_catalogue(catalogue)
{}

Result<QList<DelegationEntry>> DelegationService::matters() const
{
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    QList<DelegationEntry> out;
    for (const ServiceItem &s : catalogue->services())
        out.append(entryOf(s));
    return out;
}

Result<DelegationEntry> DelegationService::entry(const QString &serviceCode) const
{
    const Catalogue *catalogue = m_catalogue.current();
    const ServiceItem *s = catalogue ? catalogue->service(serviceCode) : nullptr;
    if (!s)
        return notFoundError(QStringLiteral("no matter %1 in the catalogue").arg(serviceCode));
    return entryOf(*s);
}

Result<DelegationEntry> DelegationService::set(const QString &serviceCode, std::optional<OrgLevel> lowestLevel, const Account &actor)
{
    if (!actor.isCityAdministrator())
        return forbiddenError(QStringLiteral("only the city's administrator sets which halls may accept a matter"));
    auto before = entry(serviceCode);
    if (!before)
        return before.error();
    const Status st = m_db.transaction([&]() -> Status {
        const DelegationRepository repository(m_db);
        if (auto written = lowestLevel ? repository.set(serviceCode, *lowestLevel, m_clock.now(), actor.id) : repository.clear(serviceCode);
            !written)
            return written;
        // The catalogue read again now, with the change (its ETag with it); read again once more
        // if the change does not last.
        m_db.onRollback([catalogue = &m_catalogue] { (void)catalogue->reload(); });
        if (auto reloaded = m_catalogue.reload(); !reloaded)
            return reloaded;
        auto after = entry(serviceCode);
        if (!after)
            return after.error();
        return AdminLog(m_db, m_clock).record(&actor, QString(), QStringLiteral("delegation"), serviceCode,
                                              lowestLevel ? QStringLiteral("update") : QStringLiteral("reset"), logged(before.value()),
                                              logged(after.value()));
    });
    if (!st)
        return st.error();
    return entry(serviceCode);
}

} // namespace ow
