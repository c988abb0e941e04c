#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/util/Error.h"

#include <optional>

namespace ow {

// Delegation (事项下放): which levels of hall may accept a matter — every level from the city down
// to the matter's lowest level. By default a delegable matter goes down to the community service
// stations (any hall) and any other stays at its competent level; the city's administrator may
// set another lowest level for a matter (ServiceItem::lowestLevel, carried in the catalogue to
// the windows). The window asks before it sends an intake, offline too; the server asks again.
class Delegation
{
public:
    static OrgLevel defaultLowestLevel(const ServiceItem &service);
    // The administrator's choice where there is one, else the default.
    static OrgLevel lowestLevel(const ServiceItem &service);
    static bool mayAccept(const ServiceItem &service, OrgLevel hallLevel);

    // Why a hall of `hallLevel` may not accept the matter, naming the nearest level that may —
    // a text of the "ow::Errors" context translated where it is shown (the server per request);
    // none when it may. Its arguments are the matter's Chinese name (%1, which the Chinese text
    // uses) and English name (%2, which the English text uses).
    static std::optional<ErrorText> refusalText(const ServiceItem &service, OrgLevel hallLevel);
    // The same in the application's language; empty when the hall may accept it.
    static QString refusal(const ServiceItem &service, OrgLevel hallLevel);
    // The server's refusal of an intake: ValidationFailed naming the field `service`.
    static Error refusalError(const ErrorText &text);
};

} // namespace ow
