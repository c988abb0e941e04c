#include "core/service/training/TrainingService.h"

#include "core/domain/org/SupervisionScope.h"
#include "core/domain/util/Clock.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/queue/Rating.h"
#include "core/service/store/AccountRepository.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/TrainingRepository.h"
#include "core/sql/Database.h"

#include <QCoreApplication>

#include <cmath>

namespace ow {

namespace {
Error textError(Error e, const char *source, QStringList args = {})
{
    e.text = {source, std::move(args)};
    return e;
}

const Hall *findHall(const QList<Hall> &halls, const QString &code)
{
    for (const Hall &h : halls) {
        if (h.code == code)
            return &h;
    }
    return nullptr;
}
} // namespace

TrainingService::TrainingService(Database &db, const Clock &clock, const CatalogueService &catalogue, QueueService &queue,
                                 RatingService &ratings)
    : m_db(db), m_clock(clock), m_catalogue(catalogue), m_queue(queue), m_ratings(ratings)
{}

Status TrainingService::mayTrain(const Account &who, const QString &hallCode)
{
    if (!Permissions::allows(who.role, Permission::TrainingRun))
        return textError(forbiddenError(QStringLiteral("only a trainer may run training sessions")),
                         QT_TRANSLATE_NOOP("ow::Errors", "Only a supervisor or an administrator may run training sessions."));
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    return SupervisionScope(who, halls.value()).require(hallCode);
}

Status TrainingService::mayRead(const Account &who, const TrainingSessionRecord &record)
{
    if (who.id == record.traineeId)
        return okStatus();
    return mayTrain(who, record.session.hall);
}

Result<TrainingSessionRecord> TrainingService::load(qint64 sessionId)
{
    auto found = TrainingRepository(m_db).session(sessionId);
    if (!found)
        return found.error();
    if (!found.value())
        return textError(notFoundError(QStringLiteral("no training session %1").arg(sessionId)),
                         QT_TRANSLATE_NOOP("ow::Errors", "There is no training session %1."), {QString::number(sessionId)});
    return *found.value();
}

Result<TrainingSessionDetail> TrainingService::start(const Account &who, const StartTrainingRequest &request)
{
    if (auto allowed = mayTrain(who, request.hall); !allowed)
        return allowed.error();
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    const Hall *hall = findHall(halls.value(), request.hall);
    if (!hall)
        return textError(notFoundError(QStringLiteral("no hall %1").arg(request.hall)),
                         QT_TRANSLATE_NOOP("ow::Errors", "There is no hall %1."), {request.hall});
    if (!hall->training)
        return textError(conflictError(QStringLiteral("%1 is not a training hall").arg(hall->code)),
                         QT_TRANSLATE_NOOP("ow::Errors", "%1 is not a training hall: scenarios run only in training halls."),
                         {hall->code});
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    if (const QJsonObject problems = request.scenario.catalogueProblems(*catalogue); !problems.isEmpty()) {
        QJsonObject fields;
        for (auto it = problems.begin(); it != problems.end(); ++it)
            fields.insert(QStringLiteral("scenario.") + it.key(), it.value());
        return invalidFieldsError(fields);
    }
    auto trainee = AccountRepository(m_db).findByUsername(request.trainee);
    if (!trainee)
        return trainee.error();
    if (!trainee.value() || trainee.value()->role != Role::Teller || trainee.value()->hallCode != hall->code)
        return invalidFieldsError({{QStringLiteral("trainee"), QStringLiteral("not a teller of hall %1").arg(hall->code)}});

    TrainingRepository repo(m_db);
    qint64 id = 0;
    const QDateTime now = m_clock.now();
    const Status stored = m_db.transaction([&]() -> Status {
        auto running = repo.runningAt(hall->id);
        if (!running)
            return running.error();
        if (running.value())
            return textError(conflictError(QStringLiteral("session %1 still runs at %2").arg(*running.value()).arg(hall->code)),
                             QT_TRANSLATE_NOOP("ow::Errors", "Training session %1 is still running in this hall: end it first."),
                             {QString::number(*running.value())});
        TrainingSessionRecord record;
        record.hallId = hall->id;
        record.traineeId = trainee.value()->id;
        record.trainerId = who.id;
        record.scenario = request.scenario;
        record.session.startedAt = now;
        auto inserted = repo.insertSession(record);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        const QList<TrainingCitizen> citizens =
            TrainingCitizens::generate(static_cast<int>(request.scenario.arrivals.size()), request.scenario.seed, serviceDay(*hall, now));
        for (qsizetype i = 0; i < citizens.size(); ++i) {
            const TrainingArrivalRecord arrival{id, static_cast<int>(i), citizens.at(i),
                                                now.addSecs(60LL * request.scenario.arrivals.at(i).atMinute), 0, false};
            if (auto ok = repo.insertArrival(arrival); !ok)
                return ok;
        }
        return okStatus();
    });
    if (!stored)
        return stored.error();
    auto record = load(id);
    if (!record)
        return record.error();
    if (auto issued = advance(record.value()); !issued)
        return issued.error();
    return detailOf(record.value());
}

Result<TrainingSessionDetail> TrainingService::end(const Account &who, qint64 sessionId)
{
    auto record = load(sessionId);
    if (!record)
        return record.error();
    if (auto allowed = mayTrain(who, record.value().session.hall); !allowed)
        return allowed.error();
    if (!record.value().session.running())
        return textError(conflictError(QStringLiteral("session %1 has ended").arg(sessionId)),
                         QT_TRANSLATE_NOOP("ow::Errors", "Training session %1 has already ended."), {QString::number(sessionId)});
    if (auto ended = TrainingRepository(m_db).end(sessionId, m_clock.now()); !ended)
        return ended.error();
    auto again = load(sessionId);
    if (!again)
        return again.error();
    return detailOf(again.value());
}

Result<TrainingSessionDetail> TrainingService::detail(const Account &who, qint64 sessionId)
{
    auto record = load(sessionId);
    if (!record)
        return record.error();
    if (auto allowed = mayRead(who, record.value()); !allowed)
        return allowed.error();
    auto d = detailOf(record.value());
    if (!d || !d.value().session.running() || mayTrain(who, record.value().session.hall))
        return d;
    // While it runs, the trainee is not told what the scenario holds nor what they got wrong.
    for (TrainingArrivalView &a : d.value().arrivals)
        hideScenario(a);
    d.value().mistakes.clear();
    d.value().session.mistakes = 0;
    return d;
}

void TrainingService::hideScenario(TrainingArrivalView &arrival)
{
    arrival.missing.clear();
    arrival.note.clear();
    arrival.rating.reset();
}

Result<TrainingSessionList> TrainingService::list(const Account &who, const QString &hallCode)
{
    const Status trainer = mayTrain(who, hallCode);
    if (!trainer && who.hallCode != hallCode) // a teller of the hall sees their own sessions
        return trainer.error();
    TrainingSessionList out;
    auto rows = TrainingRepository(m_db).sessions(hallCode);
    if (!rows)
        return rows.error();
    for (const TrainingSessionRecord &r : rows.value()) {
        if (trainer.ok() || r.traineeId == who.id)
            out.sessions.append(r.session);
    }
    return out;
}

Result<TrainingArrivalView> TrainingService::arrivalOfTicket(const Account &who, qint64 ticketId)
{
    auto arrival = TrainingRepository(m_db).arrivalOfTicket(ticketId);
    if (!arrival)
        return arrival.error();
    if (!arrival.value())
        return notFoundError(QStringLiteral("ticket %1 is no training arrival").arg(ticketId));
    auto record = load(arrival.value()->sessionId);
    if (!record)
        return record.error();
    // The windows of the training hall serve its citizens, whoever the session's trainee is.
    if (who.hallCode != record.value().session.hall) {
        if (auto allowed = mayRead(who, record.value()); !allowed)
            return allowed.error();
    }
    auto view = viewOf(record.value(), *arrival.value());
    if (view && !mayTrain(who, record.value().session.hall))
        hideScenario(view.value()); // the window sees what the citizen hands over, not what they left at home
    return view;
}

Result<TrainingArrivalView> TrainingService::viewOf(const TrainingSessionRecord &record, const TrainingArrivalRecord &arrival,
                                                    QList<TrainingMistake> *mistakes)
{
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    const ScenarioArrival &a = record.scenario.arrivals.value(arrival.index);
    TrainingArrivalView v;
    v.index = arrival.index;
    v.atMinute = a.atMinute;
    v.services = a.services;
    v.missing = a.missing;
    v.rating = a.rating;
    v.note = a.note;
    v.citizen = arrival.citizen;
    v.standardMinutes = TrainingReview::standardMinutes(a.services, *catalogue);
    for (const QString &code : a.services) {
        if (const ServiceItem *s = catalogue->service(code)) {
            for (const Material &m : s->materials) {
                if (m.required && !a.missing.contains(m.code) && !v.brought.contains(m.code))
                    v.brought.append(m.code);
            }
        }
    }
    if (arrival.ticketId == 0)
        return v;
    auto ticket = m_queue.ticket(arrival.ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket.value())
        return v;
    TrainingRepository repo(m_db);
    TrainingTicketFacts facts;
    facts.ticket = *ticket.value();
    auto cases = repo.casesOf(arrival.ticketId);
    if (!cases)
        return cases.error();
    facts.cases = cases.value();
    v.ticketId = facts.ticket.id;
    v.ticket = facts.ticket.number;
    v.state = facts.ticket.state;
    if (facts.ticket.servingSince.isValid() && facts.ticket.finishedAt.isValid())
        v.servedMinutes = static_cast<int>(std::ceil(facts.ticket.servingSince.secsTo(facts.ticket.finishedAt) / 60.0));
    for (const TrainingCaseFact &c : facts.cases)
        v.cases.append(c.number);
    if (mistakes)
        mistakes->append(TrainingReview::mistakes(arrival.index, a, facts, *catalogue));
    return v;
}

Result<TrainingSessionDetail> TrainingService::detailOf(const TrainingSessionRecord &record)
{
    auto arrivals = TrainingRepository(m_db).arrivals(record.session.id);
    if (!arrivals)
        return arrivals.error();
    TrainingSessionDetail d;
    d.session = record.session;
    for (const TrainingArrivalRecord &a : arrivals.value()) {
        auto v = viewOf(record, a, &d.mistakes);
        if (!v)
            return v.error();
        d.arrivals.append(v.value());
    }
    d.session.mistakes = static_cast<int>(d.mistakes.size());
    return d;
}

Status TrainingService::advance()
{
    auto running = TrainingRepository(m_db).runningSessionIds();
    if (!running)
        return running.error();
    for (const qint64 id : running.value()) {
        auto record = load(id);
        if (!record)
            return record.error();
        if (auto done = advance(record.value()); !done)
            return done;
    }
    return okStatus();
}

Status TrainingService::advance(const TrainingSessionRecord &record)
{
    TrainingRepository repo(m_db);
    auto arrivals = repo.arrivals(record.session.id);
    if (!arrivals)
        return arrivals.error();
    const QDateTime now = m_clock.now();
    for (const TrainingArrivalRecord &a : arrivals.value()) {
        const ScenarioArrival &planned = record.scenario.arrivals.value(a.index);
        if (a.ticketId == 0 && a.dueAt <= now) {
            IssueRequest issue;
            issue.hallCode = record.session.hall;
            issue.services = planned.services;
            issue.residentId = a.citizen.idNumber;
            issue.phone = a.citizen.phone;
            const Status issued = m_db.transaction([&]() -> Status {
                auto ticket = m_queue.issue(issue, record.trainerId);
                if (!ticket)
                    return ticket.error();
                return repo.setTicket(a.sessionId, a.index, ticket.value().id);
            });
            if (!issued)
                return issued;
            continue;
        }
        if (a.ticketId == 0 || a.rated || !planned.rating)
            continue;
        auto ticket = m_queue.ticket(a.ticketId);
        if (!ticket)
            return ticket.error();
        if (!ticket.value() || ticket.value()->state != TicketState::Finished)
            continue;
        const Status rated = m_db.transaction([&]() -> Status {
            for (const TicketMatter &m : ticket.value()->matters) {
                if (m.outcome == MatterOutcome::Refused)
                    continue;
                if (auto r = m_ratings.rate(a.ticketId, m.serviceCode, *planned.rating, record.trainerId); !r)
                    return r.error();
            }
            return repo.setRated(a.sessionId, a.index);
        });
        if (!rated)
            return rated;
    }
    return okStatus();
}

} // namespace ow
