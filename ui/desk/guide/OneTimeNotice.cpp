#include "ui/desk/guide/OneTimeNotice.h"

#include "ui/desk/CatalogueModel.h"

namespace ow {

QString OneTimeNotice::html(const ServiceItem &item, const MaterialPrecheck &precheck, const QString &language)
{
    QString out = QStringLiteral("<h3>%1</h3><p>%2</p><ol>")
                      .arg(tr("One-time notice").toHtmlEscaped(),
                           tr("To apply for “%1” (%2, %3), please bring:")
                               .arg(item.name.in(language), item.code, serviceKindText(item))
                               .toHtmlEscaped());
    for (const Material &m : item.materials) {
        QString line = m.name.in(language).toHtmlEscaped();
        if (!m.required)
            line += QStringLiteral(" <i>%1</i>").arg(tr("(if applicable)").toHtmlEscaped());
        if (precheck.missing.contains(m.code))
            line += QStringLiteral(" <span style='color:#b3261e'>— %1</span>").arg(tr("not brought yet").toHtmlEscaped());
        out += QStringLiteral("<li>%1</li>").arg(line);
    }
    out += QStringLiteral("</ol>");
    out += QStringLiteral("<p>%1</p>").arg(tr("Originals are checked at the window and handed back; copies are kept. "
                                              "Materials marked “if applicable” are needed only where they apply to you.")
                                               .toHtmlEscaped());
    return out;
}

} // namespace ow
