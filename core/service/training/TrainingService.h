#pragma once

#include "core/domain/api/TrainingBodies.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

namespace ow {

class CatalogueService;
class Clock;
class Database;
class QueueService;
class RatingService;
struct TrainingArrivalRecord;
struct TrainingSessionRecord;

// Training sessions at a training hall (培训模式, issue 17). A trainer — a supervisor overseeing
// the hall, or an administrator — starts a scenario for one trainee, a teller of the hall: the
// scenario's citizens are generated (valid test ID numbers, names marked 培训), and each arrives at
// its minute as a real ticket in the hall's real queue; the trainee serves them with the real
// client, queue and case flows. Once a ticket the scenario rates is finished, the citizen's rating
// is given. The session's report lists what became of every arrival and the trainee's mistakes
// (TrainingReview). The hall being a training hall keeps all of it out of the city's figures,
// risk rules and messages.
class TrainingService
{
public:
    TrainingService(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue,
                    RatingService &ratings);

    Result<TrainingSessionDetail> start(const Account &who, const StartTrainingRequest &request);
    Result<TrainingSessionDetail> end(const Account &who, qint64 sessionId);
    // The trainer's report: to the trainers overseeing the hall, and to the trainee — who, while
    // the session runs, is not shown what the citizens left at home, the trainer's notes, the
    // ratings to come or the mistakes.
    Result<TrainingSessionDetail> detail(const Account &who, qint64 sessionId);
    Result<TrainingSessionList> list(const Account &who, const QString &hallCode);
    // The citizen behind a training ticket, for the window that serves them (NotFound for a
    // ticket no scenario issued): who they are and what they hand over; what they left at home
    // only to a trainer.
    Result<TrainingArrivalView> arrivalOfTicket(const Account &who, qint64 ticketId);

    // Issues the arrivals now due and gives the ratings of finished tickets, for every running
    // session. The server calls it every second; nothing to do costs one query.
    Status advance();

private:
    Result<TrainingSessionRecord> load(qint64 sessionId);
    Status mayTrain(const Account &who, const QString &hallCode);
    Status mayRead(const Account &who, const TrainingSessionRecord &record);
    Result<TrainingSessionDetail> detailOf(const TrainingSessionRecord &record);
    Result<TrainingArrivalView> viewOf(const TrainingSessionRecord &record, const TrainingArrivalRecord &arrival,
                                       QList<TrainingMistake> *mistakes = nullptr);
    Status advance(const TrainingSessionRecord &record);
    static void hideScenario(TrainingArrivalView &arrival);

    Database &m_db;
    const Clock &m_clock;
    const CatalogueService &m_catalogue;
    QueueService &m_queue;
    RatingService &m_ratings;
};

} // namespace ow
