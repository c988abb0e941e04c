#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/queue/QueueTypes.h"

#include <QCoreApplication>

namespace ow {

// The one-time notice (一次性告知) the guide gives the citizen: everything the matter needs,
// at once, so that nobody comes back twice — the matter, its kind and time limit, the materials
// to bring, and which of them are still missing after the pre-check. HTML for a text browser.
class OneTimeNotice
{
    Q_DECLARE_TR_FUNCTIONS(ow::OneTimeNotice)
public:
    static QString html(const ServiceItem &item, const MaterialPrecheck &precheck, const QString &language);
};

} // namespace ow
