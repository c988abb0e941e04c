#pragma once

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/queue/QueueTypes.h"

#include <QCoreApplication>

namespace ow {

// How a pre-check reads for the teller and the guide: "导服台已预审材料：4 项中 3 项，缺 近期免冠
// 照片" — material names from the catalogue (its code where the catalogue does not list it).
class PrecheckText
{
    Q_DECLARE_TR_FUNCTIONS(ow::PrecheckText)
public:
    static QString of(const MaterialPrecheck &check, const ServiceItem *item, const QString &language);
    // One line per pre-checked matter of the ticket (named when it has several); empty: none.
    static QString ofTicket(const Ticket &ticket, const Catalogue *catalogue, const QString &language);
};

} // namespace ow
