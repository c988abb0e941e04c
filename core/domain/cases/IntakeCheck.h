#pragma once

#include "core/domain/cases/CaseTypes.h"
#include "core/domain/catalogue/ServiceItem.h"

#include <QDate>
#include <QHash>

namespace ow {

// The one check of an application against its matter: at the window as the teller presses
// Accept (offline too, from the cached catalogue) and on the server before anything is stored,
// so both name the same problems. Which hall and which matter it is (unknown codes) is for the
// caller to settle first: the window knows its catalogue, the server its halls.
class IntakeCheck
{
public:
    // Everything wrong, field by field, keyed as the API names the fields (applicant.id_number,
    // applicant.name, applicant.phone, form.<key>, materials.<code>, reason); the texts translated
    // where they are shown on a screen. Empty: it can go. Without a service (not chosen yet) only
    // the applicant and a refusal's reason are checked.
    static QHash<QString, QString> problems(const IntakeRequest &request, const ServiceItem *service, const QDate &today);
    // The required materials neither received nor exempt: what the one-time notice lists.
    static QList<Material> missingRequired(const IntakeRequest &request, const ServiceItem &service);
};

} // namespace ow
