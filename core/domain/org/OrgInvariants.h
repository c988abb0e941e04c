#pragma once

#include "core/domain/api/AdminBodies.h"
#include "core/domain/util/Error.h"

namespace ow {

// What the org keeps whichever way it changes: one form at a time (AccountAdmin, OrgAdmin,
// DeviceAdmin) or a whole document at once (OrgExchange). Each check is given the org as it would
// be after the change and answers the refusal the administration API sends.
class OrgInvariants
{
public:
    // The city keeps an active administrator, and an active city administrator: hall
    // administrators alone could never reach the other halls, nor make a city administrator again
    // (--init-admin is refused while any administrator exists). `before`: an account as it is;
    // `after`: every person's account as it would be; `halls`: the tree. Conflict, naming `before`,
    // when its change would leave none.
    static Status keepsAnAdministrator(const AdminAccount &before, const QList<AdminAccount> &after,
                                       const QList<AdminHall> &halls);
    // A hall an account or a device may be added at or moved to: one of `halls`, and not archived
    // (an archived hall is closed for good and takes no one new). Field "hall".
    static Status mayWorkAt(const QString &hallCode, const QList<AdminHall> &halls);
    // As far as the tree goes, the hall may be archived: every hall directly below it is archived
    // already. (Its open work is asked of the database: HallWork.)
    static Status mayArchive(const QString &hallCode, const QList<AdminHall> &halls);
    // The hall may get a new window: it is not archived.
    static Status mayAddWindow(const AdminHall &hall);
};

} // namespace ow
