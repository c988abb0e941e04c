#pragma once

#include "core/domain/cases/CaseRules.h"
#include "core/domain/cases/CaseTypes.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/domain/queue/RatingLevel.h"
#include "core/domain/training/TrainingScenario.h"

#include <QMap>

namespace ow {

class Catalogue;

// What the trainee did with one arrival of a training session: the ticket as it stands, the
// cases opened from it at intake, and the ratings given.
struct TrainingCaseFact
{
    QString number;
    QString service;
    CaseAction decision = CaseAction::Accept; // accept, complete_on_spot or refuse
    MaterialStatuses materials;
    QString reason; // a refusal's
};

struct TrainingTicketFacts
{
    Ticket ticket;
    QList<TrainingCaseFact> cases;
    QMap<QString, RatingLevel> ratings; // matter → level
};

// A mistake the trainer is shown (差错): a material the citizen did not bring taken as received
// (or a matter done without it), a refusal although the citizen brought everything the matter
// requires, a citizen served for longer than the matters' standard time.
enum class TrainingMistakeKind { WrongMaterialAccepted, RefusalWithoutReason, TimeOverStandard };
QString toString(TrainingMistakeKind v); // wrong_material_accepted, refusal_without_reason, time_over_standard
std::optional<TrainingMistakeKind> trainingMistakeKindFromString(QStringView s);

struct TrainingMistake
{
    TrainingMistakeKind kind = TrainingMistakeKind::WrongMaterialAccepted;
    int arrival = 0;   // index in the scenario
    QString ticket;    // its number
    QString service;   // the matter (none for time over standard)
    QString material;  // wrong material accepted: the one the citizen did not bring
    QString caseNumber;
    int minutes = 0;         // time over standard: minutes served
    int standardMinutes = 0; // and the matters' standard

    QJsonObject toJson() const;
    static Result<TrainingMistake> fromJson(const QJsonObject &o);
    bool operator==(const TrainingMistake &) const = default;
};

// Finds the trainee's mistakes with one arrival. Pure: the service gathers the facts.
class TrainingReview
{
public:
    static QList<TrainingMistake> mistakes(int index, const ScenarioArrival &arrival, const TrainingTicketFacts &facts,
                                           const Catalogue &catalogue);
    // The standard time of a ticket's matters: the catalogue's handling minutes, or its kind's default.
    static int standardMinutes(const QStringList &services, const Catalogue &catalogue);
};

} // namespace ow
