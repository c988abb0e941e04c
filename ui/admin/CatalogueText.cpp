#include "ui/admin/CatalogueText.h"

#include "ui/admin/AdminText.h"

namespace ow {

QString CatalogueText::state(CatalogueVersionState state)
{
    switch (state) {
    case CatalogueVersionState::Pending: return tr("Not in force");
    case CatalogueVersionState::Scheduled: return tr("Scheduled");
    case CatalogueVersionState::Active: return tr("In force");
    case CatalogueVersionState::Superseded: return tr("Superseded");
    }
    return {};
}

QString CatalogueText::state(const QString &state)
{
    const auto known = catalogueVersionStateFromString(state);
    return known ? CatalogueText::state(*known) : state;
}

QString CatalogueText::property(const QString &name)
{
    static const QList<std::pair<const char *, const char *>> kProperties = {
        {"name_zh", QT_TR_NOOP("Name (Chinese)")},
        {"name_en", QT_TR_NOOP("Name (English)")},
        {"category", QT_TR_NOOP("Category")},
        {"pinyin", QT_TR_NOOP("Pinyin initials")},
        {"kind", QT_TR_NOOP("On-the-spot or committed")},
        {"time_limit_days", QT_TR_NOOP("Time limit (working days)")},
        {"handling_minutes", QT_TR_NOOP("Typical handling time")},
        {"risk", QT_TR_NOOP("Risk level")},
        {"competent_level", QT_TR_NOOP("Competent level")},
        {"delegable", QT_TR_NOOP("Delegable")},
        {"fields", QT_TR_NOOP("Application form")},
        {"materials", QT_TR_NOOP("Order of the materials")},
    };
    for (const auto &[key, text] : kProperties) {
        if (name == QLatin1String(key))
            return tr(text);
    }
    return name;
}

QString CatalogueText::named(const CatalogueDiff::Named &named)
{
    return QStringLiteral("%1 %2").arg(named.code, AdminText::name(named.name));
}

} // namespace ow
