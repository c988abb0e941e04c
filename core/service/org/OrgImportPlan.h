#pragma once

#include "core/service/org/OrgDocument.h"

#include <QCoreApplication>

#include <optional>

namespace ow {

class AdminLog;
class AuthService;
class Catalogue;
class Clock;
class Database;

// What an import works with besides the database. Null members leave their part out.
struct OrgImportContext
{
    const Clock &clock;
    AdminLog *log = nullptr;              // each change recorded there (null: the demo seed)
    AuthService *auth = nullptr;          // the sessions this process holds in memory (null: none here)
    const Catalogue *catalogue = nullptr; // the categories and matters named checked against it
    bool passwordPolicy = true;           // false: the bundled demo, whose well-known passwords are its point
};

// What importing a document would change in the org as it is now: each row created, updated or
// left as it is (by hall code, hall and window number, user name, device code). Every change is
// checked first with the rules the administration services apply to the same change made by its
// form — AdminRules, OrgInvariants, HallWork, PasswordPolicy — against the org as it would be after
// the whole document; the first row at fault refuses the document, and its error names the row.
class OrgImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ow::OrgImportPlan)
public:
    struct HallChange
    {
        Hall after;
        std::optional<Hall> before; // unset: created
    };
    struct WindowChange
    {
        QString hall;
        Window after;
        std::optional<Window> before;
    };
    struct AccountChange
    {
        Account after;
        QString password; // as the document gives it, for a new account
        std::optional<Account> before;
    };

    static Result<OrgImportPlan> make(Database &db, const OrgDocument &document, const OrgImportContext &context);

    QList<HallChange> halls;
    QList<WindowChange> windows;
    QList<AccountChange> accounts;
    QList<OrgDocument::DeviceEntry> devices; // new ones: a device already known is left as it is
    int unchanged = 0;
};

} // namespace ow
