#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

// Who an account is: people (teller, reviewer, supervisor, admin) or hall devices.
enum class Role { Teller, Reviewer, Supervisor, Admin, Kiosk, Display };

enum class Permission {
    CatalogueRead,
    OrgRead,
    QueueOperate,
    QueueSupervise,
    CasesIntake,
    CasesReview,
    CasesSupervise,
    RatingsSubmit,
    AdminManage,
};

QString toString(Role role);
std::optional<Role> roleFromString(QStringView s);
QString toString(Permission p);
QString roleDisplayName(Role role); // translated

// The one place that says which role may do what. Handlers ask it; they never decide.
class Permissions
{
public:
    static bool allows(Role role, Permission permission);
    static QStringList namesFor(Role role);
};

} // namespace ow
