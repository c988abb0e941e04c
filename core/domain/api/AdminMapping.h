#pragma once

#include "core/domain/api/AdminBodies.h"
#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"

namespace ow {

// Between the stored org and accounts (Hall, Window, Account) and what the administration API
// shows of them (AdminHall, AdminWindow, AdminAccount); and the API's patches applied to a view.
AdminWindow adminView(const Window &window);
Window windowOf(const AdminWindow &window);
AdminHall adminView(const Hall &hall);
QList<AdminHall> adminViews(const QList<Hall> &halls);
Hall hallOf(const AdminHall &hall); // without id and windows
AdminAccount adminView(const Account &account, const QDateTime &now);

void apply(const HallPatch &patch, AdminHall &hall);
void apply(const WindowPatch &patch, AdminWindow &window);
void apply(const AccountPatch &patch, AdminAccount &account);

} // namespace ow
