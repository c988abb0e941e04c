#include "ui/desk/guide/PrecheckText.h"

namespace ow {

namespace {
QString materialName(const QString &code, const ServiceItem *item, const QString &language)
{
    if (item) {
        for (const Material &m : item->materials) {
            if (m.code == code)
                return m.name.in(language);
        }
    }
    return code;
}
} // namespace

QString PrecheckText::of(const MaterialPrecheck &check, const ServiceItem *item, const QString &language)
{
    if (check.missing.isEmpty())
        return tr("Materials pre-checked at the guide desk: all %n present", nullptr, check.total());
    QStringList missing;
    for (const QString &code : check.missing)
        missing << materialName(code, item, language);
    return tr("Materials pre-checked at the guide desk: %1 of %2, missing %3")
        .arg(check.present.size())
        .arg(check.total())
        .arg(missing.join(tr(", ")));
}

QString PrecheckText::ofTicket(const Ticket &ticket, const Catalogue *catalogue, const QString &language)
{
    QStringList lines;
    for (const TicketMatter &m : ticket.matters) {
        if (!m.precheck)
            continue;
        const ServiceItem *item = catalogue ? catalogue->service(m.serviceCode) : nullptr;
        const QString text = of(*m.precheck, item, language);
        if (ticket.matters.size() > 1)
            lines << tr("%1: %2").arg(item ? item->name.in(language) : m.serviceCode, text);
        else
            lines << text;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ow
