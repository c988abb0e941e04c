#include "ui/kiosk/KioskText.h"

#include "core/client/ClientSession.h"
#include "core/domain/queue/PriorityGroups.h"
#include "ui/common/LanguageManager.h"

namespace ow {

QString KioskText::language()
{
    return LanguageManager::current();
}

QString KioskText::serviceName(const ClientSession &session, const QString &code)
{
    const Catalogue *catalogue = session.catalogue();
    const ServiceItem *s = catalogue ? catalogue->service(code) : nullptr;
    return s ? s->name.in(language()) : code;
}

namespace {
QList<PriorityGroup> &hallGroups()
{
    static QList<PriorityGroup> groups = defaultPriorityGroups();
    return groups;
}
} // namespace

QString KioskText::priorityLabel(const QString &group)
{
    if (group.isEmpty())
        return tr("No priority needed");
    return priorityGroupName(hallGroups(), group, language());
}

const QList<PriorityGroup> &KioskText::priorityGroups()
{
    return hallGroups();
}

void KioskText::setPriorityGroups(const QList<PriorityGroup> &groups)
{
    hallGroups() = groups;
}

} // namespace ow
