#include "core/service/reports/ScopedHall.h"

#include "core/domain/reports/ReportScope.h"
#include "core/service/store/OrgRepository.h"

namespace ow {

Result<Hall> hallInReportScope(Database &db, const Account &who, const QString &code)
{
    auto halls = OrgRepository(db).halls();
    if (!halls)
        return halls.error();
    auto scope = ReportScope::of(who, halls.value());
    if (!scope)
        return scope.error();
    auto selected = scope.value().select(code);
    if (!selected)
        return selected.error();
    return selected.value().first();
}

} // namespace ow
