#include "core/domain/catalogue/Delegation.h"

#include <QCoreApplication>

namespace ow {

namespace {
// One whole sentence per (hall level, lowest level) rather than one put together from the levels'
// names, so that each language words it as it must.
const char *refusalSource(OrgLevel hall, OrgLevel lowest)
{
    switch (hall) {
    case OrgLevel::City:
        break;
    case OrgLevel::County:
        return QT_TRANSLATE_NOOP("ow::Errors", "“%2” is not delegated to county / district halls; please apply at a city-level hall.");
    case OrgLevel::Township:
        if (lowest == OrgLevel::City)
            return QT_TRANSLATE_NOOP("ow::Errors", "“%2” is not delegated to township / street halls; please apply at a city-level hall.");
        return QT_TRANSLATE_NOOP("ow::Errors",
                                 "“%2” is not delegated to township / street halls; please apply at a county / district hall or above.");
    case OrgLevel::Community:
        if (lowest == OrgLevel::City)
            return QT_TRANSLATE_NOOP("ow::Errors", "“%2” is not delegated to community service stations; please apply at a city-level hall.");
        if (lowest == OrgLevel::County)
            return QT_TRANSLATE_NOOP("ow::Errors",
                                     "“%2” is not delegated to community service stations; please apply at a county / district hall or above.");
        return QT_TRANSLATE_NOOP("ow::Errors",
                                 "“%2” is not delegated to community service stations; please apply at a township / street hall or above.");
    }
    return nullptr;
}
} // namespace

OrgLevel Delegation::defaultLowestLevel(const ServiceItem &service)
{
    return service.delegable ? OrgLevel::Community : service.competentLevel;
}

OrgLevel Delegation::lowestLevel(const ServiceItem &service)
{
    return service.lowestLevel.value_or(defaultLowestLevel(service));
}

bool Delegation::mayAccept(const ServiceItem &service, OrgLevel hallLevel)
{
    return depthOf(hallLevel) <= depthOf(lowestLevel(service));
}

std::optional<ErrorText> Delegation::refusalText(const ServiceItem &service, OrgLevel hallLevel)
{
    if (mayAccept(service, hallLevel))
        return std::nullopt;
    return ErrorText{refusalSource(hallLevel, lowestLevel(service)), {service.name.zh, service.name.en}};
}

QString Delegation::refusal(const ServiceItem &service, OrgLevel hallLevel)
{
    const auto text = refusalText(service, hallLevel);
    return text ? text->filled(QCoreApplication::translate("ow::Errors", text->source)) : QString();
}

Error Delegation::refusalError(const ErrorText &text)
{
    Error e = invalidFieldError(QStringLiteral("service"), text.english());
    e.detail = text.english();
    e.text = text;
    return e;
}

} // namespace ow
