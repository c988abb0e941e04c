#include "core/domain/api/TrainingBodies.h"

#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

namespace ow {

QJsonObject StartTrainingRequest::toJson() const
{
    return {{QLatin1String("hall"), hall}, {QLatin1String("trainee"), trainee}, {QLatin1String("scenario"), scenario.toJson()}};
}

Result<StartTrainingRequest> StartTrainingRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    StartTrainingRequest s;
    s.hall = r.requiredText(QLatin1String("hall")).trimmed();
    s.trainee = r.requiredText(QLatin1String("trainee")).trimmed();
    if (!r.has(QLatin1String("scenario")))
        r.problem(QStringLiteral("scenario"), QStringLiteral("required"));
    else if (auto scenario = r.nested<TrainingScenario>(QLatin1String("scenario")))
        s.scenario = *scenario;
    return r.finish(s);
}

QJsonObject TrainingArrivalView::toJson() const
{
    QJsonObject o{{QLatin1String("index"), index},
                  {QLatin1String("at_minute"), atMinute},
                  {QLatin1String("services"), QJsonArray::fromStringList(services)},
                  {QLatin1String("brought"), QJsonArray::fromStringList(brought)},
                  {QLatin1String("missing"), QJsonArray::fromStringList(missing)},
                  {QLatin1String("citizen"), citizen.toJson()},
                  {QLatin1String("standard_minutes"), standardMinutes},
                  {QLatin1String("cases"), QJsonArray::fromStringList(cases)}};
    if (rating)
        o.insert(QLatin1String("rating"), toString(*rating));
    putText(o, QLatin1String("note"), note);
    if (ticketId > 0) {
        o.insert(QLatin1String("ticket_id"), ticketId);
        o.insert(QLatin1String("ticket"), ticket);
    }
    if (state)
        o.insert(QLatin1String("state"), toString(*state));
    if (servedMinutes >= 0)
        o.insert(QLatin1String("served_minutes"), servedMinutes);
    return o;
}

Result<TrainingArrivalView> TrainingArrivalView::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TrainingArrivalView a;
    a.index = static_cast<int>(r.requiredInteger(QLatin1String("index")));
    a.atMinute = static_cast<int>(r.integer(QLatin1String("at_minute")));
    a.services = r.texts(QLatin1String("services"));
    a.brought = r.texts(QLatin1String("brought"));
    a.missing = r.texts(QLatin1String("missing"));
    a.rating = r.enumValue(QLatin1String("rating"), &ratingLevelFromString);
    a.note = r.text(QLatin1String("note"));
    if (auto c = r.nested<TrainingCitizen>(QLatin1String("citizen")))
        a.citizen = *c;
    a.ticketId = r.integer(QLatin1String("ticket_id"));
    a.ticket = r.text(QLatin1String("ticket"));
    a.state = r.enumValue(QLatin1String("state"), &ticketStateFromString);
    a.servedMinutes = static_cast<int>(r.integer(QLatin1String("served_minutes"), -1));
    a.standardMinutes = static_cast<int>(r.integer(QLatin1String("standard_minutes")));
    a.cases = r.texts(QLatin1String("cases"));
    return r.finish(a);
}

QJsonObject TrainingSession::toJson() const
{
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("hall"), hall},
                  {QLatin1String("trainee"), trainee},
                  {QLatin1String("title"), title},
                  {QLatin1String("started_at"), instantJson(startedAt)},
                  {QLatin1String("running"), running()},
                  {QLatin1String("arrivals"), arrivals},
                  {QLatin1String("issued"), issued},
                  {QLatin1String("finished"), finished}};
    putText(o, QLatin1String("trainer"), trainer);
    putInstant(o, QLatin1String("ended_at"), endedAt);
    if (mistakes >= 0)
        o.insert(QLatin1String("mistakes"), mistakes);
    return o;
}

Result<TrainingSession> TrainingSession::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TrainingSession s;
    s.id = r.requiredInteger(QLatin1String("id"));
    s.hall = r.requiredText(QLatin1String("hall"));
    s.trainee = r.requiredText(QLatin1String("trainee"));
    s.trainer = r.text(QLatin1String("trainer"));
    s.title = r.text(QLatin1String("title"));
    s.startedAt = r.instant(QLatin1String("started_at"));
    s.endedAt = r.instant(QLatin1String("ended_at"));
    s.arrivals = static_cast<int>(r.integer(QLatin1String("arrivals")));
    s.issued = static_cast<int>(r.integer(QLatin1String("issued")));
    s.finished = static_cast<int>(r.integer(QLatin1String("finished")));
    s.mistakes = static_cast<int>(r.integer(QLatin1String("mistakes"), -1));
    return r.finish(s);
}

QJsonObject TrainingSessionDetail::toJson() const
{
    return {{QLatin1String("session"), session.toJson()}, {QLatin1String("arrivals"), arrayOf(arrivals)},
            {QLatin1String("mistakes"), arrayOf(mistakes)}};
}

Result<TrainingSessionDetail> TrainingSessionDetail::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TrainingSessionDetail d;
    if (auto s = r.nested<TrainingSession>(QLatin1String("session")))
        d.session = *s;
    else
        r.problem(QStringLiteral("session"), QStringLiteral("required"));
    d.arrivals = r.list<TrainingArrivalView>(QLatin1String("arrivals"));
    d.mistakes = r.list<TrainingMistake>(QLatin1String("mistakes"));
    return r.finish(d);
}

QJsonObject TrainingSessionList::toJson() const
{
    return {{QLatin1String("sessions"), arrayOf(sessions)}};
}

Result<TrainingSessionList> TrainingSessionList::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TrainingSessionList l;
    l.sessions = r.list<TrainingSession>(QLatin1String("sessions"));
    return r.finish(l);
}

} // namespace ow
