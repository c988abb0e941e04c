#include "core/domain/cases/IntakeCheck.h"

#include "core/domain/cases/FormRules.h"
#include "core/domain/util/ResidentId.h"

#include <algorithm>

namespace ow {

QHash<QString, QString> IntakeCheck::problems(const IntakeRequest &r, const ServiceItem *service, const QDate &today)
{
    QHash<QString, QString> out;
    if (const auto p = ResidentId::check(r.applicantId, today); p != ResidentId::Problem::None)
        out.insert(QStringLiteral("applicant.id_number"), ResidentId::problemText(p));
    if (const QString p = FormRules::applicantNameProblem(r.applicantName); !p.isEmpty())
        out.insert(QStringLiteral("applicant.name"), p);
    if (const QString p = FormRules::applicantPhoneProblem(r.applicantPhone); !p.isEmpty())
        out.insert(QStringLiteral("applicant.phone"), p);
    if (r.decision == CaseAction::Refuse) {
        if (const QString p = FormRules::refusalReasonProblem(r.reason); !p.isEmpty())
            out.insert(QStringLiteral("reason"), p);
    }
    if (!service)
        return out;
    if (r.decision != CaseAction::Refuse) { // a refusal records who applied and why not: no form needed
        for (const FormField &f : service->fields) {
            const auto value = r.form.constFind(f.key);
            const std::optional<FormValue> given = value == r.form.cend() ? std::nullopt : std::optional<FormValue>(*value);
            if (const QString p = FormRules::fieldProblem(f, given, today); !p.isEmpty())
                out.insert(QStringLiteral("form.") + f.key, p);
        }
    }
    for (auto it = r.form.begin(); it != r.form.end(); ++it) {
        if (std::none_of(service->fields.begin(), service->fields.end(), [&it](const FormField &f) { return f.key == it.key(); }))
            out.insert(QStringLiteral("form.") + it.key(), QStringLiteral("not a field of this service"));
    }
    for (auto it = r.materials.begin(); it != r.materials.end(); ++it) {
        if (std::none_of(service->materials.begin(), service->materials.end(), [&it](const Material &m) { return m.code == it.key(); }))
            out.insert(QStringLiteral("materials.") + it.key(), QStringLiteral("not a material of this service"));
    }
    return out;
}

QList<Material> IntakeCheck::missingRequired(const IntakeRequest &r, const ServiceItem &service)
{
    QList<Material> out;
    for (const Material &m : service.materials) {
        if (m.required && r.materials.value(m.code, MaterialStatus::Missing) == MaterialStatus::Missing)
            out.append(m);
    }
    return out;
}

} // namespace ow
