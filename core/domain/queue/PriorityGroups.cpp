#include "core/domain/queue/PriorityGroups.h"

#include "core/domain/queue/QueueTypes.h"

#include <QCoreApplication>

namespace ow {

QStringList priorityGroups()
{
    return HallQueueConfig{}.priorityGroups;
}

QString priorityGroupText(const QString &code)
{
    if (code == QLatin1String("elderly"))
        return QCoreApplication::translate("ow::PriorityGroups", "Elderly person");
    if (code == QLatin1String("disabled"))
        return QCoreApplication::translate("ow::PriorityGroups", "Person with a disability");
    if (code == QLatin1String("serviceman"))
        return QCoreApplication::translate("ow::PriorityGroups", "Serviceman or servicewoman");
    if (code == QLatin1String("pregnant"))
        return QCoreApplication::translate("ow::PriorityGroups", "Pregnant woman");
    return code;
}

} // namespace ow
