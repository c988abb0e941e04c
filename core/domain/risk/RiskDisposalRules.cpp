#include "core/domain/risk/RiskDisposalRules.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ow {

FieldProblems RiskDisposalRules::check(const RiskDisposalRequest &request)
{
    FieldProblems out;
    const auto checked = RiskDisposalRequest::fromJson(request.toJson());
    if (checked)
        return out;
    // The body's problems are the server's untranslated texts (ow::Errors), translated here as there.
    const QJsonObject fields = checked.error().extra.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.append({it.key(), QCoreApplication::translate("ow::Errors", it.value().toString().toUtf8().constData())});
    return out;
}

} // namespace ow
