#include "core/domain/training/TrainingReview.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/queue/WaitEstimator.h"
#include "core/domain/util/EnumText.h"
#include "core/domain/util/JsonReader.h"

#include <cmath>

namespace ow {

namespace {
constexpr EnumText<TrainingMistakeKind, 3> kKinds{{{
    {TrainingMistakeKind::WrongMaterialAccepted, "wrong_material_accepted"},
    {TrainingMistakeKind::RefusalWithoutReason, "refusal_without_reason"},
    {TrainingMistakeKind::TimeOverStandard, "time_over_standard"},
}}};

// The required materials of `service` the citizen left at home.
QStringList missingRequired(const ServiceItem *service, const QStringList &missing)
{
    QStringList out;
    if (!service)
        return out;
    for (const Material &m : service->materials) {
        if (m.required && missing.contains(m.code))
            out.append(m.code);
    }
    return out;
}
} // namespace

QString toString(TrainingMistakeKind v) { return kKinds.toString(v); }
std::optional<TrainingMistakeKind> trainingMistakeKindFromString(QStringView s) { return kKinds.fromString(s); }

QJsonObject TrainingMistake::toJson() const
{
    QJsonObject o{{QLatin1String("kind"), toString(kind)}, {QLatin1String("arrival"), arrival}, {QLatin1String("ticket"), ticket}};
    putText(o, QLatin1String("service"), service);
    putText(o, QLatin1String("material"), material);
    putText(o, QLatin1String("case"), caseNumber);
    if (kind == TrainingMistakeKind::TimeOverStandard) {
        o.insert(QLatin1String("minutes"), minutes);
        o.insert(QLatin1String("standard_minutes"), standardMinutes);
    }
    return o;
}

Result<TrainingMistake> TrainingMistake::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TrainingMistake m;
    if (auto k = r.requiredEnum(QLatin1String("kind"), &trainingMistakeKindFromString))
        m.kind = *k;
    m.arrival = static_cast<int>(r.requiredInteger(QLatin1String("arrival")));
    m.ticket = r.text(QLatin1String("ticket"));
    m.service = r.text(QLatin1String("service"));
    m.material = r.text(QLatin1String("material"));
    m.caseNumber = r.text(QLatin1String("case"));
    m.minutes = static_cast<int>(r.integer(QLatin1String("minutes")));
    m.standardMinutes = static_cast<int>(r.integer(QLatin1String("standard_minutes")));
    return r.finish(m);
}

int TrainingReview::standardMinutes(const QStringList &services, const Catalogue &catalogue)
{
    double seconds = 0;
    for (const QString &code : services)
        seconds += WaitEstimator::catalogueDefaultSeconds(catalogue.service(code));
    return static_cast<int>(std::lround(seconds / 60));
}

QList<TrainingMistake> TrainingReview::mistakes(int index, const ScenarioArrival &arrival, const TrainingTicketFacts &facts,
                                                const Catalogue &catalogue)
{
    QList<TrainingMistake> out;
    const Ticket &t = facts.ticket;
    auto mistake = [&](TrainingMistakeKind kind, const QString &service) {
        TrainingMistake m;
        m.kind = kind;
        m.arrival = index;
        m.ticket = t.number;
        m.service = service;
        return m;
    };
    QSet<QString> servicesWithCase;
    for (const TrainingCaseFact &c : facts.cases) {
        servicesWithCase.insert(c.service);
        if (c.decision == CaseAction::Refuse) {
            if (missingRequired(catalogue.service(c.service), arrival.missing).isEmpty()) {
                TrainingMistake m = mistake(TrainingMistakeKind::RefusalWithoutReason, c.service);
                m.caseNumber = c.number;
                out.append(m);
            }
            continue;
        }
        for (const QString &code : arrival.missing) {
            if (c.materials.value(code, MaterialStatus::Missing) == MaterialStatus::Received) {
                TrainingMistake m = mistake(TrainingMistakeKind::WrongMaterialAccepted, c.service);
                m.material = code;
                m.caseNumber = c.number;
                out.append(m);
            }
        }
    }
    // Matters settled at finish without a case: done on the spot, or refused there.
    for (const TicketMatter &matter : t.matters) {
        if (servicesWithCase.contains(matter.serviceCode))
            continue;
        const QStringList absent = missingRequired(catalogue.service(matter.serviceCode), arrival.missing);
        if (matter.outcome == MatterOutcome::Done) {
            for (const QString &code : absent) {
                TrainingMistake m = mistake(TrainingMistakeKind::WrongMaterialAccepted, matter.serviceCode);
                m.material = code;
                out.append(m);
            }
        } else if (matter.outcome == MatterOutcome::Refused && absent.isEmpty()) {
            out.append(mistake(TrainingMistakeKind::RefusalWithoutReason, matter.serviceCode));
        }
    }
    if (t.servingSince.isValid() && t.finishedAt.isValid()) {
        QStringList services;
        for (const TicketMatter &matter : t.matters)
            services.append(matter.serviceCode);
        const int standard = standardMinutes(services, catalogue);
        const int minutes = static_cast<int>(std::ceil(t.servingSince.secsTo(t.finishedAt) / 60.0));
        if (minutes > standard) {
            TrainingMistake m = mistake(TrainingMistakeKind::TimeOverStandard, QString());
            m.minutes = minutes;
            m.standardMinutes = standard;
            out.append(m);
        }
    }
    return out;
}

} // namespace ow
