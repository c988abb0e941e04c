#pragma once

#include <QString>
#include <QStringList>

namespace ow {

// The priority groups (绿色通道) a ticket may be issued for, and their names as citizens read
// them, in one place: the codes are the bureau's defaults of HallQueueConfig::priorityGroups
// (what the server accepts), the names are translated here.

// The group codes, in the order a kiosk offers them.
QStringList priorityGroups();
// "Elderly person", … in the current language; an unknown code as it is.
QString priorityGroupText(const QString &code);

} // namespace ow
