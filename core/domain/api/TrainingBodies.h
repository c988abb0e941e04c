#pragma once

#include "core/domain/training/TrainingReview.h"
#include "core/domain/training/TrainingScenario.h"

#include <QDateTime>

namespace ow {

// POST /api/v1/training/sessions: a trainer starts a scenario at a training hall for one trainee.
struct StartTrainingRequest
{
    QString hall;
    QString trainee; // the trainee's user name, a teller of the hall
    TrainingScenario scenario;

    QJsonObject toJson() const;
    static Result<StartTrainingRequest> fromJson(const QJsonObject &o);
    bool operator==(const StartTrainingRequest &) const = default;
};

// One arrival of a session as trainer and trainee see it: the generated citizen and their folder
// (what they bring, what they left at home), and once issued, their ticket and what became of it.
struct TrainingArrivalView
{
    int index = 0;
    int atMinute = 0;
    QStringList services;
    QStringList brought; // the matters' required materials the citizen has with them
    QStringList missing; // the materials they left at home
    std::optional<RatingLevel> rating;
    QString note;
    TrainingCitizen citizen;
    qint64 ticketId = 0;  // 0 until issued
    QString ticket;       // its number
    std::optional<TicketState> state;
    int servedMinutes = -1; // once finished
    int standardMinutes = 0;
    QStringList cases; // numbers of the cases opened from the ticket

    QJsonObject toJson() const;
    static Result<TrainingArrivalView> fromJson(const QJsonObject &o);
    bool operator==(const TrainingArrivalView &) const = default;
};

struct TrainingSession
{
    qint64 id = 0;
    QString hall;
    QString trainee;
    QString trainer;
    QString title;
    QDateTime startedAt;
    QDateTime endedAt; // invalid while it runs
    int arrivals = 0;
    int issued = 0;
    int finished = 0;
    int mistakes = 0; // -1 in a list, where they are not counted

    bool running() const { return !endedAt.isValid(); }
    QJsonObject toJson() const;
    static Result<TrainingSession> fromJson(const QJsonObject &o);
    bool operator==(const TrainingSession &) const = default;
};

// GET /api/v1/training/sessions/{id}: the session, every arrival, and the trainer's report of
// the trainee's mistakes.
struct TrainingSessionDetail
{
    TrainingSession session;
    QList<TrainingArrivalView> arrivals;
    QList<TrainingMistake> mistakes;

    QJsonObject toJson() const;
    static Result<TrainingSessionDetail> fromJson(const QJsonObject &o);
    bool operator==(const TrainingSessionDetail &) const = default;
};

// GET /api/v1/training/sessions?hall=: newest first.
struct TrainingSessionList
{
    QList<TrainingSession> sessions;

    QJsonObject toJson() const;
    static Result<TrainingSessionList> fromJson(const QJsonObject &o);
    bool operator==(const TrainingSessionList &) const = default;
};

} // namespace ow
