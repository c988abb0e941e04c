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

QString KioskText::priorityLabel(const QString &group)
{
    return group.isEmpty() ? tr("No priority needed") : priorityGroupText(group);
}

} // namespace ow
